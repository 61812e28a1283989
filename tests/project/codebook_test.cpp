// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <functional>

#include "tests/project/kind_of.h"
#include "export/qdc_writer.h"
#include "import/plain_text.h"
#include "import/qdc_reader.h"
#include "model/error.h"
#include "project/code_names.h"
#include "project/project.h"
#include "project/shipped_codebooks.h"
#include "tests/store/temp_dir.h"

namespace duiding::project {
namespace {

using duiding::testing::KindOf;

// A row-level fingerprint of everything undo must restore: codes (every field) and codings.
std::string Snapshot(Project& p) {
  std::string out;
  for (const Code& c : p.Store().Codes())
    out += c.guid + "|" + std::to_string(c.parent.value_or(0)) + "|" + c.name + "|" + c.color + "|" + c.description +
           "|" + c.inclusion + "|" + c.exclusion + "|" + c.memo + "|" + c.deletedAt + "|" +
           std::to_string(c.sortKey) + "|" + std::to_string(c.examples.size()) + "\n";
  store::CodingFilter all;
  all.withDeletedCodes = true;
  for (const Coding& c : p.Store().Codings(all))
    out += c.guid + "|" + std::to_string(c.code) + "|" + std::to_string(c.start) + "-" + std::to_string(c.end) + "|" +
           c.memo + "\n";
  return out;
}

class CodebookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_project.AddDocuments({import::ImportPlainUtf8Bytes(
        "moeder.txt",
        "I: Vraagt u weleens hulp aan \u00e9\u00e9n van de grootouders?\n"
        "M: Nee, ik schaam me. Ik wil niemand tot last zijn \U0001F605.\n"
        "M: 's Avonds is het zwaar; de ge\u00efnterviewde buurvrouw helpt soms.\n")});
    m_project.AddUser("bram");
    m_project.AddCode({"Drempels", std::nullopt, "#b03a2e", ""});
    m_project.AddCode({"Schaamte", "Drempels", "", "Zich schamen"});
    m_project.AddCode({"Tot last zijn", "Drempels", "", ""});
    m_project.AddCode({"Steunfiguren"});
  }
  Coding CodeQuote(const std::string& code, const std::string& quote) {
    return m_project.AddCoding({"moeder", code, {}, {}, quote, {}}, "");
  }
  std::int64_t Changes() { return m_project.Store().Count().changeSets; }
  Project m_project = Project::Create(":memory:", "Test", "anna");
};

TEST(CodeNames, NearDuplicatesIgnoreCaseAccentsAndATypo) {
  EXPECT_EQ(NameSimilarity("Schaamte", "Schaamte"), "the same name");
  EXPECT_EQ(NameSimilarity("schaamte", "Schaamte"), "the same apart from case or accents");
  EXPECT_EQ(NameSimilarity("Appel van de professional", "App\u00e8l van de professional"),
            "the same apart from case or accents");
  EXPECT_EQ(NameSimilarity("wie-vraag", "Wie vraag"), "the same apart from case or accents");
  EXPECT_EQ(NameSimilarity("Schaamde", "Schaamte"), "nearly the same name");
  EXPECT_EQ(NameSimilarity("Tot last zyn", "Tot last zijn"), "nearly the same name");  // two edits, long name
  EXPECT_EQ(NameSimilarity("Schmaate", "Schaamte"), std::nullopt);
  EXPECT_EQ(NameSimilarity("Buren", "Buurt"), std::nullopt);  // short names must match exactly
  EXPECT_EQ(NameSimilarity("Schaamte", "Schaamte en schuld"), std::nullopt);
}

TEST(CodeNames, InVivoNamesAreShortAndWhole) {
  EXPECT_EQ(InVivoName("  \u201Ctot last  zijn\u201D "), "tot last zijn");
  EXPECT_EQ(InVivoName("ja/nee"), "ja-nee");
  const std::string cut = InVivoName(
      "Ik wil niemand tot last zijn, mijn moeder heeft het al zwaar genoeg met haar nieuwe heup en de verhuizing");
  EXPECT_EQ(cut, "Ik wil niemand tot last zijn, mijn moeder heeft het al zwaar...");
}

