// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The workbench view-models over a small Dutch project, without a display.
#include "workbench/transcript_model.h"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "import/plain_text.h"
#include "import/speaker_turns.h"
#include "project/project.h"
#include "text/utf8.h"

namespace duiding::workbench {
namespace {

// interview-sanne (regio=Achterhoek, groep=jongere), lines 0-5; the diacritics and the emoji
// come before the codings, so their byte offsets differ from their code points:
//   0 [00:01:02] Sanne: Hoe gaat het met één van de kinderen? 😅
//   1 I: Wat vond de geïnterviewde ervan?
//   2 [00:01:10] Sanne: Ik schaam me soms, want ik wil niemand tot last zijn.
//   3 Ze zei: dat komt wel goed.                      (no speaker: Sanne's turn runs on)
//   4 I: En wie helpt er dan?
//   5 #00:02:41-3# Sanne: De buurvrouw helpt, maar ik vraag het niet graag.
// Codings (anna unless bram is named):
//   steun     Steun          "kinderen? 😅\nI: Wat"         lines 0-1
//   schaamte  Schaamte       "Ik schaam me soms, want ik wil niemand"   memo "expliciet"
//   last      Tot last zijn  "ik wil niemand tot last zijn"   (inside schaamte's end: overlaps)
//   netwerk   Netwerk        "De buurvrouw helpt,"
//   bram      Schaamte       "ik vraag het niet graag"        (bram)
//   weg       Weggegooid     "En wie helpt er dan?"           (code deleted afterwards)
const std::string kSanne =
    "[00:01:02] Sanne: Hoe gaat het met \u00e9\u00e9n van de kinderen? \U0001F605\n"
    "I: Wat vond de ge\u00efnterviewde ervan?\n"
    "[00:01:10] Sanne: Ik schaam me soms, want ik wil niemand tot last zijn.\n"
    "Ze zei: dat komt wel goed.\n"
    "I: En wie helpt er dan?\n"
    "#00:02:41-3# Sanne: De buurvrouw helpt, maar ik vraag het niet graag.\n";

class WorkbenchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_bram = m_project.AddUser("bram").id;
    m_anna = m_project.ActingUser().id;
    m_project.AddDocuments(
        {Transcript("interview-sanne.txt", kSanne, {{"regio", "Achterhoek"}, {"groep", "jongere"}}),
         Transcript("interview-moeder.txt", "I: Hoe gaat het?\nMoeder: Goed hoor.\n",
                    {{"regio", "Gelderse Vallei"}, {"groep", "ouder"}, {"opleiding", "caf\u00e9-medewerker"}}),
         Transcript("focusgroep.txt", "Moderator: Welkom.\nVader: Dank je.\n", {})});
    project::CodeSpec barrieres("Barri\u00e8res");
    barrieres.isCodable = false;
    m_project.AddCode(barrieres);
    m_project.AddCode({"Schaamte", "Barri\u00e8res", "#AA3377", ""});
    m_project.AddCode({"Tot last zijn", "Barri\u00e8res"});
    m_project.AddCode({"Steun"});
    m_project.AddCode({"Netwerk", "Steun"});
    m_project.AddCode({"Weggegooid"});

    project::CodingTarget steun{"interview-sanne", "Steun", CodePoint("kinderen?"), CodePoint("Wat vond") + 3, {}, {}};
    Remember(m_project.AddCoding(steun, ""), "kinderen? \U0001F605\nI: Wat");
    Remember(Mark("Schaamte", "Ik schaam me soms, want ik wil niemand", "expliciet"), "");
    Remember(Mark("Tot last zijn", "ik wil niemand tot last zijn"), "");
    Remember(Mark("Netwerk", "De buurvrouw helpt,"), "");
    m_weg = Mark("Weggegooid", "En wie helpt er dan?");
    m_project.ActAs("bram");
    Remember(Mark("Schaamte", "ik vraag het niet graag"), "");
    m_project.ActAs("anna");
    m_project.DeleteCode("Weggegooid");
    m_document = m_project.ResolveDocument("interview-sanne").id;
  }

