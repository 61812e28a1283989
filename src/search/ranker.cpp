// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/ranker.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace duiding::search {
namespace {

// BM25Weight's defaults: k1 1, k2 0 (no extra per document), k3 1 (a word asked once counts
// once), b 0.5, and lengths below half the average counted as half the average.
constexpr double kK1 = 1.0, kB = 0.5, kMinNormalLength = 0.5;

// A posting list is skipped along rather than read whole when fewer than this share of its
// documents are left to check (a filter or rare word came first).
constexpr std::size_t kSkipRatio = 16;

using Documents = std::vector<RankedDocument>;

// The documents of `part` (a subset of `all`, both in docid order) with the weights of `all`
// added: one more part of an AND.
void AddWeights(Documents& part, const Documents& all) {
  std::size_t j = 0;
  for (RankedDocument& d : part) {
    while (all[j].id < d.id) ++j;
    d.weight += all[j].weight;
  }
}

// The union of two lists in docid order; the weights of a document in both add up.
Documents Union(const Documents& a, const Documents& b) {
  Documents out;
  out.reserve(a.size() + b.size());
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].id < b[j].id)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].id < a[i].id) {
      out.push_back(b[j++]);
    } else {
      out.push_back({a[i].id, a[i].weight + b[j].weight});
      ++i, ++j;
    }
  }
  return out;
}

// `kept` without the documents of `excluded` (a subset of it).
void Remove(Documents& kept, const Documents& excluded) {
  std::size_t j = 0;
  const auto out = std::remove_if(kept.begin(), kept.end(), [&](const RankedDocument& d) {
    while (j < excluded.size() && excluded[j].id < d.id) ++j;
    return j < excluded.size() && excluded[j].id == d.id;
  });
  kept.erase(out, kept.end());
}

class Evaluator {
 public:
  Evaluator(const Xapian::Database& db, const IndexStats& stats) : m_db(db), m_stats(stats) {}

  // The documents of `plan` among `within` (every document when null), in docid order, with
  // the plan's own weights when `weighed` (else 0).
  Documents Run(const RankPlan& plan, const Documents* within, bool weighed) {
    switch (plan.kind) {
      case RankPlan::Kind::Term: return Term(plan.term, within, weighed);
      case RankPlan::Kind::And: {
        std::vector<std::pair<const RankPlan*, bool>> parts;
        for (const RankPlan& p : plan.parts) parts.emplace_back(&p, weighed);
        return All(parts, within);
      }
      case RankPlan::Kind::Filter: {
        std::vector<std::pair<const RankPlan*, bool>> parts;
        for (std::size_t i = 0; i < plan.parts.size(); ++i) parts.emplace_back(&plan.parts[i], weighed && i == 0);
        return All(parts, within);
      }
      case RankPlan::Kind::Or: {
        Documents out;
        for (const RankPlan& p : plan.parts) out = Union(out, Run(p, within, weighed));
        return out;
      }
      case RankPlan::Kind::AndNot: {
        Documents kept = Run(plan.parts.at(0), within, weighed);
        if (!kept.empty()) Remove(kept, Run(plan.parts.at(1), &kept, false));
        return kept;
      }
      case RankPlan::Kind::Unweighted: return Run(plan.parts.at(0), within, false);
    }
    return {};
  }

 private:
  // How many documents `plan` may match at most: which part of an AND to read first.
  std::size_t Estimate(const RankPlan& plan) {
    switch (plan.kind) {
      case RankPlan::Kind::Term: return TermFrequency(plan.term);
      case RankPlan::Kind::Or: {
        std::size_t sum = 0;
        for (const RankPlan& p : plan.parts) sum += Estimate(p);
        return std::min<std::size_t>(sum, m_stats.Documents());
      }
      case RankPlan::Kind::And:
      case RankPlan::Kind::Filter: {
        std::size_t least = m_stats.Documents();
        for (const RankPlan& p : plan.parts) least = std::min(least, Estimate(p));
        return least;
      }
      case RankPlan::Kind::AndNot:
      case RankPlan::Kind::Unweighted: return Estimate(plan.parts.at(0));
    }
    return m_stats.Documents();
  }

  Xapian::doccount TermFrequency(const std::string& term) {
    auto [it, fresh] = m_frequencies.try_emplace(term, 0);
    if (fresh) it->second = m_db.get_termfreq(term);
    return it->second;
  }

