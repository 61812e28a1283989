// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/xlsx.h"

#include <gtest/gtest.h>

#include "import/xlsx_sheet.h"
#include "tests/import/xlsx_fixture.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using fixture::InlineCell;
using fixture::MakeXlsx;
using fixture::MakeZip;
using fixture::NumberCell;
using fixture::Replaced;
using fixture::Row;
using fixture::SharedCell;
using fixture::SheetFixture;
using fixture::WorksheetXml;
using fixture::XlsxPackage;
using fixture::ZipFixtureOptions;
using Fields = std::vector<std::string>;

std::vector<Fields> FieldsOf(const TextTable& table) {
  std::vector<Fields> rows;
  for (const TextTable::Row& row : table.rows) rows.push_back(row.fields);
  return rows;
}

const std::vector<std::string> kSharedStrings = {
    "<t>respondent</t>",
    "<t>groep</t>",
    "<t>Waarom betrekt u het informele netwerk zelden?</t>",
    // Rich text: a bold run, then a run whose leading space only xml:space keeps meaningful.
    R"(<r><rPr><b/><sz val="11"/></rPr><t>Schaamte</t></r>)"
    R"(<r><rPr><sz val="11"/></rPr><t xml:space="preserve">: ouders willen niemand tot last zijn 👍</t></r>)",
    "<t>jongeren</t>",
    // A phonetic guide is no part of the text.
    R"(<t>coördinatie</t><rPh sb="0" eb="2"><t>KO</t></rPh><phoneticPr fontId="1"/>)",
    "<t>leeftijd</t>",
    R"(<t xml:space="preserve">  één geïnterviewde  </t>)",
    "<t>Regel één_x000D_\nregel twee, _x005F_x0041_ blijft</t>",
};

std::string SurveySheet() {
  return WorksheetXml(
      Row(1, SharedCell("A1", 0) + SharedCell("B1", 1) + SharedCell("C1", 2) + SharedCell("D1", 6) +
                 InlineCell("E1", "<t>cijfer</t>")) +
      Row(2, NumberCell("A2", "17") + SharedCell("B2", 4) + SharedCell("C2", 3) + NumberCell("D2", "16") +
                 NumberCell("E2", "7.5")) +
      // B3 and D3 are missing; C3 is an inline string with rich-text runs.
      Row(3, NumberCell("A3", "18") +
                 InlineCell("C3", R"(<r><t>Een JIM</t></r><r><rPr><i/></rPr><t xml:space="preserve"> helpt</t></r>)") +
                 NumberCell("E3", "3.5")) +
      // Row 4 is missing; a formula's text, a boolean and an error value.
      Row(5, R"(<c r="A5" t="str"><f>"R"&amp;ROW()</f><v>R5</v></c><c r="B5" t="b"><v>1</v></c>)" +
                 SharedCell("C5", 5) + R"(<c r="E5" t="e"><v>#N/A</v></c>)") +
      // A formatted but empty row, as Excel writes them.
      Row(6, R"(<c r="A6" s="1"/><c r="C6" t="s" s="2"/>)"));
}

TEST(Xlsx, ReadsSharedRichInlineNumericAndMissingCells) {
  const TextTable t = ReadXlsxBytes("Enquête.xlsx", MakeXlsx({{"Blad1", SurveySheet()}}, kSharedStrings));
  EXPECT_EQ(FieldsOf(t),
            (std::vector<Fields>{
                {"respondent", "groep", "Waarom betrekt u het informele netwerk zelden?", "leeftijd", "cijfer"},
                {"17", "jongeren", "Schaamte: ouders willen niemand tot last zijn 👍", "16", "7.5"},
                {"18", "", "Een JIM helpt", "", "3.5"},
                {"R5", "TRUE", "coördinatie", "", "#N/A"}}));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[3].number, 5u);
  EXPECT_EQ(RowPlace(t, t.rows[3]), "sheet 'Blad1', row 5");
}

TEST(Xlsx, WhitespaceIsKeptAndControlCharacterEscapesDecoded) {
  const std::string sheet = WorksheetXml(Row(1, SharedCell("A1", 7) + SharedCell("B1", 8)));
  const TextTable t = ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", sheet}}, kSharedStrings));
  EXPECT_EQ(FieldsOf(t), (std::vector<Fields>{{"  één geïnterviewde  ", "Regel één\r\nregel twee, _x0041_ blijft"}}));
}

