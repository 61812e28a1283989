// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/survey.h"

#include <gtest/gtest.h>

#include "tests/store/temp_dir.h"
#include "tests/import/xlsx_fixture.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using fixture::InlineCell;
using fixture::MakeXlsx;
using fixture::NumberCell;
using fixture::Row;
using fixture::SharedCell;
using ::duiding::testing::TempDir;
using fixture::WorksheetXml;
using Attributes = std::map<std::string, std::string>;

const std::string kWhy = "Waarom betrekt u het informele netwerk zelden?";
const std::string kHelps = "Wat zou helpen?";

// As Dutch Excel saves "CSV (puntkomma)": semicolons, CRLF, quotes only where needed.
const std::string kSurveyCsv =
    "respondent;Functie;Regio;" + kWhy + ";" + kHelps + "\r\n" +
    "p01;jeugdconsulent;Achterhoek;Ouders willen niemand tot last zijn, zeker de grootouders niet.;"
    "Een JIM of natuurlijke mentor vanaf het begin.\r\n"
    "p02;gezinscoach;;\"Schaamte: \"\"de buren mogen het niet weten\"\".\r\nEn 's avonds is er niemand.\";\r\n"
    "p03;wijkteam;Food Valley;;Meer tijd voor coördinatie 👍\r\n"
    ";;;;\r\n"
    "p04;;Rivierenland;\"   De geïnterviewde noemt één buurvrouw.   \";Geen idee\r\n";

SurveySpec Spec() {
  SurveySpec spec;
  spec.idColumn = "respondent";
  spec.openColumns = {kWhy, kHelps};
  spec.attributeColumns = {"Functie", "Regio"};
  return spec;
}

// Every turn spans exactly its answer, counted in code points, and the answers are the
// document's paragraphs.
void ExpectAnswers(const ImportedDocument& doc, const std::vector<std::pair<std::string, std::string>>& answers) {
  ASSERT_EQ(doc.turns.size(), answers.size());
  std::string text;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const Turn& turn = doc.turns[i];
    EXPECT_EQ(turn.speaker, answers[i].first);
    EXPECT_EQ(text::SliceCodePoints(doc.text, turn.start, turn.end), answers[i].second) << "answer " << i;
    text += (i == 0 ? "" : "\n\n") + answers[i].second;
  }
  EXPECT_EQ(doc.text, text);
}

TEST(Survey, OneDocumentPerOpenQuestionWithATurnPerAnswer) {
  const TempDir dir;
  const std::string path = dir.Write("Enquête professionals.csv", kSurveyCsv);
  const std::vector<ImportedDocument> docs = ImportSurvey(path, Spec());
  ASSERT_EQ(docs.size(), 2u);

  const ImportedDocument& why = docs[0];
  EXPECT_EQ(why.name, "Enquête professionals · " + kWhy);
  EXPECT_EQ(why.sourcePath, path);
  EXPECT_EQ(why.attributes, (Attributes{{"vraag", kWhy}, {"methode", "enquête"}}));
  ExpectAnswers(
      why,
      {{"Enquête professionals · p01", "Ouders willen niemand tot last zijn, zeker de grootouders niet."},
       {"Enquête professionals · p02", "Schaamte: \"de buren mogen het niet weten\".\nEn 's avonds is er niemand."},
       {"Enquête professionals · p04", "De geïnterviewde noemt één buurvrouw."}});
  EXPECT_EQ(why.sharedCases,
            (std::map<std::string, Attributes>{
                {"Enquête professionals · p01", {{"Functie", "jeugdconsulent"}, {"Regio", "Achterhoek"}}},
                {"Enquête professionals · p02", {{"Functie", "gezinscoach"}}},
                {"Enquête professionals · p04", {{"Regio", "Rivierenland"}}}}));
  EXPECT_TRUE(why.notes.empty());

  const ImportedDocument& helps = docs[1];
  EXPECT_EQ(helps.name, "Enquête professionals · " + kHelps);
  ExpectAnswers(helps, {{"Enquête professionals · p01", "Een JIM of natuurlijke mentor vanaf het begin."},
                        {"Enquête professionals · p03", "Meer tijd voor coördinatie 👍"},
                        {"Enquête professionals · p04", "Geen idee"}});
  EXPECT_EQ(helps.turns[2].start, helps.turns[1].end + 2);                // code points: the emoji counts once
  EXPECT_EQ(helps.sharedCases.count("Enquête professionals · p02"), 0u);  // no answer, so not in this document
  EXPECT_EQ(helps.sharedCases.at("Enquête professionals · p03"),
            (Attributes{{"Functie", "wijkteam"}, {"Regio", "Food Valley"}}));
}

