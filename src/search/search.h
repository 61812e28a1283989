// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/synonyms.h"
#include "store/store.h"

/// Searching a project: the query language (query.h) against the index (index.h), each hit
/// resolved to code points in its document, its speaker turn and a keyword-in-context line.
namespace duiding::search {

enum class HitOrder {
  Relevance,  ///< best documents first, hits in text order within each
  Document,   ///< by document name, then text order
  Left,       ///< by the words before the hit, nearest first (Dutch collation)
  Right,      ///< by the words after the hit (Dutch collation)
  Speaker,    ///< by speaker (Dutch collation; hits outside turns last), then document order
};

struct SearchOptions {
  std::size_t limit = 100;        ///< hits returned at most
  std::size_t contextWidth = 40;  ///< code points of context on each side, cut at word edges
  HitOrder order = HitOrder::Relevance;
  const Synonyms* synonyms = nullptr;  ///< none: Synonyms::DutchStarter()
  bool sentences = false;              ///< also find each hit's sentence (costs an ICU pass per hit)
};

struct Hit {
  RowId document = 0;
  std::string documentName;
  std::size_t start = 0, end = 0;  ///< code points in the document's text, half-open
  std::string speaker;             ///< of the turn the hit is in; empty outside turns
  std::optional<std::int64_t> timestampMs;
  std::optional<RowId> caseId;
  std::size_t turnStart = 0, turnEnd = 0;  ///< the turn's span (the hit's when there is none)
  bool inTurn = false;                     ///< the hit lies in a speaker turn (its context stays in it)
  std::size_t sentenceStart = 0, sentenceEnd = 0;  ///< with options.sentences: the sentence(s) it is in
  /// The KWIC line within the hit's turn, line breaks shown as spaces: the words before the hit,
  /// the hit as written and the words after, as one string (one allocation for the three).
  std::string kwic;
  std::size_t matchAt = 0, matchEnd = 0;  ///< the hit's bytes in `kwic`
  std::string_view Left() const { return std::string_view(kwic).substr(0, matchAt); }
  std::string_view Match() const { return std::string_view(kwic).substr(matchAt, matchEnd - matchAt); }
  std::string_view Right() const { return std::string_view(kwic).substr(matchEnd); }
  double relevance = 0;                    ///< of the document (BM25)
  /// The hit's UTF-8 bytes in the document's text, from the index: what the KWIC cut starts
  /// from. Only a search fills them; positions to show or keep are `start` and `end`.
  std::size_t byteStart = 0, byteEnd = 0;
};

struct SearchResult {
  std::vector<Hit> hits;
  std::size_t documents = 0;  ///< documents with at least one hit among those examined
  bool more = false;          ///< there were more hits than the limit
};

/// Searches one project. Holds its own read-only handle on the index and reopens it before
/// every search, so it sees what the index writer committed (Xapian's model). One per thread.
class Searcher {
 public:
  /// Opens the index in `folder` for `store` (which must outlive the searcher). Error(Io) when
  /// there is no index: sync it first (SyncIndex).
  Searcher(store::Store& store, const std::string& folder);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Runs `query`; QueryError (query.h) for a malformed one, pointing at the place.
  SearchResult Search(std::string_view query, const SearchOptions& options = {});

 private:
  SearchResult Run(std::string_view query, const SearchOptions& options);
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace duiding::search
