// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>
#include <map>

#include "model/error.h"
#include "project/project.h"
#include "text/boundaries.h"
#include "text/turn_opening.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

using Fragment = std::pair<std::size_t, std::size_t>;

// The sentences (or paragraphs) a hit touches, as one span.
Fragment Covering(const std::vector<text::Span>& units, const AutoCodeHit& hit) {
  Fragment f{hit.start, hit.end};
  for (const text::Span& u : units)
    if (u.start < std::max(hit.end, hit.start + 1) && hit.start < std::max(u.end, u.start + 1)) {
      f.first = std::min(f.first, u.start);
      f.second = std::max(f.second, u.end);
    }
  return f;
}

std::vector<text::Span> Paragraphs(const std::string& text) {
  std::vector<text::Span> out;
  std::size_t cp = 0, start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (text[i] == '\n') {
      if (cp > start) out.push_back({start, cp});
      start = cp + 1;
    }
    ++cp;
  }
  if (cp > start) out.push_back({start, cp});
  return out;
}

// A fragment that starts with its turn starts after the turn's timestamp and speaker label.
void LeaveOutOpening(store::Store& store, RowId document, const AutoCodeHit& hit, Fragment& fragment) {
  if (hit.speaker.empty() || fragment.first != hit.turnStart || fragment.first >= hit.start) return;
  const std::string opening = store.DocumentSlice(document, fragment.first, hit.start);
  const std::size_t bytes = text::TurnOpeningBytes(opening, hit.speaker);
  fragment.first += text::CountCodePoints(std::string_view(opening).substr(0, bytes));
}

// The hits of one document widened to `scope`, sorted, overlapping ones joined.
std::vector<Fragment> Fragments(store::Store& store, RowId document, const std::vector<const AutoCodeHit*>& hits,
                                AutoCodeScope scope) {
  std::vector<text::Span> units;
  if (scope == AutoCodeScope::Sentence || scope == AutoCodeScope::Paragraph) {
    const std::string text = store.DocumentText(document);
    units = scope == AutoCodeScope::Sentence ? text::DutchSentences(text) : Paragraphs(text);
  }
  std::vector<Fragment> out;
  for (const AutoCodeHit* h : hits) {
    if (scope == AutoCodeScope::Hit) out.emplace_back(h->start, h->end);
    else if (scope == AutoCodeScope::Turn) out.emplace_back(std::min(h->turnStart, h->start), std::max(h->turnEnd, h->end));
    else out.push_back(Covering(units, *h));
    if (scope != AutoCodeScope::Hit) LeaveOutOpening(store, document, *h, out.back());
  }
  std::sort(out.begin(), out.end());
  std::vector<Fragment> joined;
  for (const Fragment& f : out) {
    if (f.first >= f.second) continue;
    if (!joined.empty() && f.first <= joined.back().second) joined.back().second = std::max(joined.back().second, f.second);
    else joined.push_back(f);
  }
  return joined;
}

}  // namespace

std::optional<AutoCodeScope> ParseScope(std::string_view name) {
  if (name == "hit" || name == "treffer") return AutoCodeScope::Hit;
  if (name == "sentence" || name == "zin") return AutoCodeScope::Sentence;
  if (name == "turn" || name == "beurt") return AutoCodeScope::Turn;
  if (name == "paragraph" || name == "alinea") return AutoCodeScope::Paragraph;
  return std::nullopt;
}

AutoCodeReport Project::AutoCode(const std::vector<AutoCodeHit>& hits, std::string_view code, AutoCodeScope scope,
                                 std::string_view memo, std::string_view label, bool dryRun) {
  const CodeTree tree = Codebook();
  const Code& target = tree.Resolve(code);
  if (!target.isCodable)
    throw Error(ErrorKind::Input, "code '" + tree.PathOf(target.id) + "' is a category and cannot be applied");
  std::map<RowId, std::vector<const AutoCodeHit*>> byDocument;
  for (const AutoCodeHit& h : hits) byDocument[h.document].push_back(&h);
  AutoCodeReport report;
  std::vector<Coding> fresh, widened, replaced;
  for (const auto& [document, docHits] : byDocument) {
    std::vector<Coding> existing = m_store->Codings({target.id, document, m_user.id});
    for (const Fragment& f : Fragments(*m_store, document, docHits, scope)) {
      auto overlap = std::find_if(existing.begin(), existing.end(),
                                  [&](const Coding& c) { return c.start < f.second && f.first < c.end; });
      if (overlap == existing.end()) {
        fresh.push_back({0, "", document, target.id, m_user.id, f.first, f.second, "", std::string(memo)});
      } else if (overlap->start <= f.first && f.second <= overlap->end) {
        ++report.already;
      } else {
        replaced.push_back(*overlap);
        overlap->start = std::min(overlap->start, f.first);
        overlap->end = std::max(overlap->end, f.second);
        widened.push_back(*overlap);
      }
    }
  }
  report.created = fresh.size();
  report.extended = widened.size();
  if (dryRun || (fresh.empty() && widened.empty())) return report;
  auto tx = m_store->Begin(std::string(label), m_user.id, ChangeKind::Do);
  for (const Coding& c : replaced) m_store->DeleteCoding(c.id);
  for (Coding& c : widened) c = m_store->AddCoding(c);  // same GUID, memo and time: the coding widened
  m_store->AddCodings(fresh);
  tx.Commit();
  report.codings = std::move(widened);
  report.codings.insert(report.codings.end(), fresh.begin(), fresh.end());
  return report;
}

}  // namespace duiding::project