TEST(Survey, AnswersAreCanonicalBeforeOffsetsAreCounted) {
  const TempDir dir;
  // NFD "coördinatie" and "één", a CR line ending inside a quoted answer, a blank line inside one.
  const std::string path = dir.Write("nfd.csv",
                                     "id,antwoord\n"
                                     "1,\"Te weinig coo\xCC\x88rdinatie 👍\"\n"
                                     "2,\"Eerste gedachte: e\xCC\x81\xC3\xA9n buurvrouw.\r\rTweede: ĳverige opa.\"\n"
                                     "3,\"  \r\n  \"\n"
                                     "4,ok\n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  const std::vector<ImportedDocument> docs = ImportSurvey(path, spec);
  ASSERT_EQ(docs.size(), 1u);
  ExpectAnswers(docs[0], {{"nfd · 1", "Te weinig coördinatie 👍"},
                          {"nfd · 2", "Eerste gedachte: één buurvrouw.\nTweede: ĳverige opa."},
                          {"nfd · 4", "ok"}});
  EXPECT_EQ(docs[0].turns[1].start, 25u);  // "Te weinig coördinatie 👍" is 23 code points, then "\n\n"
  EXPECT_EQ(docs[0].notes,
            std::vector<std::string>{"blank lines inside answers removed, so that each answer is one paragraph"});
}

TEST(Survey, ColumnsMatchIgnoringCaseAndSpaceOrByNumber) {
  const TempDir dir;
  const std::string path = dir.Write("enquete.csv", kSurveyCsv);
  SurveySpec spec;
  spec.idColumn = "1";
  spec.openColumns = {"  WAT ZOU HELPEN? "};
  spec.attributeColumns = {"regio"};
  const std::vector<ImportedDocument> docs = ImportSurvey(path, spec);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].name, "enquete · " + kHelps);
  EXPECT_EQ(docs[0].attributes.at("vraag"), kHelps);
  EXPECT_EQ(docs[0].sharedCases.at("enquete · p01"), (Attributes{{"Regio", "Achterhoek"}}));
}

TEST(Survey, SameRespondentIdInTwoSurveysIsTwoCases) {
  const TempDir dir;
  const std::string a = dir.Write("voormeting.csv", "id;antwoord\n1;Buren helpen niet.\n");
  const std::string b = dir.Write("nameting.tsv", "id\tantwoord\n1\tNu wel, een JIM.\n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  EXPECT_EQ(ImportSurvey(a, spec)[0].turns[0].speaker, "voormeting · 1");
  EXPECT_EQ(ImportSurvey(b, spec)[0].turns[0].speaker, "nameting · 1");
  EXPECT_EQ(ImportSurvey(b, spec)[0].text, "Nu wel, een JIM.");
}

TEST(Survey, Windows1252ExportIsDecoded) {
  const TempDir dir;
  const std::string path = dir.Write("oud.csv",
                                     "nr;groep;antwoord\r\n"
                                     "7;ouders;De ge\xEFnterviewde belt \xE9\xE9n keer per week 's avonds.\r\n"
                                     "8;jongeren;Co\xF6rdinatie met school \x96 lastig.\r\n");
  SurveySpec spec;
  spec.idColumn = "nr";
  spec.openColumns = {"antwoord"};
  spec.attributeColumns = {"groep"};
  const ImportedDocument doc = ImportSurvey(path, spec).at(0);
  ExpectAnswers(doc, {{"oud · 7", "De geïnterviewde belt één keer per week 's avonds."},
                      {"oud · 8", "Coördinatie met school – lastig."}});
  EXPECT_EQ(doc.notes, std::vector<std::string>{"read as windows-1252 (detected)"});
  EXPECT_EQ(doc.sharedCases.at("oud · 8"), (Attributes{{"groep", "jongeren"}}));
}

TEST(Survey, XlsxSurvey) {
  const std::vector<std::string> shared = {
      "<t>Respondent</t>", "<t>Leeftijd</t>", "<t>Waarom zelden?</t>",
      R"(<r><rPr><b/></rPr><t>Schaamte</t></r><r><t xml:space="preserve">, ouders willen niemand tot last zijn.</t></r>)"};
  const std::string sheet =
      WorksheetXml(Row(1, SharedCell("A1", 0) + SharedCell("B1", 1) + SharedCell("C1", 2)) +
                   Row(2, NumberCell("A2", "17") + NumberCell("B2", "15") + SharedCell("C2", 3)) +
                   Row(3, NumberCell("A3", "18") + InlineCell("C3", "<t>Grootouders wonen te ver weg.</t>")) +
                   Row(4, NumberCell("A4", "19") + NumberCell("B4", "16.5")));
  const TempDir dir;
  const std::string path = dir.Write("Jongeren.xlsx", MakeXlsx({{"Blad1", sheet}}, shared));
  SurveySpec spec;
  spec.idColumn = "respondent";
  spec.openColumns = {"Waarom zelden?"};
  spec.attributeColumns = {"Leeftijd"};
  const std::vector<ImportedDocument> docs = ImportSurvey(path, spec);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].name, "Jongeren · Waarom zelden?");
  ExpectAnswers(docs[0], {{"Jongeren · 17", "Schaamte, ouders willen niemand tot last zijn."},
                          {"Jongeren · 18", "Grootouders wonen te ver weg."}});
  EXPECT_EQ(docs[0].sharedCases,
            (std::map<std::string, Attributes>{{"Jongeren · 17", {{"Leeftijd", "15"}}}, {"Jongeren · 18", {}}}));
}

