// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/csv.h"

#include <gtest/gtest.h>

#include "tests/import/zip_fixture.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using Fields = std::vector<std::string>;

std::vector<Fields> FieldsOf(const TextTable& table) {
  std::vector<Fields> rows;
  for (const TextTable::Row& row : table.rows) rows.push_back(row.fields);
  return rows;
}

std::vector<std::size_t> LinesOf(const TextTable& table) {
  std::vector<std::size_t> lines;
  for (const TextTable::Row& row : table.rows) lines.push_back(row.number);
  return lines;
}

TEST(Csv, SemicolonsOfDutchExcelAreDetected) {
  const TextTable t =
      ReadCsvBytes("enquete.csv",
                   "respondent;functie;Waarom betrekt u het netwerk zelden?\r\n"
                   "1;jeugdconsulent;Ouders willen niemand tot last zijn, zeker de grootouders niet.\r\n"
                   "2;gezinscoach;Schaamte, de buren mogen het niet weten.\r\n");
  EXPECT_EQ(FieldsOf(t), (std::vector<Fields>{
                             {"respondent", "functie", "Waarom betrekt u het netwerk zelden?"},
                             {"1", "jeugdconsulent", "Ouders willen niemand tot last zijn, zeker de grootouders niet."},
                             {"2", "gezinscoach", "Schaamte, de buren mogen het niet weten."}}));
  EXPECT_EQ(LinesOf(t), (std::vector<std::size_t>{1, 2, 3}));
  EXPECT_EQ(t.rowWord, "line");
  EXPECT_TRUE(t.notes.empty());
}

TEST(Csv, QuotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes) {
  const TextTable t = ReadCsvBytes("enquete.csv",
                                   "respondent,antwoord,regio\n"
                                   "1,\"Een JIM (jongere inspiratie mens), die werkt\",Achterhoek\n"
                                   "2,\"Eerste regel\r\ntweede regel, 's avonds\nderde\",Food Valley\n"
                                   "3,\"Ze zei \"\"nee\"\" tegen de buurvrouw\",Rivierenland\n"
                                   "4,\"\", \n");
  EXPECT_EQ(FieldsOf(t), (std::vector<Fields>{{"respondent", "antwoord", "regio"},
                                              {"1", "Een JIM (jongere inspiratie mens), die werkt", "Achterhoek"},
                                              {"2", "Eerste regel\r\ntweede regel, 's avonds\nderde", "Food Valley"},
                                              {"3", "Ze zei \"nee\" tegen de buurvrouw", "Rivierenland"},
                                              {"4", "", " "}}));
  EXPECT_EQ(LinesOf(t), (std::vector<std::size_t>{1, 2, 3, 6, 7}));  // a record starts where its first line is
}

TEST(Csv, TabsAndBarsAreDetected) {
  const TextTable tabs = ReadCsvBytes("x.tsv", "id\tgroep\tantwoord\n1\tjongeren\tcoördinatie; lastig, soms\n");
  EXPECT_EQ(FieldsOf(tabs),
            (std::vector<Fields>{{"id", "groep", "antwoord"}, {"1", "jongeren", "coördinatie; lastig, soms"}}));
  const TextTable bars = ReadCsvBytes("x.txt", "id|antwoord\n1|één buurvrouw, soms\n");
  EXPECT_EQ(FieldsOf(bars), (std::vector<Fields>{{"id", "antwoord"}, {"1", "één buurvrouw, soms"}}));
}

TEST(Csv, DetectionPrefersTheDelimiterThatSplitsEveryLineAlike) {
  // By comma the header has two fields too, but the answers split unevenly.
  EXPECT_EQ(DetectCsvDelimiter("id;vraag, toelichting\n1;ja, want\n2;nee\n3;soms, soms niet, zegt ze\n"), ';');
  EXPECT_EQ(DetectCsvDelimiter("id,antwoord\n1,\"grootouders; buren\"\n2,\"een JIM; een coach\"\n"), ',');
  EXPECT_EQ(DetectCsvDelimiter("id\tantwoord\n1\tja\n"), '\t');
  EXPECT_EQ(DetectCsvDelimiter("antwoord\nja\nnee\n"), ',');  // one column: any will do
}

TEST(Csv, ExplicitDelimiterIsUsed) {
  EXPECT_EQ(FieldsOf(ParseCsv("x.csv", "a;b,c\n1;2,3\n", ',')), (std::vector<Fields>{{"a;b", "c"}, {"1;2", "3"}}));
}

