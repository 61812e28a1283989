// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/turn_opening.h"

#include <gtest/gtest.h>

#include <string>

namespace duiding::text {
namespace {

std::string WordsOf(const std::string& turn, const std::string& speaker) {
  return turn.substr(TurnOpeningBytes(turn, speaker));
}

TEST(TurnOpening, LeavesOutTimestampAndTheSpeakersLabel) {
  EXPECT_EQ(WordsOf("[00:11:30] Moderator: Ik hoor een paar dingen.", "Moderator"), "Ik hoor een paar dingen.");
  EXPECT_EQ(WordsOf("[1:02:03.5]\tJongere 1:  Eh... ja.", "Jongere 1"), "Eh... ja.");
  EXPECT_EQ(WordsOf("R: Ik schaamde me.", "R"), "Ik schaamde me.");
  EXPECT_EQ(WordsOf("Geïnterviewde (oma) 👵: Één keer.", "Geïnterviewde (oma) 👵"), "Één keer.");
  EXPECT_EQ(WordsOf("[00:00:05] Ja, hoor.", "R"), "Ja, hoor.");  // a timestamp without a label
}

TEST(TurnOpening, KeepsWordsThatOnlyLookLikeALabel) {
  EXPECT_EQ(WordsOf("Eerlijk: vreselijk.", "R"), "Eerlijk: vreselijk.");  // R said it
  EXPECT_EQ(WordsOf("Moeder zei: nee.", "Moeder"), "Moeder zei: nee.");
  EXPECT_EQ(WordsOf("[zucht] Nou ja.", "R"), "[zucht] Nou ja.");  // not a time
  EXPECT_EQ(WordsOf("[] R: x", "R"), "[] R: x");
  EXPECT_EQ(WordsOf("R", "R"), "R");
  EXPECT_EQ(WordsOf("", "R"), "");
  EXPECT_EQ(WordsOf("R: tekst", ""), "R: tekst");  // no speaker known: nothing is a label
}

}  // namespace
}  // namespace duiding::text
