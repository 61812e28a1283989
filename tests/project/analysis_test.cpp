// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Retrieval and matrices over a fixture small enough to count every number by hand.
#include "tests/project/kind_of.h"
#include "project/analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <set>

#include "import/plain_text.h"
#include "import/speaker_turns.h"
#include "model/error.h"
#include "project/project.h"

namespace duiding::project {
namespace {

using duiding::testing::KindOf;

// Three transcripts, sorted by name: focusgroep < interview-jongere < interview-moeder.
//
// interview-moeder (groep=ouder, regio=Achterhoek); speakers I (interviewer), Moeder (ouder):
//   [00:01:02] I: Hoe gaat het met één van de kinderen?
//   [00:01:10] Moeder: Ik schaam me soms, want ik wil niemand tot last zijn 😅.
//   [00:02:30] I: En wie helpt er dan?
//   [00:02:41] Moeder: De buurvrouw helpt, maar ik vraag het niet graag.
// interview-jongere (groep=jongere, regio=Twente); I, Jongere (jongere), Oma (netwerklid):
//   I: Wie is jouw steunfiguur?
//   Jongere: Mijn oma. Ik vind het lastig om hulp te vragen, ik schaam me dan.
//   Oma: Zij is de geïnterviewde, maar ik ben er ook: ik help één keer per week.
// focusgroep (no attributes); a title outside every turn, Moderator (interviewer), Vader (ouder),
// Mentor (netwerklid):
//   Focusgroep Achterhoek, 12 mei
//   Moderator: Wat helpt jullie?
//   Vader: Mijn broer. Maar ik schaam me om het te vragen.
//   Mentor: Ik ben er gewoon voor ze.
//
// Codes: Barrières (no codings of its own) > Schaamte, Tot last zijn; Steun > Netwerk; Weggegooid.
// Codings (anna unless bram is named):
//   m1 Schaamte       "Ik schaam me soms, want ik wil niemand"   Moeder, turn 2   [71,109)
//   m2 Tot last zijn  "ik wil niemand tot last zijn 😅"          Moeder, turn 2   [95,125)
//   m3 Netwerk        "De buurvrouw helpt,"                      Moeder, turn 4
//   m4 Schaamte       "ik vraag het niet graag"         (bram)   Moeder, turn 4
//   j1 Netwerk        "Mijn oma."                                Jongere
//   j2 Schaamte       "ik schaam me dan"                         Jongere
//   j3 Netwerk        "ik help één keer per week"       (bram)   Oma
//   f1 Steun          "Focusgroep Achterhoek"                    no speaker (title)
//   f2 Netwerk        "Mijn broer."                              Vader
//   f3 Schaamte       "ik schaam me om het te vragen"            Vader
//   f4 Netwerk        "Ik ben er gewoon voor ze."                Mentor
//   f5 Weggegooid     "Wat helpt jullie?"                        Moderator
// Words between fragments (runs of non-space in the gap):
//   m1→m3 13, m2→m3 10 (".", "[00:02:30]", "I:", "En", "wie", "helpt", "er", "dan?", "[00:02:41]",
//   "Moeder:"), m3→m4 1 ("maar"), j1→j2 8 ("Ik vind het lastig om hulp te vragen,"), j2→j3 11,
//   f2→f3 1 ("Maar"), f3→f4 2 (".", "Mentor:").
class AnalysisTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_project.AddUser("bram");
    m_project.AddDocuments({Transcript("interview-moeder.txt",
                                       "[00:01:02] I: Hoe gaat het met \u00e9\u00e9n van de kinderen?\n"
                                       "[00:01:10] Moeder: Ik schaam me soms, want ik wil niemand tot last zijn "
                                       "\U0001F605.\n"
                                       "[00:02:30] I: En wie helpt er dan?\n"
                                       "[00:02:41] Moeder: De buurvrouw helpt, maar ik vraag het niet graag.\n",
                                       {{"groep", "ouder"}, {"regio", "Achterhoek"}}),
                            Transcript("interview-jongere.txt",
                                       "I: Wie is jouw steunfiguur?\n"
                                       "Jongere: Mijn oma. Ik vind het lastig om hulp te vragen, ik schaam me dan.\n"
                                       "Oma: Zij is de ge\u00efnterviewde, maar ik ben er ook: ik help \u00e9\u00e9n keer "
                                       "per week.\n",
                                       {{"groep", "jongere"}, {"regio", "Twente"}}),
                            Transcript("focusgroep.txt",
                                       "Focusgroep Achterhoek, 12 mei\n"
                                       "Moderator: Wat helpt jullie?\n"
                                       "Vader: Mijn broer. Maar ik schaam me om het te vragen.\n"
                                       "Mentor: Ik ben er gewoon voor ze.\n",
                                       {})});
    m_project.AddCode({"Barri\u00e8res", std::nullopt, "", ""});
    m_project.AddCode({"Schaamte", "Barri\u00e8res", "", ""});
    m_project.AddCode({"Tot last zijn", "Barri\u00e8res", "", ""});
    m_project.AddCode({"Steun", std::nullopt, "", ""});
    m_project.AddCode({"Netwerk", "Steun", "", ""});
    m_project.AddCode({"Weggegooid", std::nullopt, "", ""});
    m1 = Mark("interview-moeder", "Schaamte", "Ik schaam me soms, want ik wil niemand");
    m2 = Mark("interview-moeder", "Tot last zijn", "ik wil niemand tot last zijn \U0001F605");
    m3 = Mark("interview-moeder", "Netwerk", "De buurvrouw helpt,");
    j1 = Mark("interview-jongere", "Netwerk", "Mijn oma.");
    j2 = Mark("interview-jongere", "Schaamte", "ik schaam me dan");
    f1 = Mark("focusgroep", "Steun", "Focusgroep Achterhoek");
    f2 = Mark("focusgroep", "Netwerk", "Mijn broer.");
    f3 = Mark("focusgroep", "Schaamte", "ik schaam me om het te vragen");
    f4 = Mark("focusgroep", "Netwerk", "Ik ben er gewoon voor ze.");
    f5 = Mark("focusgroep", "Weggegooid", "Wat helpt jullie?");
    m_project.ActAs("bram");
    m4 = Mark("interview-moeder", "Schaamte", "ik vraag het niet graag");
    j3 = Mark("interview-jongere", "Netwerk", "ik help \u00e9\u00e9n keer per week");
    m_project.ActAs("anna");
  }

