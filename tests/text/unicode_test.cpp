// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <algorithm>

#include "text/boundaries.h"
#include "text/collation.h"
#include "text/unicode.h"

namespace duiding::text {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : DutchWords(text)) out.emplace_back(SliceCodePoints(text, s.start, s.end));
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : DutchSentences(text)) out.emplace_back(SliceCodePoints(text, s.start, s.end));
  return out;
}

TEST(Nfc, ComposesDecomposedDutch) {
  const std::string decomposed = "e\u0301e\u0301n gei\u0308nterviewde";
  EXPECT_FALSE(IsNfc(decomposed));
  EXPECT_EQ(ToNfc(decomposed), "één geïnterviewde");
  EXPECT_TRUE(IsNfc("één geïnterviewde 👍🏽"));
  EXPECT_EQ(ToNfc("ĳ"), "ĳ");  // the ligature is not decomposed by NFC
}

TEST(FoldCase, FoldsDutchCapitals) {
  EXPECT_EQ(FoldCase("ĲSSEL"), "ĳssel");
  EXPECT_EQ(FoldCase("ÉÉN Geïnterviewde"), "één geïnterviewde");
  EXPECT_EQ(FoldCase("Straße"), "strasse");
}

TEST(FoldDiacritics, RemovesDutchDiacriticsAndCase) {
  EXPECT_EQ(FoldDiacritics("Één"), "een");
  EXPECT_EQ(FoldDiacritics("appèl"), "appel");
  EXPECT_EQ(FoldDiacritics("GEÏNTERVIEWDE coördinatie cliënt"), "geinterviewde coordinatie client");
  EXPECT_EQ(FoldDiacritics("Straße"), "strasse");
  EXPECT_EQ(FoldDiacritics("Ångström çà"), "angstrom ca");
}

TEST(FoldDiacritics, SpellsTheIjLigatureAsTwoLetters) {
  EXPECT_EQ(FoldDiacritics("ĲSSEL"), "ijssel");
  EXPECT_EQ(FoldDiacritics("ĳverig"), "ijverig");
  EXPECT_EQ(FoldDiacritics("IJsland"), "ijsland");
}

TEST(FoldDiacritics, DecomposedInputAndInvisibleCharacters) {
  EXPECT_EQ(FoldDiacritics("e\u0301e\u0301n gei\u0308nterviewde"), "een geinterviewde");
  EXPECT_EQ(FoldDiacritics("hulp\u00ADverlener"), "hulpverlener");  // soft hyphen
  EXPECT_EQ(FoldDiacritics("a\u200Db"), "ab");                     // zero-width joiner
}

TEST(FoldDiacritics, KeepsWhatHasNoDecomposition) {
  EXPECT_EQ(FoldDiacritics("Øresund Łódź"), "øresund łodz");
  EXPECT_EQ(FoldDiacritics("12:30 3,5 'S"), "12:30 3,5 's");
  EXPECT_EQ(FoldDiacritics("👍🏽 한국"), "👍🏽 한국");  // Hangul recomposed, emoji untouched
  EXPECT_EQ(FoldDiacritics(""), "");
}

TEST(LineEndings, UnifiesCrLfAndCr) {
  EXPECT_EQ(UnifyLineEndings("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(Canonicalize("e\u0301\r\n"), "é\n");
  EXPECT_EQ(UnifyLineEndings("geen regeleinden, één regel"), "geen regeleinden, één regel");
  EXPECT_EQ(UnifyLineEndings("lang stuk zonder\neinde\r"), "lang stuk zonder\neinde\n");
}

TEST(DutchWords, KeepsElisionsAndDiacritics) {
  EXPECT_EQ(Words("'s Avonds belde de geïnterviewde één keer."),
            (std::vector<std::string>{"'s", "Avonds", "belde", "de", "geïnterviewde", "één", "keer"}));
  EXPECT_EQ(Words("Zo'n ‘coördinatie’ kost ’t meeste."),
            (std::vector<std::string>{"Zo'n", "coördinatie", "kost", "’t", "meeste"}));
}

TEST(DutchWords, SpansAreCodePointsAroundEmoji) {
  const std::string text = "👍🏽 ĳs";
  const std::vector<Span> words = DutchWords(text);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0], (Span{3, 5}));
}

TEST(DutchWords, ApostropheInsideAWordIsNotAnElision) {
  EXPECT_EQ(Words("auto's en baby's"), (std::vector<std::string>{"auto's", "en", "baby's"}));
}

TEST(DutchSentences, AbbreviationsDoNotEndASentence) {
  EXPECT_EQ(Sentences("Ik sprak dhr. Jansen en mevr. De Vries. Zij hielp o.a. met koken. Klaar!"),
            (std::vector<std::string>{"Ik sprak dhr. Jansen en mevr. De Vries.", "Zij hielp o.a. met koken.",
                                      "Klaar!"}));
}

TEST(DutchSentences, LineBreaksEndSentencesAndSpansAreCodePoints) {
  const std::string text = "I: Hoe ging het? 😅\nR: Eén keer goed.";
  const std::vector<Span> s = DutchSentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(SliceCodePoints(text, s[0].start, s[0].end), "I: Hoe ging het?");
  EXPECT_EQ(SliceCodePoints(text, s[1].start, s[1].end), "😅");
  EXPECT_EQ(s[2], (Span{19, 36}));
}

}  // namespace
}  // namespace duiding::text

namespace duiding::text {
namespace {

TEST(DutchCollation, SortsLikeADutchDictionary) {
  std::vector<std::string> words = {"zus", "Één", "appèl", "ĳzer", "appel", "ijs", "Appel", "een"};
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return DutchSortKey(a) < DutchSortKey(b); });
  // accents and capitals only break ties; ĳ sorts as ij
  EXPECT_EQ(words, (std::vector<std::string>{"appel", "Appel", "appèl", "een", "Één", "ijs", "ĳzer", "zus"}));
}

}  // namespace
}  // namespace duiding::text
