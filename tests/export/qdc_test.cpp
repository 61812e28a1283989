// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/export/xmllint.h"
#include "export/atomic_file.h"
#include "export/qdc_writer.h"
#include "import/qdc_reader.h"
#include "model/error.h"
#include "tests/store/temp_dir.h"

namespace duiding {
namespace {

using exchange::WriteFileAtomically;
using exchange::WriteQdc;
using exchange::WriteQdcFile;
using import::ReadQdc;
using import::ReadQdcFile;
using testing::TempDir;
using Kind = CodeExample::Kind;

using duiding::testing::ReadAll;

constexpr const char* kXsd = DUIDING_SOURCE_DIR "/../shared/refi-qda/Codebook.xsd";

::testing::AssertionResult ValidAgainstXsd(const std::string& xml) { return duiding::testing::ValidAgainstXsd(xml, kXsd); }
constexpr const char* kShippedCodebook = DUIDING_SOURCE_DIR "/codebooks/natuurlijk-mentorschap.qdc";

constexpr const char* kDrempels = "2125a18d-9259-4b14-bdfe-00293859125e";
constexpr const char* kSchaamte = "fe356545-31f8-43e1-8cd1-0444c9ef6852";
constexpr const char* kVerborgen = "0b7c6a52-1d2e-4f30-8a41-5b6c7d8e9f01";
constexpr const char* kLast = "d8a82293-748b-4315-85c1-e39d25e9a4d6";
constexpr const char* kSteun = "7e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";

CodebookEntry Entry(const char* guid, const char* name, const char* parent) {
  CodebookEntry entry;
  entry.code.guid = guid;
  entry.code.name = name;
  entry.parentGuid = parent;
  return entry;
}

// A category with nested codes, every structured field, Dutch text, emoji and XML specials.
Codebook SampleCodebook() {
  Codebook book;
  book.origin = "Duiding";
  CodebookEntry drempels = Entry(kDrempels, "Drempels", "");
  drempels.code.isCodable = false;
  drempels.code.color = "#B03A2E";
  drempels.code.description = "Wat verhindert dat het netwerk meedoet.";
  CodebookEntry schaamte = Entry(kSchaamte, "Schaamte & g\u00eane", kDrempels);
  schaamte.code.color = "#C0504D";
  schaamte.code.nameEn = "Shame";
  schaamte.code.description = "G\u00eane of een gevoel van falen.\nOok bij de ge\u00efnterviewde zelf.";
  schaamte.code.inclusion = "Zich schamen, \"het gezicht redden\" <altijd>.";
  schaamte.code.exclusion = "Tot last zijn (gebruik Tot last zijn).";
  schaamte.code.examples = {
      {Kind::Typical, "\"Hoe vertel ik ze dat?\" [ouder] \U0001F60A", "6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"},
      {Kind::Borderline, "\"Op school hoeft niemand het te weten.\"\n[jongere]", ""},
  };
  schaamte.code.memo = "Een app\u00e8l op trots; \u00e9\u00e9n keer besproken.";
  CodebookEntry verborgen = Entry(kVerborgen, "Verborgen schaamte", kSchaamte);
  verborgen.code.description = "Alleen een definitie.";
  CodebookEntry last = Entry(kLast, "Tot last zijn", kDrempels);
  last.code.color = "#D46A5E";
  last.code.nameEn = "Feeling a burden";
  CodebookEntry steun = Entry(kSteun, "Steunfiguren", "");
  book.entries = {drempels, schaamte, verborgen, last, steun};
  return book;
}

#define SKIP_WITHOUT_XSD()                                                                   \
  if (!std::filesystem::exists(kXsd)) GTEST_SKIP() << "no REFI-QDA schema at " << kXsd

std::string Qdc(const std::string& root, const std::string& codes) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root + "\n<Codes>\n" + codes + "</Codes>\n";
}

std::string Close(const std::string& body) { return body + "</CodeBook>\n"; }

constexpr const char* kRoot = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Taguette 1.4.1\">";

bool Contains(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& line : lines)
    if (line.find(part) != std::string::npos) return true;
  return false;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

// --- Writing ---------------------------------------------------------------------------------

TEST(QdcWriter, ValidatesAgainstTheXsd) {
  SKIP_WITHOUT_XSD();
  EXPECT_TRUE(ValidAgainstXsd(WriteQdc(SampleCodebook())));
}

TEST(QdcWriter, WritesIndentedUtf8WithLfAndNoBom) {
  const std::string xml = WriteQdc(SampleCodebook());
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Duiding\">\n"
                              "  <Codes>\n"
                              "    <Code guid=\"2125a18d-9259-4b14-bdfe-00293859125e\" name=\"Drempels\" "
                              "isCodable=\"false\" color=\"#B03A2E\">\n"
                              "      <Description>Wat verhindert dat het netwerk meedoet.</Description>\n"
                              "      <Code guid=\"fe356545-31f8-43e1-8cd1-0444c9ef6852\" "
                              "name=\"Schaamte &amp; g\u00eane\""))
      << xml;
  EXPECT_NE(xml.find("    <Code guid=\"7e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b\" name=\"Steunfiguren\" "
                     "isCodable=\"true\" />\n"),
            std::string::npos)
      << xml;
  EXPECT_EQ(xml.find('\r'), std::string::npos);
  EXPECT_TRUE(xml.ends_with("  </Codes>\n</CodeBook>\n"));
}

