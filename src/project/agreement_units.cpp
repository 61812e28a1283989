// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/agreement_units.h"

#include <algorithm>

#include "model/error.h"
#include "store/store.h"
#include "text/boundaries.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

std::vector<TextUnit> Turns(store::Store& store, RowId document) {
  std::vector<TextUnit> units;
  for (const Turn& t : store.Turns(document))
    if (t.end > t.start) units.push_back({t.start, t.end, t.caseId});
  return units;
}

// Lines with some text; a line is a paragraph in a transcript whose text is canonical (LF).
std::vector<TextUnit> Paragraphs(const std::string& text) {
  std::vector<TextUnit> units;
  std::size_t cp = 0, start = 0;
  bool content = false;
  for (std::size_t byte = 0; byte < text.size();) {
    const char32_t c = text::DecodeNext(text, byte);
    if (c == U'\n') {
      if (content) units.push_back({start, cp, std::nullopt});
      start = cp + 1;
      content = false;
    } else if (c != U' ' && c != U'\t') {
      content = true;
    }
    ++cp;
  }
  if (content) units.push_back({start, cp, std::nullopt});
  return units;
}

// Sentences and paragraphs get the case of the turn they start in.
void AttachCases(store::Store& store, RowId document, std::vector<TextUnit>& units) {
  std::vector<std::size_t> starts;
  for (const TextUnit& u : units) starts.push_back(u.start);
  const auto turns = store.TurnsAt(document, starts);
  for (std::size_t i = 0; i < units.size(); ++i)
    if (turns[i]) units[i].caseId = turns[i]->caseId;
}

}  // namespace

std::vector<TextUnit> CutIntoUnits(store::Store& store, const Document& document, UnitKind kind) {
  if (kind == UnitKind::Turn || kind == UnitKind::Answer) return Turns(store, document.id);
  const std::string text = store.DocumentText(document.id);
  std::vector<TextUnit> units;
  if (kind == UnitKind::Paragraph) {
    units = Paragraphs(text);
  } else {
    for (const text::Span& s : text::DutchSentences(text))
      if (s.end > s.start) units.push_back({s.start, s.end, std::nullopt});
  }
  AttachCases(store, document.id, units);
  return units;
}

std::vector<std::pair<std::size_t, std::size_t>> UnionOf(std::vector<std::pair<std::size_t, std::size_t>> ranges) {
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& r : ranges) {
    if (r.second <= r.first) continue;
    if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
    else merged.push_back(r);
  }
  return merged;
}

std::vector<std::size_t> UnitsCovered(const std::vector<TextUnit>& units,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& covered, double share) {
  // Units are in text order and do not overlap; `covered` is sorted and disjoint, so the units
  // each range touches come in order and only those are visited.
  std::vector<std::pair<std::size_t, std::size_t>> inside;  // unit, characters covered
  for (const auto& [from, to] : covered) {
    auto it = std::upper_bound(units.begin(), units.end(), from,
                               [](std::size_t pos, const TextUnit& u) { return pos < u.end; });
    for (; it != units.end() && it->start < to; ++it) {
      const std::size_t u = static_cast<std::size_t>(it - units.begin());
      const std::size_t n = std::min(it->end, to) - std::max(it->start, from);
      if (!inside.empty() && inside.back().first == u) inside.back().second += n;
      else inside.emplace_back(u, n);
    }
  }
  std::vector<std::size_t> hit;
  for (const auto& [u, n] : inside)
    if (n > 0 && (share <= 0.0 || static_cast<double>(n) > share * static_cast<double>(units[u].end - units[u].start)))
      hit.push_back(u);
  return hit;
}

}  // namespace duiding::project