  static import::ImportedDocument Transcript(const std::string& file, const std::string& text,
                                             std::map<std::string, std::string> attributes) {
    import::ImportedDocument doc = import::ImportPlainUtf8Bytes(file, text);
    doc.turns = import::FindSpeakerTurns(doc.text);
    doc.attributes = std::move(attributes);
    return doc;
  }
  Coding Mark(const std::string& doc, const std::string& code, const std::string& quote) {
    return m_project.AddCoding({doc, code, {}, {}, quote, {}}, "");
  }
  RowId Id(const std::string& code) { return m_project.Codebook().Resolve(code).id; }
  static std::vector<std::string> Quotes(const std::vector<Fragment>& fragments) {
    std::vector<std::string> quotes;
    for (const Fragment& f : fragments) quotes.push_back(f.quote);
    return quotes;
  }
  // A cell's codings, in any order.
  static std::vector<RowId> Ids(std::initializer_list<Coding> codings) {
    std::vector<RowId> ids;
    for (const Coding& c : codings) ids.push_back(c.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  static std::vector<std::vector<RowId>> Cells(std::vector<std::vector<RowId>> row) {
    for (std::vector<RowId>& cell : row) std::sort(cell.begin(), cell.end());
    return row;
  }
  static RetrievalQuery Codes(std::vector<std::string> codes) {
    RetrievalQuery q;
    q.codes = std::move(codes);
    return q;
  }

  Project m_project = Project::Create(":memory:", "Test", "anna");
  Coding m1, m2, m3, m4, j1, j2, j3, f1, f2, f3, f4, f5;
};

// ---- Retrieve --------------------------------------------------------------------------------

TEST_F(AnalysisTest, AnyCodeGivesEveryFragmentInDocumentOrder) {
  // Schaamte or Tot last zijn: f3 (focusgroep), j2 (interview-jongere), m1, m2, m4 (interview-moeder).
  const auto fragments = Retrieve(m_project, Codes({"Schaamte", "Barri\u00e8res/Tot last zijn"}));
  EXPECT_EQ(Quotes(fragments),
            (std::vector<std::string>{"ik schaam me om het te vragen", "ik schaam me dan",
                                      "Ik schaam me soms, want ik wil niemand",
                                      "ik wil niemand tot last zijn \U0001F605", "ik vraag het niet graag"}));
  ASSERT_EQ(fragments.size(), 5u);
  EXPECT_EQ(fragments[2].codes, std::vector<RowId>{Id("Schaamte")});
  EXPECT_EQ(fragments[3].codes, std::vector<RowId>{Id("Tot last zijn")});
  EXPECT_EQ(fragments[3].coding.guid, m2.guid);
  // No codes listed: every coding, 12 of them.
  EXPECT_EQ(Retrieve(m_project, {}).size(), 12u);
}

TEST_F(AnalysisTest, AllCodesGivesExactlyTheOverlap) {
  RetrievalQuery q = Codes({"Schaamte", "Tot last zijn"});
  q.match = RetrievalQuery::Match::All;
  // m1 [71,109) and m2 [95,125) share "ik wil niemand": 71 + len("Ik schaam me soms, want ") = 95,
  // and 95 + 14 = 109. Before m1: line 1 is 52 code points, "[00:01:10] Moeder: " 19 more.
  const auto fragments = Retrieve(m_project, q);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_EQ(m1.start, 71u);
  EXPECT_EQ(m1.end, 109u);
  EXPECT_EQ(m2.start, 95u);
  EXPECT_EQ(m2.end, 125u);  // the emoji is one code point
  EXPECT_EQ(fragments[0].coding.start, 95u);
  EXPECT_EQ(fragments[0].coding.end, 109u);
  EXPECT_EQ(fragments[0].quote, "ik wil niemand");
  EXPECT_EQ(fragments[0].coding.guid, m1.guid);  // the first code's coding
  EXPECT_EQ(fragments[0].codes, (std::vector<RowId>{Id("Schaamte"), Id("Tot last zijn")}));
  EXPECT_EQ(fragments[0].documentName, "interview-moeder");
  EXPECT_EQ(fragments[0].speaker, "Moeder");
  // The order of the codes does not change the overlap.
  q.codes = {"Tot last zijn", "Schaamte"};
  const auto swapped = Retrieve(m_project, q);
  ASSERT_EQ(swapped.size(), 1u);
  EXPECT_EQ(swapped[0].coding.start, 95u);
  EXPECT_EQ(swapped[0].coding.end, 109u);
  // Schaamte and Netwerk never overlap: f2 "Mijn broer." and f3 are neighbours, not overlapping.
  q.codes = {"Schaamte", "Netwerk"};
  EXPECT_TRUE(Retrieve(m_project, q).empty());
  // Any of the same two: 4 + 5 fragments.
  q.match = RetrievalQuery::Match::Any;
  EXPECT_EQ(Retrieve(m_project, q).size(), 9u);
}

TEST_F(AnalysisTest, SubcodesStandForTheirParent) {
  // Barrières has no codings of its own; with its sub-codes: Schaamte 4 + Tot last zijn 1.
  RetrievalQuery q = Codes({"Barri\u00e8res"});
  EXPECT_TRUE(Retrieve(m_project, q).empty());
  q.withSubcodes = true;
  EXPECT_EQ(Retrieve(m_project, q).size(), 5u);
  // Steun has f1; with Netwerk's 5 below it, 6.
  q.codes = {"Steun"};
  q.withSubcodes = false;
  EXPECT_EQ(Quotes(Retrieve(m_project, q)), std::vector<std::string>{"Focusgroep Achterhoek"});
  q.withSubcodes = true;
  const auto all = Retrieve(m_project, q);
  EXPECT_EQ(all.size(), 6u);
  // All over two families that never overlap: nothing.
  q.codes = {"Barri\u00e8res", "Steun"};
  q.match = RetrievalQuery::Match::All;
  EXPECT_TRUE(Retrieve(m_project, q).empty());
}

TEST_F(AnalysisTest, FragmentsCarryDocumentQuoteSpeakerRoleTimestampAndCoder) {
  const auto fragments = Retrieve(m_project, Codes({"Schaamte", "Netwerk", "Steun"}));
  ASSERT_EQ(fragments.size(), 10u);  // Schaamte 4 + Netwerk 5 + Steun 1
  // focusgroep: f1 (title), f2, f3, f4; interview-jongere: j1, j2, j3; interview-moeder: m1, m3, m4.
  const Fragment& title = fragments[0];
  EXPECT_EQ(title.documentName, "focusgroep");
  EXPECT_EQ(title.quote, "Focusgroep Achterhoek");
  EXPECT_EQ(title.speaker, "");
  EXPECT_EQ(title.role, "");
  EXPECT_FALSE(title.timestampMs);
  EXPECT_EQ(title.coder, "anna");
  const Fragment& vader = fragments[2];
  EXPECT_EQ(vader.quote, "ik schaam me om het te vragen");
  EXPECT_EQ(vader.speaker, "Vader");
  EXPECT_EQ(vader.role, "ouder");
  const Fragment& oma = fragments[6];
  EXPECT_EQ(oma.documentName, "interview-jongere");
  EXPECT_EQ(oma.quote, "ik help \u00e9\u00e9n keer per week");
  EXPECT_EQ(oma.speaker, "Oma");
  EXPECT_EQ(oma.role, "netwerklid");
  EXPECT_FALSE(oma.timestampMs);
  EXPECT_EQ(oma.coder, "bram");
  EXPECT_EQ(oma.coding.guid, j3.guid);
  const Fragment& moeder = fragments[7];
  EXPECT_EQ(moeder.documentName, "interview-moeder");
  EXPECT_EQ(moeder.documentGuid, m_project.ResolveDocument("interview-moeder").guid);
  EXPECT_EQ(moeder.quote, "Ik schaam me soms, want ik wil niemand");
  EXPECT_EQ(moeder.speaker, "Moeder");
  EXPECT_EQ(moeder.role, "ouder");
  ASSERT_TRUE(moeder.timestampMs);
  EXPECT_EQ(*moeder.timestampMs, 70000);  // [00:01:10]
  EXPECT_EQ(moeder.coder, "anna");
  const Fragment& last = fragments[9];
  EXPECT_EQ(last.quote, "ik vraag het niet graag");
  ASSERT_TRUE(last.timestampMs);
  EXPECT_EQ(*last.timestampMs, 161000);  // [00:02:41]
  EXPECT_EQ(last.coder, "bram");
}

TEST_F(AnalysisTest, DocumentAttributesFilter) {
  // Only interview-moeder is in the Achterhoek (the focusgroep's title names it, but the document has
  // no regio and neither do its speakers). Compared without case.
  RetrievalQuery q = Codes({"Schaamte"});
  q.attributes["regio"] = {"achterhoek"};
  EXPECT_EQ(Quotes(Retrieve(m_project, q)),
            (std::vector<std::string>{"Ik schaam me soms, want ik wil niemand", "ik vraag het niet graag"}));
  q.attributes["regio"] = {"Achterhoek", "TWENTE"};  // any of them
  EXPECT_EQ(Retrieve(m_project, q).size(), 3u);
  q.attributes["regio"] = {"(geen)"};  // a missing value
  EXPECT_EQ(Quotes(Retrieve(m_project, q)), std::vector<std::string>{"ik schaam me om het te vragen"});
  q.attributes["regio"] = {"Utrecht"};
  EXPECT_TRUE(Retrieve(m_project, q).empty());
  // Two attributes: both must hold.
  q.attributes = {{"groep", {"ouder", "jongere"}}, {"regio", {"Twente"}}};
  EXPECT_EQ(Quotes(Retrieve(m_project, q)), std::vector<std::string>{"ik schaam me dan"});
}

TEST_F(AnalysisTest, SpeakerRolesFilterByRoleAndByAttribute) {
  // Schaamte by an ouder: Vader (f3), Moeder (m1, m4); the Jongere's j2 is left out.
  RetrievalQuery q = Codes({"Schaamte"});
  q.roles = {"ouder"};
  const std::vector<std::string> ouders{"ik schaam me om het te vragen", "Ik schaam me soms, want ik wil niemand",
                                        "ik vraag het niet graag"};
  EXPECT_EQ(Quotes(Retrieve(m_project, q)), ouders);
  // The same through the speaker's attribute "rol", whatever its case.
  RetrievalQuery byAttribute = Codes({"Schaamte"});
  byAttribute.attributes["Rol"] = {"Ouder"};
  EXPECT_EQ(Quotes(Retrieve(m_project, byAttribute)), ouders);
  // Netwerk by a netwerklid: Oma (j3) and Mentor (f4).
  q.codes = {"Netwerk"};
  q.roles = {"netwerklid"};
  EXPECT_EQ(Quotes(Retrieve(m_project, q)),
            (std::vector<std::string>{"Ik ben er gewoon voor ze.", "ik help \u00e9\u00e9n keer per week"}));
  // Steun's title has no speaker, so no role.
  q.codes = {"Steun"};
  q.roles = {"interviewer", "ouder", "jongere", "netwerklid", "other"};
  EXPECT_TRUE(Retrieve(m_project, q).empty());
  // A document attribute and a speaker role together: ouders in the Achterhoek.
  q.codes = {"Schaamte"};
  q.roles = {"ouder"};
  q.attributes["regio"] = {"Achterhoek"};
  EXPECT_EQ(Retrieve(m_project, q).size(), 2u);
}

TEST_F(AnalysisTest, CoderFilterAndUnknownCoder) {
  RetrievalQuery q;
  q.coders = {"bram"};
  EXPECT_EQ(Quotes(Retrieve(m_project, q)),
            (std::vector<std::string>{"ik help \u00e9\u00e9n keer per week", "ik vraag het niet graag"}));
  q.coders = {m_project.Store().FindUser("bram")->guid};
  EXPECT_EQ(Retrieve(m_project, q).size(), 2u);
  q.coders = {"anna"};
  EXPECT_EQ(Retrieve(m_project, q).size(), 10u);
  q.coders = {"anna", "bram"};
  EXPECT_EQ(Retrieve(m_project, q).size(), 12u);
  q.coders = {"carla"};
  EXPECT_EQ(KindOf([&] { Retrieve(m_project, q); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { Frequencies(m_project, q); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { Cooccurrence(m_project, q, Proximity::Overlap); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { CodeByAttributes(m_project, q, {"groep"}); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { Retrieve(m_project, Codes({"Bestaat niet"})); }), ErrorKind::NotFound);
}

TEST_F(AnalysisTest, DeletedCodesAreLeftOut) {
  EXPECT_EQ(Retrieve(m_project, Codes({"Weggegooid"})).size(), 1u);
  m_project.DeleteCode("Weggegooid");
  EXPECT_EQ(Retrieve(m_project, {}).size(), 11u);  // f5 gone
  EXPECT_EQ(KindOf([&] { Retrieve(m_project, Codes({"Weggegooid"})); }), ErrorKind::NotFound);
  for (const CodeFrequency& f : Frequencies(m_project, {})) EXPECT_NE(f.path, "Weggegooid");
  const CooccurrenceMatrix m = Cooccurrence(m_project, {}, Proximity::Overlap);
  EXPECT_EQ(std::find(m.paths.begin(), m.paths.end(), "Weggegooid"), m.paths.end());
  const AttributeMatrix a = CodeByAttributes(m_project, {}, {"groep"});
  EXPECT_EQ(std::find(a.paths.begin(), a.paths.end(), "Weggegooid"), a.paths.end());
  // Deleting a parent hides its sub-codes' codings too: Steun takes Netwerk with it.
  m_project.DeleteCode("Steun");
  EXPECT_EQ(Retrieve(m_project, {}).size(), 5u);  // Schaamte 4 + Tot last zijn 1
  m_project.RestoreCode("Weggegooid");
  EXPECT_EQ(Retrieve(m_project, {}).size(), 6u);
}

// ---- Frequencies -----------------------------------------------------------------------------

TEST_F(AnalysisTest, FrequenciesCountFragmentsDocumentsAndSpeakers) {
  m_project.DeleteCode("Weggegooid");
  const auto freqs = Frequencies(m_project, {});
  // Codebook order. Schaamte: m1, m4 (Moeder), j2 (Jongere), f3 (Vader): 4 fragments, 3 documents,
  // 3 speakers. Netwerk: m3 (Moeder), j1 (Jongere), j3 (Oma), f2 (Vader), f4 (Mentor): 5, 3, 5.
  // Steun: the title f1, in no turn: 1, 1, 0.
  ASSERT_EQ(freqs.size(), 5u);
  const std::vector<std::string> paths{"Barri\u00e8res", "Barri\u00e8res/Schaamte", "Barri\u00e8res/Tot last zijn",
                                       "Steun", "Steun/Netwerk"};
  const std::vector<std::array<std::int64_t, 3>> counts{{0, 0, 0}, {4, 3, 3}, {1, 1, 1}, {1, 1, 0}, {5, 3, 5}};
  for (std::size_t i = 0; i < freqs.size(); ++i) {
    EXPECT_EQ(freqs[i].path, paths[i]);
    EXPECT_EQ((std::array<std::int64_t, 3>{freqs[i].fragments, freqs[i].documents, freqs[i].speakers}), counts[i])
        << paths[i];
  }
  EXPECT_EQ(freqs[1].code, Id("Schaamte"));
  // With sub-codes Barrières counts Schaamte and Tot last zijn: 5 fragments, 3 documents, and 3
  // speakers (Moeder has m1, m2 and m4).
  RetrievalQuery q = Codes({"Barri\u00e8res", "Steun"});
  q.withSubcodes = true;
  const auto families = Frequencies(m_project, q);
  ASSERT_EQ(families.size(), 2u);
  EXPECT_EQ((std::array<std::int64_t, 3>{families[0].fragments, families[0].documents, families[0].speakers}),
            (std::array<std::int64_t, 3>{5, 3, 3}));
  EXPECT_EQ((std::array<std::int64_t, 3>{families[1].fragments, families[1].documents, families[1].speakers}),
            (std::array<std::int64_t, 3>{6, 3, 5}));
  // Filters apply: bram's codings only.
  q = Codes({"Schaamte", "Netwerk"});
  q.coders = {"bram"};
  const auto bram = Frequencies(m_project, q);
  ASSERT_EQ(bram.size(), 2u);
  EXPECT_EQ((std::array<std::int64_t, 3>{bram[0].fragments, bram[0].documents, bram[0].speakers}),
            (std::array<std::int64_t, 3>{1, 1, 1}));
  EXPECT_EQ((std::array<std::int64_t, 3>{bram[1].fragments, bram[1].documents, bram[1].speakers}),
            (std::array<std::int64_t, 3>{1, 1, 1}));
}

// ---- Co-occurrence ---------------------------------------------------------------------------

using Counts = std::vector<std::vector<std::int64_t>>;

TEST_F(AnalysisTest, CooccurrenceOverlapCountsPairsOfFragments) {
  // Rows Schaamte, Tot last zijn, Netwerk. Only m1 and m2 overlap; the diagonal holds 4, 1, 5
  // fragments.
  const CooccurrenceMatrix m =
      Cooccurrence(m_project, Codes({"Schaamte", "Tot last zijn", "Netwerk"}), Proximity::Overlap);
  EXPECT_EQ(m.paths, (std::vector<std::string>{"Barri\u00e8res/Schaamte", "Barri\u00e8res/Tot last zijn",
                                               "Steun/Netwerk"}));
  EXPECT_EQ(m.codes, (std::vector<RowId>{Id("Schaamte"), Id("Tot last zijn"), Id("Netwerk")}));
  EXPECT_EQ(m.counts, (Counts{{4, 1, 0}, {1, 1, 0}, {0, 0, 5}}));
}

TEST_F(AnalysisTest, CooccurrenceSameTurnCountsTurns) {
  // Turns with Schaamte: Moeder's two, the Jongere's, Vader's = 4. Tot last zijn: Moeder's first = 1.
  // Netwerk: Moeder's second, the Jongere's, Oma's, Vader's, Mentor's = 5.
  // Schaamte with Tot last zijn: Moeder's first turn (1). Schaamte with Netwerk: Moeder's second
  // (m3, m4), the Jongere's (j1, j2), Vader's (f2, f3) = 3. Tot last zijn with Netwerk: none.
  const CooccurrenceMatrix m =
      Cooccurrence(m_project, Codes({"Schaamte", "Tot last zijn", "Netwerk"}), Proximity::SameTurn);
  EXPECT_EQ(m.counts, (Counts{{4, 1, 3}, {1, 1, 0}, {3, 0, 5}}));
  // Bram's codings only: m4 and j3 are in different documents.
  RetrievalQuery q = Codes({"Schaamte", "Netwerk"});
  q.coders = {"bram"};
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::SameTurn).counts, (Counts{{1, 0}, {0, 1}}));
  // Ouders only: Moeder's second turn and Vader's.
  q.coders.clear();
  q.roles = {"ouder"};
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::SameTurn).counts, (Counts{{3, 2}, {2, 2}}));
  // A fragment is in every turn it touches: Netwerk from Moeder's first turn into I's second adds
  // both turns to Netwerk (5 + 2), Moeder's first to Schaamte × Netwerk (3 + 1) and to Tot last zijn
  // × Netwerk (0 + 1).
  Mark("interview-moeder", "Netwerk", "zijn \U0001F605.\n[00:02:30] I: En wie");
  EXPECT_EQ(Cooccurrence(m_project, Codes({"Schaamte", "Tot last zijn", "Netwerk"}), Proximity::SameTurn).counts,
            (Counts{{4, 1, 4}, {1, 1, 1}, {4, 1, 7}}));
}

TEST_F(AnalysisTest, CooccurrenceNearCountsWordsBetweenFragments) {
  const RetrievalQuery q = Codes({"Schaamte", "Tot last zijn", "Netwerk"});
  // Schaamte and Netwerk: m3→m4 1 word, f2→f3 1, f3→f4 2, j1→j2 8 (j2→j3 11 is too far).
  // Schaamte and Tot last zijn overlap (m1, m2): always near. Tot last zijn and Netwerk: m2→m3 10
  // words, across the emoji and the timestamps.
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 8).counts, (Counts{{4, 1, 4}, {1, 1, 0}, {4, 0, 5}}));
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 7).counts, (Counts{{4, 1, 3}, {1, 1, 0}, {3, 0, 5}}));
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 10).counts, (Counts{{4, 1, 4}, {1, 1, 1}, {4, 1, 5}}));
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 9).counts[1][2], 0);
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 2).counts[0][2], 3);  // m3→m4, f2→f3, f3→f4
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 1).counts[0][2], 2);  // m3→m4, f2→f3
  // No words between: only overlapping fragments count.
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 0).counts, (Counts{{4, 1, 0}, {1, 1, 0}, {0, 0, 5}}));
  // j2→j3 (11 words) at last, and m1→m3 (13) still not.
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 11).counts[0][2], 5);
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 12).counts[0][2], 5);
  EXPECT_EQ(Cooccurrence(m_project, q, Proximity::Near, 13).counts[0][2], 6);
}

