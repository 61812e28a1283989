// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/pseudonyms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <tuple>
#include <utility>

#include "model/error.h"
#include "text/boundaries.h"
#include "text/unicode.h"
#include "text/utf8.h"

// Matching works on the tokens of text::DutchWords (ICU's Dutch word rules, elided 's/'t kept
// as words of their own), so a name only ever matches whole words: "Ede" never in "Edeveen" or
// "bede", "Jan" never in "Janssen" or "januari". A name of several words matches a sequence of
// tokens separated only by white space or hyphens ("Den Bosch", "'s-Hertogenbosch",
// "Jan-Willem"). Two extensions of "whole tokens":
//   * the possessive "'s" (also with U+2019) that ICU keeps inside the word is not part of the
//     name: "Sanne's moeder" -> "[jongere 3]'s moeder"; such a word can only end a match;
//   * the genitive without apostrophe ("Sannes", "Anouks") is a different word and is NOT
//     replaced: list it as a name of its own when the interviews use it.
// Words are compared folded: FoldCase, then FoldDiacritics, then the typographic apostrophes
// (U+2019, U+2018, U+02BC) straightened, so "’t Harde" matches "'t Harde"; a leading "‘t"
// (U+2018, which DutchWords leaves out of the word) is taken as "'t", and the words ICU joins
// around U+202F are split again.
//
// Variants of an entry (all folded word sequences):
//   * Place, Other, and a Person whose name starts with a particle ("van der Berg"): the name.
//   * Person with particles after a first name ("Jan Willem van der Berg"): the full name, the
//     surname from the first particle on ("van der Berg"), the given names ("Jan Willem") and
//     the first given name alone ("Jan"). The surname core alone ("Berg") is never a variant.
//   * Person of 2+ words without particles ("Sanne Jansen"): the full name, the last word
//     ("Jansen"), the words before it and the first word alone.
// When two entries yield the same variant, the entry whose full name it is wins (the entry
// "Jan" beats the first name of "Jan van der Berg"), then the surname, the given names, the
// first name; among equals the first entry in the list. At each token the longest variant that
// matches wins, scanning left to right without overlaps.
//
// The private members of the header leave no room for a hash map, so m_variants is sorted by
// first word (then longest first) and looked up by binary search: about nine string
// comparisons per token for a list of a hundred people.