TEST_F(CodebookTest, NearDuplicateNamesAreRefusedUnlessAllowed) {
  const std::int64_t before = Changes();
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"schaamte", "Steunfiguren"}); }), ErrorKind::Conflict);
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"Tot last zyn"}); }), ErrorKind::Conflict);
  EXPECT_EQ(KindOf([&] { m_project.RenameCode("Steunfiguren", "Schaamde"); }), ErrorKind::Conflict);
  EXPECT_EQ(Changes(), before);
  ASSERT_EQ(m_project.SimilarCodes("SCHAAMTE").size(), 1u);
  EXPECT_EQ(m_project.SimilarCodes("SCHAAMTE")[0].path, "Drempels/Schaamte");
  CodeSpec spec("Schaamde", "Steunfiguren");
  spec.allowSimilar = true;
  EXPECT_EQ(m_project.AddCode(spec).name, "Schaamde");
  m_project.RenameCode("Tot last zijn", "Tot last zijn", false);  // its own name is no clash
}

TEST_F(CodebookTest, StructuredFieldsAreKeptAndEdited) {
  CodeSpec spec("Appèl om over te nemen", "Drempels", "#a23b56", "De druk om zelf in te grijpen.");
  spec.nameEn = "Appeal to take over";
  spec.inclusion = "De professional neemt de regie.";
  spec.exclusion = "Wettelijke plicht (gebruik Meldcode).";
  spec.examples = {{CodeExample::Kind::Typical, "\"Dan regel ik het wel even.\" [professional]", ""}};
  const Code added = m_project.AddCode(spec);
  const Code stored = m_project.Codebook().Resolve(added.guid);
  EXPECT_EQ(stored.nameEn, "Appeal to take over");
  EXPECT_EQ(stored.inclusion, spec.inclusion);
  EXPECT_EQ(stored.exclusion, spec.exclusion);
  EXPECT_EQ(stored.examples, spec.examples);
  const Coding c = CodeQuote("Schaamte", "ik schaam me");
  CodeEdit edit;
  edit.memo = "Besproken in teamoverleg";
  edit.examples = std::vector<CodeExample>{{CodeExample::Kind::Borderline, "", c.guid}};
  const Code edited = m_project.EditCode("Schaamte", edit);
  ASSERT_EQ(edited.examples.size(), 1u);
  EXPECT_EQ(edited.examples[0].text, "ik schaam me");  // a linked example takes the fragment's quote
  EXPECT_EQ(m_project.Codebook().Resolve("Schaamte").memo, "Besproken in teamoverleg");
  edit.examples = std::vector<CodeExample>{{CodeExample::Kind::Typical, "", "99999999-9999-4999-8999-999999999999"}};
  EXPECT_EQ(KindOf([&] { m_project.EditCode("Schaamte", edit); }), ErrorKind::NotFound);
  m_project.Undo();
  EXPECT_TRUE(m_project.Codebook().Resolve("Schaamte").examples.empty());
}

TEST_F(CodebookTest, EveryOperationIsOneUndoableChange) {
  const std::vector<std::pair<const char*, std::function<void()>>> operations = {
      {"add", [&] { m_project.AddCode({"Grootouder", "Steunfiguren"}); }},
      {"rename", [&] { m_project.RenameCode("Schaamte", "Schaamte en schuld"); }},
      {"move", [&] { m_project.MoveCode("Tot last zijn", std::string("Steunfiguren")); }},
      {"reorder", [&] { m_project.MoveCode("Tot last zijn", std::string("Drempels"), 0); }},
      {"recolour", [&] {
         CodeEdit e;
         e.color = "#123";
         m_project.EditCode("Schaamte", e);
       }},
      {"code", [&] { CodeQuote("Tot last zijn", "tot last zijn \U0001F605"); }},
      {"merge", [&] { m_project.MergeCodes("Schaamte", "Tot last zijn"); }},
      {"split", [&] {
         const auto codings = m_project.Store().Codings({});
         m_project.SplitCode("Schaamte", {codings.at(0).guid}, {"Gezichtsverlies"});
       }},
      {"delete", [&] { m_project.DeleteCode("Drempels"); }},
      {"in-vivo", [&] { m_project.InVivoCode({"moeder", "", {}, {}, "'s Avonds is het zwaar", {}}, std::nullopt); }},
  };
  for (const auto& [name, operation] : operations) {
    SCOPED_TRACE(name);
    if (std::string(name) == "split") CodeQuote("Schaamte", "ik schaam me");
    const std::string before = Snapshot(m_project);
    const std::int64_t changes = Changes();
    operation();
    EXPECT_EQ(Changes(), changes + 1);
    const std::string after = Snapshot(m_project);
    EXPECT_NE(after, before);
    ASSERT_TRUE(m_project.Undo().has_value());
    EXPECT_EQ(Snapshot(m_project), before);
    ASSERT_TRUE(m_project.Redo().has_value());
    EXPECT_EQ(Snapshot(m_project), after);
    m_project.Undo();
    EXPECT_EQ(Snapshot(m_project), before);
  }
}

