// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/title_block.h"

#include <gtest/gtest.h>

#include "import/importer.h"
#include "import/speaker_turns.h"
#include "tests/store/temp_dir.h"

namespace duiding::import {
namespace {

using ::duiding::testing::TempDir;
using Attributes = std::map<std::string, std::string>;

Attributes Read(std::string_view text) { return ReadTitleBlock(text, FindSpeakerTurns(text)); }

TEST(TitleBlock, DutchLabelsAndValuesWithDiacritics) {
  const std::string text =
      "Titel: Interview jongere (Sanne, 17)\n"
      "Datum: 2026-03-12\n"
      "Regio: Rivierenland\n"
      "Methode: interview\n"
      "Transcriptie door:   Zoë  Çelik \n"
      "Beëindigd om: 11:45, in ’t Kruispunt\n"
      "Opmerking vooraf: opname begon te laat: 10:30\n\n"
      "[00:00:05] I: Oké, hij loopt.\n\n"
      "R: Ja, oké.\n";
  EXPECT_EQ(Read(text), (Attributes{{"titel", "Interview jongere (Sanne, 17)"},
                                    {"datum", "2026-03-12"},
                                    {"regio", "Rivierenland"},
                                    {"methode", "interview"},
                                    {"transcriptie door", "Zoë Çelik"},
                                    {"beëindigd om", "11:45, in ’t Kruispunt"},
                                    {"opmerking vooraf", "opname begon te laat: 10:30"}}));
}

TEST(TitleBlock, EndsAtTheFirstSpeakerAndNeverReadsTurns) {
  const std::string text =
      "Interview met een moeder\n"  // a title without a label is passed over
      "Regio: Achterhoek\n"
      "Zie ook: https://example.org/x\n"
      "Dit zijn veel te veel woorden: geen label\n"
      "Bron:\n\n"
      "Interviewer: Wat zei ze?\n\n"
      "Moeder: Ze zei: je moet het zelf doen.\n"
      "Let op: morgen is het te laat.\n\n"
      "Interviewer: En toen?\n\n"
      "Moeder: Datum: dat weet ik niet meer.\n";
  const Attributes attributes = Read(text);
  EXPECT_EQ(attributes, (Attributes{{"regio", "Achterhoek"}, {"zie ook", "https://example.org/x"}}));
  EXPECT_FALSE(attributes.contains("ze zei"));
  EXPECT_FALSE(attributes.contains("let op"));
  EXPECT_FALSE(attributes.contains("datum"));
}

TEST(TitleBlock, WithoutSpeakersOnlyTheFirstParagraph) {
  EXPECT_EQ(Read("Methode: dagboek\nGroep: ouders\n\nVandaag: regen.\nIk voelde: niks.\n"),
            (Attributes{{"methode", "dagboek"}, {"groep", "ouders"}}));
  EXPECT_TRUE(Read("").empty());
  EXPECT_TRUE(Read("I: Hallo.\nR: Dag.\n").empty());
}

TEST(TitleBlock, RegionIsCanonicalAndAtMostTwentyAttributes) {
  EXPECT_EQ(Read("REGIO: midden-ĳssel / oost-veluwe\n\nI: Hallo.\n").at("regio"), "Midden-IJssel/Oost-Veluwe");
  EXPECT_EQ(Read("Regio:  Arnhem-Noord \n\nI: Hallo.\n").at("regio"), "Arnhem-Noord");  // free text, trimmed
  std::string many;
  for (int i = 0; i < 25; ++i) many += "Kenmerk nummer " + std::to_string(i) + ": waarde\n";
  EXPECT_EQ(Read(many + "\nI: Hallo.\n").size(), 20u);
}

TEST(TitleBlock, ImportFileTakesTheBlockButExplicitAttributesWin) {
  const TempDir dir;
  const std::string path = dir.Write("jongere.txt",
                                     "Titel: Interview jongere (Sanne, 17)\n"
                                     "Regio: food valley\n"
                                     "Methode: interview\n\n"
                                     "I: Hoe gaat het?\n\nR: Goed. Ze zei: kom maar.\n");
  const ImportedDocument plain = ImportFile(path);
  EXPECT_EQ(plain.attributes, (Attributes{{"titel", "Interview jongere (Sanne, 17)"},
                                          {"regio", "Food Valley"},
                                          {"methode", "interview"}}));
  ImportOptions options;
  options.attributes = {{"Regio", "Achterhoek"}, {"methode", "focusgroep"}, {"groep", "jongeren"}};  // --attr or a manifest
  const ImportedDocument given = ImportFile(path, options);
  EXPECT_EQ(given.attributes, (Attributes{{"Regio", "Achterhoek"},
                                          {"methode", "focusgroep"},
                                          {"groep", "jongeren"},
                                          {"titel", "Interview jongere (Sanne, 17)"}}));
}

}  // namespace
}  // namespace duiding::import
