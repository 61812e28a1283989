// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/export/xmllint.h"
#include "export/qdpx_writer.h"
#include "export/zip_writer.h"
#include "import/imported.h"
#include "import/qdpx_reader.h"
#include "import/zip_archive.h"
#include "model/error.h"
#include "tests/store/temp_dir.h"
#include "text/boundaries.h"
#include "text/offset_map.h"
#include "text/utf8.h"

namespace duiding {
namespace {

using exchange::WriteProjectQde;
using exchange::WriteQdpx;
using exchange::ZipWriter;
using import::QdpxResult;
using import::ReadQde;
using import::ReadQdpx;
using import::ReadQdpxBytes;
using testing::TempDir;

using duiding::testing::ReadAll;

constexpr const char* kXsd = DUIDING_SOURCE_DIR "/../shared/refi-qda/Project-mrt2019.xsd";

::testing::AssertionResult ValidAgainstXsd(const std::string& xml) { return duiding::testing::ValidAgainstXsd(xml, kXsd); }
constexpr const char* kNvivoSample = DUIDING_SOURCE_DIR "/../shared/refi-qda/samples/nvivo12-win__oltas.qdpx";
constexpr const char* kAtlasSample =
    DUIDING_SOURCE_DIR "/../shared/refi-qda/samples/atlasti8-mac__standard-project__Project.qde";

constexpr const char* kAnke = "5b0c7a51-2f1e-4c1d-9a39-0c1f6d2b7e01";
constexpr const char* kBram = "8e3f1d62-4a5b-4c7d-8e9f-1a2b3c4d5e02";
constexpr const char* kDrempels = "2125a18d-9259-4b14-bdfe-00293859125e";
constexpr const char* kSchaamte = "fe356545-31f8-43e1-8cd1-0444c9ef6852";
constexpr const char* kSteun = "7e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
constexpr const char* kRegio = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c01";
constexpr const char* kOuder = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c02";
constexpr const char* kLeeftijd = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c03";
constexpr const char* kScore = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c04";
constexpr const char* kDatum = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c05";
constexpr const char* kInterview1 = "c0ffee00-1111-4222-8333-444455556601";
constexpr const char* kInterview2 = "c0ffee00-1111-4222-8333-444455556602";
constexpr const char* kMemoProject = "b1a2c3d4-0000-4000-8000-00000000a001";
constexpr const char* kMemoFragment = "b1a2c3d4-0000-4000-8000-00000000a002";
constexpr const char* kMemoSource = "b1a2c3d4-0000-4000-8000-00000000a003";

// Dutch with diacritics, an emoji, and fragments after it: the emoji is one code point but two
// UTF-16 units, so any unit confusion moves those fragments.
const std::string kText1 =
    "Interviewer: Hoe gaat het met u?\n"
    "Ge\u00efnterviewde: \u00c9\u00e9n keer per week \U0001F605 bel ik mijn moeder.\n"
    "Interviewer: En de buren?\n"
    "Ge\u00efnterviewde: Die zie ik bijna nooit, ik schaam me een beetje.\n";
const std::string kText2 = "Caf\u00e9 \u201cDe Zwaan\u201d: daar spreken we af.\n\U0001F44D\U0001F44D Tot dan!";

/// Code point offset of the first `needle` in `text`.
std::size_t At(const std::string& text, const std::string& needle) {
  const std::size_t byte = text.find(needle);
  EXPECT_NE(byte, std::string::npos) << needle;
  return text::CountCodePoints(std::string_view(text).substr(0, byte));
}

ExchangeSelection Selection(const std::string& guid, const std::string& text, const std::string& quote) {
  ExchangeSelection selection;
  selection.guid = guid;
  selection.start = At(text, quote);
  selection.end = selection.start + text::CountCodePoints(quote);
  selection.creatingUser = kAnke;
  selection.createdAt = "2026-03-12T09:30:00Z";
  return selection;
}

ExchangeCoding Coding(const std::string& guid, const std::string& code, const std::string& user) {
  return {guid, code, user, "2026-03-12T09:31:00Z"};
}

CodebookEntry Entry(const char* guid, const char* name, const char* parent) {
  CodebookEntry entry;
  entry.code.guid = guid;
  entry.code.name = name;
  entry.parentGuid = parent;
  return entry;
}

Codebook SampleCodebook() {
  Codebook book;
  CodebookEntry drempels = Entry(kDrempels, "Drempels", "");
  drempels.code.isCodable = false;
  drempels.code.color = "#B03A2E";
  drempels.code.description = "Wat verhindert dat het netwerk meedoet.";
  CodebookEntry schaamte = Entry(kSchaamte, "Schaamte & g\u00eane", kDrempels);
  schaamte.code.color = "#C0504D";
  schaamte.code.nameEn = "Shame";
  schaamte.code.description = "G\u00eane of een gevoel van falen.\nOok bij de ge\u00efnterviewde zelf.";
  schaamte.code.inclusion = "Zich schamen, \"het gezicht redden\" <altijd>.";
  schaamte.code.exclusion = "Tot last zijn.";
  schaamte.code.examples = {{CodeExample::Kind::Typical, "\"Hoe vertel ik ze dat?\" \U0001F60A", ""}};
  schaamte.code.memo = "\u00c9\u00e9n keer besproken.";
  CodebookEntry steun = Entry(kSteun, "Steunfiguren", "");
  book.entries = {drempels, schaamte, steun};
  return book;
}

ExchangeSource SampleSource1() {
  ExchangeSource source;
  source.guid = kInterview1;
  source.name = "Interview 1 \u2013 moeder";
  source.description = "Afgenomen in Utrecht.";
  source.text = kText1;
  source.creatingUser = kAnke;
  source.createdAt = "2026-03-01T10:00:00Z";
  ExchangeSelection een = Selection("d0000000-0000-4000-8000-000000000001", kText1, "\u00c9\u00e9n keer per week");
  een.codings = {Coding("e0000000-0000-4000-8000-000000000001", kSteun, kAnke),
                 Coding("e0000000-0000-4000-8000-000000000002", kSchaamte, kBram)};
  ExchangeSelection moeder = Selection("d0000000-0000-4000-8000-000000000002", kText1, "bel ik mijn moeder");
  moeder.name = "bel ik mijn moeder";
  moeder.description = "Na de emoji.";
  moeder.codings = {Coding("e0000000-0000-4000-8000-000000000003", kSteun, kAnke)};
  moeder.noteGuids = {kMemoFragment};
  ExchangeSelection schaam = Selection("d0000000-0000-4000-8000-000000000003", kText1, "ik schaam me een beetje");
  schaam.codings = {Coding("e0000000-0000-4000-8000-000000000004", kSchaamte, kBram)};
  // A memo without a code, as MAXQDA writes comments.
  ExchangeSelection memo = Selection("d0000000-0000-4000-8000-000000000004", kText1, "En de buren?");
  memo.description = "Doorvragen in ronde 2.";
  source.selections = {een, moeder, schaam, memo};
  source.values = {{kRegio, "Utrecht"}, {kDatum, "2026-02-28"}};
  source.noteGuids = {kMemoSource};
  return source;
}

ExchangeSource SampleSource2() {
  ExchangeSource source;
  source.guid = kInterview2;
  source.name = "Interview 2\n(vervolg)";
  source.text = kText2;
  ExchangeSelection tot = Selection("d0000000-0000-4000-8000-000000000005", kText2, "Tot dan!");
  tot.creatingUser = "";
  tot.createdAt = "";
  tot.codings = {{"e0000000-0000-4000-8000-000000000005", kSteun, "", ""}};
  source.selections = {tot};
  return source;
}

ExchangeProject SampleProject() {
  ExchangeProject project;
  project.name = "Mantelzorg & netwerk \u2013 ronde 1";
  project.description = "Interviews met mantelzorgers.\nTweede regel.";
  project.origin = "Duiding";
  project.creatingUser = kAnke;
  project.createdAt = "2026-03-01T09:00:00Z";
  project.users = {{kAnke, "Anke de Vr\u00ees"}, {kBram, "Bram"}};
  project.codebook = SampleCodebook();
  project.variables = {{kRegio, "Regio", "Waar de ge\u00efnterviewde woont.", VariableType::Text},
                       {kOuder, "Ouder", "", VariableType::Boolean},
                       {kLeeftijd, "Leeftijd", "", VariableType::Integer},
                       {kScore, "Score", "", VariableType::Float},
                       {kDatum, "Afgenomen", "", VariableType::Date}};
  ExchangeCase anke;
  anke.guid = "f0000000-0000-4000-8000-000000000001";
  anke.name = "Respondent \u00e9\u00e9n";
  anke.description = "Moeder van twee.";
  anke.values = {{kOuder, "true"}, {kLeeftijd, "47"}, {kScore, "3.25"}, {kRegio, "Zuid-Holland"}};
  anke.sourceGuids = {kInterview1};
  ExchangeCase leeg;
  leeg.guid = "f0000000-0000-4000-8000-000000000002";
  project.cases = {anke, leeg};
  project.sources = {SampleSource1(), SampleSource2()};
  project.notes = {{kMemoProject, "Onderzoeksplan", "Eerst \u00e9\u00e9n ronde.\n\nDan nog een \U0001F605.", kAnke,
                    "2026-03-01T09:05:00Z"},
                   {kMemoFragment, "Bij moeder", "Vaak genoemd.", kBram, ""},
                   {kMemoSource, "Over interview 1", "", "", ""}};
  ExchangeSet set;
  set.guid = "a0000000-0000-4000-8000-000000000001";
  set.name = "Ronde 1";
  set.description = "Alles van ronde 1.";
  set.codeGuids = {kSchaamte};
  set.sourceGuids = {kInterview1, kInterview2};
  set.noteGuids = {kMemoProject};
  ExchangeSet leegSet;
  leegSet.guid = "a0000000-0000-4000-8000-000000000002";
  leegSet.name = "Leeg";
  project.sets = {set, leegSet};
  project.projectNoteGuids = {kMemoProject};
  return project;
}

#define SKIP_WITHOUT_XSD() \
  if (!std::filesystem::exists(kXsd)) GTEST_SKIP() << "no REFI-QDA schema at " << kXsd

bool Contains(const std::vector<std::string>& lines, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

std::size_t CountContaining(const std::vector<std::string>& lines, const std::string& part) {
  return static_cast<std::size_t>(std::count_if(
      lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; }));
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

std::string Quote(const ExchangeSource& source, const ExchangeSelection& selection) {
  return std::string(text::SliceCodePoints(source.text, selection.start, selection.end));
}

std::string Archive(const std::vector<std::pair<std::string, std::string>>& entries) {
  ZipWriter zip;
  for (const auto& [name, bytes] : entries) zip.Add(name, bytes);
  return zip.Finish();
}

std::string ProjectXml(const std::string& attributes, const std::string& body,
                       const std::string& ns = "urn:QDA-XML:project:1.0") {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"" + ns + "\" name=\"Test\" " + attributes +
         ">\n" + body + "</Project>\n";
}

constexpr const char* kCodes =
    "<CodeBook><Codes><Code guid=\"{85D17F60-7BB0-481E-B742-B4861DD669DF}\" name=\"Steun\" isCodable=\"true\"/>"
    "</Codes></CodeBook>\n";
constexpr const char* kCodeGuid = "85d17f60-7bb0-481e-b742-b4861dd669df";

std::string TextSelection(std::size_t start, std::size_t end, const std::string& name = "",
                          const std::string& guid = "") {
  static int counter = 0;
  ++counter;
  const std::string id = guid.empty() ? "0000000" + std::to_string(counter % 10) + "-0000-4000-8000-0000000000" +
                                            std::to_string(10 + counter % 90)
                                      : guid;
  std::string coding = id.front() == '{' ? id.substr(1, 36) : id;
  coding[0] = 'f';
  return "<PlainTextSelection guid=\"" + id + "\" name=\"" + name + "\" startPosition=\"" + std::to_string(start) +
         "\" endPosition=\"" + std::to_string(end) + "\"><Coding guid=\"" + coding +
         "\"><CodeRef targetGUID=\"85D17F60-7BB0-481E-B742-B4861DD669DF\"/></Coding></PlainTextSelection>\n";
}

// --- (a) Writing: schema, container, determinism -----------------------------------------------

TEST(QdpxWriter, ProjectQdeValidatesAgainstTheXsd) {
  SKIP_WITHOUT_XSD();
  EXPECT_TRUE(ValidAgainstXsd(WriteProjectQde(SampleProject())));
}

TEST(QdpxWriter, BareProjectLeavesOutEmptyWrappersAndStillValidates) {
  SKIP_WITHOUT_XSD();
  ExchangeProject project;
  project.name = "Leeg";
  const std::string xml = WriteProjectQde(project);
  EXPECT_TRUE(ValidAgainstXsd(xml));
  for (const char* wrapper :
       {"<Users", "<CodeBook", "<Variables", "<Cases", "<Sources", "<Notes", "<Sets", "<Description"})
    EXPECT_EQ(xml.find(wrapper), std::string::npos) << wrapper;
  EXPECT_EQ(xml.find("creationDateTime"), std::string::npos);
  EXPECT_EQ(xml.find("creatingUserGUID"), std::string::npos);
}

TEST(QdpxWriter, WritesElementsInSchemaOrderWithCodePointPositions) {
  const std::string xml = WriteProjectQde(SampleProject());
  EXPECT_TRUE(
      xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\""));
  EXPECT_EQ(xml.find('\r'), std::string::npos);
  EXPECT_NE(xml.find("origin=\"Duiding\""), std::string::npos);
  std::size_t last = 0;
  for (const char* element :
       {"<Users>", "<CodeBook>", "<Variables>", "<Cases>", "<Sources>", "<Notes>", "<Sets>", "<Description>Interviews",
        "<NoteRef targetGUID=\"b1a2c3d4-0000-4000-8000-00000000a001\" />\n</Project>"}) {
    const std::size_t at = xml.find(element);
    ASSERT_NE(at, std::string::npos) << element;
    EXPECT_GT(at, last) << element;
    last = at;
  }
  EXPECT_NE(xml.find("plainTextPath=\"internal://" + std::string(kInterview1) + ".txt\""), std::string::npos);
  // "bel ik mijn moeder" follows the emoji: code points, not UTF-16 units.
  const std::size_t start = At(kText1, "bel ik mijn moeder");
  EXPECT_NE(
      xml.find("startPosition=\"" + std::to_string(start) + "\" endPosition=\"" + std::to_string(start + 18) + "\""),
      std::string::npos);
  EXPECT_NE(xml.find("<IntegerValue>47</IntegerValue>"), std::string::npos);
  EXPECT_NE(xml.find("<FloatValue>3.25</FloatValue>"), std::string::npos);
  EXPECT_NE(xml.find("<BooleanValue>true</BooleanValue>"), std::string::npos);
  EXPECT_NE(xml.find("<DateValue>2026-02-28</DateValue>"), std::string::npos);
  EXPECT_NE(xml.find("typeOfVariable=\"Date\""), std::string::npos);
}

TEST(QdpxWriter, ArchiveHoldsProjectQdeThenLowercaseSourcesAsUtf8WithoutBom) {
  const ExchangeProject project = SampleProject();
  const std::string bytes = WriteQdpx(project);
  const import::ZipArchive zip("test.qdpx", bytes, import::ImportLimits{}, "test");
  const std::vector<std::string> expected = {"project.qde", "sources/" + std::string(kInterview1) + ".txt",
                                             "sources/" + std::string(kInterview2) + ".txt"};
  EXPECT_EQ(zip.EntryNames(), expected);
  EXPECT_EQ(zip.Read("project.qde"), WriteProjectQde(project));
  EXPECT_EQ(zip.Read(expected[1]), kText1);
  EXPECT_EQ(zip.Read(expected[2]), kText2);
}

TEST(QdpxWriter, IsDeterministic) {
  EXPECT_EQ(WriteProjectQde(SampleProject()), WriteProjectQde(SampleProject()));
  EXPECT_EQ(WriteQdpx(SampleProject()), WriteQdpx(SampleProject()));
}

TEST(QdpxWriter, RefusesSelectionsOutsideTheTextAndInvalidGuids) {
  ExchangeProject project = SampleProject();
  project.sources[1].selections[0].end = 1000;
  EXPECT_THROW(WriteProjectQde(project), Error);
  project = SampleProject();
  project.sources[0].guid = "geen-guid";
  EXPECT_THROW(WriteProjectQde(project), Error);
  project = SampleProject();
  project.cases[0].values[1].value = "zevenenveertig";
  EXPECT_THROW(WriteProjectQde(project), Error);
}

// --- (c) Round trip ---------------------------------------------------------------------------

void ExpectSameCodebook(const Codebook& expected, const Codebook& actual) {
  ASSERT_EQ(actual.entries.size(), expected.entries.size());
  for (std::size_t i = 0; i < expected.entries.size(); ++i) {
    const Code& e = expected.entries[i].code;
    const Code& a = actual.entries[i].code;
    SCOPED_TRACE(e.name);
    EXPECT_EQ(actual.entries[i].parentGuid, expected.entries[i].parentGuid);
    EXPECT_EQ(a.guid, e.guid);
    EXPECT_EQ(a.name, e.name);
    EXPECT_EQ(a.color, e.color);
    EXPECT_EQ(a.isCodable, e.isCodable);
    EXPECT_EQ(a.description, e.description);
    EXPECT_EQ(a.nameEn, e.nameEn);
    EXPECT_EQ(a.inclusion, e.inclusion);
    EXPECT_EQ(a.exclusion, e.exclusion);
    EXPECT_EQ(a.examples, e.examples);
    EXPECT_EQ(a.memo, e.memo);
  }
}

void ExpectSameValues(const std::vector<ExchangeValue>& expected, const std::vector<ExchangeValue>& actual) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(actual[i].variableGuid, expected[i].variableGuid);
    EXPECT_EQ(actual[i].value, expected[i].value);
  }
}

