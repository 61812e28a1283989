// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/hit_finder.h"

#include <algorithm>
#include <limits>

#include "model/variable.h"
#include "search/analyzer.h"
#include "search/hit_table.h"
#include "search/index_terms.h"

namespace duiding::search {
namespace {

using Span = std::pair<Xapian::termpos, Xapian::termpos>;

bool Contains(const std::vector<std::uint32_t>& sorted, Xapian::termpos p) {
  return std::binary_search(sorted.begin(), sorted.end(), p);
}

// The occurrence in `list` nearest to `around` that satisfies `fits`; none when there is none.
template <typename F>
std::optional<Span> Nearest(const std::vector<Span>& list, F&& fits) {
  std::optional<Span> best;
  for (const Span& s : list)
    if (fits(s) && (!best || s.first < best->first)) best = s;
  return best;
}

// Whether every hit is one word standing on its own, kept whatever its turn or codings: then the
// first n occurrences of each term hold the document's first n hits.
bool OnlyWordsUnfiltered(const CompiledQuery& query) {
  if (!query.filters.empty()) return false;
  for (const HitPattern& pattern : query.patterns) {
    if (pattern.kind != HitPattern::Kind::Single) return false;
    for (const Operand& op : pattern.operands)
      for (const Sequence& form : op.forms)
        if (form.size() != 1) return false;
  }
  return true;
}

}  // namespace

HitFinder::HitFinder(store::Store& store, const DocumentFile& documents, const Directory& directory,
                     const CompiledQuery& query)
    : m_store(store),
      m_documents(documents),
      m_directory(directory),
      m_query(query),
      m_firstOnly(OnlyWordsUnfiltered(query)) {}

const std::vector<std::uint32_t>& HitFinder::Positions(const std::string& term) {
  auto [it, fresh] = m_positions.try_emplace(term);
  if (fresh) m_terms.Find(term, it->second, m_positionLimit);  // none when the document lacks it
  return it->second;
}

std::vector<Span> HitFinder::Occurrences(const Operand& operand) {
  std::vector<Span> spans;
  for (const Sequence& seq : operand.forms) {
    if (seq.empty()) continue;
    for (const std::string& first : seq[0])
      for (const Xapian::termpos p : Positions(first)) {
        bool whole = true;
        for (std::size_t i = 1; i < seq.size() && whole; ++i) {
          whole = false;
          for (const std::string& term : seq[i]) whole = whole || Contains(Positions(term), p + static_cast<Xapian::termpos>(i));
        }
        if (whole) spans.emplace_back(p, p + static_cast<Xapian::termpos>(seq.size() - 1));
      }
  }
  if (!std::is_sorted(spans.begin(), spans.end())) std::sort(spans.begin(), spans.end());  // one form comes sorted
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

// Single: every occurrence. Near/Adj: each occurrence of the first operand with the nearest
// fitting occurrence of every other operand, as one hit from the first word to the last.
std::vector<Span> HitFinder::PatternHits(const HitPattern& pattern) {
  std::vector<std::vector<Span>> found;
  for (const Operand& op : pattern.operands) found.push_back(Occurrences(op));
  if (pattern.kind == HitPattern::Kind::Single) return found.front();
  std::vector<Span> hits;
  const auto d = static_cast<std::int64_t>(pattern.distance);
  for (const Span& a : found.front()) {
    Span whole = a, previous = a;
    bool ok = true;
    for (std::size_t j = 1; j < found.size() && ok; ++j) {
      const auto fits = [&](const Span& b) {
        if (pattern.kind == HitPattern::Kind::Adj)
          return b.first > previous.second && static_cast<std::int64_t>(b.first - previous.second) <= d;
        const auto gap = static_cast<std::int64_t>(b.first) - static_cast<std::int64_t>(a.first);
        return (gap < 0 ? -gap : gap) <= d && b != a;
      };
      const std::optional<Span> b = Nearest(found[j], fits);
      ok = b.has_value();
      if (ok) {
        whole = {std::min(whole.first, b->first), std::max(whole.second, b->second)};
        previous = *b;
      }
    }
    if (ok) hits.push_back(whole);
  }
  return hits;
}

const std::map<std::string, std::string>& HitFinder::Attributes(const ValueOwner& owner) {
  auto [it, fresh] = m_attributes.try_emplace({owner.caseId.value_or(0), owner.document.value_or(0)});
  if (fresh && !m_variables) m_variables = m_store.Variables();  // only field filters need them
  if (fresh)
    for (const Variable& v : *m_variables)
      if (const auto value = m_store.GetValue(v.id, owner)) it->second[FoldTerm(v.name)] = FoldTerm(FormatValue(*value));
  return it->second;
}

bool HitFinder::AttributeIs(const std::map<std::string, std::string>& attributes, const FieldFilter& f) const {
  const auto it = attributes.find(f.field);
  return it != attributes.end() && it->second == f.folded;
}

std::set<RowId> HitFinder::CodesNamed(const std::string& folded) {
  if (const auto known = m_codeSets.find(folded); known != m_codeSets.end()) return known->second;
  const std::vector<Code> codes = m_store.Codes();
  std::map<RowId, const Code*> byId;
  for (const Code& c : codes) byId[c.id] = &c;
  const auto path = [&](const Code& c) {
    std::string p = c.name;
    for (auto parent = c.parent; parent && byId.count(*parent); parent = byId[*parent]->parent) p = byId[*parent]->name + "/" + p;
    return FoldTerm(p);
  };
  std::set<RowId> named;
  for (const Code& c : codes)
    if (FoldTerm(c.name) == folded || path(c) == folded) named.insert(c.id);
  for (bool grew = true; grew;) {  // and the codes below them
    grew = false;
    for (const Code& c : codes)
      if (c.parent && named.count(*c.parent) && named.insert(c.id).second) grew = true;
  }
  return m_codeSets[folded] = named;
}

bool HitFinder::CodedAt(const Hit& hit, const std::optional<std::string>& code, const std::optional<std::string>& coder) {
  const std::set<RowId> codes = code ? CodesNamed(*code) : std::set<RowId>{};
  std::set<RowId>& coders = m_coderSets[coder.value_or("")];
  if (coder && coders.empty())
    for (const User& u : m_store.Users())
      if (FoldTerm(u.name) == *coder) coders.insert(u.id);
  for (const Coding& c : m_codings)
    if (c.start < hit.end && hit.start < c.end && (!code || codes.count(c.code)) && (!coder || coders.count(c.coder)))
      return true;
  return false;
}

bool HitFinder::Passes(const FieldFilter& f, const Hit& hit) {
  if (f.field == "spreker") return FoldTerm(hit.speaker) == f.folded;
  if (f.field == "code") {
    std::optional<std::string> coder;
    for (const FieldFilter& other : m_query.filters)
      if (other.field == "codeur" && other.negated == f.negated) coder = other.folded;
    return CodedAt(hit, f.folded, coder);
  }
  if (f.field == "codeur") return CodedAt(hit, std::nullopt, f.folded);
  if (hit.caseId && AttributeIs(Attributes({hit.caseId, std::nullopt}), f)) return true;
  return AttributeIs(Attributes({std::nullopt, hit.document}), f);  // rol, regio, groep, methode
}

void HitFinder::AddHits(Xapian::docid id, std::vector<Hit>& hits, std::size_t room) {
  m_positions.clear();
  if (id >= m_directory.size() || !m_directory[id]) return;
  // None when wiped: a newer revision replaced or removed the document while this search ran.
  const std::optional<DocumentFile::Record> record = m_documents.Read(*m_directory[id]);
  if (!record) return;
  m_terms = TermPositions(record->positions);
  // Positions are decoded one by one: a lone word needs no more of them than there is room for.
  m_positionLimit = m_firstOnly ? room : std::numeric_limits<std::size_t>::max();
  std::vector<Span> spans;
  for (const HitPattern& pattern : m_query.patterns) {  // each pattern's hits, merged in order
    std::vector<Span> found = PatternHits(pattern);
    if (found.empty() && pattern.required) return;  // Xapian matched its words, not their order
    if (!std::is_sorted(found.begin(), found.end())) std::sort(found.begin(), found.end());
    const auto middle = static_cast<std::ptrdiff_t>(spans.size());
    spans.insert(spans.end(), found.begin(), found.end());
    std::inplace_merge(spans.begin(), spans.begin() + middle, spans.end());
  }
  // Overlapping hits are one ("last" inside the synonym "tot last zijn").
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, s.second);
    else
      merged.push_back(s);
  }
  spans = std::move(merged);
  // Without filters every span is a hit: resolve no more than there is room for.
  if (m_query.filters.empty() && spans.size() > room) spans.resize(room);
  if (spans.empty()) return;
  const HitTable table(record->table);
  const RowId document = table.Document();
  m_names[id] = table.Name();
  m_lengths[document] = table.Length();
  m_texts[document] = record->text;
  m_codings.clear();
  for (const FieldFilter& f : m_query.filters)
    if ((f.field == "code" || f.field == "codeur") && m_codings.empty())
      m_codings = m_store.Codings({std::nullopt, document, std::nullopt});
  const std::string& name = m_names[id];
  // A speaker filter is decided on the turn, before a hit is built (spreker:moeder drops most).
  std::vector<const FieldFilter*> speakerFilters;
  for (const FieldFilter& f : m_query.filters)
    if (f.field == "spreker") speakerFilters.push_back(&f);
  std::map<const std::string*, std::string> foldedSpeakers;  // the table's speakers, folded once
  const auto speakerPasses = [&](const std::optional<TurnPlace>& turn) {
    if (speakerFilters.empty()) return true;
    const std::string* speaker = turn && turn->speaker ? turn->speaker : nullptr;
    auto [it, fresh] = foldedSpeakers.try_emplace(speaker);
    if (fresh && speaker) it->second = FoldTerm(*speaker);
    for (const FieldFilter* f : speakerFilters)
      if ((it->second == f->folded) == f->negated) return false;
    return true;
  };
  for (const Span& s : spans) {
    if (s.first < 1 || s.second > table.Count()) continue;
    const WordPlace first = table.At(s.first - 1), last = s.second == s.first ? first : table.At(s.second - 1);
    const std::optional<TurnPlace> turn = table.TurnAt(first.start);
    if (!speakerPasses(turn)) continue;
    Hit& hit = hits.emplace_back();  // filled in place; taken back when a filter drops it
    hit.document = document;
    hit.start = first.start;
    hit.end = last.end;
    hit.byteStart = first.byteStart;
    hit.byteEnd = last.byteEnd;
    hit.turnStart = hit.start;
    hit.turnEnd = hit.end;
    if (const std::optional<TurnPlace>& t = turn) {
      if (t->speaker) hit.speaker = *t->speaker;
      hit.timestampMs = t->timestampMs;
      hit.caseId = t->caseId;
      hit.turnStart = t->start;
      hit.turnEnd = t->end;
      hit.inTurn = true;
    }
    bool keep = true;
    for (const FieldFilter& f : m_query.filters)
      if (f.field != "spreker") keep = keep && Passes(f, hit) != f.negated;
    if (!keep) {
      hits.pop_back();
      continue;
    }
    hit.documentName = name;  // only now: filters do not look at it
    if (--room == 0) break;
  }
}

}  // namespace duiding::search