TEST_F(AnalysisTest, CooccurrenceWithoutCodesCoversEveryCodeInUse) {
  m_project.DeleteCode("Weggegooid");
  // Rows in codebook order; Barrières has no codings, Steun only the title f1 (in no turn).
  const CooccurrenceMatrix overlap = Cooccurrence(m_project, {}, Proximity::Overlap);
  EXPECT_EQ(overlap.paths, (std::vector<std::string>{"Barri\u00e8res", "Barri\u00e8res/Schaamte",
                                                     "Barri\u00e8res/Tot last zijn", "Steun", "Steun/Netwerk"}));
  EXPECT_EQ(overlap.counts, (Counts{{0, 0, 0, 0, 0}, {0, 4, 1, 0, 0}, {0, 1, 1, 0, 0}, {0, 0, 0, 1, 0},
                                    {0, 0, 0, 0, 5}}));
  const CooccurrenceMatrix turns = Cooccurrence(m_project, {}, Proximity::SameTurn);
  EXPECT_EQ(turns.counts, (Counts{{0, 0, 0, 0, 0}, {0, 4, 1, 0, 3}, {0, 1, 1, 0, 0}, {0, 0, 0, 0, 0},
                                  {0, 3, 0, 0, 5}}));
  // A category that cannot be coded is no row of its own.
  CodeEdit category;
  category.isCodable = false;
  m_project.EditCode("Barri\u00e8res", category);
  EXPECT_EQ(Cooccurrence(m_project, {}, Proximity::Overlap).paths.size(), 4u);
}