TEST(Xlsx, CellsWithoutReferencesFollowEachOther) {
  const std::string sheet =
      WorksheetXml(R"(<row><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>antwoord</t></is></c></row>)"
                   R"(<row><c><v>1</v></c><c t="inlineStr"><is><t>'s avonds de buren</t></is></c></row>)");
  const TextTable t = ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", sheet}}, {}));
  EXPECT_EQ(FieldsOf(t), (std::vector<Fields>{{"id", "antwoord"}, {"1", "'s avonds de buren"}}));
  EXPECT_EQ(t.rows[1].number, 2u);
}

std::vector<SheetFixture> ThreeSheets() {
  return {{"Verborgen", WorksheetXml(Row(1, InlineCell("A1", "<t>geheim</t>"))), true},
          {"Antwoorden", WorksheetXml(Row(1, InlineCell("A1", "<t>antwoord</t>")))},
          {"Codes", WorksheetXml(Row(1, InlineCell("A1", "<t>code</t>")))}};
}

TEST(Xlsx, FirstVisibleSheetByDefaultOrTheNamedOne) {
  const std::string book = MakeXlsx(ThreeSheets(), {});
  EXPECT_EQ(FieldsOf(ReadXlsxBytes("x.xlsx", book)), std::vector<Fields>{{"antwoord"}});
  EXPECT_EQ(FieldsOf(ReadXlsxBytes("x.xlsx", book, "Codes")), std::vector<Fields>{{"code"}});
  EXPECT_EQ(FieldsOf(ReadXlsxBytes("x.xlsx", book, " codes ")), std::vector<Fields>{{"code"}});
  EXPECT_EQ(FieldsOf(ReadXlsxBytes("x.xlsx", book, "Verborgen")), std::vector<Fields>{{"geheim"}});
}

TEST(Xlsx, AbsoluteTargetsAndAnyNamespacePrefixAreUnderstood) {
  const std::string sheet =
      R"(<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>ĳs</x:t></x:is></x:c></x:row>)"
      R"(</x:sheetData></x:worksheet>)";
  std::vector<fixture::ZipEntry> entries = XlsxPackage({{"Blad1", ""}}, {});
  std::string rels;
  for (const auto& entry : entries)
    if (entry.name == "xl/_rels/workbook.xml.rels") rels = entry.content;
  rels.replace(rels.find("worksheets/sheet1.xml"), 21, "/xl/data/../tabellen/antwoorden.xml");
  entries = Replaced(entries, "xl/_rels/workbook.xml.rels", rels);
  entries.push_back({"xl/tabellen/antwoorden.xml", sheet});
  EXPECT_EQ(FieldsOf(ReadXlsxBytes("x.xlsx", MakeZip(entries))), (std::vector<Fields>{{"", "ĳs"}}));
}

TEST(XlsxCells, ReferencesAndColumnLetters) {
  const auto c7 = xlsx::ParseCellRef("C7");
  ASSERT_TRUE(c7);
  EXPECT_EQ(c7->column, 2u);
  EXPECT_EQ(c7->row, 7u);
  EXPECT_EQ(xlsx::ParseCellRef("AB12")->column, 27u);
  EXPECT_EQ(xlsx::ParseCellRef("XFD1048576")->column, 16383u);
  EXPECT_FALSE(xlsx::ParseCellRef("XFE1"));
  EXPECT_FALSE(xlsx::ParseCellRef("A0"));
  EXPECT_FALSE(xlsx::ParseCellRef("A1048577"));
  EXPECT_FALSE(xlsx::ParseCellRef("7B"));
  EXPECT_FALSE(xlsx::ParseCellRef("b7"));
  EXPECT_FALSE(xlsx::ParseCellRef(""));
  EXPECT_EQ(xlsx::ColumnLetters(0), "A");
  EXPECT_EQ(xlsx::ColumnLetters(25), "Z");
  EXPECT_EQ(xlsx::ColumnLetters(26), "AA");
  EXPECT_EQ(xlsx::ColumnLetters(16383), "XFD");
}

// Bad input: refused with one line naming the file and, where there is one, entry and cell.

TEST(Xlsx, SharedStringIndexOutOfRangeNamesTheCell) {
  const std::string sheet = WorksheetXml(Row(1, SharedCell("A1", 0)) + Row(7, SharedCell("B7", 999)));
  ExpectInputError(
      [&] {
        ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", sheet}}, kSharedStrings));
      },
      "x.xlsx: xl/worksheets/sheet1.xml: cell B7 refers to shared string 999, there are 9");
  const std::string noStrings = WorksheetXml(Row(2, SharedCell("C2", 0)));
  ExpectInputError(
      [&] {
        ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", noStrings}}, {}));
      },
      "x.xlsx: xl/worksheets/sheet1.xml: cell C2 refers to shared string 0, there are 0");
}

