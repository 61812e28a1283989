// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/manifest.h"

#include <gtest/gtest.h>

#include "tests/store/temp_dir.h"
#include "tests/import/zip_fixture.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using ::duiding::testing::TempDir;
using Attributes = std::map<std::string, std::string>;

TEST(Manifest, FilesResolveAgainstTheManifestsFolder) {
  const TempDir dir;
  const std::string path =
      dir.Write("batch/manifest.csv",
                "bestand;groep;regio;methode;datum;interviewer\r\n"
                "interviews/jongere 01.docx;jongeren;achterhoek;interview;2024-03-05;Sanne\r\n"
                "../ouders/moeder één.txt;ouders;FOOD VALLEY;;;\r\n"
                ";;;;;\r\n"
                "/archief/focusgroep.odt;professionals; Arnhem-Noord ;focusgroep;2024-04-01;Ömer\r\n");
  const std::vector<ManifestEntry> entries = ReadManifest(path);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].file, (dir.Path() / "batch/interviews/jongere 01.docx").string());
  EXPECT_EQ(entries[0].attributes, (Attributes{{"groep", "jongeren"},
                                               {"regio", "Achterhoek"},
                                               {"methode", "interview"},
                                               {"datum", "2024-03-05"},
                                               {"interviewer", "Sanne"}}));
  EXPECT_EQ(entries[0].line, 2u);
  EXPECT_EQ(entries[1].file, (dir.Path() / "ouders/moeder één.txt").string());
  EXPECT_EQ(entries[1].attributes, (Attributes{{"groep", "ouders"}, {"regio", "Food Valley"}}));
  EXPECT_EQ(entries[1].line, 3u);
  EXPECT_EQ(entries[2].file, "/archief/focusgroep.odt");
  EXPECT_EQ(entries[2].attributes.at("regio"), "Arnhem-Noord");  // free text, trimmed
  EXPECT_EQ(entries[2].attributes.at("interviewer"), "Ömer");
  EXPECT_EQ(entries[2].line, 5u);
}

TEST(Manifest, FileHeaderInAnyCaseWithCommasAndQuotes) {
  const TempDir dir;
  const std::string path = dir.Write("lijst.csv",
                                     "File,Regio,Opmerking\n"
                                     "\"gesprek, deel 1.txt\",midden-ĳssel / oost-veluwe,\"twee\nregels\"\n"
                                     "gesprek 2.txt,gelderland zuid,\n");
  const std::vector<ManifestEntry> entries = ReadManifest(path);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].file, (dir.Path() / "gesprek, deel 1.txt").string());
  EXPECT_EQ(entries[0].attributes, (Attributes{{"Regio", "Midden-IJssel/Oost-Veluwe"}, {"Opmerking", "twee regels"}}));
  EXPECT_EQ(entries[1].attributes, (Attributes{{"Regio", "Gelderland-Zuid"}}));
  EXPECT_EQ(entries[1].line, 4u);
}

TEST(Manifest, CanonicalRegionKnowsTheSevenGelderlandRegions) {
  EXPECT_EQ(CanonicalRegion("ACHTERHOEK"), "Achterhoek");
  EXPECT_EQ(CanonicalRegion("centraal gelderland"), "Centraal Gelderland");
  EXPECT_EQ(CanonicalRegion("FoodValley"), "Food Valley");
  EXPECT_EQ(CanonicalRegion("Gelderland Zuid"), "Gelderland-Zuid");
  EXPECT_EQ(CanonicalRegion("midden-ĳssel / oost-veluwe"), "Midden-IJssel/Oost-Veluwe");
  EXPECT_EQ(CanonicalRegion("Midden IJssel Oost Veluwe"), "Midden-IJssel/Oost-Veluwe");
  EXPECT_EQ(CanonicalRegion("noord-veluwe"), "Noord-Veluwe");
  EXPECT_EQ(CanonicalRegion(" Rivierenland "), "Rivierenland");
  EXPECT_EQ(CanonicalRegion("Twente"), "Twente");
  EXPECT_EQ(CanonicalRegion(" Noord "), "Noord");
  EXPECT_EQ(CanonicalRegion("Oost-Veluwe"), "Oost-Veluwe");  // half a region is no region
}

// Bad input: one line naming the manifest and line.

TEST(Manifest, FirstColumnMustNameTheFile) {
  const TempDir dir;
  const std::string path = dir.Write("m.csv", "groep;bestand\njongeren;a.docx\n");
  ExpectInputError([&] { ReadManifest(path); },
                   path + ": line 1: the first column must be 'file' or 'bestand', not 'groep'");
}

TEST(Manifest, FileListedTwiceNamesBothLines) {
  const TempDir dir;
  const std::string path = dir.Write("m.csv", "bestand;groep\na.docx;jongeren\nb.docx;ouders\nsub/../a.docx;x\n");
  ExpectInputError([&] { ReadManifest(path); }, path + ": line 4: 'sub/../a.docx' is listed twice (first on line 2)");
}

TEST(Manifest, RowWithoutAFileIsRefused) {
  const TempDir dir;
  const std::string path = dir.Write("m.csv", "bestand;groep\na.docx;jongeren\n ;ouders\n");
  ExpectInputError([&] { ReadManifest(path); }, path + ": line 3: no file named in the first column");
}

TEST(Manifest, HeaderProblemsAreRefused) {
  const TempDir dir;
  const std::string unnamed = dir.Write("m1.csv", "bestand;;groep\na.docx;x;y\n");
  ExpectInputError([&] { ReadManifest(unnamed); }, unnamed + ": line 1: column 2 has no name");
  const std::string twice = dir.Write("m2.csv", "bestand;Groep;groep\na.docx;x;y\n");
  ExpectInputError([&] { ReadManifest(twice); }, twice + ": line 1: column 'groep' appears twice");
}

TEST(Manifest, CsvProblemsNameTheManifest) {
  const TempDir dir;
  const std::string open = dir.Write("m.csv", "bestand;groep\na.docx;jongeren\n\"b.docx;ouders\n");
  ExpectInputError([&] { ReadManifest(open); }, open + ": line 3: quoted field never closed");
  const std::string empty = dir.Write("leeg.csv", "");
  ExpectInputError([&] { ReadManifest(empty); }, empty + ": empty file");
}

}  // namespace
}  // namespace duiding::import