void ExpectSameSelection(const ExchangeSelection& e, const ExchangeSelection& a) {
  SCOPED_TRACE(e.guid);
  EXPECT_EQ(a.guid, e.guid);
  EXPECT_EQ(a.name, e.name);
  EXPECT_EQ(a.description, e.description);
  EXPECT_EQ(a.start, e.start);
  EXPECT_EQ(a.end, e.end);
  EXPECT_EQ(a.creatingUser, e.creatingUser);
  EXPECT_EQ(a.createdAt, e.createdAt);
  EXPECT_EQ(a.noteGuids, e.noteGuids);
  ASSERT_EQ(a.codings.size(), e.codings.size());
  for (std::size_t i = 0; i < e.codings.size(); ++i) {
    EXPECT_EQ(a.codings[i].guid, e.codings[i].guid);
    EXPECT_EQ(a.codings[i].codeGuid, e.codings[i].codeGuid);
    EXPECT_EQ(a.codings[i].creatingUser, e.codings[i].creatingUser);
    EXPECT_EQ(a.codings[i].createdAt, e.codings[i].createdAt);
  }
}

void ExpectSameSource(const ExchangeSource& e, const ExchangeSource& a) {
  SCOPED_TRACE(e.name);
  EXPECT_EQ(a.guid, e.guid);
  EXPECT_EQ(a.name, e.name);
  EXPECT_EQ(a.description, e.description);
  EXPECT_EQ(a.text, e.text);
  EXPECT_EQ(a.creatingUser, e.creatingUser);
  EXPECT_EQ(a.createdAt, e.createdAt);
  EXPECT_EQ(a.noteGuids, e.noteGuids);
  ExpectSameValues(e.values, a.values);
  ASSERT_EQ(a.selections.size(), e.selections.size());
  for (std::size_t i = 0; i < e.selections.size(); ++i) ExpectSameSelection(e.selections[i], a.selections[i]);
}