  // Every part, the rarest first, each read only in the documents the ones before left.
  Documents All(std::vector<std::pair<const RankPlan*, bool>> parts, const Documents* within) {
    std::vector<std::size_t> sizes;
    for (const auto& part : parts) sizes.push_back(Estimate(*part.first));
    std::vector<std::size_t> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] < sizes[b]; });
    Documents found;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const auto& [plan, weighed] = parts[order[k]];
      Documents next = Run(*plan, k == 0 ? within : &found, weighed);
      if (k > 0) AddWeights(next, found);
      found = std::move(next);
      if (found.empty()) break;
    }
    return found;
  }

  // The part of BM25 that is the same for every document holding the term.
  double TermWeight(Xapian::doccount frequency) const {
    double ratio = (static_cast<double>(m_stats.Documents() - frequency) + 0.5) / (frequency + 0.5);
    if (ratio < 2) ratio = ratio * 0.5 + 1;  // a word in more than a third of the documents
    return std::log(ratio) * (kK1 + 1);
  }

  double Weight(double termWeight, Xapian::termcount wdf, Xapian::docid id) const {
    const double count = wdf;
    return termWeight * (count / (m_stats.LengthTerm(id) + count));
  }

  Documents Term(const std::string& term, const Documents* within, bool weighed) {
    const Xapian::doccount frequency = TermFrequency(term);
    Documents out;
    if (frequency == 0 || (within && within->empty())) return out;
    const double termWeight = weighed ? TermWeight(frequency) : 0;
    Xapian::PostingIterator it = m_db.postlist_begin(term);
    const Xapian::PostingIterator end = m_db.postlist_end(term);
    if (within && within->size() * kSkipRatio < frequency) {
      for (const RankedDocument& d : *within) {
        it.skip_to(d.id);
        if (it == end) break;
        if (*it == d.id) out.push_back({d.id, weighed ? Weight(termWeight, it.get_wdf(), d.id) : 0.0});
      }
      return out;
    }
    // One pass over the posting list, written in place: this loop runs once per posting of
    // every word of the query.
    out.resize(within ? std::min<std::size_t>(within->size(), frequency) : frequency);
    std::size_t n = 0, j = 0;
    if (!within && weighed) {  // the common case, with nothing to test per posting
      for (; it != end && n < out.size(); ++it) {
        const Xapian::docid id = *it;
        out[n++] = {id, Weight(termWeight, it.get_wdf(), id)};
      }
    }
    for (; it != end; ++it) {
      const Xapian::docid id = *it;
      if (within) {
        while (j < within->size() && (*within)[j].id < id) ++j;
        if (j == within->size()) break;
        if ((*within)[j].id != id) continue;
      }
      if (n == out.size()) out.emplace_back();  // more postings than the term's frequency said
      out[n++] = {id, weighed ? Weight(termWeight, it.get_wdf(), id) : 0.0};
    }
    out.resize(n);
    return out;
  }

  const Xapian::Database& m_db;
  const IndexStats& m_stats;
  std::map<std::string, Xapian::doccount> m_frequencies;
};

// Whether `a` ranks above `b`: a higher weight, or the same weight and an earlier document.
bool RanksAbove(const RankedDocument& a, const RankedDocument& b) {
  return a.weight != b.weight ? a.weight > b.weight : a.id < b.id;
}

}  // namespace

IndexStats::IndexStats(const Xapian::Database& db) : m_documents(db.get_doccount()) {
  double factor = 0;  // 1 / the average length (0: all empty)
  if (m_documents > 0) {
    const double average = static_cast<double>(db.get_total_length()) / m_documents;
    factor = average != 0 ? 1 / average : 0;
  }
  // Worked out as BM25Weight does, operation for operation: the weights come out the same.
  const auto term = [&](Xapian::termcount length) {
    const double normal = std::max(length * factor, kMinNormalLength);
    return kK1 * (normal * kB + (1 - kB));
  };
  m_shortest = term(0);
  m_lengthTerms.assign(db.get_lastdocid() + 1, m_shortest);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) m_lengthTerms[*it] = term(it.get_doclength());
}

const std::vector<std::uint32_t>& IndexStats::ValueOrder(const Xapian::Database& db, Xapian::valueno slot) {
  if (m_valueSlot == slot) return m_valueOrder;
  std::vector<std::pair<std::string, Xapian::docid>> values;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) values.emplace_back(std::string(), *it);
  std::size_t i = 0;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    while (i < values.size() && values[i].second < it.get_docid()) ++i;
    if (i < values.size() && values[i].second == it.get_docid()) values[i].first = *it;
  }
  std::sort(values.begin(), values.end());
  m_valueOrder.assign(m_lengthTerms.size(), 0);
  for (std::size_t place = 0; place < values.size(); ++place)
    m_valueOrder[values[place].second] = static_cast<std::uint32_t>(place);
  m_valueSlot = slot;
  return m_valueOrder;
}

std::vector<RankedDocument> MatchDocuments(const Xapian::Database& db, const IndexStats& stats, const RankPlan& plan) {
  return Evaluator(db, stats).Run(plan, nullptr, true);
}

BestFirst::BestFirst(std::vector<RankedDocument> documents) : m_left(std::move(documents)) {}

// Each page is picked from what is left by a partial sort: a first page of a few documents
// costs about one comparison per document.
std::vector<RankedDocument> BestFirst::Next(std::size_t count) {
  const auto from = m_left.begin() + static_cast<std::ptrdiff_t>(m_taken);
  const std::size_t size = std::min(count, m_left.size() - m_taken);
  const auto to = from + static_cast<std::ptrdiff_t>(size);
  std::partial_sort(from, to, m_left.end(), [](const RankedDocument& a, const RankedDocument& b) { return RanksAbove(a, b); });
  m_taken += size;
  return std::vector<RankedDocument>(from, to);
}

}  // namespace duiding::search
