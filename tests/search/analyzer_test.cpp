// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "search/analyzer.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

std::vector<std::string> Folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

std::vector<std::string> Written(const std::string& text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(text::SliceCodePoints(text, t.start, t.end));
  return out;
}

std::vector<std::string> FoldedWords(const std::string& text) { return Folded(DutchAnalyzer().Tokens(text)); }

TEST(AnalyzerTokens, OffsetsSliceBackToTheOriginalSpelling) {
  const std::string text = "👍🏽 Één geïnterviewde zei: 's Avonds ĳverig bezig met coördinatie!";
  const std::vector<Token> tokens = DutchAnalyzer().Tokens(text);
  EXPECT_EQ(Written(text, tokens), (std::vector<std::string>{"Één", "geïnterviewde", "zei", "'s", "Avonds", "ĳverig",
                                                            "bezig", "met", "coördinatie"}));
  EXPECT_EQ(Folded(tokens), (std::vector<std::string>{"een", "geinterviewde", "zei", "'s", "avonds", "ijverig", "bezig",
                                                      "met", "coordinatie"}));
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].start, 3u);  // after two code points of emoji and a space, not after 9 bytes
  EXPECT_EQ(tokens[0].end, 6u);
}

TEST(AnalyzerTokens, PositionsCountWordsFromZero) {
  const std::vector<Token> tokens = DutchAnalyzer().Tokens("… de  jeugdhulp-regio, 👍🏽 toch?");
  ASSERT_EQ(tokens.size(), 4u);
  for (std::size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].position, i);
}

TEST(AnalyzerTokens, HyphenatedCompoundsAreSeparateWords) {
  EXPECT_EQ(FoldedWords("jeugdhulp-regio"), (std::vector<std::string>{"jeugdhulp", "regio"}));
  EXPECT_EQ(FoldedWords("een ex-cliënt"), (std::vector<std::string>{"een", "ex", "client"}));
  const std::string text = "ex-cliënt";
  EXPECT_EQ(Written(text, DutchAnalyzer().Tokens(text)), (std::vector<std::string>{"ex", "cliënt"}));
}

TEST(AnalyzerTokens, ElisionsKeepTheirApostrophe) {
  EXPECT_EQ(FoldedWords("'s avonds"), (std::vector<std::string>{"'s", "avonds"}));
  EXPECT_EQ(FoldedWords("’t Is zo’n ding"), (std::vector<std::string>{"'t", "is", "zo'n", "ding"}));
  EXPECT_EQ(FoldedWords("auto's"), (std::vector<std::string>{"auto's"}));
}

TEST(AnalyzerTokens, NumbersKeepADecimalCommaButNotAColon) {
  EXPECT_EQ(FoldedWords("om 12:30 uur, 3,5 jaar"), (std::vector<std::string>{"om", "12", "30", "uur", "3,5", "jaar"}));
}

TEST(AnalyzerTokens, OnlyWordsWithLettersOrDigits) {
  EXPECT_TRUE(DutchAnalyzer().Tokens("").empty());
  EXPECT_TRUE(DutchAnalyzer().Tokens("👍🏽 … -- ?! ___ ‿").empty());
  EXPECT_EQ(FoldedWords("A4 ___ x_1"), (std::vector<std::string>{"a4", "x_1"}));
  for (const Token& t : DutchAnalyzer().Tokens("e\u0301e\u0301n \u00ADhulp\u00ADverlener 👍🏽")) EXPECT_FALSE(t.folded.empty());
}

TEST(AnalyzerTokens, DecomposedAndSoftHyphenatedWordsFoldLikeComposedOnes) {
  const std::string text = "e\u0301e\u0301n hulp\u00ADverlener";
  const std::vector<Token> tokens = DutchAnalyzer().Tokens(text);
  EXPECT_EQ(Folded(tokens), (std::vector<std::string>{"een", "hulpverlener"}));
  EXPECT_EQ(Written(text, tokens), (std::vector<std::string>{"e\u0301e\u0301n", "hulp\u00ADverlener"}));
}

