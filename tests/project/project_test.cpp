// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "tests/project/kind_of.h"
#include "project/project.h"

#include <gtest/gtest.h>

#include <map>

#include "import/plain_text.h"
#include "import/speaker_turns.h"
#include "model/error.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

using duiding::testing::KindOf;

class ProjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_project.AddDocuments({import::ImportPlainUtf8Bytes(
        "sanne.txt", "I: Schaam je je?\nR: Ja, ik schaam me. Ik wil niemand tot last zijn 😅.\nR: Ik schaam me.\n")});
    m_project.AddCode({"Barrières", std::nullopt, "#c33", ""});
    m_project.AddCode({"Schaamte", "Barrières", "", "Zich schamen"});
    m_project.AddCode({"Tot last zijn", "Barrières", "", ""});
  }
  std::int64_t Changes() { return m_project.Store().Count().changeSets; }
  Project m_project = Project::Create(":memory:", "Test", "anna");
};

TEST_F(ProjectTest, CodesByOffsetsAndByQuote) {
  const Coding a = m_project.AddCoding({"sanne", "Barrières/Schaamte", 20, 36, {}, {}}, "");
  EXPECT_EQ(m_project.Store().DocumentSlice(a.document, a.start, a.end), "Ja, ik schaam me");
  const Coding b = m_project.AddCoding({"sanne", "Tot last zijn", {}, {}, "tot last zijn 😅", {}}, "in vivo");
  EXPECT_EQ(b.start, 53u);
  EXPECT_EQ(b.end, 68u);  // the emoji is one code point
  const auto codings = m_project.Codings({"Tot last zijn", {}, {}});
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(codings[0].quote, "tot last zijn 😅");
  EXPECT_EQ(codings[0].coding.memo, "in vivo");
}

TEST_F(ProjectTest, AmbiguousQuoteNeedsAnOccurrence) {
  const std::int64_t before = Changes();
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", {}, {}, "schaam me", {}}, ""); }),
            ErrorKind::Input);
  EXPECT_EQ(Changes(), before);
  const Coding second = m_project.AddCoding({"sanne", "Schaamte", {}, {}, "schaam me", 2}, "");
  EXPECT_EQ(m_project.Store().DocumentSlice(second.document, second.start - 3, second.end), "Ik schaam me");
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", {}, {}, "schaam me", 3}, ""); }), ErrorKind::Input);
}

TEST_F(ProjectTest, QuoteIsMatchedAfterCanonicalisation) {
  const Coding c = m_project.AddCoding({"sanne", "Schaamte", {}, {}, "Schaam je je?\r\nR: Ja", {}}, "");
  EXPECT_EQ(c.start, 3u);
  EXPECT_EQ(c.end, 22u);
}

TEST_F(ProjectTest, BadCodingInputChangesNothing) {
  const std::int64_t before = Changes();
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", 10, 9999, {}, {}}, ""); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", 10, 10, {}, {}}, ""); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Onbekend", 1, 2, {}, {}}, ""); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"piet", "Schaamte", 1, 2, {}, {}}, ""); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", {}, {}, "bestaat niet", {}}, ""); }),
            ErrorKind::NotFound);
  m_project.AddCoding({"sanne", "Schaamte", 1, 2, {}, {}}, "");
  EXPECT_EQ(KindOf([&] { m_project.AddCoding({"sanne", "Schaamte", 1, 2, {}, {}}, ""); }), ErrorKind::Conflict);
  EXPECT_EQ(Changes(), before + 1);
  EXPECT_EQ(m_project.Store().Count().codings, 1);
}

TEST_F(ProjectTest, EachCoderHasTheirOwnCodings) {
  m_project.AddUser("bram");
  m_project.AddCoding({"sanne", "Schaamte", 21, 37, {}, {}}, "");
  m_project.ActAs("bram");
  m_project.AddCoding({"sanne", "Schaamte", 21, 37, {}, {}}, "");  // same fragment, other coder
  EXPECT_EQ(m_project.Codings({{}, {}, std::string("bram")}).size(), 1u);
  EXPECT_EQ(m_project.Codings({{}, {}, {}}).size(), 2u);
  m_project.RemoveCoding({"sanne", "Schaamte", 21, 37, {}, {}});
  EXPECT_EQ(m_project.Codings({{}, {}, std::string("bram")}).size(), 0u);
  EXPECT_EQ(m_project.Codings({{}, {}, std::string("anna")}).size(), 1u);
  EXPECT_EQ(KindOf([&] { m_project.ActAs("carla"); }), ErrorKind::NotFound);
}

