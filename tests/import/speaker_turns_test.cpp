// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/speaker_turns.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "import/plain_text.h"
#include "model/error.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

std::string Slice(std::string_view text, const Turn& t) { return std::string(text::SliceCodePoints(text, t.start, t.end)); }

std::vector<std::string> Speakers(const std::vector<Turn>& turns) {
  std::vector<std::string> out;
  for (const Turn& t : turns) out.push_back(t.speaker);
  return out;
}

TEST(SpeakerTurns, InterviewLabelsAndContinuedParagraphs) {
  const std::string text =
      "Titel: interview 3\nDatum: 12 maart\n\n"
      "I: Wie zou u om hulp kunnen vragen? 👍🏽\n"
      "R: Mijn zus, maar ik wil haar niet tot last zijn.\n"
      "Ze zei: je moet het zelf doen.\n\n"
      "En 's avonds is er niemand.\n"
      "I: En de geïnterviewde buurvrouw?\n";
  const std::vector<Turn> turns = FindSpeakerTurns(text);
  ASSERT_EQ(Speakers(turns), (std::vector<std::string>{"I", "R", "I"}));
  EXPECT_EQ(Slice(text, turns[0]), "I: Wie zou u om hulp kunnen vragen? 👍🏽");
  EXPECT_EQ(Slice(text, turns[1]),
            "R: Mijn zus, maar ik wil haar niet tot last zijn.\nZe zei: je moet het zelf doen.\n\nEn 's avonds is er niemand.");
  EXPECT_EQ(Slice(text, turns[2]), "I: En de geïnterviewde buurvrouw?");  // the emoji did not shift it
}

TEST(SpeakerTurns, TimestampsInEveryConvention) {
  const std::string text =
      "[00:12:03] Moeder: Ik schaamde me.\n"
      "Jongere 1 (01:02:03.5): Mijn oma helpt.\n"
      "00:14:10 Interviewer: Waarom?\n"
      "Spreker 1 00:00:05\nDat weet ik niet goed.\nNog een zin.\n"
      "Vader: Ja. #00:15:01-4#\n"
      "Tante: Nee. #00:15:09.250#\n";
  const std::vector<Turn> turns = FindSpeakerTurns(text);
  ASSERT_EQ(Speakers(turns), (std::vector<std::string>{"Moeder", "Jongere 1", "Interviewer", "Spreker 1", "Vader", "Tante"}));
  EXPECT_EQ(turns[0].timestampMs, 12 * 60000 + 3000);
  EXPECT_EQ(turns[1].timestampMs, 3723500);
  EXPECT_EQ(turns[2].timestampMs, 14 * 60000 + 10000);
  EXPECT_EQ(turns[3].timestampMs, 5000);
  EXPECT_EQ(Slice(text, turns[3]), "Spreker 1 00:00:05\nDat weet ik niet goed.\nNog een zin.");
  EXPECT_EQ(turns[4].endMs, 15 * 60000 + 1400);      // the f4 mark ends its paragraph
  EXPECT_EQ(turns[5].timestampMs, 15 * 60000 + 1400);  // ... and starts the next
  EXPECT_EQ(turns[5].endMs, 15 * 60000 + 9250);
}

TEST(SpeakerTurns, OrdinarySentencesWithAColonAreNoSpeakers) {
  const std::string text =
      "I: Wat zei de jeugdhulpverlener?\n"
      "R: Ze zei het zo.\n"
      "Ze zei: ik kom niet.\n"
      "Let op: morgen is het te laat.\n"
      "Conclusie: niemand vroeg het.\n"
      "Om 10:30 uur kwam ze.\n";
  EXPECT_EQ(Speakers(FindSpeakerTurns(text)), (std::vector<std::string>{"I", "R"}));
}

TEST(SpeakerTurns, ProperNamesWithParticlesAndQualifiers) {
  const std::string text =
      "De voorzitter: Het woord is aan mevrouw Van der Laan.\n\n"
      "Mevrouw Van der Laan (CDA): Dank u wel.\n\n"
      "De heer Hijink (SP): Een vraag.\n\n"
      "Netwerklid (opa): Ik help graag.\n";
  const std::vector<Turn> turns = FindSpeakerTurns(text);
  ASSERT_EQ(Speakers(turns), (std::vector<std::string>{"De voorzitter", "Mevrouw Van der Laan (CDA)",
                                                       "De heer Hijink (SP)", "Netwerklid (opa)"}));
}

TEST(SpeakerTurns, RolesFromLabels) {
  EXPECT_EQ(RoleOfSpeaker("I"), "interviewer");
  EXPECT_EQ(RoleOfSpeaker("Moderator"), "interviewer");
  EXPECT_EQ(RoleOfSpeaker("Jongere 2"), "jongere");
  EXPECT_EQ(RoleOfSpeaker("Moeder"), "ouder");
  EXPECT_EQ(RoleOfSpeaker("Ouder 1"), "ouder");
  EXPECT_EQ(RoleOfSpeaker("Professional"), "professional");
  EXPECT_EQ(RoleOfSpeaker("Netwerklid (opa)"), "netwerklid");
  EXPECT_EQ(RoleOfSpeaker("Oma"), "netwerklid");
  EXPECT_EQ(RoleOfSpeaker("R"), "other");
  EXPECT_EQ(RoleOfSpeaker("Mevrouw Bergkamp (D66)"), "other");
}