// ---- Code × attribute matrix -----------------------------------------------------------------

TEST_F(AnalysisTest, AttributeMatrixCellsHoldTheCodings) {
  // groep: interview-moeder ouder, interview-jongere jongere, focusgroep none ("(geen)").
  const AttributeMatrix m = CodeByAttributes(m_project, Codes({"Schaamte", "Netwerk"}), {"groep"});
  EXPECT_EQ(m.attributes, std::vector<std::string>{"groep"});
  EXPECT_EQ(m.columns, (std::vector<std::string>{"(geen)", "jongere", "ouder"}));
  EXPECT_EQ(m.paths, (std::vector<std::string>{"Barri\u00e8res/Schaamte", "Steun/Netwerk"}));
  ASSERT_EQ(m.cells.size(), 2u);
  EXPECT_EQ(Cells(m.cells[0]), (std::vector<std::vector<RowId>>{Ids({f3}), Ids({j2}), Ids({m1, m4})}));
  EXPECT_EQ(Cells(m.cells[1]), (std::vector<std::vector<RowId>>{Ids({f2, f4}), Ids({j1, j3}), Ids({m3})}));
  EXPECT_EQ(m.documents, (Counts{{1, 1, 1}, {1, 1, 1}}));
  // Filters apply to the cells: bram's codings only.
  RetrievalQuery q = Codes({"Schaamte", "Netwerk"});
  q.coders = {"bram"};
  const AttributeMatrix bram = CodeByAttributes(m_project, q, {"groep"});
  EXPECT_EQ(bram.columns, (std::vector<std::string>{"jongere", "ouder"}));
  EXPECT_EQ(Cells(bram.cells[0]), (std::vector<std::vector<RowId>>{{}, Ids({m4})}));
  EXPECT_EQ(Cells(bram.cells[1]), (std::vector<std::vector<RowId>>{Ids({j3}), {}}));
  EXPECT_EQ(KindOf([&] { CodeByAttributes(m_project, {}, {}); }), ErrorKind::Input);
}