  static import::ImportedDocument Transcript(const std::string& file, const std::string& text,
                                             std::map<std::string, std::string> attributes) {
    import::ImportedDocument doc = import::ImportPlainUtf8Bytes(file, text);
    doc.turns = import::FindSpeakerTurns(doc.text);
    doc.attributes = std::move(attributes);
    return doc;
  }
  static std::size_t CodePoint(const std::string& needle) {
    return text::CountCodePoints(std::string_view(kSanne).substr(0, kSanne.find(needle)));
  }
  Coding Mark(const std::string& code, const std::string& quote, const std::string& memo = "") {
    Coding coding = m_project.AddCoding({"interview-sanne", code, {}, {}, quote, {}}, memo);
    m_quotes[coding.guid] = quote;
    return coding;
  }
  void Remember(const Coding& coding, const std::string& quote) {
    if (!quote.empty()) m_quotes[coding.guid] = quote;
    m_codings.push_back(coding);
  }
  static std::string Slice(const TranscriptModel& model, std::size_t start, std::size_t end) {
    return model.Text().substr(start, end - start);
  }
  const CodingMark& MarkOf(const TranscriptModel& model, const std::string& quote) {
    for (const CodingMark& mark : model.Marks())
      if (m_quotes[mark.coding.guid] == quote) return mark;
    throw std::runtime_error("no mark for " + quote);
  }

  project::Project m_project = project::Project::Create(":memory:", "Test", "anna");
  RowId m_anna = 0, m_bram = 0, m_document = 0;
  Coding m_weg;
  std::vector<Coding> m_codings;  // the visible ones
  std::map<std::string, std::string> m_quotes;
};

TEST_F(WorkbenchTest, TextIsTheStoredTranscript) {
  const TranscriptModel model(m_project, m_document);
  EXPECT_EQ(model.Text(), kSanne);
  EXPECT_EQ(model.GetDocument().name, "interview-sanne");
}

TEST_F(WorkbenchTest, BytesAndCodePointsRoundTrip) {
  const TranscriptModel model(m_project, m_document);
  const std::size_t length = text::CountCodePoints(kSanne);
  ASSERT_LT(length, kSanne.size());
  for (std::size_t cp = 0; cp <= length; ++cp) EXPECT_EQ(model.CodePointOf(model.ByteOf(cp)), cp) << cp;
  const std::size_t ik = CodePoint("Ik schaam");
  EXPECT_EQ(model.ByteOf(ik), kSanne.find("Ik schaam"));
  EXPECT_GT(model.ByteOf(ik), ik);
}

TEST_F(WorkbenchTest, MarksSliceExactlyTheCodedQuotes) {
  const TranscriptModel model(m_project, m_document);
  ASSERT_EQ(model.Marks().size(), m_codings.size());
  for (const CodingMark& mark : model.Marks()) {
    EXPECT_EQ(Slice(model, mark.startByte, mark.endByte), m_quotes[mark.coding.guid]) << mark.codePath;
    EXPECT_EQ(mark.startByte, model.ByteOf(mark.coding.start));
  }
}

TEST_F(WorkbenchTest, MarksCarryCodeCoderAndColour) {
  const TranscriptModel model(m_project, m_document);
  const CodingMark& schaamte = MarkOf(model, "Ik schaam me soms, want ik wil niemand");
  EXPECT_EQ(schaamte.codePath, "Barri\u00e8res/Schaamte");
  EXPECT_EQ(schaamte.codeName, "Schaamte");
  EXPECT_EQ(schaamte.color, "#AA3377");
  EXPECT_EQ(schaamte.coder, "anna");
  EXPECT_EQ(MarkOf(model, "ik vraag het niet graag").coder, "bram");
  // Codes without a colour get a fixed palette colour by id: the same every time, valid, and
  // different for different codes.
  const CodingMark& last = MarkOf(model, "ik wil niemand tot last zijn");
  const CodingMark& netwerk = MarkOf(model, "De buurvrouw helpt,");
  EXPECT_EQ(last.color.size(), 7U);
  EXPECT_EQ(last.color.front(), '#');
  EXPECT_NE(last.color, netwerk.color);
  EXPECT_EQ(TranscriptModel(m_project, m_document).Marks().front().color, model.Marks().front().color);
}

