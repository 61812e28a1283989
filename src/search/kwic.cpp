// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/kwic.h"

#include <algorithm>
#include <vector>

#include "search/analyzer.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

std::string Flattened(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return text;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

void FillContext(store::Store& store, Hit& hit, std::size_t width, std::size_t length) {
  const std::size_t from = hit.start > width ? hit.start - width : 0;
  const std::size_t to = std::min(length, hit.end + width);
  const std::string slice = store.DocumentSlice(hit.document, from, to);
  const std::size_t matchAt = text::ByteOffsetOfCodePoint(slice, hit.start - from);
  const std::size_t matchEnd = text::ByteOffsetOfCodePoint(slice, hit.end - from);
  std::string left = slice.substr(0, matchAt), right = slice.substr(matchEnd);
  if (from > 0)  // the cut may fall inside a word: start after the next space
    if (const std::size_t space = left.find_first_of(" \n\t"); space != std::string::npos) left.erase(0, space + 1);
  if (to < length && !right.empty() && !IsSpace(right.back()))
    if (const std::size_t space = right.find_last_of(" \n\t"); space != std::string::npos) right.erase(space);
  hit.left = Flattened(std::move(left));
  hit.match = Flattened(slice.substr(matchAt, matchEnd - matchAt));
  hit.right = Flattened(std::move(right));
  hit.left.erase(0, hit.left.find_first_not_of(' ') == std::string::npos ? hit.left.size() : hit.left.find_first_not_of(' '));
  hit.right.erase(hit.right.find_last_not_of(' ') + 1);
}

std::string LeftKey(const Hit& hit) {
  DutchAnalyzer analyzer;
  std::vector<Token> words = analyzer.Tokens(hit.left);
  std::string key;
  for (auto it = words.rbegin(); it != words.rend(); ++it) key += it->folded + " ";
  return key;
}

std::string RightKey(const Hit& hit) {
  DutchAnalyzer analyzer;
  std::string key;
  for (const Token& t : analyzer.Tokens(hit.right)) key += t.folded + " ";
  return key;
}

}  // namespace duiding::search