TEST_F(AnalysisTest, AttributeMatrixTwoAttributesMakeCombinedColumns) {
  const AttributeMatrix m = CodeByAttributes(m_project, Codes({"Schaamte", "Netwerk"}), {"groep", "regio"});
  EXPECT_EQ(m.columns, (std::vector<std::string>{"(geen) \u00B7 (geen)", "jongere \u00B7 Twente",
                                                 "ouder \u00B7 Achterhoek"}));
  EXPECT_EQ(Cells(m.cells[0]), (std::vector<std::vector<RowId>>{Ids({f3}), Ids({j2}), Ids({m1, m4})}));
  // groep of the document, rol of the speaker: Vader is an ouder in a document without groep.
  const AttributeMatrix r = CodeByAttributes(m_project, Codes({"Schaamte", "Netwerk"}), {"groep", "rol"});
  EXPECT_EQ(r.columns, (std::vector<std::string>{"(geen) \u00B7 netwerklid", "(geen) \u00B7 ouder",
                                                 "jongere \u00B7 jongere", "jongere \u00B7 netwerklid",
                                                 "ouder \u00B7 ouder"}));
  EXPECT_EQ(Cells(r.cells[0]), (std::vector<std::vector<RowId>>{{}, Ids({f3}), Ids({j2}), {}, Ids({m1, m4})}));
  EXPECT_EQ(Cells(r.cells[1]), (std::vector<std::vector<RowId>>{Ids({f4}), Ids({f2}), Ids({j1}), Ids({j3}), Ids({m3})}));
  EXPECT_EQ(r.documents, (Counts{{0, 1, 1, 0, 1}, {1, 1, 1, 1, 1}}));
}