TEST_F(WorkbenchTest, OverlappingCodingsGetDifferentLanes) {
  const TranscriptModel model(m_project, m_document);
  EXPECT_EQ(MarkOf(model, "Ik schaam me soms, want ik wil niemand").lane, 0);
  EXPECT_EQ(MarkOf(model, "ik wil niemand tot last zijn").lane, 1);
  EXPECT_EQ(MarkOf(model, "kinderen? \U0001F605\nI: Wat").lane, 0);
  EXPECT_EQ(MarkOf(model, "De buurvrouw helpt,").lane, 0);
  EXPECT_EQ(MarkOf(model, "ik vraag het niet graag").lane, 0);
  EXPECT_EQ(model.LaneCount(), 2);
  for (const CodingMark& a : model.Marks())
    for (const CodingMark& b : model.Marks())
      if (&a != &b && a.startByte < b.endByte && b.startByte < a.endByte) {
        EXPECT_NE(a.lane, b.lane);
      }
}

TEST_F(WorkbenchTest, MarksKnowTheirLines) {
  const TranscriptModel model(m_project, m_document);
  const CodingMark& steun = MarkOf(model, "kinderen? \U0001F605\nI: Wat");
  EXPECT_EQ(steun.firstLine, 0U);
  EXPECT_EQ(steun.lastLine, 1U);
  const CodingMark& bram = MarkOf(model, "ik vraag het niet graag");
  EXPECT_EQ(bram.firstLine, 5U);
  EXPECT_EQ(bram.lastLine, 5U);
}

TEST_F(WorkbenchTest, MarksAtGivesTheInnermostFirst) {
  const TranscriptModel model(m_project, m_document);
  const std::vector<const CodingMark*> both = model.MarksAt(kSanne.find("niemand"));
  ASSERT_EQ(both.size(), 2U);
  EXPECT_EQ(both[0]->codeName, "Tot last zijn");
  EXPECT_EQ(both[1]->codeName, "Schaamte");
  const std::vector<const CodingMark*> one = model.MarksAt(kSanne.find("schaam"));
  ASSERT_EQ(one.size(), 1U);
  EXPECT_EQ(one[0]->codeName, "Schaamte");
  EXPECT_TRUE(model.MarksAt(kSanne.find("Hoe gaat")).empty());
  // Half-open: the byte just past a coding is outside it.
  const CodingMark& netwerk = MarkOf(model, "De buurvrouw helpt,");
  EXPECT_TRUE(model.MarksAt(netwerk.endByte).empty());
}

TEST_F(WorkbenchTest, TooltipNamesCodeCoderAndMemo) {
  const TranscriptModel model(m_project, m_document);
  const std::string tip = model.TooltipAt(kSanne.find("schaam"));
  EXPECT_NE(tip.find("Barri\u00e8res/Schaamte"), std::string::npos) << tip;
  EXPECT_NE(tip.find("anna"), std::string::npos) << tip;
  EXPECT_NE(tip.find("expliciet"), std::string::npos) << tip;
  const std::string both = model.TooltipAt(kSanne.find("niemand"));
  EXPECT_LT(both.find("Tot last zijn"), both.find("Schaamte")) << both;
  EXPECT_NE(model.TooltipAt(kSanne.find("niet graag")).find("bram"), std::string::npos);
  EXPECT_EQ(model.TooltipAt(kSanne.find("Hoe gaat")), "");
}

TEST_F(WorkbenchTest, MarginLabelNamesCodingsStartingOnTheLineByLane) {
  const TranscriptModel model(m_project, m_document);
  EXPECT_EQ(model.MarginLabel(0), "Steun");
  EXPECT_EQ(model.MarginLabel(1), "");  // Steun only runs on there
  EXPECT_EQ(model.MarginLabel(2), "Schaamte, Tot last zijn");
  EXPECT_EQ(model.MarginLabel(5), "Netwerk, Schaamte");
  EXPECT_EQ(model.MarginLabel(99), "");
}

TEST_F(WorkbenchTest, RangeOfFindsACodingByGuid) {
  const TranscriptModel model(m_project, m_document);
  const Coding& schaamte = m_codings[1];
  const auto range = model.RangeOf(schaamte.guid);
  ASSERT_TRUE(range);
  EXPECT_EQ(Slice(model, range->first, range->second), "Ik schaam me soms, want ik wil niemand");
  EXPECT_FALSE(model.RangeOf("no-such-guid"));
}