TEST(SpeakerTurns, UserPatternDecidesAlone) {
  // A team's own convention: initials and ">" — and "Let op:" must not become a speaker now.
  const std::string text =
      "MB> Hoe vaak ziet u één van uw grootouders?\n"
      "ĲV> Opa komt 's avonds 👴, elke week.\n"
      "Let op: dit hoort bij ĲV.\n"
      "MB> Dank u.\n";
  const SpeakerPattern pattern("(?<speaker>\\p{Lu}{2})> ");
  const std::vector<Turn> turns = FindSpeakerTurns(text, &pattern);
  ASSERT_EQ(Speakers(turns), (std::vector<std::string>{"MB", "ĲV", "MB"}));
  EXPECT_EQ(Slice(text, turns[1]), "ĲV> Opa komt 's avonds 👴, elke week.\nLet op: dit hoort bij ĲV.");
  EXPECT_EQ(Slice(text, turns[2]), "MB> Dank u.");
}

TEST(SpeakerTurns, UserPatternWithTimeAndALabelOnItsOwnLine) {
  const std::string text =
      "-- Geïnterviewde [00:01:05] --\nIk vraag liever niemand om hulp.\n"
      "-- Interviewer [00:01:40.5] --\nWaarom niet?\n";
  const SpeakerPattern pattern("-- (?<speaker>[^\\[]+?) \\[(?<time>[0-9:.]+)\\] --");
  const std::vector<Turn> turns = FindSpeakerTurns(text, &pattern);
  ASSERT_EQ(Speakers(turns), (std::vector<std::string>{"Geïnterviewde", "Interviewer"}));
  EXPECT_EQ(turns[0].timestampMs, 65000);
  EXPECT_EQ(turns[1].timestampMs, 100500);
  EXPECT_EQ(Slice(text, turns[0]), "-- Geïnterviewde [00:01:05] --\nIk vraag liever niemand om hulp.");
}

TEST(SpeakerTurns, UserPatternWithoutNameUsesTheFirstGroup) {
  const SpeakerPattern pattern("Spreker (\\d+):");
  const std::vector<Turn> turns = FindSpeakerTurns("Spreker 1: ja\nSpreker 2: nee\n", &pattern);
  EXPECT_EQ(Speakers(turns), (std::vector<std::string>{"1", "2"}));
}

TEST(SpeakerTurns, BadUserPatternsAreRefusedWithTheReason) {
  try {
    SpeakerPattern("(?<speaker>[A-Z]+");
    FAIL() << "accepted an unbalanced pattern";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("--speaker-pattern"), std::string::npos) << e.what();
  }
  try {
    SpeakerPattern("[A-Z]+:");
    FAIL() << "accepted a pattern without a group";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("group"), std::string::npos) << e.what();
  }
}

TEST(SpeakerTurns, ClockTimes) {
  EXPECT_EQ(ParseClockTime("01:02:03"), 3723000);
  EXPECT_EQ(ParseClockTime("02:03"), 123000);
  EXPECT_EQ(ParseClockTime("00:00:01,250"), 1250);
  EXPECT_EQ(ParseClockTime("00:01:23-4"), 83400);
  EXPECT_EQ(ParseClockTime("1:61"), std::nullopt);
  EXPECT_EQ(ParseClockTime("10:30 uur"), std::nullopt);
  EXPECT_EQ(ParseClockTime("abc"), std::nullopt);
}

TEST(SpeakerTurns, FocusGroupDemoHasEveryTurnAttributed) {
  const std::string path =
      std::string(DUIDING_SOURCE_DIR) + "/packaging/demo/transcripts/focusgroep-achterhoek.txt";
  const ImportedDocument doc = ImportPlainUtf8(path);
  const std::vector<Turn> turns = FindSpeakerTurns(doc.text);
  const std::vector<std::string> speakers = Speakers(turns);
  const std::set<std::string> distinct(speakers.begin(), speakers.end());
  EXPECT_GE(distinct.size(), 6u);
  EXPECT_TRUE(distinct.count("Moderator"));
  for (const std::string& s : distinct) EXPECT_NE(s.find_first_of(",."), 0u) << s;
}

// The real debate transcripts (one turn per paragraph, "Spreker (Partij): tekst", later
// paragraphs of a turn unlabelled). Expected counts as their source describes them.
TEST(SpeakerTurns, RealDebateTranscripts) {
  const std::filesystem::path dir = std::filesystem::path(DUIDING_SOURCE_DIR) / "../shared/corpus/transcripts";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no ../shared/corpus/transcripts here";
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"h-tk-20172018-70-4_wmo-mantelzorg-hulpmiddelen.txt", 20},
      {"h-tk-20172018-70-3_wlz-pgb-ggz.txt", 48},
      {"h-tk-20172018-70-5_careyn-zorginstelling.txt", 115},
      {"parlamint-nl_2017-01-31-tk23_welvaart.txt", 2}};
  for (const auto& [file, count] : expected) {
    const ImportedDocument doc = ImportPlainUtf8((dir / file).string());
    const std::vector<Turn> turns = FindSpeakerTurns(doc.text);
    EXPECT_EQ(turns.size(), count) << file;
    ASSERT_FALSE(turns.empty());
    EXPECT_EQ(turns.front().start, 0u) << file << ": the first paragraph is a turn";
    for (const Turn& t : turns) EXPECT_EQ(Slice(doc.text, t).rfind(t.speaker + ":", 0), 0u) << file << ": " << t.speaker;
  }
}

}  // namespace
}  // namespace duiding::import
