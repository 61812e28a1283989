// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/search.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <xapian.h>

#include "model/error.h"
#include "search/document_file.h"
#include "search/hit_finder.h"
#include "search/index_terms.h"
#include "search/kwic.h"
#include "search/query.h"
#include "search/query_compiler.h"
#include "search/ranker.h"
#include "text/collation.h"

namespace duiding::search {

namespace {

// What identifies one committed state of the index's version file.
struct VersionFile {
  ino_t inode = 0;
  std::int64_t seconds = 0, nanoseconds = 0;
  off_t size = -1;
  bool operator==(const VersionFile&) const = default;
};

}  // namespace

struct Searcher::Impl {
  // The version file is looked at before the index is opened: a commit in between makes the
  // first search reopen, never miss it.
  Impl(store::Store& s, const std::string& f) : store(s), folder(f) {
    seen = Look();
    tablesSeen = TablesInode();
    db = Xapian::Database(folder);
    RequireVersion();
    LoadDocuments();
  }

  store::Store& store;
  std::string folder;
  Xapian::Database db;
  MemberForms members;     // synonym members analysed, for the next query
  VersionFile seen;        // as it was at the last reopen
  ino_t tablesSeen = 0;    // the tables' file then
  std::optional<IndexStats> stats;  // of the index as it was at the last reopen, read when needed
  DocumentFile documents;  // the index's document file, mapped at the last reopen
  Directory directory;     // where the documents of the revision opened are in it

  // Xapian's reopen() opens and reads the index's version file at every call. Each commit
  // writes that file anew and renames it into place, so the search looks at it first and
  // reopens only when it changed (or cannot be looked at: another backend, say).
  void Reopen() {
    const VersionFile now = Look();
    if (now.inode != 0 && now == seen) return;
    // A sync that built the index anew did so in a fresh folder: Xapian's reopen() would stay
    // with the files it has open, so the index is opened again.
    const ino_t tables = TablesInode();
    if (tables != tablesSeen) db = Xapian::Database(folder);
    else db.reopen();
    tablesSeen = tables;
    RequireVersion();
    stats.reset();
    LoadDocuments();
    seen = now;
  }

  // Which file the index's tables are: another after the index was built anew.
  ino_t TablesInode() const {
    struct stat st {};
    return ::stat((folder + "/postlist.glass").c_str(), &st) == 0 ? st.st_ino : 0;
  }

  // The version file as it is now (nothing known when it cannot be looked at).
  VersionFile Look() const {
    struct stat st {};
    if (::stat((folder + "/iamglass").c_str(), &st) != 0) return {};
    return {st.st_ino, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_size};
  }

  // The document file as it is now: it holds every record of the revision just opened, which
  // the writer wrote through before committing it.
  void LoadDocuments() {
    documents.Map(folder);
    directory.clear();
    const std::string place = db.get_metadata(terms::kDirectoryKey);
    if (place.empty() && db.get_doccount() == 0) return;
    const std::optional<RecordPlace> at = DecodePlace(place);
    if (!at) throw Error(ErrorKind::Io, folder + ": the search index is damaged; rebuild it with: index --rebuild");
    directory = documents.ReadDirectory(*at);
  }

  IndexStats& Stats() {
    if (!stats) stats.emplace(db);
    return *stats;
  }

  // An index of another layout would be misread: it has to be synced (rebuilt) first.
  void RequireVersion() const {
    if (db.get_metadata(terms::kVersionKey) != terms::kIndexVersion)
      throw Error(ErrorKind::Io, folder + ": the search index is of another version; bring it up to date with: index");
  }
};

Searcher::Searcher(store::Store& store, const std::string& folder) {
  try {
    m_impl = std::make_unique<Impl>(store, folder);
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::Io, folder + ": no search index (" + e.get_msg() + "); build it with: index");
  }
}

Searcher::~Searcher() = default;

namespace {

constexpr std::size_t kFirstPage = 8;

// Matching documents, best first or in name order, fetched a page at a time. The ranker ranks
// what it can; otherwise Xapian does, and a search that has its hits after the first page never
// makes it verify phrases and proximity in the rest.
class Matches {
 public:
  Matches(Xapian::Database& db, IndexStats& stats, const CompiledQuery& query, std::size_t queryOffset, bool byName)
      : m_enquire(db), m_offset(queryOffset) {
    if (query.plan && byName) {  // as Xapian sorts by the name value, weighing nothing
      m_inOrder = MatchDocuments(db, stats, *query.plan);
      const std::vector<std::uint32_t>& place = stats.ValueOrder(db, terms::kNameSlot);
      std::sort(m_inOrder->begin(), m_inOrder->end(),
                [&](const RankedDocument& a, const RankedDocument& b) { return place[a.id] < place[b.id]; });
      for (RankedDocument& d : *m_inOrder) d.weight = 0;
      return;
    }
    if (query.plan) {
      m_best.emplace(MatchDocuments(db, stats, *query.plan));
      return;
    }
    m_enquire.set_query(query.query);
    if (byName) {  // Xapian orders by the name value and need not weigh anything
      m_enquire.set_weighting_scheme(Xapian::BoolWeight());
      m_enquire.set_sort_by_value(terms::kNameSlot, false);
    }
  }

