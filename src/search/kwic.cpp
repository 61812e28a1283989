// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/kwic.h"

#include <algorithm>
#include <map>
#include <vector>

#include "search/analyzer.h"
#include "text/boundaries.h"
#include "text/collation.h"
#include "text/turn_opening.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// `view` with line breaks and tabs as spaces, into `out` (one copy, no temporaries).
void AssignFlat(std::string& out, std::string_view view) {
  out.assign(view);
  for (char& c : out)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// What a hit's context may show: its turn, so no other speaker's words (nor the speaker label
// and timestamp before the turn) appear beside it; the whole text outside turns.
std::pair<std::size_t, std::size_t> Limits(const Hit& hit, std::size_t length) {
  if (!hit.inTurn) return {0, length};
  return {std::min(hit.turnStart, hit.start), std::min(length, std::max(hit.turnEnd, hit.end))};
}

constexpr std::size_t kOpeningReach = 18;  // "[00:11:30.500] " and ": " with room to spare

// Cuts the KWIC line out of `slice`, the text's code points [from, to), inside `limits`.
void Cut(Hit& hit, std::string_view slice, std::size_t from, std::size_t to, std::pair<std::size_t, std::size_t> limits) {
  const std::size_t matchAt = text::ByteOffsetOfCodePoint(slice, hit.start - from);
  const std::size_t matchEnd = matchAt + text::ByteOffsetOfCodePoint(slice.substr(matchAt), hit.end - hit.start);
  std::string_view left = slice.substr(0, matchAt), right = slice.substr(matchEnd);
  if (from > limits.first)  // the cut may fall inside a word: start after the next space
    if (const std::size_t space = left.find_first_of(" \n\t"); space != std::string_view::npos) left.remove_prefix(space + 1);
  // The window may start in the turn's opening ("[00:11:30] Moderator: "): at most a timestamp
  // and the label from the turn's start.
  if (hit.inTurn && from < limits.first + hit.speaker.size() + kOpeningReach)
    left.remove_prefix(text::TurnOpeningBytes(left, hit.speaker));
  if (to < limits.second && !right.empty() && !IsSpace(right.back()))
    if (const std::size_t space = right.find_last_of(" \n\t"); space != std::string_view::npos) right = right.substr(0, space);
  while (!left.empty() && IsBlank(left.front())) left.remove_prefix(1);
  while (!right.empty() && IsBlank(right.back())) right.remove_suffix(1);
  AssignFlat(hit.left, left);
  AssignFlat(hit.match, slice.substr(matchAt, matchEnd - matchAt));
  AssignFlat(hit.right, right);
}

std::pair<std::size_t, std::size_t> Window(const Hit& hit, std::size_t width, std::size_t length) {
  const auto [lo, hi] = Limits(hit, length);
  return {std::max(lo, hit.start > width ? hit.start - width : 0), std::min(hi, hit.end + width)};
}

}  // namespace

void FillContext(store::Store& store, Hit& hit, std::size_t width, std::size_t length) {
  const auto [from, to] = Window(hit, width, length);
  Cut(hit, store.DocumentSlice(hit.document, from, to), from, to, Limits(hit, length));
}

void FillContexts(store::Store& store, std::vector<Hit>& hits, std::size_t width,
                  const std::function<std::size_t(RowId)>& lengthOf, std::string& buffer) {
  std::map<RowId, std::vector<Hit*>> byDocument;
  for (Hit& h : hits) byDocument[h.document].push_back(&h);
  for (auto& [document, docHits] : byDocument) {
    const std::size_t length = lengthOf(document);
    if (docHits.size() < kWholeTextHits) {
      for (Hit* h : docHits) FillContext(store, *h, width, length);
      continue;
    }
    // Many hits: one read of the stretch they lie in, walked once from window to window,
    // rather than a read per hit or a map of the whole text.
    std::sort(docHits.begin(), docHits.end(), [&](const Hit* a, const Hit* b) {
      return Window(*a, width, length).first < Window(*b, width, length).first;
    });
    const std::size_t first = Window(*docHits.front(), width, length).first;
    std::size_t last = 0;
    for (const Hit* h : docHits) last = std::max(last, Window(*h, width, length).second);
    std::size_t fromCp = store.ReadChunks(document, first, last, buffer), fromByte = 0;
    const std::string_view view(buffer);
    for (Hit* h : docHits) {
      const auto [from, to] = Window(*h, width, length);
      fromByte += text::ByteOffsetOfCodePoint(view.substr(fromByte), from - fromCp);
      fromCp = from;
      const std::size_t size = text::ByteOffsetOfCodePoint(view.substr(fromByte), to - from);
      Cut(*h, view.substr(fromByte, size), from, to, Limits(*h, length));
    }
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
  std::vector<Token> words = analyzer.Tokens(hit.left);
  std::string key;
  for (auto it = words.rbegin(); it != words.rend(); ++it) key += std::string(text::SliceCodePoints(hit.left, it->start, it->end)) + " ";
  return text::DutchSortKey(key);
}

std::string RightKey(const Hit& hit) {
  DutchAnalyzer analyzer;
  std::string key;
  for (const Token& t : analyzer.Tokens(hit.right)) key += std::string(text::SliceCodePoints(hit.right, t.start, t.end)) + " ";
  return text::DutchSortKey(key);
}

}  // namespace duiding::search
