// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/analyzer.h"

#include <xapian.h>

#include <algorithm>
#include <array>

#include "text/boundaries.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

// Function words too common in Dutch interviews to say anything about a passage, folded,
// in byte order for binary search. Interview fillers (eh, uhm, nou) count as such.
constexpr std::array<std::string_view, 113> kStopWords = {
    "'k", "'n", "'s", "'t", "aan", "al", "alle", "alles", "als", "ben", "bij", "d'r", "daar",
    "dan", "dat", "de", "deze", "die", "dit", "door", "dus", "een", "eh", "ehm", "en", "er",
    "geen", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun",
    "iets", "ik", "in", "is", "ja", "je", "jij", "jou", "jouw", "jullie", "kan", "kon", "kunnen",
    "m'n", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "nee", "niet",
    "niets", "nog", "nou", "nu", "of", "om", "omdat", "ons", "onze", "ook", "op", "over", "te",
    "tegen", "toch", "toen", "tot", "u", "uh", "uhm", "uit", "uw", "van", "veel", "voor", "waar",
    "want", "was", "wat", "we", "wel", "werd", "wie", "wij", "wil", "worden", "wordt", "z'n",
    "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zo'n", "zonder", "zou", "zullen"};
static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));

constexpr std::string_view kRightQuote = "\u2019";

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool IsAsciiLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string StraightenApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t at = s.find(kRightQuote); at != std::string_view::npos; at = s.find(kRightQuote)) {
    out.append(s.substr(0, at)).push_back('\'');
    s.remove_prefix(at + kRightQuote.size());
  }
  return out.append(s);
}

// The word-break property ExtendNumLet (Unicode 15): runs of these alone are "words" to the
// boundary rules, though they hold no letter or digit.
bool IsConnector(char32_t cp) {
  return cp == U'_' || cp == 0x202F || cp == 0x203F || cp == 0x2040 || cp == 0x2054 || cp == 0xFE33 ||
         cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F) || cp == 0xFF3F;
}

// A word from the boundary rules has a letter or digit unless it is only connectors; marks
// and invisible characters that rode along are gone once folded.
bool HasLetterOrDigit(std::string_view folded) {
  for (std::size_t pos = 0; pos < folded.size();) {
    if (IsAsciiLetterOrDigit(folded[pos])) return true;
    const char32_t cp = text::DecodeNext(folded, pos);
    if (cp >= 0x80 && !IsConnector(cp)) return true;
  }
  return false;
}

// The code points of `s` when it is one plain word: letters of ASCII and Latin-1 only (Dutch
// with its accents: "appèl", "cliënt"), which the boundary rules never split. 0 otherwise.
std::size_t PlainWordLength(std::string_view s) {
  std::size_t length = 0;
  for (std::size_t pos = 0; pos < s.size(); ++length) {
    const char32_t cp = text::DecodeNext(s, pos);
    const bool ascii = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    const bool latin1 = cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7;  // not × or ÷
    if (!ascii && !latin1) return 0;
  }
  return length;
}

std::vector<Token> Analyse(std::string_view utf8) {
  // A plain word (most query words) is one word to the boundary rules: no need to run them.
  if (const std::size_t length = PlainWordLength(utf8)) return {Token{FoldTerm(utf8), 0, length, 0}};
  const std::vector<text::Span> words = text::DutchWords(utf8);
  std::vector<Token> tokens;
  tokens.reserve(words.size());
  text::ForwardByteCursor cursor(utf8);
  for (const text::Span& word : words) {
    const std::size_t from = cursor.To(word.start);
    std::string folded = FoldTerm(utf8.substr(from, cursor.To(word.end) - from));
    if (!HasLetterOrDigit(folded)) continue;
    tokens.push_back({std::move(folded), word.start, word.end, static_cast<std::uint32_t>(tokens.size())});
  }
  return tokens;
}

}  // namespace

std::string FoldTerm(std::string_view utf8) {
  if (IsAscii(utf8)) return LowerAscii(utf8);
  return StraightenApostrophes(text::FoldDiacritics(utf8));
}

std::string FoldPhrase(std::string_view utf8) {
  std::string phrase;
  for (const Token& token : Analyse(utf8)) {
    if (!phrase.empty()) phrase += ' ';
    phrase += token.folded;
  }
  return phrase;
}

struct DutchAnalyzer::Impl {
  Xapian::Stem stemmer{"dutch"};
};

DutchAnalyzer::DutchAnalyzer() : m_impl(std::make_unique<Impl>()) {}
DutchAnalyzer::~DutchAnalyzer() = default;
DutchAnalyzer::DutchAnalyzer(DutchAnalyzer&&) noexcept = default;
DutchAnalyzer& DutchAnalyzer::operator=(DutchAnalyzer&&) noexcept = default;

std::vector<Token> DutchAnalyzer::Tokens(std::string_view utf8) const { return Analyse(utf8); }

std::string DutchAnalyzer::Stem(std::string_view folded) const { return m_impl->stemmer(std::string(folded)); }

bool DutchAnalyzer::IsStopWord(std::string_view folded) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), folded);
}

}  // namespace duiding::search
