// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/kwic.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include "search/analyzer.h"
#include "text/boundaries.h"
#include "text/collation.h"
#include "text/turn_opening.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Whether `view` holds a byte below 0x0E (tab, line break, carriage return are 9, 10 and 13),
// eight bytes at a time: a byte b < 0x0E is one where b - 0x0E borrows and b < 0x80.
bool HasControl(std::string_view view) {
  std::size_t i = 0;
  for (; i + 8 <= view.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, view.data() + i, 8);
    if ((word - 0x0E0E0E0E0E0E0E0EULL) & ~word & 0x8080808080808080ULL) return true;
  }
  for (; i < view.size(); ++i)
    if (static_cast<unsigned char>(view[i]) < 0x0E) return true;
  return false;
}

// The hit's KWIC line, its three parts in one string, with line breaks and tabs as spaces.
void SetLine(Hit& hit, std::string_view left, std::string_view match, std::string_view right) {
  std::string& line = hit.kwic;
  line.clear();
  line.reserve(left.size() + match.size() + right.size());
  line.append(left).append(match).append(right);
  if (HasControl(line))  // most lines: nothing to replace
    for (char& c : line) c = (c == '\n') | (c == '\t') | (c == '\r') ? ' ' : c;
  hit.matchAt = left.size();
  hit.matchEnd = left.size() + match.size();
}

// Where the first and last space, line break or tab is (a plain loop: find_first_of calls
// memchr on its set for every byte).
std::size_t FirstSpace(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (IsSpace(s[i])) return i;
  return std::string_view::npos;
}

std::size_t LastSpace(std::string_view s) {
  for (std::size_t i = s.size(); i > 0; --i)
    if (IsSpace(s[i - 1])) return i - 1;
  return std::string_view::npos;
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// What a hit's context may show: its turn, so no other speaker's words (nor the speaker label
// and timestamp before the turn) appear beside it; the whole text outside turns.
std::pair<std::size_t, std::size_t> Limits(const Hit& hit, std::size_t length) {
  if (!hit.inTurn) return {0, length};
  return {std::min(hit.turnStart, hit.start), std::min(length, std::max(hit.turnEnd, hit.end))};
}

constexpr std::size_t kOpeningReach = 18;  // "[00:11:30.500] " and ": " with room to spare

// Cuts the KWIC line out of `slice`, the text's code points [from, to) inside `limits`, whose
// bytes [matchAt, matchEnd) are the hit.
void Cut(Hit& hit, std::string_view slice, std::size_t matchAt, std::size_t matchEnd, std::size_t from, std::size_t to,
         std::pair<std::size_t, std::size_t> limits) {
  std::string_view left = slice.substr(0, matchAt), right = slice.substr(matchEnd);
  if (from > limits.first)  // the cut may fall inside a word: start after the next space
    if (const std::size_t space = FirstSpace(left); space != std::string_view::npos) left.remove_prefix(space + 1);
  // The window may start in the turn's opening ("[00:11:30] Moderator: "): at most a timestamp
  // and the label from the turn's start.
  if (hit.inTurn && from < limits.first + hit.speaker.size() + kOpeningReach)
    left.remove_prefix(text::TurnOpeningBytes(left, hit.speaker));
  if (to < limits.second && !right.empty() && !IsSpace(right.back()))
    if (const std::size_t space = LastSpace(right); space != std::string_view::npos) right = right.substr(0, space);
  while (!left.empty() && IsBlank(left.front())) left.remove_prefix(1);
  while (!right.empty() && IsBlank(right.back())) right.remove_suffix(1);
  SetLine(hit, left, slice.substr(matchAt, matchEnd - matchAt), right);
}

std::pair<std::size_t, std::size_t> Window(const Hit& hit, std::size_t width, std::size_t length) {
  const auto [lo, hi] = Limits(hit, length);
  return {std::max(lo, hit.start > width ? hit.start - width : 0), std::min(hi, hit.end + width)};
}

// The hit's bytes in `view`, which holds the text from code point `viewCp` on: counted from
// the view's start, then the index's byte length of the hit (or counted, for a hit without).
std::pair<std::size_t, std::size_t> MatchBytes(const Hit& hit, std::string_view view, std::size_t viewCp) {
  const std::size_t at = text::ByteOffsetOfCodePoint(view, hit.start - viewCp);
  if (hit.byteEnd > hit.byteStart && at + (hit.byteEnd - hit.byteStart) <= view.size())
    return {at, at + (hit.byteEnd - hit.byteStart)};
  return {at, at + text::ByteOffsetOfCodePoint(view.substr(at), hit.end - hit.start)};
}

// Cuts the hit's line from `view`, given the hit's bytes in it: the window's edges are found by
// stepping back and forth from the hit, not by counting from the start of what was read.
void CutAround(Hit& hit, std::string_view view, std::pair<std::size_t, std::size_t> match, std::size_t width,
               std::size_t length) {
  const auto [from, to] = Window(hit, width, length);
  const std::size_t begin = text::BackCodePoints(view, match.first, hit.start - from);
  const std::size_t end = match.second + text::PrefixBytes(view.substr(match.second), to - hit.end);
  Cut(hit, view.substr(begin, end - begin), match.first - begin, match.second - begin, from, to, Limits(hit, length));
}

}  // namespace

void FillContexts(std::vector<Hit>& hits, std::size_t width, const std::function<std::size_t(RowId)>& lengthOf,
                  const std::function<std::string_view(RowId)>& textOf) {
  std::optional<RowId> document;  // whose text and length are at hand: hits come by document
  std::string_view text;
  std::size_t length = 0;
  for (Hit& h : hits) {
    if (h.document != document) {
      document = h.document;
      text = textOf(h.document);
      length = lengthOf(h.document);
    }
    // The index's bytes of the hit place it in the text; a hit without them is counted out.
    const bool placed = h.byteEnd > h.byteStart && h.byteEnd <= text.size() && text::IsCodePointStart(text, h.byteStart) &&
                        text::IsCodePointStart(text, h.byteEnd);
    CutAround(h, text, placed ? std::make_pair(h.byteStart, h.byteEnd) : MatchBytes(h, text, 0), width, length);
  }
}

void FillSentence(store::Store& store, Hit& hit, std::size_t length) {
  const std::size_t from = hit.start > kSentenceReach ? hit.start - kSentenceReach : 0;
  const std::size_t to = std::min(length, hit.end + kSentenceReach);
  hit.sentenceStart = hit.start;
  hit.sentenceEnd = hit.end;
  for (const text::Span& s : text::DutchSentences(store.DocumentSlice(hit.document, from, to))) {
    const std::size_t start = from + s.start, end = from + s.end;
    if (start <= hit.start && hit.start < std::max(end, start + 1)) hit.sentenceStart = start;
    if (start < hit.end && hit.end <= end) hit.sentenceEnd = end;
  }
}

std::string LeftKey(const Hit& hit) {
  DutchAnalyzer analyzer;
  const std::string_view left = hit.Left();
  std::vector<Token> words = analyzer.Tokens(left);
  std::string key;
  for (auto it = words.rbegin(); it != words.rend(); ++it) key += std::string(text::SliceCodePoints(left, it->start, it->end)) + " ";
  return text::DutchSortKey(key);
}

std::string RightKey(const Hit& hit) {
  DutchAnalyzer analyzer;
  std::string key;
  const std::string_view right = hit.Right();
  for (const Token& t : analyzer.Tokens(right)) key += std::string(text::SliceCodePoints(right, t.start, t.end)) + " ";
  return text::DutchSortKey(key);
}

}  // namespace duiding::search