namespace duiding::project {
namespace {

constexpr std::array<std::pair<Pseudonym::Kind, std::string_view>, 3> kKindNames{{
    {Pseudonym::Kind::Person, "persoon"},
    {Pseudonym::Kind::Place, "plaats"},
    {Pseudonym::Kind::Other, "anders"},
}};

// Dutch surname particles (tussenvoegsels), folded. The header's list plus a few more that the
// Dutch civil registry knows (aan, bij, onder, tot, uit, voor, vanden, vander, des, du, l').
constexpr std::array<std::string_view, 25> kParticles{
    "van", "de",  "der", "den", "het",    "'t",     "te",  "ter", "ten", "in", "op", "la",  "le",
    "d'",  "aan", "bij", "uit", "onder",  "tot",    "voor", "vanden", "vander", "des", "du", "l'"};

bool IsParticle(std::string_view folded) {
  return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Replaces every occurrence of `from` in `s` by an ASCII apostrophe.
void Straighten(std::string& s, std::string_view from) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
    s.replace(at, from.size(), "'");
}

std::string FoldWord(std::string_view word) {
  std::string folded;
  if (IsAscii(word)) {
    folded.assign(word);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return folded;
  }
  folded = text::FoldDiacritics(text::FoldCase(word));
  for (std::string_view apostrophe : {"\u2019", "\u2018", "\u02BC"}) Straighten(folded, apostrophe);
  return folded;
}

struct Token {
  std::size_t start = 0, end = 0;          // code points
  std::size_t startByte = 0, endByte = 0;  // bytes
  std::string folded;
  bool possessive = false;  // a "'s" followed in the text and was cut off: it ends any match
};

// Length in bytes of a possessive "'s" / "’s" ending `word` after at least one other character.
std::size_t PossessiveLength(std::string_view word) {
  if (word.size() < 2 || (word.back() != 's' && word.back() != 'S')) return 0;
  const std::string_view rest = word.substr(0, word.size() - 1);
  for (std::string_view apostrophe : {"'", "\u2019"})
    if (rest.size() > apostrophe.size() && rest.ends_with(apostrophe)) return apostrophe.size() + 1;
  return 0;
}

constexpr std::string_view kLeftQuote = "\u2018", kNarrowNoBreakSpace = "\u202F";

// Word processors "correct" the apostrophe of a leading 't into U+2018, which DutchWords does
// not keep with the letter: "‘t Harde" is taken as "'t Harde".
void TakeLeftQuote(std::string_view utf8, Token& token) {
  if (token.endByte - token.startByte != 1 || token.startByte < kLeftQuote.size()) return;
  const char c = static_cast<char>(utf8[token.startByte] | 0x20);
  if (c != 't' && c != 's' && c != 'k' && c != 'n') return;
  const std::size_t quote = token.startByte - kLeftQuote.size();
  if (utf8.substr(quote, kLeftQuote.size()) != kLeftQuote) return;
  if (quote > 0) {
    const auto before = static_cast<unsigned char>(utf8[quote - 1]);
    if (before >= 0x80 || std::isalnum(before)) return;
  }
  token.startByte = quote;
  token.start -= 1;
}

std::vector<Token> Tokenize(std::string_view utf8) {
  const std::vector<text::Span> spans = text::DutchWords(utf8);
  std::vector<Token> tokens;
  tokens.reserve(spans.size());
  text::ForwardByteCursor cursor(utf8);
  for (const text::Span& span : spans) {
    Token whole{span.start, span.end, cursor.To(span.start), cursor.To(span.end), {}, false};
    // ICU joins words around U+202F (an ExtendNumLet): "Den\u202FBosch" is split again here.
    std::string_view rest = utf8.substr(whole.startByte, whole.endByte - whole.startByte);
    std::size_t start = whole.start, startByte = whole.startByte;
    for (;;) {
      const std::size_t space = rest.find(kNarrowNoBreakSpace);
      const std::string_view part = rest.substr(0, space);
      if (!part.empty()) {
        const std::size_t length = space == std::string_view::npos ? whole.end - start : text::CountCodePoints(part);
        Token token{start, start + length, startByte, startByte + part.size(), {}, false};
        if (const std::size_t cut = PossessiveLength(part)) {
          token.endByte -= cut;
          token.end -= 2;  // the apostrophe and the s: one code point each
          token.possessive = true;
        }
        TakeLeftQuote(utf8, token);
        token.folded = FoldWord(utf8.substr(token.startByte, token.endByte - token.startByte));
        tokens.push_back(std::move(token));
        start += length;
      }
      if (space == std::string_view::npos) break;
      start += 1;
      startByte += part.size() + kNarrowNoBreakSpace.size();
      rest.remove_prefix(part.size() + kNarrowNoBreakSpace.size());
    }
  }
  return tokens;
}

std::vector<std::string> FoldedWords(std::string_view name) {
  std::vector<std::string> words;
  for (Token& token : Tokenize(name)) words.push_back(std::move(token.folded));
  return words;
}

// True when the bytes between two words of one name are only white space and hyphens.
bool IsNameGap(std::string_view gap) {
  for (std::size_t pos = 0; pos < gap.size();) {
    switch (text::DecodeNext(gap, pos)) {
      case U' ': case U'\t': case U'\n': case U'\r': case U'-':
      case 0x00A0: case 0x2009: case 0x202F:   // no-break, thin and narrow no-break spaces
      case 0x2010: case 0x2011:                // hyphen, non-breaking hyphen
        break;
      default:
        return false;
    }
  }
  return true;
}

[[noreturn]] void LineError(std::size_t line, const std::string& what) {
  throw Error(ErrorKind::Input, "pseudonym list, line " + std::to_string(line) + ": " + what);
}

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\v\f";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

std::string Joined(const std::vector<std::string>& words) {
  std::string key;
  for (const std::string& word : words) (key += word) += ' ';
  return key;
}

}  // namespace

std::vector<Pseudonym> ParsePseudonyms(std::string_view text) {
  std::vector<Pseudonym> list;
  std::map<std::string, std::size_t> lineOf;  // folded name -> line, for duplicates
  std::size_t number = 0;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t to = text.find('\n', from);
    if (to == std::string_view::npos) to = text.size();
    std::string_view line = text.substr(from, to - from);
    from = to + 1;
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    if (text::FindInvalidUtf8(line)) LineError(number, "not valid UTF-8");

    std::vector<std::string_view> fields;
    for (std::size_t at = 0;;) {
      const std::size_t tab = line.find('\t', at);
      fields.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
      if (tab == std::string_view::npos) break;
      at = tab + 1;
    }
    if (fields.size() != 3)
      LineError(number, "expected kind, name and label separated by tabs, found " + std::to_string(fields.size()) +
                            (fields.size() == 1 ? " field" : " fields"));
    Pseudonym entry;
    const std::string_view kind = Trim(fields[0]);
    const auto known = std::find_if(kKindNames.begin(), kKindNames.end(), [&](const auto& k) { return k.second == kind; });
    if (known == kKindNames.end())
      LineError(number, "unknown kind \"" + std::string(kind) + "\" (expected persoon, plaats or anders)");
    entry.kind = known->first;
    entry.name = Trim(fields[1]);
    entry.label = Trim(fields[2]);
    if (entry.name.empty()) LineError(number, "the name is empty");
    if (entry.label.empty()) LineError(number, "the label for \"" + entry.name + "\" is empty");
    const std::vector<std::string> words = FoldedWords(entry.name);
    if (words.empty()) LineError(number, "the name \"" + entry.name + "\" has no letters or digits");
    const auto [it, fresh] = lineOf.emplace(Joined(words), number);
    if (!fresh)
      LineError(number, "\"" + entry.name + "\" is already listed on line " + std::to_string(it->second));
    list.push_back(std::move(entry));
  }
  return list;
}