TEST_F(WorkbenchTest, SpeakersAndTimestampsAreStyled) {
  const TranscriptModel model(m_project, m_document);
  std::vector<std::pair<StyledRange::Kind, std::string>> styles;
  for (const StyledRange& s : model.Styles()) styles.emplace_back(s.kind, Slice(model, s.startByte, s.endByte));
  using K = StyledRange::Kind;
  const std::vector<std::pair<StyledRange::Kind, std::string>> expected = {
      {K::Timestamp, "[00:01:02]"}, {K::Speaker, "Sanne: "},      {K::Speaker, "I: "},
      {K::Timestamp, "[00:01:10]"}, {K::Speaker, "Sanne: "},      {K::Speaker, "I: "},
      {K::Timestamp, "#00:02:41-3#"}, {K::Speaker, "Sanne: "}};
  EXPECT_EQ(styles, expected);
  EXPECT_EQ(model.Styles()[0].startByte, 0U);
  EXPECT_EQ(model.Styles()[2].startByte, kSanne.find("I: Wat"));
}

// Other conventions are styled where the line really starts with the label; a turn whose line
// does not (a team's own pattern, a "Spreker 1 00:00:05" header) gets no speaker style.
TEST_F(WorkbenchTest, OnlyRealLabelsAreStyled) {
  import::ImportedDocument headers = Transcript("diensten.txt",
                                                "Spreker 1 00:00:05\nDag allemaal, welkom.\n"
                                                "Spreker 2 00:00:09\nDank je: fijn.\n"
                                                "00:00:12 Mevrouw De Vries: Ja.\n"
                                                "Mevrouw De Vries (00:00:20): Nee.\n",
                                                {});
  import::ImportedDocument own = import::ImportPlainUtf8Bytes("eigen.txt", "MB> ja, zei ze: dat klopt.\n");
  const import::SpeakerPattern pattern("(?<speaker>[A-Z]{2,3})>\\s");
  own.turns = import::FindSpeakerTurns(own.text, &pattern);
  ASSERT_EQ(own.turns.size(), 1U);
  m_project.AddDocuments({headers, own});

  const TranscriptModel model(m_project, m_project.ResolveDocument("diensten").id);
  std::vector<std::pair<StyledRange::Kind, std::string>> styles;
  for (const StyledRange& s : model.Styles()) styles.emplace_back(s.kind, Slice(model, s.startByte, s.endByte));
  using K = StyledRange::Kind;
  const std::vector<std::pair<StyledRange::Kind, std::string>> expected = {
      {K::Timestamp, "00:00:12"}, {K::Speaker, "Mevrouw De Vries: "}, {K::Speaker, "Mevrouw De Vries (00:00:20): "}};
  EXPECT_EQ(styles, expected);
  EXPECT_TRUE(TranscriptModel(m_project, m_project.ResolveDocument("eigen").id).Styles().empty());
}

TEST_F(WorkbenchTest, CodingsOfADeletedCodeAreNotShown) {
  const TranscriptModel model(m_project, m_document);
  for (const CodingMark& mark : model.Marks()) EXPECT_NE(mark.codeName, "Weggegooid");
  EXPECT_FALSE(model.RangeOf(m_weg.guid));
  EXPECT_TRUE(model.MarksAt(kSanne.find("En wie")).empty());
  m_project.RestoreCode("Weggegooid");
  const TranscriptModel restored(m_project, m_document);
  EXPECT_TRUE(restored.RangeOf(m_weg.guid));
}

TEST_F(WorkbenchTest, CodersFilterTheCodingsShown) {
  const TranscriptModel bram(m_project, m_document, {m_bram});
  ASSERT_EQ(bram.Marks().size(), 1U);
  EXPECT_EQ(bram.Marks()[0].coder, "bram");
  EXPECT_EQ(bram.LaneCount(), 1);
  const TranscriptModel anna(m_project, m_document, {m_anna});
  EXPECT_EQ(anna.Marks().size(), m_codings.size() - 1);
  for (const CodingMark& mark : anna.Marks()) EXPECT_EQ(mark.coder, "anna");
  EXPECT_EQ(TranscriptModel(m_project, m_document, {m_anna, m_bram}).Marks().size(), m_codings.size());
}