TEST_F(ProjectTest, CodeOperationsKeepTheTreeSound) {
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"Schaamte", "Barrières", "", ""}); }), ErrorKind::Conflict);
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"A/B", std::nullopt, "", ""}); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"  ", std::nullopt, "", ""}); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.AddCode({"Kleur", std::nullopt, "rood", ""}); }), ErrorKind::Input);
  EXPECT_EQ(KindOf([&] { m_project.MoveCode("Barrières", std::string("Barrières/Schaamte")); }),
            ErrorKind::Conflict);
  EXPECT_EQ(KindOf([&] { m_project.RenameCode("Schaamte", "Tot last zijn"); }), ErrorKind::Conflict);
  m_project.RenameCode("Barrières/Schaamte", "Schaamte en schuld");
  m_project.MoveCode("Schaamte en schuld", std::nullopt);
  const CodeTree tree = m_project.Codebook();
  EXPECT_EQ(tree.PathOf(tree.Resolve("Schaamte en schuld").id), "Schaamte en schuld");
  EXPECT_EQ(tree.Resolve("Barrières").color, "#CC3333");
  m_project.AddCode({"Schaamte", "Tot last zijn", "", ""});
  // The same name elsewhere in the tree only when asked for: it is usually a mistake.
  CodeSpec again("Schaamte");
  EXPECT_EQ(KindOf([&] { m_project.AddCode(again); }), ErrorKind::Conflict);
  again.allowSimilar = true;
  m_project.AddCode(again);
  EXPECT_EQ(KindOf([&] { m_project.Codebook().Resolve("Schaamte"); }), ErrorKind::Input);  // ambiguous
  EXPECT_EQ(m_project.Codebook().PathOf(m_project.Codebook().Resolve("Barrières/Tot last zijn/Schaamte").id),
            "Barrières/Tot last zijn/Schaamte");
}

TEST_F(ProjectTest, ImportIsAllOrNothing) {
  const std::int64_t docs = m_project.Store().Count().documents;
  std::vector<import::ImportedDocument> batch = {import::ImportPlainUtf8Bytes("nieuw.txt", "Nieuw."),
                                                 import::ImportPlainUtf8Bytes("sanne.txt", "Dubbel.")};
  EXPECT_EQ(KindOf([&] { m_project.AddDocuments(batch); }), ErrorKind::Conflict);
  EXPECT_EQ(m_project.Store().Count().documents, docs);
}

}  // namespace
}  // namespace duiding::project

namespace duiding::project {
namespace {

TEST(ProjectImport, SpeakersBecomeCasesWithRolesAndAttributesAreStored) {
  Project p = Project::Create(":memory:", "Test", "anna");
  import::ImportedDocument doc = import::ImportPlainUtf8Bytes(
      "focusgroep.txt", "Moderator: Wie helpt er?\nMoeder: Mijn zus.\nOpa: Ik, één keer per week.\nMoeder: Ja.\n");
  doc.turns = import::FindSpeakerTurns(doc.text);
  doc.attributes = {{"regio", "Achterhoek"}, {"methode", "focusgroep"}};
  const Document stored = p.AddDocuments({doc}).front();
  std::map<std::string, std::string> roles;
  RowId rol = 0, regio = 0;
  for (const Variable& v : p.Store().Variables()) {
    if (v.name == "rol") rol = v.id;
    if (v.name == "regio") regio = v.id;
  }
  for (const Case& c : p.Store().Cases())
    roles[c.name] = std::get<std::string>(*p.Store().GetValue(rol, {c.id, std::nullopt}));
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"Moderator \u00B7 focusgroep", "interviewer"},
                                                       {"Moeder \u00B7 focusgroep", "ouder"},
                                                       {"Opa \u00B7 focusgroep", "netwerklid"}}));
  EXPECT_EQ(std::get<std::string>(*p.Store().GetValue(regio, {std::nullopt, stored.id})), "Achterhoek");
  const std::vector<Turn> turns = p.Store().Turns(stored.id);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(turns[1].caseId, turns[3].caseId);  // both of Moeder's turns are her case
  EXPECT_NE(turns[0].caseId, turns[1].caseId);
}