TEST(AnalyzerTokens, APlainWordGivesWhatTheBoundaryRulesGive) {
  // A word of ASCII letters skips the boundary rules; with a space after it, it goes through
  // them. Both must give the same one token.
  DutchAnalyzer analyzer;
  for (const std::string word : {"Schaamte", "last", "JIM", "a", "hulpverlenersnetwerk", "appèl", "cliënt", "ideeën",
                                 "Één", "geïnterviewde", "Ærø", "naïef"}) {
    const std::vector<Token> shortcut = analyzer.Tokens(word), rules = analyzer.Tokens(word + " ");
    ASSERT_EQ(shortcut.size(), 1u) << word;
    ASSERT_EQ(rules.size(), 1u) << word;
    EXPECT_EQ(shortcut[0].folded, rules[0].folded);
    EXPECT_EQ(shortcut[0].start, rules[0].start);
    EXPECT_EQ(shortcut[0].end, rules[0].end);
    EXPECT_EQ(shortcut[0].position, rules[0].position);
  }
  EXPECT_TRUE(analyzer.Tokens("").empty());
  // Not plain: the rules decide (two words; a number and a sign; Ĳ lies beyond Latin-1).
  EXPECT_EQ(analyzer.Tokens("één×twee").size(), 2u);
  EXPECT_EQ(analyzer.Tokens("Ĳsland").size(), 1u);
  EXPECT_EQ(analyzer.Tokens("Ĳsland")[0].folded, "ijsland");
}

TEST(FoldTerm, LowerCasesAndRemovesDiacritics) {
  EXPECT_EQ(FoldTerm("Één"), "een");
  EXPECT_EQ(FoldTerm("appèl"), "appel");
  EXPECT_EQ(FoldTerm("GEÏNTERVIEWDE"), "geinterviewde");
  EXPECT_EQ(FoldTerm("Coördinatie"), "coordinatie");
  EXPECT_EQ(FoldTerm("JeugdHulp"), "jeugdhulp");
  EXPECT_EQ(FoldTerm("12:30"), "12:30");
}

TEST(FoldTerm, IjAndApostrophes) {
  EXPECT_EQ(FoldTerm("ĳs"), "ijs");
  EXPECT_EQ(FoldTerm("ĲSSEL"), "ijssel");
  EXPECT_EQ(FoldTerm("IJsselland"), "ijsselland");
  EXPECT_EQ(FoldTerm("’S"), "'s");
  EXPECT_EQ(FoldTerm("zo’n m’n"), "zo'n m'n");
}

TEST(FoldPhrase, JoinsFoldedWordsWithSingleSpaces) {
  EXPECT_EQ(FoldPhrase("  Beroep \t op "), "beroep op");
  EXPECT_EQ(FoldPhrase("jeugdhulp-regio"), "jeugdhulp regio");
  EXPECT_EQ(FoldPhrase("Natuurlijke mentor!"), "natuurlijke mentor");
  EXPECT_EQ(FoldPhrase("12:30"), "12 30");
  EXPECT_EQ(FoldPhrase("👍🏽 -- "), "");
}

TEST(AnalyzerStopWords, CommonFunctionWordsAreStopWords) {
  for (const char* word : {"de", "het", "een", "en", "van", "ik", "je", "te", "dat", "die", "in", "is", "niet", "op",
                           "'s", "'t", "m'n", "zo'n", "uhm"})
    EXPECT_TRUE(DutchAnalyzer::IsStopWord(word)) << word;
  EXPECT_TRUE(DutchAnalyzer::IsStopWord(FoldTerm("Één")));
  EXPECT_TRUE(DutchAnalyzer::IsStopWord(FoldTerm("’t")));
}

