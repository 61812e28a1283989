// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The index's document file on its own: records and directories written and read back, wiped
// records reading as none, and damage giving an error that names the file.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "model/error.h"
#include "search/document_file.h"
#include "tests/store/temp_dir.h"

namespace duiding::search {
namespace {

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class DocumentFileTest : public ::testing::Test {
 protected:
  std::string Folder() const { return m_dir.Path().string(); }
  std::string Path() const { return m_dir.File(kDocumentFileName); }
  testing::TempDir m_dir;
};

TEST_F(DocumentFileTest, RecordsReadBackAsWritten) {
  DocumentFileWriter writer(Folder());
  const std::string text = "Moeder: één keer 's avonds 😅, de geïnterviewde zweeg.";
  const RecordPlace a = writer.Append("tabel-a", "posities-a", text);
  const RecordPlace b = writer.Append(std::string("\0\1\2", 3), "", "");  // tables are bytes
  writer.Flush();
  DocumentFile file;
  file.Map(Folder());
  const std::optional<DocumentFile::Record> ra = file.Read(a), rb = file.Read(b);
  ASSERT_TRUE(ra && rb);
  EXPECT_EQ(ra->table, "tabel-a");
  EXPECT_EQ(ra->positions, "posities-a");
  EXPECT_EQ(ra->text, text);
  EXPECT_EQ(rb->table, std::string("\0\1\2", 3));
  EXPECT_TRUE(rb->positions.empty());
  EXPECT_TRUE(rb->text.empty());
  EXPECT_EQ(DecodePlace(EncodePlace(a)), a);
  struct stat st {};
  ASSERT_EQ(::stat(Path().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);  // interview text: the user's alone
}

TEST_F(DocumentFileTest, ADirectoryKeepsEveryDocumentsPlace) {
  DocumentFileWriter writer(Folder());
  Directory directory(12);
  directory[1] = writer.Append("t1", "p1", "een");
  directory[2] = writer.Append("t2", "", "twee");
  directory[11] = writer.Append("t11", "p11", "elf");  // docids with gaps, as after deletions
  const RecordPlace at = writer.AppendDirectory(directory);
  DocumentFile file;
  file.Map(Folder());
  EXPECT_EQ(file.ReadDirectory(at), directory);
  EXPECT_EQ(file.Read(*file.ReadDirectory(at)[11])->text, "elf");
}

// A wiped record's bytes are gone from the file, and a reader that still has its place (a
// search on the revision before) gets none rather than garbage; the others stay.
TEST_F(DocumentFileTest, AWipedRecordIsGoneAndReadsAsNone) {
  DocumentFileWriter writer(Folder());
  const RecordPlace gone = writer.Append("tabel", "posities", "Mevrouw Jansen uit Zutphen vertelde het.");
  const RecordPlace kept = writer.Append("tabel", "posities", "Ze wil niemand tot last zijn.");
  DocumentFile file;
  file.Map(Folder());  // mapped before the wipe, as a searcher would be
  writer.Wipe(gone);
  writer.Flush();
  EXPECT_EQ(FileBytes(Path()).find("Jansen"), std::string::npos);
  EXPECT_FALSE(file.Read(gone));
  ASSERT_TRUE(file.Read(kept));
  EXPECT_EQ(file.Read(kept)->text, "Ze wil niemand tot last zijn.");
}

TEST_F(DocumentFileTest, DamageGivesAnErrorNamingTheFile) {
  RecordPlace place;
  {
    DocumentFileWriter writer(Folder());
    place = writer.Append("tabel", "posities", "tekst");
  }
  DocumentFile file;
  file.Map(Folder());
  RecordPlace beyond = place;
  beyond.textSize += 100;
  try {
    file.Read(beyond);
    FAIL() << "read beyond the end of the file";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Io);
    EXPECT_NE(std::string(e.what()).find(kDocumentFileName), std::string::npos) << e.what();
  }
  EXPECT_THROW(file.ReadDirectory(place), Error);  // a record that is no directory
  EXPECT_FALSE(DecodePlace("\xff"));
  EXPECT_FALSE(DecodePlace(EncodePlace(place) + "x"));
  std::ofstream(Path(), std::ios::binary | std::ios::trunc) << "kapot, geen kop";
  DocumentFile damaged;
  EXPECT_THROW(damaged.Map(Folder()), Error);
}

TEST_F(DocumentFileTest, NoFileYetMapsAsEmpty) {
  DocumentFile file;
  file.Map(Folder());
  EXPECT_EQ(file.Size(), 0u);
}

}  // namespace
}  // namespace duiding::search