std::string FormatPseudonyms(const std::vector<Pseudonym>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Pseudonym& entry = list[i];
    for (const std::string* field : {&entry.name, &entry.label}) {
      if (field->find_first_of("\t\r\n") != std::string::npos || Trim(*field) != *field)
        throw Error(ErrorKind::Input, "pseudonym list, line " + std::to_string(i + 1) + ": \"" + *field +
                                          "\" holds a tab, a line break or surrounding white space");
    }
    const auto kind = std::find_if(kKindNames.begin(), kKindNames.end(), [&](const auto& k) { return k.first == entry.kind; });
    if (kind == kKindNames.end())
      throw Error(ErrorKind::Internal, "pseudonym list, line " + std::to_string(i + 1) + ": unknown kind");
    ((((out += kind->second) += '\t') += entry.name) += '\t') += entry.label;
    out += '\n';
  }
  ParsePseudonyms(out);  // the same checks as reading back (empty, no words, duplicates): exact round trip
  return out;
}

Pseudonymiser::Pseudonymiser(const std::vector<Pseudonym>& list) : m_list(list) {
  enum Priority { Full, Surname, Given, First };
  struct Candidate {
    std::vector<std::string> words;
    Priority priority;
    std::size_t entry;
  };
  std::vector<Candidate> candidates;
  for (std::size_t e = 0; e < m_list.size(); ++e) {
    const std::vector<std::string> words = FoldedWords(m_list[e].name);
    if (words.empty()) continue;
    candidates.push_back({words, Full, e});
    const std::size_t n = words.size();
    if (m_list[e].kind != Pseudonym::Kind::Person || n < 2 || IsParticle(words.front())) continue;
    // The surname starts at the first particle after the given names, or is the last word.
    std::size_t surname = n - 1;
    if (!IsParticle(words.back()))
      for (std::size_t i = 1; i + 1 < n; ++i)
        if (IsParticle(words[i])) {
          surname = i;
          break;
        }
    candidates.push_back({{words.begin() + static_cast<std::ptrdiff_t>(surname), words.end()}, Surname, e});
    candidates.push_back({{words.begin(), words.begin() + static_cast<std::ptrdiff_t>(surname)}, Given, e});
    if (surname > 1) candidates.push_back({{words.front()}, First, e});
  }
  // One variant per word sequence: the strongest claim wins.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.words, a.priority, a.entry) < std::tie(b.words, b.priority, b.entry);
  });
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (i == 0 || candidates[i].words != candidates[i - 1].words)
      m_variants.push_back({std::move(candidates[i].words), candidates[i].entry});
  // Grouped by first word for the binary search, longest first within a group.
  std::sort(m_variants.begin(), m_variants.end(), [](const Variant& a, const Variant& b) {
    if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
    if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
    return a.words < b.words;
  });
}

std::string Pseudonymiser::Apply(std::string_view text, std::vector<Replacement>* replacements) const {
  if (replacements) replacements->clear();
  if (m_variants.empty()) return std::string(text);
  const std::vector<Token> tokens = Tokenize(text);
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // bytes of `text` already in `out`
  for (std::size_t i = 0; i < tokens.size();) {
    const std::string& first = tokens[i].folded;
    auto it = std::lower_bound(m_variants.begin(), m_variants.end(), first,
                               [](const Variant& v, const std::string& word) { return v.words.front() < word; });
    const Variant* match = nullptr;
    for (; it != m_variants.end() && it->words.front() == first; ++it) {
      const std::size_t n = it->words.size();
      if (i + n > tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 1; k < n && same; ++k) {
        const Token& before = tokens[i + k - 1];
        const Token& word = tokens[i + k];
        same = !before.possessive && word.folded == it->words[k] &&
               IsNameGap(text.substr(before.endByte, word.startByte - before.endByte));
      }
      if (same) {
        match = &*it;
        break;
      }
    }
    if (!match) {
      ++i;
      continue;
    }
    const Token& begin = tokens[i];
    const Token& end = tokens[i + match->words.size() - 1];
    const Pseudonym& entry = m_list[match->entry];
    out.append(text.substr(copied, begin.startByte - copied)).append(entry.label);
    copied = end.endByte;
    if (replacements)
      replacements->push_back({entry.name, std::string(text.substr(begin.startByte, end.endByte - begin.startByte)),
                               entry.label, begin.start, end.end});
    i += match->words.size();
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace duiding::project