void ExpectSameProject(const ExchangeProject& e, const ExchangeProject& a) {
  EXPECT_EQ(a.name, e.name);
  EXPECT_EQ(a.description, e.description);
  EXPECT_EQ(a.origin, e.origin);
  EXPECT_EQ(a.creatingUser, e.creatingUser);
  EXPECT_EQ(a.createdAt, e.createdAt);
  ASSERT_EQ(a.users.size(), e.users.size());
  for (std::size_t i = 0; i < e.users.size(); ++i) {
    EXPECT_EQ(a.users[i].guid, e.users[i].guid);
    EXPECT_EQ(a.users[i].name, e.users[i].name);
  }
  ExpectSameCodebook(e.codebook, a.codebook);
  ASSERT_EQ(a.variables.size(), e.variables.size());
  for (std::size_t i = 0; i < e.variables.size(); ++i) {
    EXPECT_EQ(a.variables[i].guid, e.variables[i].guid);
    EXPECT_EQ(a.variables[i].name, e.variables[i].name);
    EXPECT_EQ(a.variables[i].description, e.variables[i].description);
    EXPECT_EQ(a.variables[i].type, e.variables[i].type);
  }
  ASSERT_EQ(a.cases.size(), e.cases.size());
  for (std::size_t i = 0; i < e.cases.size(); ++i) {
    EXPECT_EQ(a.cases[i].guid, e.cases[i].guid);
    EXPECT_EQ(a.cases[i].name, e.cases[i].name);
    EXPECT_EQ(a.cases[i].description, e.cases[i].description);
    EXPECT_EQ(a.cases[i].sourceGuids, e.cases[i].sourceGuids);
    ExpectSameValues(e.cases[i].values, a.cases[i].values);
  }
  ASSERT_EQ(a.sources.size(), e.sources.size());
  for (std::size_t i = 0; i < e.sources.size(); ++i) ExpectSameSource(e.sources[i], a.sources[i]);
  ASSERT_EQ(a.notes.size(), e.notes.size());
  for (std::size_t i = 0; i < e.notes.size(); ++i) {
    EXPECT_EQ(a.notes[i].guid, e.notes[i].guid);
    EXPECT_EQ(a.notes[i].name, e.notes[i].name);
    EXPECT_EQ(a.notes[i].text, e.notes[i].text);
    EXPECT_EQ(a.notes[i].creatingUser, e.notes[i].creatingUser);
    EXPECT_EQ(a.notes[i].createdAt, e.notes[i].createdAt);
  }
  ASSERT_EQ(a.sets.size(), e.sets.size());
  for (std::size_t i = 0; i < e.sets.size(); ++i) {
    EXPECT_EQ(a.sets[i].guid, e.sets[i].guid);
    EXPECT_EQ(a.sets[i].name, e.sets[i].name);
    EXPECT_EQ(a.sets[i].description, e.sets[i].description);
    EXPECT_EQ(a.sets[i].codeGuids, e.sets[i].codeGuids);
    EXPECT_EQ(a.sets[i].sourceGuids, e.sets[i].sourceGuids);
    EXPECT_EQ(a.sets[i].noteGuids, e.sets[i].noteGuids);
  }
  EXPECT_EQ(a.projectNoteGuids, e.projectNoteGuids);
}