TEST(ProjectImport, TheSameTextTwiceIsRecognisedByItsHash) {
  Project p = Project::Create(":memory:", "Test", "anna");
  p.AddDocuments({import::ImportPlainUtf8Bytes("a.txt", "I: Hallo.\n")});
  const auto before = p.Store().Count();
  EXPECT_THROW(p.AddDocuments({import::ImportPlainUtf8Bytes("b.txt", "I: Hallo.\n")}), Error);
  EXPECT_EQ(p.Store().Count().documents, before.documents);
  EXPECT_EQ(p.AddDocuments({import::ImportPlainUtf8Bytes("b.txt", "I: Hallo.\n")}, true).size(), 1u);
}

// A survey's answers: respondent "enquete · 7" answers both questions and is one case.
import::ImportedDocument SurveyQuestion(const std::string& question, const std::string& answer7,
                                        const std::string& answer9) {
  import::ImportedDocument doc;
  doc.name = "enquete · " + question;
  doc.sourcePath = "enquete.csv";
  doc.text = answer7 + "\n\n" + answer9;
  const std::size_t first = text::CountCodePoints(answer7);
  doc.turns = {{0, 0, first, "enquete · 7", {}, {}, {}}, {0, first + 2, first + 2 + text::CountCodePoints(answer9),
                                                          "enquete · 9", {}, {}, {}}};
  doc.sharedCases["enquete · 7"] = {{"groep", "professional"}, {"regio", "Food Valley"}};
  doc.sharedCases["enquete · 9"] = {{"groep", "ouder"}};
  doc.attributes = {{"vraag", question}};
  return doc;
}

TEST(ProjectImport, SurveyRespondentsAreOneCaseAcrossQuestions) {
  Project p = Project::Create(":memory:", "Test", "anna");
  const std::vector<Document> docs =
      p.AddDocuments({SurveyQuestion("V1", "Schaamte bij ouders.", "Geen tijd 😩."),
                      SurveyQuestion("V2", "De oma van één jongere.", "Een buurman.")});
  ASSERT_EQ(p.Store().Cases().size(), 2u);
  std::map<std::string, RowId> variables;
  for (const Variable& v : p.Store().Variables()) variables[v.name] = v.id;
  for (const Case& c : p.Store().Cases()) {
    EXPECT_EQ(p.Store().CaseDocuments(c.id).size(), 2u) << c.name;
    const auto group = p.Store().GetValue(variables.at("groep"), {c.id, std::nullopt});
    EXPECT_EQ(std::get<std::string>(*group), c.name == "enquete · 7" ? "professional" : "ouder");
  }
  const std::vector<Turn> a = p.Store().Turns(docs[0].id), b = p.Store().Turns(docs[1].id);
  EXPECT_EQ(a[0].caseId, b[0].caseId);
  EXPECT_NE(a[0].caseId, a[1].caseId);
  // A later import of the same survey's respondents finds their cases.
  p.AddDocuments({SurveyQuestion("V3", "Wantrouwen.", "Weet ik niet.")});
  EXPECT_EQ(p.Store().Cases().size(), 2u);
}

// Cancels when storing reaches the second document.
class CancelOnSecond : public Progress {
 public:
  void Report(const ProgressState& state) override { m_done = state.itemsDone; }
  bool CancelRequested() override { return m_done >= 1; }

 private:
  std::size_t m_done = 0;
};

TEST(ProjectImport, CancelledImportLeavesTheProjectAsItWas) {
  Project p = Project::Create(":memory:", "Test", "anna");
  const auto before = p.Store().Count();
  CancelOnSecond cancel;
  EXPECT_EQ(KindOf([&] {
              p.AddDocuments({import::ImportPlainUtf8Bytes("a.txt", "I: Hallo.\nR: Dag.\n"),
                              import::ImportPlainUtf8Bytes("b.txt", "I: Tot ziens.\n")},
                             false, &cancel);
            }),
            ErrorKind::Cancelled);
  const auto after = p.Store().Count();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.cases, before.cases);
  EXPECT_EQ(after.changeSets, before.changeSets);
}