TEST_F(AnalysisTest, AttributeMatrixBySpeakerRoleCountsDocuments) {
  // rol: Schaamte by ouders m1, m4 (interview-moeder) and f3 (focusgroep): 3 codings, 2 documents.
  // Netwerk by netwerkleden j3, f4 and by ouders m3, f2: 2 documents each.
  const AttributeMatrix m = CodeByAttributes(m_project, Codes({"Schaamte", "Netwerk"}), {"rol"});
  EXPECT_EQ(m.columns, (std::vector<std::string>{"jongere", "netwerklid", "ouder"}));
  EXPECT_EQ(Cells(m.cells[0]), (std::vector<std::vector<RowId>>{Ids({j2}), {}, Ids({f3, m1, m4})}));
  EXPECT_EQ(Cells(m.cells[1]), (std::vector<std::vector<RowId>>{Ids({j1}), Ids({f4, j3}), Ids({f2, m3})}));
  EXPECT_EQ(m.documents, (Counts{{1, 0, 2}, {1, 2, 2}}));
  // Every code in use when none are listed; Steun's title has no speaker, so no role.
  m_project.DeleteCode("Weggegooid");
  const AttributeMatrix all = CodeByAttributes(m_project, {}, {"rol"});
  EXPECT_EQ(all.paths.size(), 5u);
  EXPECT_EQ(all.columns, (std::vector<std::string>{"(geen)", "jongere", "netwerklid", "ouder"}));
  EXPECT_EQ(Cells(all.cells[3]), (std::vector<std::vector<RowId>>{Ids({f1}), {}, {}, {}}));  // Steun
}