TEST(QdpxRoundTrip, ReproducesTheProjectFieldByField) {
  const ExchangeProject project = SampleProject();
  const QdpxResult result = ReadQdpxBytes(WriteQdpx(project), "ronde1.qdpx");
  EXPECT_TRUE(result.warnings.empty()) << Joined(result.warnings);
  ExpectSameProject(project, result.project);
}

TEST(QdpxRoundTrip, ThroughAFileKeepsQuotesAfterTheEmojiOnTheirWords) {
  const TempDir dir;
  const std::string path = dir.Write("ronde1.qdpx", WriteQdpx(SampleProject()));
  const QdpxResult result = ReadQdpx(path);
  ASSERT_EQ(result.project.sources.size(), 2u);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(Quote(source, source.selections[0]), "\u00c9\u00e9n keer per week");
  EXPECT_EQ(Quote(source, source.selections[1]), "bel ik mijn moeder");
  EXPECT_EQ(Quote(source, source.selections[2]), "ik schaam me een beetje");
  const ExchangeSource& second = result.project.sources[1];
  EXPECT_EQ(Quote(second, second.selections[0]), "Tot dan!");
}

TEST(QdpxRoundTrip, BareQdeReportsItsSourcesMissing) {
  const QdpxResult result = ReadQde(WriteProjectQde(SampleProject()), "project.qde");
  EXPECT_TRUE(result.project.sources.empty());
  EXPECT_EQ(CountContaining(result.warnings, "not available"), 2u) << Joined(result.warnings);
  EXPECT_EQ(result.project.codebook.entries.size(), 3u);
  EXPECT_EQ(result.project.notes.size(), 3u);
  // Whatever pointed at the sources goes with them, and says so.
  EXPECT_TRUE(result.project.cases[0].sourceGuids.empty());
  EXPECT_TRUE(result.project.sets[0].sourceGuids.empty());
  EXPECT_TRUE(Contains(result.warnings, "2 set members (sources) dropped")) << Joined(result.warnings);
}

// --- (d) Lenient reading ----------------------------------------------------------------------

TEST(QdpxReader, AcceptsWhatOtherToolsWrite) {
  // Sources/ capitalised, the .qde named after the project, the 1:0 namespace spelling,
  // upper-case braced GUIDs and a plainTextPath without internal://.
  const std::string text = "Ik woon al \u00e9\u00e9n jaar hier.\n";
  const std::string xml = ProjectXml(
      "origin=\"qc 1.3.2\" creatingUserGUID=\"{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}\"",
      std::string("<Users><User guid=\"{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}\" name=\"Friedrich\"/></Users>\n") +
          kCodes +
          "<Sources><TextSource guid=\"{69A4332D-5B31-4915-B520-5275CFC21B40}\" name=\"Jan\" "
          "plainTextPath=\"69A4332D-5B31-4915-B520-5275CFC21B40.txt\">\n" +
          TextSelection(At(text, "\u00e9\u00e9n jaar"), At(text, " hier"), "",
                        "{0983E32E-6866-431A-BD94-DAC9BB963825}") +
          "</TextSource></Sources>\n",
      "urn:QDA-XML:project:1:0");
  const std::string bytes =
      Archive({{"Mijn project.qde", xml}, {"Sources/69a4332d-5b31-4915-b520-5275cfc21b40.txt", text}});
  const QdpxResult result = ReadQdpxBytes(bytes, "qc.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(source.guid, "69a4332d-5b31-4915-b520-5275cfc21b40");
  EXPECT_EQ(result.project.creatingUser, "ad68fbe7-e1ee-4a82-a279-23cc698c89eb");
  EXPECT_EQ(result.project.users[0].guid, "ad68fbe7-e1ee-4a82-a279-23cc698c89eb");
  EXPECT_EQ(result.project.codebook.entries[0].code.guid, kCodeGuid);
  ASSERT_EQ(source.selections.size(), 1u);
  EXPECT_EQ(source.selections[0].guid, "0983e32e-6866-431a-bd94-dac9bb963825");
  EXPECT_EQ(source.selections[0].codings[0].codeGuid, kCodeGuid);
  EXPECT_EQ(Quote(source, source.selections[0]), "\u00e9\u00e9n jaar");
  EXPECT_TRUE(Contains(result.warnings, "namespace urn:QDA-XML:project:1:0 read as urn:QDA-XML:project:1.0"));
}

TEST(QdpxReader, AcceptsPrefixedElementNames) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<qda:Project xmlns:qda=\"urn:QDA-XML:project:1.0\" name=\"Prefixed\">"
      "<qda:CodeBook><qda:Codes><qda:Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"Steun\" "
      "isCodable=\"true\">"
      "<qda:Code guid=\"0F8A1907-7E42-4739-8610-A676B4D1B69F\" name=\"Moeder\" isCodable=\"false\" color=\"#abc\"/>"
      "</qda:Code></qda:Codes></qda:CodeBook>"
      "<qda:Notes><qda:Note guid=\"CE15250D-46AD-42C2-B90F-A509B8D64EC8\" name=\"Plan\">"
      "<qda:PlainTextContent>Eerst lezen.</qda:PlainTextContent></qda:Note></qda:Notes>"
      "<qda:NoteRef targetGUID=\"CE15250D-46AD-42C2-B90F-A509B8D64EC8\"/></qda:Project>";
  const QdpxResult result = ReadQde(xml, "prefixed.qde");
  EXPECT_TRUE(result.warnings.empty()) << Joined(result.warnings);
  ASSERT_EQ(result.project.codebook.entries.size(), 2u);
  EXPECT_EQ(result.project.codebook.entries[1].parentGuid, kCodeGuid);
  EXPECT_FALSE(result.project.codebook.entries[1].code.isCodable);
  EXPECT_EQ(result.project.codebook.entries[1].code.color, "#AABBCC");
  ASSERT_EQ(result.project.notes.size(), 1u);
  EXPECT_EQ(result.project.notes[0].text, "Eerst lezen.");
  EXPECT_EQ(result.project.projectNoteGuids, std::vector<std::string>{"ce15250d-46ad-42c2-b90f-a509b8d64ec8"});
}

