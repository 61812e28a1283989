// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The hit table the index keeps per document: every word's code points and bytes, whichever
// order they are asked in, and the turn a place lies in, as the store's turn lookup answers.
#include "search/hit_table.h"

#include <gtest/gtest.h>

#include "model/error.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

std::string DutchText(int sentences) {
  std::string text;
  for (int i = 0; i < sentences; ++i)
    text += "Één geïnterviewde 👍🏽 zegt 's avonds: ĳverig " + std::to_string(i) +
            ". Kinderbeschermingsmaatregelverlenging duurt lang.\n";
  return text;
}

WordPlace Expected(const std::string& text, const Token& t) {
  return {t.start, t.end, text::PrefixBytes(text, t.start), text::PrefixBytes(text, t.end)};
}

TEST(HitTable, EveryWordIsFoundInCodePointsAndBytes) {
  DutchAnalyzer analyzer;
  const std::string text = DutchText(40);
  const std::vector<Token> tokens = analyzer.Tokens(text);
  ASSERT_GT(tokens.size(), 3 * kWordsPerCheckpoint);
  const std::string data = EncodeHitTable(42, "interview-één", text, tokens, {});
  const HitTable table(data);
  EXPECT_EQ(table.Document(), 42);
  EXPECT_EQ(table.Name(), "interview-één");
  EXPECT_EQ(table.Length(), text::CountCodePoints(text));
  ASSERT_EQ(table.Count(), tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const WordPlace w = table.At(i);
    ASSERT_EQ(w, Expected(text, tokens[i])) << i;
    // The bytes hold the word as written: a hit points at the original spelling.
    EXPECT_EQ(text.substr(w.byteStart, w.byteEnd - w.byteStart), std::string(text::SliceCodePoints(text, w.start, w.end)));
  }
  EXPECT_THROW(table.At(tokens.size()), Error);
  EXPECT_FALSE(table.TurnAt(0).has_value());  // no turns at all
}

TEST(HitTable, WordsAskedForInAnyOrderComeOutTheSame) {
  // The reader decodes on from the word before; backwards, repeated and far jumps must not
  // confuse it.
  DutchAnalyzer analyzer;
  const std::string text = DutchText(30);
  const std::vector<Token> tokens = analyzer.Tokens(text);
  const std::string data = EncodeHitTable(7, "d", text, tokens, {});
  const HitTable table(data);
  const std::size_t n = tokens.size();
  for (const std::size_t i : {n - 1, std::size_t{0}, std::size_t{5}, std::size_t{5}, std::size_t{4}, std::size_t{31},
                              std::size_t{32}, std::size_t{33}, std::size_t{64}, std::size_t{2}, n / 2, n / 2 + 40, n - 2})
    EXPECT_EQ(table.At(i), Expected(text, tokens[i])) << i;
}

TEST(HitTable, FindsTheTurnAPlaceLiesIn) {
  const std::string text = "[00:00:01] Moeder: Ja.\nI: Nee?\n\nMoeder: Één 👍🏽.";
  DutchAnalyzer analyzer;
  std::vector<Turn> turns = {
      {1, 0, 22, "Moeder", 1000, std::nullopt, 5},
      {1, 23, 30, "I", std::nullopt, std::nullopt, std::nullopt},
      {1, 31, 31, "", -250, std::nullopt, std::nullopt},  // an empty turn, no speaker
      {1, 32, 47, "Moeder", 90061000, std::nullopt, 5},
  };
  const std::string data = EncodeHitTable(1, "d", text, analyzer.Tokens(text), turns);
  const HitTable table(data);
  const auto check = [&](std::size_t cp, int turn) {  // -1: outside every turn
    const std::optional<TurnPlace> found = table.TurnAt(cp);
    ASSERT_EQ(found.has_value(), turn >= 0) << cp;
    if (turn < 0) return;
    const Turn& want = turns[static_cast<std::size_t>(turn)];
    EXPECT_EQ(found->start, want.start) << cp;
    EXPECT_EQ(found->end, want.end) << cp;
    EXPECT_EQ(found->speaker ? *found->speaker : std::string(), want.speaker) << cp;
    EXPECT_EQ(found->timestampMs, want.timestampMs) << cp;
    EXPECT_EQ(found->caseId, want.caseId) << cp;
  };
  // Ascending, as hits come; then again backwards and at random, which must answer the same.
  const std::vector<std::pair<std::size_t, int>> places = {{0, 0},   {5, 0},   {21, 0},  {22, -1}, {23, 1},
                                                           {29, 1},  {30, -1}, {31, 2},  {32, 3},  {40, 3},
                                                           {46, 3},  {47, -1}, {60, -1}};
  for (const auto& [cp, turn] : places) check(cp, turn);
  for (auto it = places.rbegin(); it != places.rend(); ++it) check(it->first, it->second);
  check(24, 1);
  check(0, 0);
  check(31, 2);
  check(45, 3);
}

