// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/code_names.h"

#include <algorithm>
#include <vector>

#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

std::u32string CodePoints(std::string_view utf8) {
  std::u32string out;
  for (std::size_t pos = 0; pos < utf8.size();) out += text::DecodeNext(utf8, pos);
  return out;
}

// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a span).
std::size_t EditDistance(const std::u32string& a, const std::u32string& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

std::string CollapseSpaces(std::string_view text, bool hyphensToo) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || (hyphensToo && (c == '-' || c == '_'));
    if (isSpace) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string ComparableCodeName(std::string_view name) {
  return CollapseSpaces(text::FoldDiacritics(text::FoldCase(name)), true);
}

std::optional<std::string> NameSimilarity(std::string_view a, std::string_view b) {
  if (a == b) return "the same name";
  const std::string ca = ComparableCodeName(a), cb = ComparableCodeName(b);
  if (ca == cb) return "the same apart from case or accents";
  const std::u32string pa = CodePoints(ca), pb = CodePoints(cb);
  const std::size_t length = std::max(pa.size(), pb.size());
  if (std::min(pa.size(), pb.size()) < 5) return std::nullopt;
  const std::size_t lengthGap = pa.size() > pb.size() ? pa.size() - pb.size() : pb.size() - pa.size();
  if (lengthGap > 2) return std::nullopt;
  const std::size_t allowed = length >= 10 ? 2 : 1;
  if (EditDistance(pa, pb) <= allowed) return "nearly the same name";
  return std::nullopt;
}

std::string InVivoName(std::string_view quote) {
  std::string name = CollapseSpaces(quote, false);
  std::replace(name.begin(), name.end(), '/', '-');
  const auto strip = [&](std::string_view open, std::string_view close) {
    if (name.size() >= open.size() + close.size() && name.starts_with(open) && name.ends_with(close))
      name = name.substr(open.size(), name.size() - open.size() - close.size());
  };
  strip("\"", "\"");
  strip("\u201C", "\u201D");
  strip("\u201E", "\u201D");
  strip("'", "'");
  strip("\u2018", "\u2019");
  constexpr std::size_t kMax = 60;
  if (text::CountCodePoints(name) <= kMax) return name;
  std::string cut(text::SliceCodePoints(name, 0, kMax));
  const bool endsAWord = name[cut.size()] == ' ';
  const std::size_t space = cut.rfind(' ');
  if (!endsAWord && space != std::string::npos && space > cut.size() / 2) cut.resize(space);
  while (!cut.empty() && (cut.back() == ',' || cut.back() == '.' || cut.back() == ' ')) cut.pop_back();
  return cut + "...";
}

}  // namespace duiding::project