TEST(ProjectImport, CheckNamesEachDocumentThatCannotBeAdded) {
  Project p = Project::Create(":memory:", "Test", "anna");
  p.AddDocuments({import::ImportPlainUtf8Bytes("oud/a.txt", "I: Hallo.\n")});
  const auto problems = p.CheckNewDocuments({import::ImportPlainUtf8Bytes("nieuw/a.txt", "I: Anders.\n"),
                                             import::ImportPlainUtf8Bytes("b.txt", "I: Hallo.\n"),
                                             import::ImportPlainUtf8Bytes("c.txt", "R: Nieuw.\n"),
                                             import::ImportPlainUtf8Bytes("d.txt", "R: Nieuw.\n")});
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(*problems[0], "nieuw/a.txt: a document named 'a' already exists");
  EXPECT_EQ(*problems[1], "b.txt: the same text as 'a' is already in the project");
  EXPECT_FALSE(problems[2]);
  EXPECT_EQ(*problems[3], "d.txt: the same text as 'c' is already in the project");
  EXPECT_FALSE(p.CheckNewDocuments({import::ImportPlainUtf8Bytes("d.txt", "R: Nieuw.\n")}, true)[0]);
}

TEST(ProjectAutoCode, WidensToTheScopeJoinsOverlapsAndCountsInADryRun) {
  Project p = Project::Create(":memory:", "Test", "anna");
  import::ImportedDocument doc = import::ImportPlainUtf8Bytes(
      "sanne.txt", "I: Schaam je je? Echt?\nR: Ja, ik schaam me 😅. Ik wil niemand tot last zijn.\nR: Nee.\n");
  doc.turns = import::FindSpeakerTurns(doc.text);
  const Document d = p.AddDocuments({doc}).front();
  p.AddCode({"Schaamte", std::nullopt, "", ""});
  const std::string text = p.Store().DocumentText(d.id);
  const auto at = [&](const std::string& word) { return text::CountCodePoints(text.substr(0, text.find(word))); };
  const std::size_t schaam = at("schaam me"), last = at("last"), turnStart = at("R: Ja"), turnEnd = at("\nR: Nee");
  const std::vector<AutoCodeHit> hits = {{d.id, schaam, schaam + 6, turnStart, turnEnd, "R"},
                                         {d.id, last, last + 4, turnStart, turnEnd, "R"}};
  const AutoCodeReport dry = p.AutoCode(hits, "Schaamte", AutoCodeScope::Sentence, "autocode: schamen", "auto", true);
  EXPECT_EQ(dry.created, 2u);
  EXPECT_EQ(p.Store().Count().codings, 0);
  const std::int64_t changes = p.Store().Count().changeSets;
  const AutoCodeReport done = p.AutoCode(hits, "Schaamte", AutoCodeScope::Sentence, "autocode: schamen", "auto", false);
  EXPECT_EQ(p.Store().Count().changeSets, changes + 1);  // one change
  ASSERT_EQ(done.codings.size(), 2u);
  const auto quotes = p.Codings({"Schaamte", {}, {}});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].quote, "Ja, ik schaam me 😅.");  // a turn's first sentence, without its label
  EXPECT_EQ(quotes[1].quote, "Ik wil niemand tot last zijn.");
  EXPECT_EQ(quotes[0].coding.memo, "autocode: schamen");
  // The turn around both: one fragment, which widens the first coding and covers the second.
  const AutoCodeReport turn = p.AutoCode({hits[0]}, "Schaamte", AutoCodeScope::Turn, "x", "auto", false);
  EXPECT_EQ(turn.extended, 1u);
  const auto after = p.Codings({"Schaamte", {}, {}});
  EXPECT_EQ(after.front().quote, "Ja, ik schaam me 😅. Ik wil niemand tot last zijn.");
  EXPECT_EQ(after.front().coding.guid, quotes[0].coding.guid);  // the same coding, widened
  EXPECT_EQ(p.AutoCode({hits[1]}, "Schaamte", AutoCodeScope::Hit, "x", "auto", true).already, 1u);
  EXPECT_EQ(KindOf([&] { p.AutoCode(hits, "Bestaat niet", AutoCodeScope::Hit, "", "auto", false); }),
            ErrorKind::NotFound);
}

}  // namespace
}  // namespace duiding::project