// NVivo on Windows: BOM, CRLF, and positions in UTF-16 code units with CRLF as 2.
TEST(QdpxReader, ReadsNvivoUtf16PositionsInBomCrlfText) {
  const std::string raw = "Regel \U0001F605 een\r\nTweede regel met \U0001F44D\U0001F44D woorden\r\nDerde.\r\n";
  const text::OffsetMap units(raw);
  const auto unit = [&](const std::string& needle) { return units.Utf16FromCodePoint(At(raw, needle)); };
  const std::string selections = TextSelection(unit("Tweede"), unit(" regel met")) +
                                 TextSelection(unit("woorden"), unit("\r\nDerde")) +
                                 TextSelection(unit("Derde"), unit("Derde") + 6);
  const std::string xml =
      ProjectXml("origin=\"NVivo for Windows 12.6\"",
                 std::string(kCodes) +
                     "<Sources><TextSource guid=\"56a79789-d535-4fb8-bedd-a915504c54ba\" name=\"Chat\" "
                     "plainTextPath=\"internal://56a79789-d535-4fb8-bedd-a915504c54ba.txt\">\n" +
                     selections + "</TextSource></Sources>\n");
  const QdpxResult result = ReadQdpxBytes(
      Archive({{"project.qde", xml}, {"Sources/56a79789-d535-4fb8-bedd-a915504c54ba.txt", "\xEF\xBB\xBF" + raw}}),
      "nvivo.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(source.text, "Regel \U0001F605 een\nTweede regel met \U0001F44D\U0001F44D woorden\nDerde.\n");
  ASSERT_EQ(source.selections.size(), 3u);
  EXPECT_EQ(Quote(source, source.selections[0]), "Tweede");
  EXPECT_EQ(Quote(source, source.selections[1]), "woorden");
  EXPECT_EQ(Quote(source, source.selections[2]), "Derde.");
  EXPECT_TRUE(Contains(result.warnings, "UTF-16 code units")) << Joined(result.warnings);
}

// ATLAS.ti counts CRLF as one character; the quote in each selection's name confirms it.
TEST(QdpxReader, ReadsAtlasPositionsWithCrlfAsOneConfirmedByNames) {
  const std::string lf =
      "Eerste regel.\nIk heb \u00e9\u00e9n keer gebeld \U0001F605 met de huisarts.\nDerde regel, "
      "nogal lang, zodat de naam van de selectie wordt afgekapt zoals ATLAS.ti dat doet bij "
      "honderd tekens of meer, en dan volgt er nog meer.\n";
  std::string crlf;
  for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const std::string longQuote = lf.substr(lf.find("Derde"), lf.size() - lf.find("Derde") - 1);
  const std::string cut = std::string(text::SliceCodePoints(longQuote, 0, 99)) + "\u2026";
  const std::string selections =
      TextSelection(At(lf, "met de huisarts"), At(lf, ".\nDerde"), "met de huisarts") +
      TextSelection(At(lf, "\u00e9\u00e9n keer"), At(lf, " gebeld"), "\u00e9\u00e9n keer") +
      TextSelection(At(lf, "Derde"), At(lf, "Derde") + text::CountCodePoints(longQuote), cut);
  const std::string xml =
      ProjectXml("origin=\"ATLAS.ti 23.2.1\"",
                 std::string(kCodes) +
                     "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"Mab\u00eal\" "
                     "plainTextPath=\"internal://88293C71-CB70-4AB7-8413-C24110A19C2E.txt\">\n" +
                     selections + "</TextSource></Sources>\n");
  const QdpxResult result = ReadQdpxBytes(
      Archive({{"Mabel.qde", xml}, {"sources/88293C71-CB70-4AB7-8413-C24110A19C2E.txt", crlf}}), "atlas.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(source.text, lf);
  EXPECT_EQ(Quote(source, source.selections[0]), "met de huisarts");
  EXPECT_EQ(Quote(source, source.selections[1]), "\u00e9\u00e9n keer");
  EXPECT_EQ(Quote(source, source.selections[2]), longQuote);
  EXPECT_TRUE(Contains(result.warnings, "CRLF counted as 1")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "3 of 3 selection names match")) << Joined(result.warnings);
}

TEST(QdpxReader, SelectionNamesOverruleTheReadingTheOriginSuggests) {
  const std::string lf = "Een.\nTwee drie.\nVier vijf zes.\n";
  std::string crlf;
  for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  // Counted with CRLF as one, though the origin is not ATLAS.ti.
  const std::string xml =
      ProjectXml("origin=\"Vendor X\"",
                 std::string(kCodes) +
                     "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"T\" "
                     "plainTextPath=\"internal://t.txt\">\n" +
                     TextSelection(At(lf, "vijf"), At(lf, " zes"), "vijf") +
                     TextSelection(At(lf, "drie"), At(lf, ".\nVier"), "drie") + "</TextSource></Sources>\n");
  const QdpxResult result = ReadQdpxBytes(Archive({{"project.qde", xml}, {"sources/t.txt", crlf}}), "x.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(Quote(source, source.selections[0]), "vijf");
  EXPECT_EQ(Quote(source, source.selections[1]), "drie");
  EXPECT_TRUE(Contains(result.warnings, "2 of 2 selection names match the text that way, 0 the other"))
      << Joined(result.warnings);
}

// Whether ATLAS.ti counts UTF-16 units is unverified; if it does, the names say so.
TEST(QdpxReader, SelectionNamesFindUtf16UnitsWithCrlfAsOne) {
  const std::string lf = "Hoi \U0001F605\U0001F605!\nZe zei \u00e9\u00e9n ding.\nEn toen \U0001F44D klaar.\n";
  std::string crlf;
  for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const text::OffsetMap units(lf);
  const auto unit = [&](const std::string& needle) { return units.Utf16FromCodePoint(At(lf, needle)); };
  const std::string xml =
      ProjectXml("origin=\"ATLAS.ti 25\"",
                 std::string(kCodes) +
                     "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"T\" "
                     "plainTextPath=\"internal://t.txt\">\n" +
                     TextSelection(unit("\u00e9\u00e9n ding"), unit(".\nEn"), "\u00e9\u00e9n ding") +
                     TextSelection(unit("klaar"), unit("klaar") + 5, "klaar") + "</TextSource></Sources>\n");
  const QdpxResult result = ReadQdpxBytes(Archive({{"project.qde", xml}, {"sources/t.txt", crlf}}), "x.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(Quote(source, source.selections[0]), "\u00e9\u00e9n ding");
  EXPECT_EQ(Quote(source, source.selections[1]), "klaar");
  EXPECT_TRUE(Contains(result.warnings,
                       "positions read as UTF-16 code units with CRLF counted as 1, not as code points "
                       "with CRLF counted as 1"))
      << Joined(result.warnings);
}

TEST(QdpxReader, CodePointsOfADecomposedFileLandOnTheNfcText) {
  // "één" written decomposed (e + U+0301): 6 code points in the file, 3 in canonical NFC.
  const std::string raw = "Ik zeg e\u0301e\u0301n keer: \U0001F605 ja.";
  const std::string xml = ProjectXml(
      "origin=\"MAXQDA 24\"", std::string(kCodes) +
                                  "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"T\" "
                                  "plainTextPath=\"internal://t.txt\">\n" +
                                  TextSelection(At(raw, "e\u0301e\u0301n"), At(raw, " keer")) +
                                  TextSelection(At(raw, "ja"), At(raw, "ja") + 2) + "</TextSource></Sources>\n");
  const QdpxResult result = ReadQdpxBytes(Archive({{"project.qde", xml}, {"sources/t.txt", raw}}), "x.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  EXPECT_EQ(source.text, "Ik zeg \u00e9\u00e9n keer: \U0001F605 ja.");
  EXPECT_EQ(Quote(source, source.selections[0]), "\u00e9\u00e9n");
  EXPECT_EQ(Quote(source, source.selections[1]), "ja");
}

TEST(QdpxReader, ClampsOutOfRangeSelectionsAndReportsMissingFiles) {
  const std::string text = "Kort.";
  const std::string xml =
      ProjectXml("origin=\"MAXQDA 24\"",
                 std::string(kCodes) +
                     "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"Kort\" "
                     "plainTextPath=\"internal://k.txt\">\n" +
                     TextSelection(2, 900) + TextSelection(4, 1) +
                     "</TextSource>\n<TextSource guid=\"EC0A7242-65E1-457C-B7D1-310DAE603FAB\" name=\"Weg\" "
                     "plainTextPath=\"internal://weg.txt\">" +
                     TextSelection(0, 3) +
                     "</TextSource></Sources>\n"
                     "<Sets><Set guid=\"C29B5DB8-2ED6-406B-BFD2-68E8E273C1E9\" name=\"Alles\">"
                     "<MemberSource targetGUID=\"17FB9CB8-7858-4291-A162-65424B9942EC\"/>"
                     "<MemberSource targetGUID=\"EC0A7242-65E1-457C-B7D1-310DAE603FAB\"/></Set></Sets>\n");
  const QdpxResult result = ReadQdpxBytes(Archive({{"project.qde", xml}, {"sources/k.txt", text}}), "x.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  ASSERT_EQ(source.selections.size(), 2u);
  EXPECT_EQ(source.selections[0].start, 2u);
  EXPECT_EQ(source.selections[0].end, 5u);
  EXPECT_EQ(Quote(source, source.selections[1]), "ort");
  EXPECT_EQ(CountContaining(result.warnings, "clamped to"), 2u) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings,
                       "source \"Weg\": its text file internal://weg.txt is not in the archive; "
                       "dropped with its 1 selection"))
      << Joined(result.warnings);
  EXPECT_EQ(result.project.sets[0].sourceGuids, std::vector<std::string>{"17fb9cb8-7858-4291-a162-65424b9942ec"});
}

TEST(QdpxReader, KeepsMemosAsNotesAndDescribedSelectionsWithoutCoding) {
  const std::string text = "Dit is de tekst.";
  const std::string xml = ProjectXml(
      "origin=\"MAXQDA 24\"", std::string(kCodes) +
                                  "<Sources><TextSource guid=\"17FB9CB8-7858-4291-A162-65424B9942EC\" name=\"T\" "
                                  "plainTextPath=\"internal://t.txt\">"
                                  "<PlainTextSelection guid=\"4191294A-E287-4510-95B0-69BCE4638E56\" name=\"\" "
                                  "startPosition=\"10\" endPosition=\"16\">"
                                  "<Description>Opvallend woord.</Description>"
                                  "<NoteRef targetGUID=\"CE15250D-46AD-42C2-B90F-A509B8D64EC8\"/></PlainTextSelection>"
                                  "<Coding guid=\"445A6AEC-1400-4502-919D-0867832FF211\"><CodeRef "
                                  "targetGUID=\"85D17F60-7BB0-481E-B742-B4861DD669DF\"/></Coding>"
                                  "<NoteRef targetGUID=\"E41BE463-FDF3-4ED0-B668-119C53D8D687\"/>"
                                  "</TextSource></Sources>\n"
                                  "<Notes><Note guid=\"CE15250D-46AD-42C2-B90F-A509B8D64EC8\" "
                                  "name=\"Memo\"><PlainTextContent>Eerste memo.</PlainTextContent></Note>"
                                  "<Note guid=\"E41BE463-FDF3-4ED0-B668-119C53D8D687\" name=\"Bronmemo\" "
                                  "plainTextPath=\"internal://memo.txt\"/></Notes>\n");
  const QdpxResult result = ReadQdpxBytes(
      Archive({{"project.qde", xml}, {"sources/t.txt", text}, {"sources/memo.txt", "Regel\r\ntwee"}}), "x.qdpx");
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = result.project.sources[0];
  ASSERT_EQ(source.selections.size(), 2u);
  EXPECT_EQ(Quote(source, source.selections[0]), "tekst.");
  EXPECT_EQ(source.selections[0].description, "Opvallend woord.");
  EXPECT_TRUE(source.selections[0].codings.empty());
  EXPECT_EQ(source.selections[0].noteGuids, std::vector<std::string>{"ce15250d-46ad-42c2-b90f-a509b8d64ec8"});
  // A code on the whole source becomes a coding of the whole text.
  EXPECT_EQ(source.selections[1].start, 0u);
  EXPECT_EQ(source.selections[1].end, text.size());
  EXPECT_EQ(source.selections[1].codings[0].codeGuid, kCodeGuid);
  EXPECT_EQ(source.noteGuids, std::vector<std::string>{"e41be463-fdf3-4ed0-b668-119c53d8d687"});
  ASSERT_EQ(result.project.notes.size(), 2u);
  EXPECT_EQ(result.project.notes[1].text, "Regel\ntwee");
}

TEST(QdpxReader, ListsEverythingDroppedOnceWithCounts) {
  const std::string xml = ProjectXml(
      "origin=\"ATLAS.ti 8\" basePath=\"/Users/someone\"",
      std::string(kCodes) +
          "<Sources>"
          "<PDFSource guid=\"03F134F1-AB05-46E6-8702-1D6930D7F7F0\" name=\"a.pdf\" path=\"internal://a.pdf\">"
          "<PDFSelection guid=\"95916796-D0A0-4B49-80B0-5A5C8B94AE13\" page=\"0\" firstX=\"1\" firstY=\"1\" "
          "secondX=\"2\" secondY=\"2\"/>"
          "</PDFSource>"
          "<PDFSource guid=\"2065D8AB-D724-40C9-B4E9-6EB8DAB73541\" name=\"b.pdf\" path=\"internal://b.pdf\"/>"
          "<PictureSource guid=\"02255470-09E6-400B-9E20-97D71FBEC65D\" path=\"internal://c.jpg\"/>"
          "<AudioSource guid=\"DA744775-589A-46D3-8B26-A07ADCE1E1CA\" path=\"relative:///d.m4a\"/>"
          "<VideoSource guid=\"9D260347-8F7D-4161-89F7-DCC93CC34170\" path=\"relative:///e.mp4\">"
          "<Transcript guid=\"0EBF03C4-768D-4937-B37E-58341FDA4CDB\" plainTextPath=\"internal://t.txt\">"
          "<SyncPoint guid=\"BC57B3AA-64E1-4974-AC92-646A4F822070\" position=\"0\" "
          "timeStamp=\"0\"/></Transcript></VideoSource>"
          "</Sources>"
          "<Links><Link guid=\"7B56978E-9D9F-4D47-B4EC-436E2F6B8BE5\" "
          "originGUID=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" "
          "targetGUID=\"85D17F60-7BB0-481E-B742-B4861DD669DF\"/></Links>"
          "<Graphs><Graph guid=\"2BD17780-DA8D-4F9E-835A-5FA8CF02EF11\"/><Graph "
          "guid=\"2BD17780-DA8D-4F9E-835A-5FA8CF02EF12\"/></Graphs>\n");
  const QdpxResult result = ReadQde(xml, "x.qde");
  const std::vector<std::string>& w = result.warnings;
  EXPECT_TRUE(
      Contains(w, "dropped 2 <PDFSource> elements (PDF sources are not imported), with 1 <PDFSelection> in them"))
      << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <PictureSource> (picture sources are not imported)")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <AudioSource>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "with 1 <SyncPoint>, 1 <Transcript> in them")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <Link> (links between objects are not imported)")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 2 <Graph> elements")) << Joined(w);
  EXPECT_TRUE(Contains(w, "ignored attribute basePath on 1 element")) << Joined(w);
  EXPECT_EQ(CountContaining(w, "<PDFSource>"), 1u) << Joined(w);
  EXPECT_EQ(result.project.codebook.entries.size(), 1u);
}

TEST(QdpxReader, NeverCrashesOnMissingAttributes) {
  const std::string xml =
      "<Project><CodeBook><Codes><Code/><Code guid=\"x\" isCodable=\"misschien\" color=\"rood\"/></Codes></CodeBook>"
      "<Variables><Variable/><Variable guid=\"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c01\" name=\"Wanneer\" "
      "typeOfVariable=\"DateTime\"/></Variables>"
      "<Cases><Case><VariableValue/><VariableValue><VariableRef targetGUID=\"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c01\"/>"
      "<DateTimeValue>2020-01-02T10:00:00Z</DateTimeValue></VariableValue><SourceRef/></Case></Cases>"
      "<Sources><TextSource><PlainTextContent>Tekst zonder pad.</PlainTextContent><PlainTextSelection/>"
      "<PlainTextSelection startPosition=\"0\" "
      "endPosition=\"5\"><Coding/><Coding><CodeRef/></Coding></PlainTextSelection>"
      "</TextSource><TextSource/></Sources>"
      "<Notes><Note/></Notes><Sets><Set><MemberCode/></Set></Sets><NoteRef/></Project>";
  QdpxResult result;
  ASSERT_NO_THROW(result = ReadQde(xml, "kaal.qde"));
  EXPECT_EQ(result.project.name, "kaal");
  EXPECT_EQ(result.project.codebook.entries.size(), 2u);
  ASSERT_EQ(result.project.sources.size(), 1u) << Joined(result.warnings);
  EXPECT_EQ(result.project.sources[0].text, "Tekst zonder pad.");
  ASSERT_EQ(result.project.sources[0].selections.size(), 1u);
  EXPECT_TRUE(result.project.sources[0].selections[0].codings.empty());
  ASSERT_EQ(result.project.cases.size(), 1u);
  ASSERT_EQ(result.project.cases[0].values.size(), 1u);
  EXPECT_EQ(result.project.cases[0].values[0].value, "2020-01-02T10:00:00Z");
  EXPECT_TRUE(Contains(result.warnings, "has no valid GUID")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "without valid startPosition and endPosition")) << Joined(result.warnings);
}

TEST(QdpxReader, WarnsAboutDuplicateGuidsAndRenamesTheLaterObject) {
  const std::string xml = ProjectXml(
      "",
      "<CodeBook><Codes><Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"Een\" isCodable=\"true\"/>"
      "<Code guid=\"{85d17f60-7bb0-481e-b742-b4861dd669df}\" name=\"Twee\" isCodable=\"true\"/></Codes></CodeBook>\n");
  const QdpxResult result = ReadQde(xml, "x.qde");
  ASSERT_EQ(result.project.codebook.entries.size(), 2u);
  EXPECT_EQ(result.project.codebook.entries[0].code.guid, kCodeGuid);
  EXPECT_NE(result.project.codebook.entries[1].code.guid, kCodeGuid);
  EXPECT_TRUE(Contains(result.warnings, "duplicate GUID " + std::string(kCodeGuid) + " on 2 elements"))
      << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "code \"Twee\" repeats GUID")) << Joined(result.warnings);
}

