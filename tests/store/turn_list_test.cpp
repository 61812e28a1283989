// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/turn_list.h"

#include <gtest/gtest.h>

#include "model/error.h"

namespace duiding::store {
namespace {

TEST(TurnList, RoundTripsEveryFieldInOrder) {
  const std::vector<Turn> turns = {
      {7, 0, 41, "Interviewer", 0, std::nullopt, 3},
      {7, 42, 90, "Geïnterviewde (oma) 👵", 65000, 71500, 4},
      {7, 91, 95, "Interviewer", std::nullopt, std::nullopt, 3},
      {7, 96, 96, "", std::nullopt, 99000, std::nullopt},
      {7, 97, 120, "Naam\twith\\tab\nand line", 120000, std::nullopt, std::nullopt},
      {7, 121, 130, "Interviewer", 130000, std::nullopt, std::nullopt},  // same label, other case
  };
  const TurnList list = EncodeTurns(turns);
  EXPECT_EQ(list.voices.find('\n'), std::string("Interviewer\t3").size());
  const std::vector<Turn> back = DecodeTurns(7, list.voices, list.turns);
  ASSERT_EQ(back.size(), turns.size());
  for (std::size_t i = 0; i < turns.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(back[i].document, 7);
    EXPECT_EQ(back[i].start, turns[i].start);
    EXPECT_EQ(back[i].end, turns[i].end);
    EXPECT_EQ(back[i].speaker, turns[i].speaker);
    EXPECT_EQ(back[i].timestampMs, turns[i].timestampMs);
    EXPECT_EQ(back[i].endMs, turns[i].endMs);
    EXPECT_EQ(back[i].caseId, turns[i].caseId);
  }
  EXPECT_EQ(std::count(list.voices.begin(), list.voices.end(), '\n'), 5);  // Interviewer twice: two cases
}

TEST(TurnList, FindsTheTurnOfEachPositionWithoutDecodingTheRest) {
  const std::vector<Turn> turns = {{7, 0, 10, "I", 0, std::nullopt, 3},
                                   {7, 12, 30, "Moeder", 4000, std::nullopt, 4},
                                   {7, 30, 45, "I", 9000, std::nullopt, 3}};
  const TurnList list = EncodeTurns(turns);
  const auto found = FindTurns(7, list.voices, list.turns, {0, 9, 10, 11, 12, 29, 30, 44, 45, 99});
  const std::vector<std::string> expected = {"I", "I", "", "", "Moeder", "Moeder", "I", "I", "", ""};
  ASSERT_EQ(found.size(), expected.size());
  for (std::size_t i = 0; i < found.size(); ++i) EXPECT_EQ(found[i] ? found[i]->speaker : "", expected[i]) << i;
  EXPECT_EQ(found[4]->timestampMs, 4000);
  EXPECT_EQ(found[4]->caseId, 4);
  EXPECT_TRUE(FindTurns(7, "", "", {}).empty());
}

TEST(TurnList, FewAndManyPositionsInALongListFindWhatDecodingAllFinds) {
  // A few positions are found by bisection, many by one walk: both must agree with decoding
  // every turn. Gaps between turns, a turn at 0 and positions past the end included.
  std::vector<Turn> turns;
  for (std::size_t i = 0, at = 0; i < 3000; ++i) {
    const std::size_t length = 5 + (i * 7) % 23;
    turns.push_back({9, at, at + length, i % 3 ? "Moeder" : "Interviewer", static_cast<std::int64_t>(i) * 1000,
                     std::nullopt, i % 3 ? std::optional<RowId>(4) : std::nullopt});
    at += length + (i % 5 == 0 ? 3 : 0);
  }
  const TurnList list = EncodeTurns(turns);
  const std::vector<Turn> all = DecodeTurns(9, list.voices, list.turns);
  const auto expected = [&](std::size_t p) -> std::optional<std::int64_t> {
    for (const Turn& t : all)
      if (t.start <= p && (p < t.end || p == t.start)) return t.timestampMs;
    return std::nullopt;
  };
  const std::size_t end = turns.back().end;
  for (const std::vector<std::size_t>& positions :
       {std::vector<std::size_t>{0}, {7, end / 2, end - 1}, {end, end + 10}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}) {
    const auto found = FindTurns(9, list.voices, list.turns, positions);
    for (std::size_t i = 0; i < positions.size(); ++i)
      EXPECT_EQ(found[i] ? found[i]->timestampMs : std::nullopt, expected(positions[i])) << positions[i];
  }
  std::vector<std::size_t> many;
  for (std::size_t p = 0; p < end + 5; p += 37) many.push_back(p);
  const auto found = FindTurns(9, list.voices, list.turns, many);
  for (std::size_t i = 0; i < many.size(); ++i)
    ASSERT_EQ(found[i] ? found[i]->timestampMs : std::nullopt, expected(many[i])) << many[i];
}

TEST(TurnList, EmptyListIsEmpty) {
  const TurnList list = EncodeTurns({});
  EXPECT_TRUE(list.voices.empty());
  EXPECT_TRUE(DecodeTurns(1, list.voices, list.turns).empty());
}

TEST(TurnList, DamagedTextIsAnErrorNamingTheLine) {
  try {
    DecodeTurns(3, "Moeder\t\n", "0\t10\t0\t\t\n11\t20\t1\t\t\n");
    FAIL() << "decoded a turn of a voice that does not exist";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Internal);
    EXPECT_NE(std::string(e.what()).find("turns line 2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(DecodeTurns(3, "Moeder\t\n", "0\tten\t0\t\t\n"), Error);
  EXPECT_THROW(DecodeTurns(3, "Moeder\n", "0\t10\t0\t\t\n"), Error);
}

}  // namespace
}  // namespace duiding::store