TEST(Xlsx, SharedStringIndexThatIsNoNumberIsRefused) {
  const std::string sheet = WorksheetXml(Row(3, R"(<c r="D3" t="s"><v>-1</v></c>)"));
  ExpectInputError(
      [&] {
        ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", sheet}}, kSharedStrings));
      },
      "x.xlsx: xl/worksheets/sheet1.xml: cell D3: shared string index '-1' is not a number");
}

TEST(Xlsx, BadCellReferenceIsRefused) {
  const std::string sheet = WorksheetXml(Row(1, NumberCell("7B", "1")));
  ExpectInputError(
      [&] {
        ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", sheet}}, {}));
      },
      "x.xlsx: xl/worksheets/sheet1.xml: cell reference '7B' is not valid");
}

TEST(Xlsx, UnknownSheetListsTheSheets) {
  ExpectInputError([] { ReadXlsxBytes("x.xlsx", MakeXlsx(ThreeSheets(), {}), "Blad9"); },
                   "x.xlsx: no sheet 'Blad9'; the sheets are: 'Verborgen', 'Antwoorden', 'Codes'");
}

TEST(Xlsx, EmptySheetIsRefused) {
  ExpectInputError(
      [] {
        ReadXlsxBytes("x.xlsx", MakeXlsx({{"Blad1", WorksheetXml(Row(1, "<c r=\"A1\"/>"))}}, {}));
      },
      "x.xlsx: sheet 'Blad1' is empty");
}

TEST(Xlsx, PasswordProtectedWorkbookIsRefused) {
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  ExpectInputError([&] { ReadXlsxBytes("x.xlsx", ole); },
                   "x.xlsx: password-protected or encrypted Excel file; remove the password and import again");
  ZipFixtureOptions encrypt;
  encrypt.encryptedEntry = "xl/worksheets/sheet1.xml";
  const std::string zip = MakeZip(XlsxPackage({{"Blad1", SurveySheet()}}, kSharedStrings), encrypt);
  ExpectInputError([&] { ReadXlsxBytes("x.xlsx", zip); },
                   "x.xlsx: xl/worksheets/sheet1.xml: password-protected; remove the password in Excel and import "
                   "again");
}

TEST(Xlsx, CorruptWorkbooksAreRefused) {
  const std::vector<fixture::ZipEntry> package = XlsxPackage({{"Blad1", SurveySheet()}}, kSharedStrings);
  ZipFixtureOptions cut;
  cut.truncateTo = MakeZip(package).size() / 2;
  ExpectInputError([&] { ReadXlsxBytes("x.xlsx", MakeZip(package, cut)); },
                   "x.xlsx: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
  ExpectInputError([] { ReadXlsxBytes("x.xlsx", "respondent;antwoord\n1;ja\n"); },
                   "x.xlsx: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
  ExpectInputError(
      [] {
        ReadXlsxBytes("x.xlsx", MakeZip({{"word/document.xml", "<w:document/>"}}));
      },
      "x.xlsx: xl/workbook.xml: not found; this is not an Excel (.xlsx) workbook");
}

TEST(Xlsx, MissingOrMalformedPartsAreRefused) {
  std::vector<fixture::ZipEntry> package = XlsxPackage({{"Blad1", SurveySheet()}}, kSharedStrings);
  std::vector<fixture::ZipEntry> noSheet;
  for (const auto& entry : package)
    if (entry.name != "xl/worksheets/sheet1.xml") noSheet.push_back(entry);
  ExpectInputError([&] { ReadXlsxBytes("x.xlsx", MakeZip(noSheet)); },
                   "x.xlsx: xl/worksheets/sheet1.xml: not found in the archive");

  std::string broken = SurveySheet();
  broken.erase(broken.find("</row>"), 6);
  ExpectInputError([&] { ReadXlsxBytes("x.xlsx", MakeZip(Replaced(package, "xl/worksheets/sheet1.xml", broken))); },
                   "x.xlsx: xl/worksheets/sheet1.xml: XML error at byte " +
                       std::to_string(broken.find("</sheetData>") + 2) + ": start-end tags mismatch");

  const std::string rels = R"(<?xml version="1.0"?><Relationships )"
                           R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>)";
  ExpectInputError(
      [&] { ReadXlsxBytes("x.xlsx", MakeZip(Replaced(package, "xl/_rels/workbook.xml.rels", rels)), "Blad1"); },
      "x.xlsx: xl/_rels/workbook.xml.rels: no relationship 'rId1' for sheet 'Blad1'; the workbook is "
      "damaged");
}

}  // namespace
}  // namespace duiding::import