TEST(QdpxReader, RefusesWhatIsNoRefiQdaProject) {
  const auto kind = [](auto read) {
    try {
      read();
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(kind([] { ReadQde("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>", "c.qdc"); }).find("codebook"),
            std::string::npos);
  EXPECT_NE(kind([] { ReadQde("<Project xmlns=\"urn:other\" name=\"x\"/>", "o.qde"); }).find("not a REFI-QDA project"),
            std::string::npos);
  EXPECT_NE(kind([] { ReadQde("<Project", "kapot.qde"); }).find("kapot.qde: XML error"), std::string::npos);
  EXPECT_NE(kind([] {
              ReadQdpxBytes(Archive({{"readme.txt", "hallo"}}), "leeg.qdpx");
            }).find("no project.qde"),
            std::string::npos);
  EXPECT_NE(kind([] { ReadQdpxBytes("\x01\x02 geen zip", "rommel.qdpx"); }).find("rommel.qdpx"), std::string::npos);
}

// --- (e) Real exports -------------------------------------------------------------------------

// No word is cut: a boundary never falls strictly inside a word.
bool CutsAWord(const std::vector<text::Span>& words, std::size_t position) {
  const auto word = std::upper_bound(words.begin(), words.end(), position,
                                     [](std::size_t p, const text::Span& w) { return p < w.end; });
  return word != words.end() && word->start < position && position < word->end;
}

TEST(QdpxSample, Nvivo12WindowsSelectionsLandOnWordBoundaries) {
  if (!std::filesystem::exists(kNvivoSample)) GTEST_SKIP() << "no NVivo sample at " << kNvivoSample;
  const QdpxResult result = ReadQdpx(kNvivoSample);
  const ExchangeProject& project = result.project;
  EXPECT_EQ(project.origin, "NVivo for Windows 12.6");
  EXPECT_EQ(project.users.size(), 2u);
  EXPECT_EQ(project.codebook.entries.size(), 60u);
  ASSERT_EQ(project.sources.size(), 1u) << Joined(result.warnings);
  const ExchangeSource& source = project.sources[0];
  EXPECT_EQ(source.name, "videos_selection");
  ASSERT_EQ(source.selections.size(), 97u);
  EXPECT_FALSE(Contains(result.warnings, "clamped")) << Joined(result.warnings);
  EXPECT_TRUE(Contains(result.warnings, "UTF-16 code units")) << Joined(result.warnings);
  EXPECT_EQ(source.text.find('\r'), std::string::npos);
  EXPECT_FALSE(source.text.starts_with("\xEF\xBB\xBF"));

  const std::vector<text::Span> words = text::DutchWords(source.text);
  std::map<std::string, std::string> quotes;
  for (const ExchangeSelection& selection : source.selections) {
    EXPECT_EQ(selection.codings.size(), 1u);
    EXPECT_FALSE(CutsAWord(words, selection.start)) << selection.guid << ": " << Quote(source, selection).substr(0, 60);
    EXPECT_FALSE(CutsAWord(words, selection.end)) << selection.guid << ": " << Quote(source, selection).substr(0, 60);
    quotes[selection.guid] = Quote(source, selection);
  }
  // Spot checks, read off the .txt by hand; the later ones follow dozens of emoji.
  EXPECT_TRUE(quotes["fd960901-8191-4db1-a3dd-a91626d56c4b"].starts_with("Na mi van? Nem mert\u00e9tek"));
  EXPECT_TRUE(quotes["fd960901-8191-4db1-a3dd-a91626d56c4b"].ends_with("nem haltok meg covidban."));
  EXPECT_EQ(quotes["7b3c3431-07e3-4ec8-b5dd-a919049b9922"],
            "Mi az a fityesznek? Akkor \u00edrj\u00e1k \u00e1t amikor akarj\u00e1k \U0001F923\U0001F923\U0001F923");
  EXPECT_EQ(quotes["52322d90-c114-4498-8ddd-a919323b7c23"],
            "Nem tehetik k\u00f6telez\u0151v\u00e9! \U0001F621\U0001F621");
  EXPECT_EQ(quotes["4dffe316-053a-499a-82dd-a9195b155814"],
            "A Politikusoknak k\u00f6temez\u0151, ja leszavazt\u00e1k maguknak!");
  EXPECT_TRUE(quotes["608237ec-ce64-47bc-96dd-a91d7184b712"].starts_with("Term\u00e9szetesen a transzhumanista"));
  EXPECT_TRUE(quotes["608237ec-ce64-47bc-96dd-a91d7184b712"].ends_with("watch?v=cxUp2aWkEnk&t=454s"));
}

TEST(QdpxSample, AtlasTi8StandardProjectQdeImportsWhatItCanAndListsTheRest) {
  if (!std::filesystem::exists(kAtlasSample)) GTEST_SKIP() << "no ATLAS.ti sample at " << kAtlasSample;
  QdpxResult result;
  ASSERT_NO_THROW(result = ReadQde(import::ReadFileBytes(kAtlasSample), kAtlasSample));
  const ExchangeProject& project = result.project;
  const std::vector<std::string>& w = result.warnings;
  EXPECT_EQ(project.name, "ATLAS.ti standard project");
  EXPECT_EQ(project.users.size(), 3u);
  ASSERT_EQ(project.codebook.entries.size(), 14u);
  EXPECT_EQ(project.codebook.entries[1].code.description, "thoughts about breakfast foods");
  EXPECT_EQ(project.codebook.entries[13].code.name, "\"rushed\"");
  ASSERT_EQ(project.notes.size(), 2u);
  EXPECT_EQ(project.notes[0].name, "Research Plan");
  EXPECT_EQ(project.notes[0].text, "This is a great project by a dynamic team of researcher-developers. ");
  EXPECT_EQ(project.notes[1].text, "This version is much better than the new Director\u2019s cut ");
  // A bare .qde: every text source's file is missing, and each one says so.
  EXPECT_TRUE(project.sources.empty());
  EXPECT_EQ(CountContaining(w, "not available (a bare .qde holds no files)"), 6u) << Joined(w);
  EXPECT_TRUE(Contains(w, "source \"Simon.docx\": its text file internal://C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt"))
      << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 2 <PDFSource> elements")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <PictureSource>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <AudioSource>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 2 <VideoSource> elements")) << Joined(w);
  EXPECT_TRUE(Contains(w, "<Transcript>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <Link>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "dropped 1 <Graph>")) << Joined(w);
  EXPECT_TRUE(Contains(w, "duplicate GUID 95916796-d0a0-4b49-80b0-5a5c8b94ae13 on 2 elements")) << Joined(w);
  EXPECT_TRUE(Contains(w, "duplicate GUID 27a5f0c2-e225-4d6a-8297-f4fec794d890 on 2 elements")) << Joined(w);
  // Sets keep their codes; their members that were sources went with the sources.
  ASSERT_EQ(project.sets.size(), 16u);
  EXPECT_EQ(project.sets[11].name, "Feelings");
  EXPECT_EQ(project.sets[11].codeGuids.size(), 6u);
  EXPECT_TRUE(project.sets[0].sourceGuids.empty());
  EXPECT_TRUE(Contains(w, "set members (sources) dropped")) << Joined(w);
}

}  // namespace
}  // namespace duiding