TEST(AnalyzerStopWords, ContentWordsAndUnfoldedWordsAreNot) {
  for (const char* word : {"schaamte", "mentor", "jeugdhulp", "oma", "last", "", "ee", "zijnde", "dee"})
    EXPECT_FALSE(DutchAnalyzer::IsStopWord(word)) << word;
  EXPECT_FALSE(DutchAnalyzer::IsStopWord("De"));  // compared on folded words only
  EXPECT_FALSE(DutchAnalyzer::IsStopWord("één"));
}

TEST(AnalyzerStem, SnowballDutch) {
  const DutchAnalyzer analyzer;
  EXPECT_EQ(analyzer.Stem("schamen"), "scham");
  EXPECT_EQ(analyzer.Stem("hulpverleners"), "hulpverlener");
  EXPECT_EQ(analyzer.Stem(""), "");
}

// Why Stem takes FoldTerm's output: the stemmer removes acute accents and diaereses itself, but
// not capitals, grave accents or the ĳ ligature, so only folding first puts every spelling of
// a word on one stem.
TEST(AnalyzerStem, FoldingFirstPutsEverySpellingOnOneStem) {
  const DutchAnalyzer analyzer;
  EXPECT_EQ(analyzer.Stem("geïnterviewde"), analyzer.Stem("geinterviewde"));
  EXPECT_NE(analyzer.Stem("appèl"), analyzer.Stem("appel"));
  EXPECT_NE(analyzer.Stem("Schamen"), analyzer.Stem("schamen"));
  EXPECT_NE(analyzer.Stem("ĳverig"), analyzer.Stem("ijverig"));
  for (const char* word : {"appèl", "Schamen", "ĳverig", "GEÏNTERVIEWDE"}) {
    const std::string folded = FoldTerm(word);
    EXPECT_EQ(analyzer.Stem(folded), analyzer.Stem(FoldTerm(folded))) << word;
  }
  EXPECT_EQ(analyzer.Stem(FoldTerm("Schamen")), "scham");
  EXPECT_EQ(analyzer.Stem(FoldTerm("ĲVERIG")), analyzer.Stem("ijverig"));
}

TEST(AnalyzerStem, SurvivesAMove) {
  DutchAnalyzer first;
  DutchAnalyzer second = std::move(first);
  EXPECT_EQ(second.Stem("jongeren"), "jonger");
  DutchAnalyzer third;
  third = std::move(second);
  EXPECT_EQ(third.Stem("netwerken"), "netwerk");
}

struct StemRow {
  std::string word, dutch;
};

// The reference table: "# comment", a header "word dutch kraaij_pohlmann", then rows.
std::vector<StemRow> ReadStemTable(std::istream& in) {
  std::vector<StemRow> rows;
  std::string line;
  std::getline(in, line);  // comment
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    StemRow row;
    std::getline(fields, row.word, '\t');
    std::getline(fields, row.dutch, '\t');
    rows.push_back(row);
  }
  return rows;
}

std::string Capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Every row's `dutch` column is Xapian's stem of the folded word, also when the word is
// written with a capital, as at the start of a sentence.
TEST(AnalyzerStem, MatchesTheXapianReferenceTable) {
  const std::string path = std::string(DUIDING_SOURCE_DIR) + "/../shared/corpus/stemming/xapian-dutch-stems.tsv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference table not found: " << path;
  const std::vector<StemRow> rows = ReadStemTable(in);
  ASSERT_GE(rows.size(), 40u);
  EXPECT_EQ(rows[0].word, "schaamte");
  const DutchAnalyzer analyzer;
  for (const StemRow& row : rows) {
    EXPECT_EQ(analyzer.Stem(FoldTerm(row.word)), row.dutch) << row.word;
    EXPECT_EQ(analyzer.Stem(FoldTerm(Capitalised(row.word))), row.dutch) << Capitalised(row.word);
  }
}

}  // namespace
}  // namespace duiding::search