TEST_F(AnalysisTest, AttributeMatrixRowOfASubcodeListedWithItsParentKeepsItsCodings) {
  // Barrières with its sub-codes holds Schaamte's 4 codings and Tot last zijn's 1; Schaamte, listed
  // too, still holds its own 4 (as Frequencies counts it).
  RetrievalQuery q = Codes({"Barri\u00e8res", "Schaamte"});
  q.withSubcodes = true;
  const auto freqs = Frequencies(m_project, q);
  ASSERT_EQ(freqs.size(), 2u);
  EXPECT_EQ(freqs[0].fragments, 5);
  EXPECT_EQ(freqs[1].fragments, 4);
  const AttributeMatrix m = CodeByAttributes(m_project, q, {"groep"});
  EXPECT_EQ(m.columns, (std::vector<std::string>{"(geen)", "jongere", "ouder"}));
  ASSERT_EQ(m.cells.size(), 2u);
  EXPECT_EQ(Cells(m.cells[0]), (std::vector<std::vector<RowId>>{Ids({f3}), Ids({j2}), Ids({m1, m2, m4})}));
  EXPECT_EQ(Cells(m.cells[1]), (std::vector<std::vector<RowId>>{Ids({f3}), Ids({j2}), Ids({m1, m4})}));
}

TEST_F(AnalysisTest, CooccurrenceDiagonalOfASubcodeListedWithItsParent) {
  // The diagonal holds each code's own count: Barrières with its sub-codes 5 fragments (Schaamte 4,
  // Tot last zijn 1), Schaamte 4.
  RetrievalQuery q = Codes({"Barri\u00e8res", "Schaamte"});
  q.withSubcodes = true;
  const CooccurrenceMatrix m = Cooccurrence(m_project, q, Proximity::Overlap);
  ASSERT_EQ(m.counts.size(), 2u);
  EXPECT_EQ(m.counts[0][0], 5);
  EXPECT_EQ(m.counts[1][1], 4);
}

}  // namespace
}  // namespace duiding::project