TEST_F(CodebookTest, EditingACodingsMemoAndRangeIsOneUndoableChangeEach) {
  const Coding c = CodeQuote("Schaamte", "ik schaam me");
  const std::string before = Snapshot(m_project);
  const Coding memo = m_project.EditCoding(c.guid, std::string("Zegt het zacht 😅"), std::nullopt);
  EXPECT_EQ(m_project.Store().FindCodingByGuid(c.guid)->memo, "Zegt het zacht 😅");
  const Coding wider = m_project.EditCoding(c.guid, std::nullopt, std::pair<std::size_t, std::size_t>{c.start - 5, c.end});
  EXPECT_EQ(m_project.Store().DocumentSlice(wider.document, wider.start, wider.end), "Nee, ik schaam me");
  EXPECT_EQ(wider.guid, c.guid);
  EXPECT_EQ(wider.memo, memo.memo);
  const std::int64_t changes = Changes();
  EXPECT_EQ(KindOf([&] { m_project.EditCoding(c.guid, std::nullopt, std::pair<std::size_t, std::size_t>{5, 5}); }),
            ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.EditCoding(c.guid, std::nullopt, std::pair<std::size_t, std::size_t>{0, 100000}); }),
            ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.EditCoding("99999999-9999-4999-8999-999999999999", std::string("x"), std::nullopt); }),
            ErrorKind::NotFound);
  EXPECT_EQ(Changes(), changes);
  m_project.Undo();
  m_project.Undo();
  EXPECT_EQ(Snapshot(m_project), before);
}

TEST_F(CodebookTest, MergeMovesCodingsCollapsesExactDuplicatesAndUndoesWhole) {
  m_project.AddCode({"Grootouder", "Schaamte"});  // a sub-code moves along
  CodeQuote("Schaamte", "ik schaam me");
  CodeQuote("Schaamte", "niemand tot last");
  CodeQuote("Tot last zijn", "niemand tot last");  // the same range as the one above: collapses
  m_project.ActAs("bram");
  CodeQuote("Schaamte", "niemand tot last");  // another coder: stays a separate coding
  const std::string before = Snapshot(m_project);
  const MergeReport r = m_project.MergeCodes("Drempels/Schaamte", "Tot last zijn");
  EXPECT_EQ(r.moved, 2);
  EXPECT_EQ(r.collapsed, 1);
  EXPECT_EQ(r.childrenMoved, 1);
  EXPECT_EQ(m_project.Codings({"Tot last zijn", {}, {}}).size(), 3u);
  EXPECT_EQ(KindOf([&] { m_project.Codebook().Resolve("Drempels/Schaamte"); }), ErrorKind::NotFound);
  EXPECT_EQ(m_project.Codebook().PathOf(m_project.Codebook().Resolve("Grootouder").id),
            "Drempels/Tot last zijn/Grootouder");
  EXPECT_EQ(KindOf([&] { m_project.MergeCodes("Drempels", "Grootouder"); }), ErrorKind::Conflict);
  EXPECT_EQ(KindOf([&] { m_project.MergeCodes("Steunfiguren", "Steunfiguren"); }), ErrorKind::Input);
  m_project.Undo();
  EXPECT_EQ(Snapshot(m_project), before);
  EXPECT_EQ(m_project.Codings({"Schaamte", {}, {}}).size(), 3u);
}

TEST_F(CodebookTest, SplitMovesOnlyTheChosenCodings) {
  const Coding a = CodeQuote("Schaamte", "ik schaam me");
  const Coding b = CodeQuote("Schaamte", "niemand tot last");
  const Code split = m_project.SplitCode("Schaamte", {b.guid}, {"Niet tot last willen zijn"});
  EXPECT_EQ(m_project.Codebook().PathOf(split.id), "Drempels/Niet tot last willen zijn");  // beside its origin
  EXPECT_EQ(m_project.Store().FindCodingByGuid(a.guid)->code, m_project.Codebook().Resolve("Schaamte").id);
  EXPECT_EQ(m_project.Store().FindCodingByGuid(b.guid)->code, split.id);
  EXPECT_EQ(KindOf([&] { m_project.SplitCode("Tot last zijn", {a.guid}, {"Iets anders"}); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.SplitCode("Schaamte", {}, {"Iets anders"}); }), ErrorKind::Input);
}

