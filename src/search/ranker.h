// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: the documents a query built of words, AND, OR, AND NOT and
// filters matches, with the weights Xapian's BM25Weight (default parameters) gives them, read
// from the index's posting lists. Xapian's matcher looks up every candidate's length in the
// index, which was most of a common word's ranking time; here the lengths come from an array
// read once per state of the index. Queries with phrases, proximity or synonyms stay Xapian's.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>
#include <xapian.h>

namespace duiding::search {

/// A query the ranker can run, built by the query compiler beside Xapian's own query.
struct RankPlan {
  enum class Kind {
    Term,        ///< the documents holding `term`
    And,         ///< all parts; weights add up
    Or,          ///< any part; the weights of those present add up
    AndNot,      ///< parts[0] without the documents of parts[1]
    Filter,      ///< parts[0] in the documents of every later part, which add no weight
    Unweighted,  ///< parts[0], weighing nothing (a stop word)
  };
  Kind kind = Kind::Term;
  std::string term;
  std::vector<RankPlan> parts;
};

/// What ranking needs of one state of the index besides its posting lists: read when the
/// searcher (re)opens the index.
class IndexStats {
 public:
  explicit IndexStats(const Xapian::Database& db);
  Xapian::doccount Documents() const { return m_documents; }
  /// BM25's length term of a document, k1 (b · length / average + 1 − b), with a length below
  /// half the average taken as half (BM25Weight's defaults); worked out once per state.
  double LengthTerm(Xapian::docid id) const { return id < m_lengthTerms.size() ? m_lengthTerms[id] : m_shortest; }

  /// Each document's place when sorted by the value in `slot` (bytewise, then docid), as Xapian's
  /// sort by value orders them; read at the first call.
  const std::vector<std::uint32_t>& ValueOrder(const Xapian::Database& db, Xapian::valueno slot);

 private:
  Xapian::doccount m_documents = 0;
  std::vector<double> m_lengthTerms;  // by docid
  double m_shortest = 0;              // the length term of an empty document
  std::vector<std::uint32_t> m_valueOrder;
  Xapian::valueno m_valueSlot = Xapian::BAD_VALUENO;
};

struct RankedDocument {
  Xapian::docid id = 0;
  double weight = 0;
};

/// Every document matching `plan`, in docid order, with its BM25 weight.
std::vector<RankedDocument> MatchDocuments(const Xapian::Database& db, const IndexStats& stats, const RankPlan& plan);

/// Hands documents out best first (weight descending, then docid ascending, as Xapian's matcher
/// does), ordering no more of them than are taken.
class BestFirst {
 public:
  explicit BestFirst(std::vector<RankedDocument> documents);
  /// The next `count` documents (fewer at the end).
  std::vector<RankedDocument> Next(std::size_t count);

 private:
  std::vector<RankedDocument> m_left;  // those from m_taken on are not handed out yet
  std::size_t m_taken = 0;
};

}  // namespace duiding::search