  /// The next page of documents with their weight (BM25; 0 in name order); empty at the end.
  std::vector<std::pair<Xapian::docid, double>> Next(std::size_t size) {
    std::vector<std::pair<Xapian::docid, double>> ids;
    if (m_best) {
      for (const RankedDocument& d : m_best->Next(size)) ids.emplace_back(d.id, d.weight);
      return ids;
    }
    if (m_inOrder) {
      for (; ids.size() < size && m_taken < m_inOrder->size(); ++m_taken)
        ids.emplace_back((*m_inOrder)[m_taken].id, (*m_inOrder)[m_taken].weight);
      return ids;
    }
    try {
      const Xapian::MSet page = m_enquire.get_mset(static_cast<Xapian::doccount>(m_fetched),
                                                   static_cast<Xapian::doccount>(size));
      for (auto it = page.begin(); it != page.end(); ++it) ids.emplace_back(*it, it.get_weight());
    } catch (const Xapian::UnimplementedError&) {
      throw QueryError(m_offset, "NEAR and ADJ take single words, prefixes or OR groups of them");
    }
    m_fetched += ids.size();
    return ids;
  }

 private:
  Xapian::Enquire m_enquire;
  std::optional<BestFirst> m_best;                       // the ranker's, best first
  std::optional<std::vector<RankedDocument>> m_inOrder;  // the ranker's, in name order
  std::size_t m_taken = 0;                               // of m_inOrder
  std::size_t m_offset;
  std::size_t m_fetched = 0;
};

void FillContexts(const HitFinder& finder, std::vector<Hit>& hits, std::size_t width) {
  FillContexts(hits, width, [&](RowId d) { return finder.DocumentLength(d); },
               [&](RowId d) { return finder.DocumentText(d); });
}

// Context orders need the context of every hit first; the keys are computed once each.
void Order(const HitFinder& finder, std::vector<Hit>& hits, const SearchOptions& options) {
  if (options.order == HitOrder::Relevance) return;
  const auto byDocument = [](const Hit& a, const Hit& b) {
    return a.documentName != b.documentName ? a.documentName < b.documentName : a.start < b.start;
  };
  if (options.order == HitOrder::Document) {
    std::stable_sort(hits.begin(), hits.end(), byDocument);
    return;
  }
  if (options.order == HitOrder::Speaker) {  // each speaker's key made once; no speaker sorts last
    std::map<std::string, std::string> keys;
    for (const Hit& h : hits)
      if (!h.speaker.empty()) keys.try_emplace(h.speaker, text::DutchSortKey(h.speaker));
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
      if (a.speaker.empty() != b.speaker.empty()) return b.speaker.empty();
      if (a.speaker != b.speaker) {
        const std::string &ka = keys[a.speaker], &kb = keys[b.speaker];
        if (ka != kb) return ka < kb;
        return a.speaker < b.speaker;
      }
      return byDocument(a, b);
    });
    return;
  }
  FillContexts(finder, hits, options.contextWidth);
  std::vector<std::pair<std::string, std::size_t>> keys;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    keys.emplace_back(options.order == HitOrder::Left ? LeftKey(hits[i]) : RightKey(hits[i]), i);
  }
  std::stable_sort(keys.begin(), keys.end());
  std::vector<Hit> sorted;
  for (const auto& [key, i] : keys) sorted.push_back(std::move(hits[i]));
  hits = std::move(sorted);
}

}  // namespace

SearchResult Searcher::Search(std::string_view query, const SearchOptions& options) {
  try {
    return Run(query, options);
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::Io, m_impl->folder + ": search index: " + e.get_description());
  }
}

SearchResult Searcher::Run(std::string_view query, const SearchOptions& options) {
  const QueryNode tree = ParseQuery(query);
  // One snapshot of the project for the whole search, and its locks taken once.
  const store::Store::ReadScope snapshot = m_impl->store.BeginRead();
  m_impl->Reopen();
  Xapian::Database& db = m_impl->db;
  const Synonyms& synonyms = options.synonyms ? *options.synonyms : Synonyms::DutchStarter();
  const CompiledQuery compiled = CompileQuery(tree, db, synonyms, &m_impl->members);
  HitFinder finder(m_impl->store, m_impl->documents, m_impl->directory, compiled);
  // Sorting by context or speaker needs every hit; the other orders stop once the limit is passed.
  const bool needAll =
      options.order == HitOrder::Left || options.order == HitOrder::Right || options.order == HitOrder::Speaker;
  const std::size_t cap = needAll ? std::max<std::size_t>(options.limit, 20000) : options.limit;
  SearchResult result;
  result.hits.reserve(needAll ? 0 : cap + 1);  // Hit is large: no moves while they come in
  const bool byName = options.order == HitOrder::Document;
  Matches matches(db, m_impl->Stats(), compiled, tree.offset, byName);
  // A first page of a few documents: a common word fills the limit from the best one or two,
  // and a small page is less to sort (or lets Xapian skip more of its ranking). Rarer hits fetch larger pages. In
  // name order Xapian looks at every match whatever the page: after the first, the rest at once,
  // and a query that checks positions in every candidate (phrase, NEAR) fetches all at once.
  const std::size_t all = std::max<std::size_t>(db.get_doccount(), 1);
  std::size_t page = byName && compiled.positional ? all : kFirstPage;
  for (std::vector<std::pair<Xapian::docid, double>> ids; result.hits.size() <= cap; page = byName ? all : page * 8) {
    ids = matches.Next(page);
    if (ids.empty()) break;
    for (const auto& [id, weight] : ids) {
      const std::size_t before = result.hits.size();
      finder.AddHits(id, result.hits, cap + 1 - result.hits.size());
      for (std::size_t i = before; i < result.hits.size(); ++i) result.hits[i].relevance = weight;
      result.documents += result.hits.size() > before;
      if (result.hits.size() > cap) break;
    }
  }
  Order(finder, result.hits, options);
  result.more = result.hits.size() > options.limit;
  if (result.more) result.hits.resize(options.limit);
  if (!needAll) FillContexts(finder, result.hits, options.contextWidth);
  if (options.sentences)
    for (Hit& hit : result.hits) FillSentence(m_impl->store, hit, finder.DocumentLength(hit.document));
  return result;
}

}  // namespace duiding::search