TEST_F(CodebookTest, DeleteHidesCodingsAndRestoreBringsThemBack) {
  m_project.AddCode({"Grootouder", "Schaamte"});
  CodeQuote("Schaamte", "ik schaam me");
  m_project.DeleteCode("Drempels");
  EXPECT_EQ(KindOf([&] { m_project.Codebook().Resolve("Schaamte"); }), ErrorKind::NotFound);
  EXPECT_TRUE(m_project.Store().Codings({}).empty());  // hidden, not gone
  EXPECT_EQ(KindOf([&] { m_project.RestoreCode("Schaamte"); }), ErrorKind::Conflict);  // its parent first
  m_project.AddCode({"Drempels", std::nullopt, "", ""});  // a new code may take the deleted one's name ...
  EXPECT_EQ(KindOf([&] { m_project.RestoreCode(m_project.CodebookWithDeleted().All().front().guid); }),
            ErrorKind::Conflict);  // ... and then the old one cannot come back under it
  m_project.Undo();
  m_project.RestoreCode(m_project.CodebookWithDeleted().All().front().guid);
  EXPECT_EQ(m_project.Codebook().PathOf(m_project.Codebook().Resolve("Grootouder").id), "Drempels/Schaamte/Grootouder");
  EXPECT_EQ(m_project.Store().Codings({}).size(), 1u);
}

TEST_F(CodebookTest, UndoAndRedoFollowTheStacks) {
  EXPECT_FALSE(m_project.Redo().has_value());
  CodeQuote("Schaamte", "ik schaam me");
  CodeQuote("Tot last zijn", "tot last zijn");
  const std::string label = m_project.Undo()->label;
  EXPECT_TRUE(label.starts_with("code 'moeder' ") && label.ends_with(" as 'Drempels/Tot last zijn'")) << label;
  EXPECT_EQ(m_project.Store().Codings({}).size(), 1u);
  EXPECT_TRUE(m_project.Undo()->label.starts_with("code 'moeder'"));
  EXPECT_TRUE(m_project.Store().Codings({}).empty());
  EXPECT_EQ(m_project.UndoRedoStacks().redo.size(), 2u);
  m_project.Redo();
  EXPECT_EQ(m_project.Store().Codings({}).size(), 1u);
  // A new change empties the redo stack.
  m_project.AddCode({"Buren", "Steunfiguren"});
  EXPECT_TRUE(m_project.UndoRedoStacks().redo.empty());
  EXPECT_FALSE(m_project.Redo().has_value());
  // Undo walks back past the codebook set-up, but never past an import.
  while (m_project.Undo()) {
  }
  EXPECT_TRUE(m_project.Codebook().All().empty());
  EXPECT_EQ(m_project.Store().Documents().size(), 1u);
}

TEST_F(CodebookTest, AnUndoThatNoLongerFitsIsRefusedAndChangesNothing) {
  const Coding c = CodeQuote("Schaamte", "ik schaam me");
  m_project.Undo();  // the coding is gone ...
  m_project.Redo();  // ... and back
  // Delete it outside the undo history (as an import or a merge of coder packages might).
  {
    auto tx = m_project.Store().Begin("elsewhere", std::nullopt);
    m_project.Store().DeleteCoding(m_project.Store().FindCodingByGuid(c.guid)->id);
    tx.Commit();
  }
  const std::string before = Snapshot(m_project);
  const std::int64_t changes = Changes();
  EXPECT_EQ(KindOf([&] { m_project.Undo(); }), ErrorKind::Conflict);
  EXPECT_EQ(Snapshot(m_project), before);
  EXPECT_EQ(Changes(), changes);
}