// Many turns: the lookup walks on from the turn found before, or bisects. Every place, asked in
// order, in reverse and in strides, gets the turn a plain search of the list gives (timestamps
// now and then missing or before zero, empty turns and turns sharing a start).
TEST(HitTable, ManyTurnsAreFoundInAnyOrder) {
  std::string text;
  std::vector<Turn> turns;
  for (int i = 0; i < 75; ++i) {
    const std::size_t start = text::CountCodePoints(text);
    const std::string line = i % 7 == 3 ? "" : "Ouder " + std::to_string(i % 4) + ": één zin, nummer " + std::to_string(i) + ".";
    text += line + "\n";
    const std::size_t end = start + text::CountCodePoints(line);
    const std::optional<std::int64_t> time = i % 5 == 2 ? std::nullopt : std::optional<std::int64_t>(1000 * i - 3000);
    turns.push_back({1, start, end, i % 7 == 3 ? "" : "Ouder " + std::to_string(i % 4), time, std::nullopt,
                     i % 3 ? std::optional<RowId>(i) : std::nullopt});
    if (i == 31) turns.push_back({1, end + 1, end + 1, "", std::nullopt, std::nullopt, std::nullopt});  // the next one's start
  }
  DutchAnalyzer analyzer;
  const std::string data = EncodeHitTable(1, "d", text, analyzer.Tokens(text), turns);
  const HitTable table(data);
  const std::size_t length = text::CountCodePoints(text);
  const auto expected = [&](std::size_t cp) -> const Turn* {
    const Turn* found = nullptr;
    for (const Turn& t : turns)
      if (t.start <= cp) found = &t;
    return found && (cp < found->end || cp == found->start) ? found : nullptr;
  };
  const auto check = [&](std::size_t cp) {
    const std::optional<TurnPlace> got = table.TurnAt(cp);
    const Turn* want = expected(cp);
    ASSERT_EQ(got.has_value(), want != nullptr) << cp;
    if (!want) return;
    EXPECT_EQ(got->start, want->start) << cp;
    EXPECT_EQ(got->end, want->end) << cp;
    EXPECT_EQ(got->speaker ? *got->speaker : std::string(), want->speaker) << cp;
    EXPECT_EQ(got->timestampMs, want->timestampMs) << cp;
    EXPECT_EQ(got->caseId, want->caseId) << cp;
  };
  for (std::size_t cp = 0; cp <= length; ++cp) check(cp);
  for (std::size_t cp = length + 1; cp-- > 0;) check(cp);
  for (const std::size_t stride : {37u, 211u, 613u})
    for (std::size_t cp = 0; cp <= length; cp += stride) check(cp);
}

TEST(HitTable, TurnsBeginningLaterLeaveTheStartOutside) {
  const std::string text = "Inleiding zonder spreker.\nR: Ja.";
  DutchAnalyzer analyzer;
  const std::string data = EncodeHitTable(3, "d", text, analyzer.Tokens(text), {{3, 26, 32, "R", std::nullopt, std::nullopt, 9}});
  const HitTable table(data);
  EXPECT_FALSE(table.TurnAt(0).has_value());
  EXPECT_FALSE(table.TurnAt(25).has_value());
  ASSERT_TRUE(table.TurnAt(26).has_value());
  EXPECT_EQ(*table.TurnAt(30)->speaker, "R");
  EXPECT_EQ(table.TurnAt(30)->caseId, RowId{9});
}

TEST(HitTable, ADamagedTableIsAnErrorNotACrash) {
  DutchAnalyzer analyzer;
  const std::string text = DutchText(3);
  const std::string data = EncodeHitTable(7, "d", text, analyzer.Tokens(text), {{7, 0, 10, "R", 1, std::nullopt, 2}});
  for (std::size_t cut = 0; cut < data.size(); cut += 3) {
    try {  // any truncation either reads as far as it goes or says the table is damaged
      const HitTable table(std::string_view(data).substr(0, cut));
      for (std::size_t i = 0; i < table.Count(); ++i) table.At(i);
      table.TurnAt(5);
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("search index"), std::string::npos) << cut;
    }
  }
}

}  // namespace
}  // namespace duiding::search
