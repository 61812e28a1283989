// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: the index's own file beside Xapian's tables. It holds each
// indexed document's hit table (hit_table.h), term positions (term_positions.h) and text one
// after the other, and a directory of
// where each Xapian document's record is; Xapian's metadata says where the directory of its
// revision is. The one index writer appends and, once Xapian has committed, wipes the records
// no revision points to any more (an old text must not linger: pseudonymising a transcript
// re-indexes it). Searchers map the file into memory: a hit's table and context are read
// without a copy or a system call. Like the rest of the index it is a cache of the store.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::search {

/// Where one record lies in the file. `tag` is written before the record and checked when it
/// is read: a wiped record reads as none.
struct RecordPlace {
  std::uint64_t offset = 0;
  std::uint64_t tableSize = 0, positionsSize = 0, textSize = 0;
  std::uint64_t tag = 0;
  std::uint64_t Size() const { return 8 + tableSize + positionsSize + textSize; }
  bool operator==(const RecordPlace&) const = default;
};

/// docid → record, for the documents of one revision of the index.
using Directory = std::vector<std::optional<RecordPlace>>;

/// The file's name in the index folder.
inline constexpr const char* kDocumentFileName = "documents.duiding-cache";

/// How a directory's own place is kept in Xapian's metadata, and read back (none: damaged).
std::string EncodePlace(const RecordPlace& place);
std::optional<RecordPlace> DecodePlace(std::string_view data);

/// Appends records to the file (created 0600 when missing).
class DocumentFileWriter {
 public:
  explicit DocumentFileWriter(const std::string& folder);
  ~DocumentFileWriter();
  DocumentFileWriter(const DocumentFileWriter&) = delete;
  DocumentFileWriter& operator=(const DocumentFileWriter&) = delete;

  RecordPlace Append(std::string_view table, std::string_view positions, std::string_view text);
  /// Appends `directory` as a record of its own (its table part).
  RecordPlace AppendDirectory(const Directory& directory);
  /// Writes what was appended through to the disk: before Xapian commits a revision pointing at it.
  void Flush();
  /// Overwrites a record with zeros: one that no revision of the index points to any more.
  void Wipe(const RecordPlace& place);
  std::uint64_t Size() const { return m_size; }

 private:
  std::string m_path;
  int m_fd = -1;
  std::uint64_t m_size = 0;
  std::uint64_t m_nextTag = 0;
};

/// The file mapped into memory, read-only.
class DocumentFile {
 public:
  DocumentFile() = default;
  ~DocumentFile();
  DocumentFile(const DocumentFile&) = delete;
  DocumentFile& operator=(const DocumentFile&) = delete;

  /// Maps the file in `folder` as it is now (again: what was mapped before goes).
  void Map(const std::string& folder);

  struct Record {
    std::string_view table, positions, text;
  };
  /// The record at `place`; none when it was wiped. Error(Io) when it lies beyond the file.
  std::optional<Record> Read(const RecordPlace& place) const;
  /// The directory at `place` (from Xapian's metadata). Error(Io) when damaged.
  Directory ReadDirectory(const RecordPlace& place) const;
  std::uint64_t Size() const { return m_size; }

 private:
  void Unmap();
  [[noreturn]] void Damaged() const;
  std::string m_path;
  const char* m_data = nullptr;
  std::uint64_t m_size = 0;
};

}  // namespace duiding::search