TEST(CodebookFile, UndoSurvivesARestart) {
  testing::TempDir dir;
  const std::string path = dir.File("p.duiding");
  {
    Project p = Project::Create(path, "P", "anna");
    p.AddCode({"Schaamte"});
    p.AddCode({"Tot last zijn"});
    p.Undo();
  }
  {
    Project p = Project::Open(path, store::OpenMode::ReadWrite);
    EXPECT_EQ(p.Codebook().All().size(), 1u);
    ASSERT_EQ(p.UndoRedoStacks().redo.size(), 1u);
    EXPECT_EQ(p.Redo()->label, "add code 'Tot last zijn'");
  }
  Project p = Project::Open(path, store::OpenMode::ReadWrite);
  EXPECT_EQ(p.Codebook().All().size(), 2u);
  EXPECT_EQ(p.Undo()->label, "add code 'Tot last zijn'");
}

TEST(ShippedCodebook, StartsANewProjectAndRoundTripsThroughQdc) {
  const std::optional<Codebook> shipped = ShippedCodebook("natuurlijk-mentorschap");
  ASSERT_TRUE(shipped.has_value());
  Project p = Project::Create(":memory:", "P", "anna");
  const CodebookImportReport report = p.ImportCodebook(*shipped, "natuurlijk-mentorschap");
  EXPECT_EQ(report.added, static_cast<std::int64_t>(shipped->entries.size()));
  EXPECT_TRUE(report.warnings.empty());
  const CodeTree tree = p.Codebook();
  for (const char* path : {"Drempels/Schaamte", "Drempels/Tot last zijn", "Drempels/Juridische en wettelijke drempels/Meldcode"}) {
    SCOPED_TRACE(path);
    const Code& code = tree.Resolve(path);
    EXPECT_FALSE(code.description.empty());
    EXPECT_FALSE(code.inclusion.empty());
    EXPECT_FALSE(code.exclusion.empty());
    EXPECT_FALSE(code.examples.empty());
    EXPECT_FALSE(code.nameEn.empty());
  }
  // Our own round trip keeps every structured field, the order and the hierarchy.
  const Codebook exported = p.ExportCodebook();
  const import::QdcResult read = import::ReadQdc(exchange::WriteQdc(exported), "uit.qdc");
  EXPECT_TRUE(read.warnings.empty());
  Project q = Project::Create(":memory:", "Q", "bram");
  q.ImportCodebook(read.codebook, "uit.qdc");
  const Codebook again = q.ExportCodebook();
  ASSERT_EQ(again.entries.size(), exported.entries.size());
  for (std::size_t i = 0; i < again.entries.size(); ++i) {
    const Code& a = exported.entries[i].code;
    const Code& b = again.entries[i].code;
    EXPECT_EQ(a.guid, b.guid);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.nameEn, b.nameEn);
    EXPECT_EQ(a.color, b.color);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.inclusion, b.inclusion);
    EXPECT_EQ(a.exclusion, b.exclusion);
    EXPECT_EQ(a.examples, b.examples);
    EXPECT_EQ(exported.entries[i].parentGuid, again.entries[i].parentGuid);
  }
  // Importing it again changes nothing; a changed definition updates the code by GUID.
  const std::int64_t changes = q.Store().Count().changeSets;
  EXPECT_EQ(q.ImportCodebook(read.codebook, "uit.qdc").unchanged, static_cast<std::int64_t>(again.entries.size()));
  Codebook changed = read.codebook;
  changed.entries[1].code.description = "Nieuwe definitie";
  const CodebookImportReport second = q.ImportCodebook(changed, "nieuw.qdc");
  EXPECT_EQ(second.updated, 1);
  EXPECT_EQ(q.Codebook().Resolve(changed.entries[1].code.guid).description, "Nieuwe definitie");
  EXPECT_EQ(q.Store().Count().changeSets, changes + 2);
  q.Undo();
  EXPECT_EQ(q.Codebook().Resolve(changed.entries[1].code.guid).description, read.codebook.entries[1].code.description);
}

TEST(ShippedCodebook, ACodeWithTheSameNameUnderAnotherGuidIsKeptWithAWarning) {
  Project p = Project::Create(":memory:", "P", "anna");
  p.AddCode({"Drempels"});
  const CodebookImportReport report = p.ImportCodebook(*ShippedCodebook("natuurlijk-mentorschap"), "shipped");
  EXPECT_EQ(report.unchanged, 1);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_NE(report.warnings[0].find("kept code 'Drempels'"), std::string::npos);
  EXPECT_EQ(p.Codebook().PathOf(p.Codebook().Resolve("Schaamte").id), "Drempels/Schaamte");
}

}  // namespace
}  // namespace duiding::project