TEST_F(WorkbenchTest, CodebookRowsHaveDepthOwnCountsAndTotals) {
  const std::vector<CodebookRow> rows = CodebookRows(m_project);
  std::vector<std::tuple<std::string, int, std::int64_t>> got;
  for (const CodebookRow& row : rows) got.emplace_back(row.path, row.depth, row.codings);
  const std::vector<std::tuple<std::string, int, std::int64_t>> expected = {
      {"Barri\u00e8res", 0, 0}, {"Barri\u00e8res/Schaamte", 1, 2}, {"Barri\u00e8res/Tot last zijn", 1, 1},
      {"Steun", 0, 1},          {"Steun/Netwerk", 1, 1}};
  EXPECT_EQ(got, expected);  // Weggegooid is deleted: not a row
  std::vector<std::int64_t> totals;
  for (const CodebookRow& row : rows) totals.push_back(row.withSubcodes);
  EXPECT_EQ(totals, (std::vector<std::int64_t>{3, 2, 1, 2, 1}));  // Barrières holds Schaamte's 2 and Tot last's 1
  EXPECT_EQ(rows[1].code.name, "Schaamte");
  EXPECT_EQ(rows[1].code.color, "#AA3377");
}

TEST_F(WorkbenchTest, DocumentRowsHaveSortedAttributeColumns) {
  std::vector<std::string> columns;
  const std::vector<DocumentRow> rows = DocumentRows(m_project, "", &columns);
  EXPECT_EQ(columns, (std::vector<std::string>{"groep", "opleiding", "regio"}));
  ASSERT_EQ(rows.size(), 3U);
  std::map<std::string, const DocumentRow*> byName;
  for (const DocumentRow& row : rows) byName[row.document.name] = &row;
  const DocumentRow& sanne = *byName.at("interview-sanne");
  using Attributes = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(sanne.attributes, (Attributes{{"groep", "jongere"}, {"regio", "Achterhoek"}}));
  EXPECT_EQ(sanne.codings, static_cast<std::int64_t>(m_codings.size()));  // not the deleted code's
  const DocumentRow& moeder = *byName.at("interview-moeder");
  EXPECT_EQ(moeder.attributes, (Attributes{{"groep", "ouder"},
                                           {"opleiding", "caf\u00e9-medewerker"},
                                           {"regio", "Gelderse Vallei"}}));
  EXPECT_EQ(moeder.codings, 0);
  EXPECT_TRUE(byName.at("focusgroep")->attributes.empty());
}

TEST_F(WorkbenchTest, DocumentRowsFilterIgnoresCaseAndAccents) {
  const auto names = [&](const std::string& filter) {
    std::vector<std::string> out;
    for (const DocumentRow& row : DocumentRows(m_project, filter)) out.push_back(row.document.name);
    return out;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(names("achterHOEK"), Names{"interview-sanne"});
  EXPECT_EQ(names("gelderse vallei"), Names{"interview-moeder"});
  EXPECT_EQ(names("CAFE"), Names{"interview-moeder"});
  EXPECT_EQ(names("caf\u00e9 medewerker"), Names{"interview-moeder"});
  EXPECT_EQ(names("Focus"), Names{"focusgroep"});
  EXPECT_EQ(names("interview").size(), 2U);
  EXPECT_EQ(names("").size(), 3U);
  EXPECT_TRUE(names("Twente").empty());
}

TEST_F(WorkbenchTest, QuickCodesAreTheFirstNineCodableCodes) {
  const auto names = [&] {
    std::vector<std::string> out;
    for (const Code& code : QuickCodes(m_project)) out.push_back(code.name);
    return out;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(names(), (Names{"Schaamte", "Tot last zijn", "Steun", "Netwerk"}));  // Barrières is a category
  for (const char* name : {"Werk", "School", "Vrienden", "Sport", "Geld", "Wonen", "Zorg"}) {
    project::CodeSpec spec(name);
    spec.allowSimilar = true;
    m_project.AddCode(spec);
  }
  EXPECT_EQ(names(), (Names{"Schaamte", "Tot last zijn", "Steun", "Netwerk", "Werk", "School", "Vrienden",
                            "Sport", "Geld"}));
}

}  // namespace
}  // namespace duiding::workbench