TEST(QdcWriter, IsDeterministic) {
  const std::string first = WriteQdc(SampleCodebook());
  EXPECT_EQ(WriteQdc(SampleCodebook()), first);
  const TempDir dir;
  WriteQdcFile(SampleCodebook(), dir.File("a.qdc"));
  WriteQdcFile(SampleCodebook(), dir.File("b.qdc"));
  EXPECT_EQ(ReadAll(dir.File("a.qdc")), first);
  EXPECT_EQ(ReadAll(dir.File("b.qdc")), first);
}

TEST(QdcWriter, RefusesAnEmptyCodebook) {
  try {
    WriteQdc(Codebook{});
    FAIL() << "an empty codebook was written";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_STREQ(e.what(), "the codebook has no codes to export");
  }
}

TEST(QdcWriter, RefusesCodesThatCannotBeValid) {
  Codebook duplicate = SampleCodebook();
  duplicate.entries[4].code.guid = kLast;
  EXPECT_THROW(WriteQdc(duplicate), Error);
  Codebook orphan = SampleCodebook();
  orphan.entries[4].parentGuid = "00000000-0000-4000-8000-000000000000";
  EXPECT_THROW(WriteQdc(orphan), Error);
  Codebook cycle = SampleCodebook();
  cycle.entries[0].parentGuid = kVerborgen;
  EXPECT_THROW(WriteQdc(cycle), Error);
  Codebook badColour = SampleCodebook();
  badColour.entries[1].code.color = "red";
  EXPECT_THROW(WriteQdc(badColour), Error);
}

// --- Round trip ------------------------------------------------------------------------------

TEST(QdcRoundTrip, ReproducesEveryField) {
  const Codebook book = SampleCodebook();
  const import::QdcResult back = ReadQdc(WriteQdc(book), "codebook.qdc");
  EXPECT_TRUE(back.warnings.empty()) << Joined(back.warnings);
  EXPECT_EQ(back.codebook.origin, "Duiding");
  ASSERT_EQ(back.codebook.entries.size(), book.entries.size());
  for (std::size_t i = 0; i < book.entries.size(); ++i) {
    const CodebookEntry& expected = book.entries[i];
    const CodebookEntry& actual = back.codebook.entries[i];
    SCOPED_TRACE(expected.code.name);
    EXPECT_EQ(actual.parentGuid, expected.parentGuid);
    EXPECT_EQ(actual.code.guid, expected.code.guid);
    EXPECT_EQ(actual.code.name, expected.code.name);
    EXPECT_EQ(actual.code.color, expected.code.color);
    EXPECT_EQ(actual.code.isCodable, expected.code.isCodable);
    EXPECT_EQ(actual.code.nameEn, expected.code.nameEn);
    EXPECT_EQ(actual.code.description, expected.code.description);
    EXPECT_EQ(actual.code.inclusion, expected.code.inclusion);
    EXPECT_EQ(actual.code.exclusion, expected.code.exclusion);
    EXPECT_EQ(actual.code.examples, expected.code.examples);
    EXPECT_EQ(actual.code.memo, expected.code.memo);
  }
}

TEST(QdcRoundTrip, ThroughAFile) {
  const TempDir dir;
  const std::string path = dir.File("natuur.qdc");
  WriteQdcFile(SampleCodebook(), path);
  const import::QdcResult back = ReadQdcFile(path);
  EXPECT_TRUE(back.warnings.empty()) << Joined(back.warnings);
  EXPECT_EQ(back.codebook.entries.size(), 5u);
}