TEST(Csv, Windows1252BytesAreDecoded) {
  const std::string cp1252 =
      "respondent;antwoord\r\n"
      "1;De ge\xEFnterviewde zegt: \xE9\xE9n keer per week 's avonds, co\xF6rdinatie is lastig\r\n"
      "2;Schaamte \x96 \x93ouders willen niemand tot last zijn\x94\r\n";
  const TextTable detected = ReadCsvBytes("oud.csv", cp1252);
  const std::vector<Fields> expected = {
      {"respondent", "antwoord"},
      {"1", "De geïnterviewde zegt: één keer per week 's avonds, coördinatie is lastig"},
      {"2", "Schaamte – “ouders willen niemand tot last zijn”"}};
  EXPECT_EQ(FieldsOf(detected), expected);
  EXPECT_EQ(detected.notes, Fields{"read as windows-1252 (detected)"});
  CsvOptions named;
  named.encoding = "windows-1252";
  const TextTable asked = ReadCsvBytes("oud.csv", cp1252, named);
  EXPECT_EQ(FieldsOf(asked), expected);
  EXPECT_EQ(asked.notes, Fields{"read as windows-1252 (as asked)"});
}

TEST(Csv, ByteOrderMarksAreRemoved) {
  const TextTable utf8 = ReadCsvBytes("x.csv", "\xEF\xBB\xBFrespondent;antwoord\n1;één 👍\n");
  EXPECT_EQ(FieldsOf(utf8), (std::vector<Fields>{{"respondent", "antwoord"}, {"1", "één 👍"}}));

  const std::u16string text = u"respondent;antwoord\r\n1;ĳverige buren 👍\r\n";
  std::string utf16 = "\xFF\xFE";
  for (const char16_t unit : text) {
    utf16 += static_cast<char>(unit & 0xFF);
    utf16 += static_cast<char>(unit >> 8);
  }
  const TextTable wide = ReadCsvBytes("x.csv", utf16);
  EXPECT_EQ(FieldsOf(wide), (std::vector<Fields>{{"respondent", "antwoord"}, {"1", "ĳverige buren 👍"}}));
}

TEST(Csv, EmptyLinesAreSkippedAndEveryLineEndingCounts) {
  const TextTable t = ReadCsvBytes("x.csv", "id;antwoord\n\n1;ja\r\n\r\n\r2;nee\r3;soms");
  EXPECT_EQ(FieldsOf(t), (std::vector<Fields>{{"id", "antwoord"}, {"1", "ja"}, {"2", "nee"}, {"3", "soms"}}));
  EXPECT_EQ(LinesOf(t), (std::vector<std::size_t>{1, 3, 6, 7}));
}

TEST(Csv, DelimiterAtTheEndOfALineIsAnEmptyField) {
  EXPECT_EQ(FieldsOf(ReadCsvBytes("x.csv", "id;antwoord;\n1;ja;\n")),
            (std::vector<Fields>{{"id", "antwoord", ""}, {"1", "ja", ""}}));
}

// Bad input: refused with one line naming the file and the line where the record starts.

TEST(Csv, UnterminatedQuoteNamesTheLine) {
  ExpectInputError(
      [] { ReadCsvBytes("enquete.csv", "id;antwoord\n1;\"twee\nregels\"\n2;ja\n3;\"Mijn oma helpt soms\n4;nee\n"); },
      "enquete.csv: line 5: quoted field never closed");
}

TEST(Csv, TextAfterAClosingQuoteIsRefused) {
  ExpectInputError([] { ReadCsvBytes("x.csv", "id;antwoord\n1;\"Hij zei \"nee\" tegen mij\"\n"); },
                   "x.csv: line 2: field 2: text after the closing quote; a quote inside a quoted field must be "
                   "doubled (\"\")");
}

TEST(Csv, RowWithAnotherNumberOfFieldsNamesTheLine) {
  ExpectInputError([] { ReadCsvBytes("x.csv", "id;groep;antwoord\n1;jongeren;ja\n2;ouders\n"); },
                   "x.csv: line 3: 2 fields, but the header has 3 (delimiter ';')");
  ExpectInputError(
      [] {
        ReadCsvBytes("x.tsv", "id\tantwoord\n1\tja\textra\n", {'\t', ""});
      },
      "x.tsv: line 2: 3 fields, but the header has 2 (delimiter tab)");
}

TEST(Csv, EmptyFilesAreRefused) {
  ExpectInputError([] { ReadCsvBytes("leeg.csv", ""); }, "leeg.csv: empty file");
  ExpectInputError([] { ReadCsvBytes("leeg.csv", "\r\n\r\n"); }, "leeg.csv: empty file");
  ExpectInputError([] { ReadCsvBytes("leeg.csv", "\xEF\xBB\xBF"); }, "leeg.csv: empty file");
}

TEST(Csv, BinaryAndUnknownEncodingsAreRefused) {
  ExpectInputError([] { ReadCsvBytes("x.csv", std::string("id;a\0b\n1;2\n", 12)); },
                   "x.csv: not a text file (contains NUL characters)");
  ExpectInputError([] { ReadCsvBytes("x.csv", "id;a\n", {0, "klingon"}); }, "x.csv: unknown encoding 'klingon'");
}

}  // namespace
}  // namespace duiding::import
