// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// Dutch text analysis for search: words with their exact place in the text, folded for
/// matching, stemmed with Snowball's Dutch stemmer, and a Dutch stop-word list for ranking.
namespace duiding::search {

/// One word of a text. `folded` is what matching compares: lower case, diacritics removed
/// ("Één" -> "een", "appèl" -> "appel", "geïnterviewde" -> "geinterviewde", "ĳ" -> "ij"),
/// elision kept ("'s"). `start`/`end` are code points into the analysed text, half-open, so a
/// hit always points at the original spelling. `position` counts words from 0.
struct Token {
  std::string folded;
  std::size_t start = 0, end = 0;
  std::uint32_t position = 0;
};

/// Lower case and diacritics removed, for one word or a whole query term (valid UTF-8): pure
/// ASCII is only lower-cased, anything else goes through text::FoldDiacritics, and the
/// typographic apostrophe becomes "'" ("’t" -> "'t"). Thread-safe.
std::string FoldTerm(std::string_view utf8);

/// The words of `utf8` (valid UTF-8) as Tokens() finds them, folded and joined by single
/// spaces: how a phrase is compared ("Beroep  op" -> "beroep op", "jeugdhulp-regio" ->
/// "jeugdhulp regio", "12:30" -> "12 30"); empty when it has no words. Thread-safe.
std::string FoldPhrase(std::string_view utf8);

/// Thread-compatible: one analyser per thread (the stemmer keeps state).
class DutchAnalyzer {
 public:
  DutchAnalyzer();
  ~DutchAnalyzer();
  DutchAnalyzer(DutchAnalyzer&&) noexcept;
  DutchAnalyzer& operator=(DutchAnalyzer&&) noexcept;

  /// The words of `utf8` (valid UTF-8) in text order, by the text module's Dutch word
  /// boundaries ('s avonds, jeugdhulp-regio as jeugdhulp + regio, ex-cliënt, 12:30, 3,5).
  /// What that gives, word for word:
  /// - "'s avonds" -> "'s", "avonds"; "zo'n", "auto's" stay whole; ’ is folded to '.
  /// - A hyphen always separates: "jeugdhulp-regio" -> "jeugdhulp", "regio"; "ex-cliënt" ->
  ///   "ex", "client" (consecutive positions, so the phrase "jeugdhulp regio" finds it).
  /// - A decimal comma or point stays inside a number ("3,5", "1.000"), a colon does not:
  ///   "12:30" -> "12", "30" (search it as the phrase FoldPhrase gives).
  /// - Emoji and punctuation are no words; nor is a run of connector punctuation ("___"),
  ///   which the word boundaries would count as one. `folded` is never empty.
  std::vector<Token> Tokens(std::string_view utf8) const;

  /// The Snowball "dutch" stem of a folded word ("schamen" -> "scham"). Give it FoldTerm's
  /// output, not the word as written: the stemmer strips acute accents and diaereses itself
  /// but keeps capitals, grave accents and "ĳ" ("appèl" stems to "appèl").
  std::string Stem(std::string_view folded) const;

  /// Whether a folded word is a Dutch stop word (de, het, een, en, ik, ...): left out of
  /// ranking, never out of phrases. About a hundred function words, elisions ('s, 't, m'n)
  /// and interview fillers (eh, uhm); folded, so "één" counts as "een". Thread-safe.
  static bool IsStopWord(std::string_view folded);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace duiding::search