// --- Lenient reading -------------------------------------------------------------------------

TEST(QdcReader, AcceptsTaguetteEmptySetsWithAWarning) {
  const std::string xml = Close(Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"true\"/>\n") +
                                "<Sets/>\n");
  const import::QdcResult result = ReadQdc(xml, "taguette.qdc");
  ASSERT_EQ(result.codebook.entries.size(), 1u);
  EXPECT_EQ(result.codebook.origin, "Taguette 1.4.1");
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0], "taguette.qdc: line 6: dropped an empty <Sets/> (not valid REFI-QDA)");
}

TEST(QdcReader, AcceptsOtherNamespaceSpellingsAndPrefixes) {
  const std::string code = "<Code guid=\"" + std::string(kSchaamte) + "\" name=\"Schaamte\" isCodable=\"true\"/>\n";
  for (const std::string root : {"<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\">", "<CodeBook>",
                                 "<CodeBook xmlns=\"urn:QDA-XML:codebook:0:4\" "
                                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                 "xsi:schemaLocation=\"urn:QDA-XML:codebook:0:4 Codebook.xsd\">"}) {
    const import::QdcResult result = ReadQdc(Close(Qdc(root, code)), "c.qdc");
    ASSERT_EQ(result.codebook.entries.size(), 1u) << root;
    EXPECT_EQ(result.codebook.entries[0].code.name, "Schaamte");
    EXPECT_TRUE(result.warnings.empty()) << root << "\n" << Joined(result.warnings);
  }
  const import::QdcResult prefixed =
      ReadQdc("<qda:CodeBook xmlns:qda=\"urn:QDA-XML:codebook:1.0\"><qda:Codes>"
              "<qda:Code guid=\"" + std::string(kSchaamte) + "\" name=\"Schaamte\" isCodable=\"true\">"
              "<qda:Description>Definitie</qda:Description></qda:Code></qda:Codes></qda:CodeBook>",
              "c.qdc");
  ASSERT_EQ(prefixed.codebook.entries.size(), 1u);
  EXPECT_EQ(prefixed.codebook.entries[0].code.description, "Definitie");
  EXPECT_TRUE(prefixed.warnings.empty()) << Joined(prefixed.warnings);
}

TEST(QdcReader, RefusesAnotherNamespaceOrRoot) {
  EXPECT_THROW(ReadQdc("<CodeBook xmlns=\"urn:example\"><Codes/></CodeBook>", "c.qdc"), Error);
  EXPECT_THROW(ReadQdc("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>", "c.qdc"), Error);
}

TEST(QdcReader, CanonicalisesGuidsAndColours) {
  const std::string xml = Close(Qdc(kRoot,
                                    "<Code guid=\"{2125A18D-9259-4B14-BDFE-00293859125E}\" name=\"Drempels\" "
                                    "isCodable=\"0\" color=\"#abc\">\n"
                                    "  <Code guid=\"FE356545-31F8-43E1-8CD1-0444C9EF6852\" name=\"Schaamte\" "
                                    "isCodable=\"1\" color=\"#c0504d\"/>\n"
                                    "  <Code guid=\" d8a82293-748b-4315-85c1-e39d25e9a4d6 \" name=\"Tot last zijn\"/>\n"
                                    "</Code>\n"));
  const import::QdcResult result = ReadQdc(xml, "c.qdc");
  EXPECT_TRUE(result.warnings.empty()) << Joined(result.warnings);
  ASSERT_EQ(result.codebook.entries.size(), 3u);
  const auto& entries = result.codebook.entries;
  EXPECT_EQ(entries[0].code.guid, kDrempels);
  EXPECT_EQ(entries[0].code.color, "#AABBCC");
  EXPECT_FALSE(entries[0].code.isCodable);
  EXPECT_EQ(entries[1].code.guid, kSchaamte);
  EXPECT_EQ(entries[1].parentGuid, kDrempels);
  EXPECT_EQ(entries[1].code.color, "#C0504D");
  EXPECT_TRUE(entries[1].code.isCodable);
  EXPECT_EQ(entries[2].code.guid, kLast);
  EXPECT_EQ(entries[2].parentGuid, kDrempels);
  EXPECT_TRUE(entries[2].code.isCodable) << "a missing isCodable means true";
  EXPECT_TRUE(entries[2].code.color.empty());
}