TEST(Survey, QuestionNobodyAnsweredIsAnEmptyDocumentWithANote) {
  const TempDir dir;
  const std::string path = dir.Write("x.csv", "id;antwoord;toelichting\n1;ja;\n2;nee; \n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"toelichting"};
  const ImportedDocument doc = ImportSurvey(path, spec).at(0);
  EXPECT_EQ(doc.text, "");
  EXPECT_TRUE(doc.turns.empty());
  EXPECT_TRUE(doc.sharedCases.empty());
  EXPECT_EQ(doc.notes, std::vector<std::string>{"no respondent answered 'toelichting'"});
}

// Bad input: one line naming the file and, where there is one, the line or row.

TEST(Survey, UnknownColumnListsTheHeaders) {
  const TempDir dir;
  const std::string path = dir.Write("enquete.csv", kSurveyCsv);
  SurveySpec spec = Spec();
  spec.openColumns = {"Toelichting"};
  ExpectInputError([&] { ImportSurvey(path, spec); },
                   path + ": no column 'Toelichting'; the columns are: 'respondent', 'Functie', 'Regio', '" + kWhy +
                       "', '" + kHelps + "'");
  spec = Spec();
  spec.idColumn = "9";
  ExpectInputError([&] { ImportSurvey(path, spec); },
                   path + ": no column 9; the file has 5 columns: 'respondent', 'Functie', 'Regio', '" + kWhy + "', '" +
                       kHelps + "'");
}

TEST(Survey, DuplicateRespondentIdNamesBothLines) {
  const TempDir dir;
  const std::string path = dir.Write("x.csv", "id;antwoord\n1;\"Twee regels:\nde buren.\"\n2;Een JIM.\n1;Schaamte.\n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  ExpectInputError([&] { ImportSurvey(path, spec); },
                   path + ": line 5: respondent id '1' is used twice (first on line 2)");
}

TEST(Survey, DuplicateRespondentIdInAWorkbookNamesTheRows) {
  const std::string sheet = WorksheetXml(Row(1, InlineCell("A1", "<t>id</t>") + InlineCell("B1", "<t>antwoord</t>")) +
                                         Row(2, NumberCell("A2", "17") + InlineCell("B2", "<t>ja</t>")) +
                                         Row(4, NumberCell("A4", "17") + InlineCell("B4", "<t>nee</t>")));
  const TempDir dir;
  const std::string path = dir.Write("x.xlsx", MakeXlsx({{"Antwoorden", sheet}}, {}));
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  ExpectInputError([&] { ImportSurvey(path, spec); },
                   path +
                       ": sheet 'Antwoorden', row 4: respondent id '17' is used twice (first on sheet "
                       "'Antwoorden', row 2)");
}

TEST(Survey, EmptyRespondentIdIsRefused) {
  const TempDir dir;
  const std::string path = dir.Write("x.csv", "id;antwoord\n1;ja\n  ;Grootouders helpen.\n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  ExpectInputError([&] { ImportSurvey(path, spec); }, path + ": line 3: no respondent id in column 'id'");
}

TEST(Survey, ContentMustAgreeWithTheExtension) {
  const TempDir dir;
  const std::string csvAsXlsx = dir.Write("x.xlsx", kSurveyCsv);
  ExpectInputError([&] { ImportSurvey(csvAsXlsx, Spec()); },
                   csvAsXlsx +
                       ": named as an Excel (.xlsx) workbook, but the content is not one (no zip archive); "
                       "export it again or rename it to .csv");
  const std::string xlsxAsCsv =
      dir.Write("x.csv", MakeXlsx({{"Blad1", WorksheetXml(Row(1, InlineCell("A1", "<t>id</t>")))}}, {}));
  ExpectInputError([&] { ImportSurvey(xlsxAsCsv, Spec()); },
                   xlsxAsCsv +
                       ": named as CSV text, but the content is a zip or Office file (an Excel workbook?); "
                       "rename it to .xlsx or export it as CSV");
  const std::string ods = dir.Write("x.ods", "PK\x03\x04");
  ExpectInputError([&] { ImportSurvey(ods, Spec()); },
                   ods + ": not a survey export by its extension; use .csv, .tsv, .txt or .xlsx");
}

TEST(Survey, FileOverTheLimitIsRefusedUnread) {
  const TempDir dir;
  const std::string path = dir.Write("x.csv", kSurveyCsv);
  ImportLimits limits;
  limits.maxFileBytes = 100;
  ExpectInputError([&] { ImportSurvey(path, Spec(), limits); }, path + ": file size exceeds 100 bytes limit");
}

TEST(Survey, CsvErrorsNameTheSurveyAndLine) {
  const TempDir dir;
  const std::string path = dir.Write("x.csv", "id;antwoord\n1;\"Mijn oma helpt soms\n2;nee\n");
  SurveySpec spec;
  spec.idColumn = "id";
  spec.openColumns = {"antwoord"};
  ExpectInputError([&] { ImportSurvey(path, spec); }, path + ": line 2: quoted field never closed");
}

}  // namespace
}  // namespace duiding::import