TEST(QdcReader, DropsAnUnreadableColourWithAWarning) {
  const std::string xml = Close(Qdc(kRoot, "\n<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"true\" color=\"red\"/>\n"));
  const import::QdcResult result = ReadQdc(xml, "c.qdc");
  ASSERT_EQ(result.codebook.entries.size(), 1u);
  EXPECT_TRUE(result.codebook.entries[0].code.color.empty());
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0], "c.qdc: line 5: code \"Schaamte\": dropped colour \"red\" (not #RGB or #RRGGBB)");
}

TEST(QdcReader, ListsSetsAndTheirMembersInWarnings) {
  const std::string xml = Close(Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"true\"/>\n"
                                               "<Code guid=\"" + std::string(kLast) +
                                               "\" name=\"Tot last zijn\" isCodable=\"true\"/>\n") +
                                "<Sets>\n"
                                "  <Set guid=\"" + std::string(kSteun) + "\" name=\"Kern\">\n"
                                "    <MemberCode guid=\"" + std::string(kSchaamte) + "\"/>\n"
                                "    <MemberCode guid=\"{D8A82293-748B-4315-85C1-E39D25E9A4D6}\"/>\n"
                                "  </Set>\n"
                                "  <Set guid=\"" + std::string(kVerborgen) + "\" name=\"Leeg\"/>\n"
                                "</Sets>\n");
  const import::QdcResult result = ReadQdc(xml, "codebook.qdc");
  EXPECT_EQ(result.codebook.entries.size(), 2u);
  EXPECT_EQ(result.warnings, (std::vector<std::string>{
                                 "codebook.qdc: line 7: dropped <Sets> (2 sets: sets are not kept)",
                                 "codebook.qdc: line 8: dropped set \"Kern\" (codes: Schaamte, Tot last zijn)",
                                 "codebook.qdc: line 12: dropped set \"Leeg\" (codes: none)",
                             }));
}

TEST(QdcReader, WarnsAboutUnknownElementsAndAttributes) {
  const std::string xml = Close(Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"yes\" weight=\"3\">\n"
                                               "  <NoteRef targetGUID=\"" + std::string(kLast) + "\"/>\n"
                                               "</Code>\n") +
                                "<Graphs/>\n");
  const import::QdcResult result = ReadQdc(xml, "c.qdc");
  ASSERT_EQ(result.codebook.entries.size(), 1u);
  EXPECT_TRUE(result.codebook.entries[0].code.isCodable);
  EXPECT_EQ(result.warnings.size(), 4u) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "isCodable=\"yes\"")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "weight=\"3\"")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "line 5: code \"Schaamte\": dropped <NoteRef>")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "line 8: dropped <Graphs>")) << Joined(result.warnings);
}

TEST(QdcReader, ForeignDescriptionBecomesTheDefinition) {
  const std::string xml = Close(Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"true\">\n"
                                               "  <Description>\n    Passages about shame.\n  </Description>\n"
                                               "</Code>\n"));
  const import::QdcResult result = ReadQdc(xml, "c.qdc");
  ASSERT_EQ(result.codebook.entries.size(), 1u);
  EXPECT_EQ(result.codebook.entries[0].code.description, "    Passages about shame.");
  EXPECT_TRUE(result.codebook.entries[0].code.nameEn.empty());
}

TEST(QdcReader, MalformedXmlNamesTheLine) {
  const std::string xml = Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) + "\" name=\"Schaamte\">\n") +
                          "</CodeBook>\n";
  try {
    ReadQdc(xml, "kapot.qdc");
    FAIL() << "malformed XML was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_TRUE(std::string(e.what()).starts_with("kapot.qdc: line 5: not well-formed XML")) << e.what();
  }
}

TEST(QdcReader, RejectsDuplicateGuids) {
  const std::string xml = Close(Qdc(kRoot, "<Code guid=\"" + std::string(kSchaamte) +
                                               "\" name=\"Schaamte\" isCodable=\"true\"/>\n"
                                               "<Code guid=\"{FE356545-31F8-43E1-8CD1-0444C9EF6852}\" "
                                               "name=\"Schaamte 2\" isCodable=\"true\"/>\n"));
  try {
    ReadQdc(xml, "c.qdc");
    FAIL() << "a duplicate GUID was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_EQ(std::string(e.what()), "c.qdc: line 5: code \"Schaamte 2\" has the same GUID as the code on line 4 "
                                     "(fe356545-31f8-43e1-8cd1-0444c9ef6852)");
  }
}

TEST(QdcReader, RejectsACodeWithoutANameOrAValidGuid) {
  const auto message = [](const std::string& code) {
    try {
      ReadQdc(Close(Qdc(kRoot, code)), "c.qdc");
    } catch (const Error& e) {
      EXPECT_EQ(e.Kind(), ErrorKind::Input);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("<Code guid=\"" + std::string(kSchaamte) + "\" isCodable=\"true\"/>\n"),
            "c.qdc: line 4: a code has no name");
  EXPECT_EQ(message("<Code guid=\"Schaamte\" name=\"Schaamte\" isCodable=\"true\"/>\n"),
            "c.qdc: line 4: code \"Schaamte\" has no valid GUID (\"Schaamte\")");
  EXPECT_EQ(message("<Code name=\"Schaamte\"/>\n"), "c.qdc: line 4: code \"Schaamte\" has no valid GUID (\"\")");
}

TEST(QdcReader, NamesAMissingFile) {
  const TempDir dir;
  try {
    ReadQdcFile(dir.File("weg.qdc"));
    FAIL() << "a missing file was read";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("weg.qdc"), std::string::npos) << e.what();
  }
}

// --- Atomic writing --------------------------------------------------------------------------

std::vector<std::string> FilesIn(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(AtomicFile, LeavesOnlyTheFileWithOwnerOnlyAccess) {
  const TempDir dir;
  const std::string path = dir.File("codebook.qdc");
  WriteFileAtomically(path, "oud");
  WriteFileAtomically(path, "nieuw");
  EXPECT_EQ(ReadAll(path), "nieuw");
  EXPECT_EQ(FilesIn(dir.Path()), std::vector<std::string>{"codebook.qdc"});
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
}

// A file size limit makes write() fail half-way, for any user, root included.
TEST(AtomicFile, FailedWriteLeavesTheOldFileIntact) {
  const TempDir dir;
  const std::string path = dir.Write("codebook.qdc", "oud");
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  rlimit small = saved;
  small.rlim_cur = 1000;
  const auto previous = std::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  bool threw = false;
  try {
    WriteFileAtomically(path, std::string(5000, 'x'));
  } catch (const Error& e) {
    threw = true;
    EXPECT_EQ(e.Kind(), ErrorKind::Io);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);
  EXPECT_TRUE(threw);
  EXPECT_EQ(ReadAll(path), "oud");
  EXPECT_EQ(FilesIn(dir.Path()), std::vector<std::string>{"codebook.qdc"});
}

TEST(AtomicFile, FailedRenameLeavesNoTemporaryFile) {
  const TempDir dir;
  std::filesystem::create_directories(dir.Path() / "codebook.qdc" / "inhoud");
  EXPECT_THROW(WriteFileAtomically(dir.File("codebook.qdc"), "nieuw"), Error);
  EXPECT_EQ(FilesIn(dir.Path()), std::vector<std::string>{"codebook.qdc"});
  EXPECT_TRUE(std::filesystem::is_directory(dir.Path() / "codebook.qdc" / "inhoud"));
}

// --- The codebook Duiding ships --------------------------------------------------------------

TEST(ShippedCodebook, NatuurlijkMentorschapIsCompleteAndValid) {
  if (!std::filesystem::exists(kShippedCodebook)) GTEST_SKIP() << "no " << kShippedCodebook << " yet";
  const import::QdcResult result = ReadQdcFile(kShippedCodebook);
  EXPECT_TRUE(result.warnings.empty()) << Joined(result.warnings);
  EXPECT_GE(result.codebook.entries.size(), 35u);
  for (const CodebookEntry& entry : result.codebook.entries) {
    SCOPED_TRACE(entry.code.name);
    EXPECT_FALSE(entry.code.nameEn.empty());
    EXPECT_FALSE(entry.code.description.empty());
    EXPECT_FALSE(entry.code.inclusion.empty());
    EXPECT_FALSE(entry.code.exclusion.empty());
    EXPECT_FALSE(entry.code.examples.empty());
  }
  SKIP_WITHOUT_XSD();
  EXPECT_TRUE(ValidAgainstXsd(WriteQdc(result.codebook)));
}

}  // namespace
}  // namespace duiding
