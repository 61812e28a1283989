// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/analysis.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "model/error.h"
#include "project/code_names.h"
#include "project/project.h"

namespace duiding::project {
namespace {

constexpr const char* kRole = "rol";
constexpr const char* kNone = "(geen)";

std::string Folded(std::string_view value) { return ComparableCodeName(value); }

// Document and case values of the attributes a query names, loaded once (one query each).
class AttributeValues {
 public:
  AttributeValues(store::Store& store, std::vector<std::string> names) {
    for (const Variable& v : store.Variables()) {
      const std::string folded = Folded(v.name);
      for (const std::string& name : names) {
        if (Folded(name) != folded) continue;
        Values& values = m_values[folded];
        for (const auto& [owner, value] : store.VariableValues(v.id)) {
          if (owner.document) values.byDocument[*owner.document] = FormatValue(value);
          if (owner.caseId) values.byCase[*owner.caseId] = FormatValue(value);
        }
      }
    }
  }
  /// The document's own value, if it has one.
  const std::string* OfDocument(const std::string& name, RowId document) const {
    const auto v = m_values.find(Key(name));
    if (v == m_values.end()) return nullptr;
    const auto it = v->second.byDocument.find(document);
    return it == v->second.byDocument.end() ? nullptr : &it->second;
  }
  const std::string* OfCase(const std::string& name, std::optional<RowId> caseId) const {
    const auto v = m_values.find(Key(name));
    if (v == m_values.end() || !caseId) return nullptr;
    const auto it = v->second.byCase.find(*caseId);
    return it == v->second.byCase.end() ? nullptr : &it->second;
  }

 private:
  // Folding a name goes through ICU: done once per name, not once per fragment.
  const std::string& Key(const std::string& name) const {
    auto it = m_keys.find(name);
    if (it == m_keys.end()) it = m_keys.emplace(name, Folded(name)).first;
    return it->second;
  }

  struct Values {
    std::unordered_map<RowId, std::string> byDocument, byCase;
  };
  std::map<std::string, Values> m_values;
  mutable std::unordered_map<std::string, std::string> m_keys;
};

// One coding under consideration, with its turn once looked up.
struct Item {
  Coding coding;
  std::optional<Turn> turn;
  bool turnKnown = false;
};

// Folding goes through ICU; values repeat (a handful of roles, regions, groups), so each distinct
// one is folded once.
const std::string& FoldedCached(const std::string& value) {
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(value);
  if (it == cache.end()) {
    if (cache.size() > 100000) cache.clear();
    it = cache.emplace(value, Folded(value)).first;
  }
  return it->second;
}

bool Accepts(const std::vector<std::string>& accepted, const std::string* value) {
  const std::string folded = FoldedCached(value ? *value : std::string(kNone));
  return std::any_of(accepted.begin(), accepted.end(), [&](const std::string& a) { return FoldedCached(a) == folded; });
}

// The context every analysis shares: resolved codes, coders and attributes, and lookups.
class Selection {
 public:
  Selection(Project& project, const RetrievalQuery& query, bool allCodesWhenEmpty)
      : m_project(project), m_store(project.Store()), m_query(query), m_tree(project.Codebook()),
        m_attributes(m_store, AttributeNames(query)) {
    for (const std::string& ref : query.codes) {
      const Code& code = m_tree.Resolve(ref);
      std::set<RowId> group{code.id};
      if (query.withSubcodes)
        for (const Code& c : m_tree.All())
          if (m_tree.IsWithin(c.id, code.id)) group.insert(c.id);
      m_groups.push_back(std::move(group));
    }
    if (query.codes.empty() && allCodesWhenEmpty)
      for (const auto& [code, depth] : m_tree.DepthFirst()) m_groups.push_back({code->id});
    for (const std::string& ref : query.coders) {
      const auto user = m_store.FindUser(ref);
      if (!user) throw Error(ErrorKind::NotFound, "unknown coder '" + ref + "'");
      m_coders.insert(user->id);
    }
    for (const Document& d : m_store.Documents()) m_documents.emplace(d.id, d);
  }

  const CodeTree& Tree() const { return m_tree; }
  const std::vector<std::set<RowId>>& Groups() const { return m_groups; }
  const Document& DocumentOf(RowId id) const { return m_documents.at(id); }
  store::Store& Store() { return m_store; }

  /// The codings of every group's codes (or all codings), filtered by coder and by document
  /// attributes, in document order.
  std::vector<Item> Candidates() {
    std::vector<Coding> codings;
    std::set<RowId> wanted;
    for (const auto& g : m_groups) wanted.insert(g.begin(), g.end());
    if (m_query.codes.empty() && wanted.empty()) {
      codings = m_store.Codings({});
    } else {
      for (RowId code : wanted) {
        std::vector<Coding> some = m_store.Codings({code, std::nullopt, std::nullopt});
        codings.insert(codings.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
      }
    }
    std::vector<Item> items;
    for (Coding& c : codings) {
      if (!m_coders.empty() && !m_coders.count(c.coder)) continue;
      if (!DocumentPasses(c.document)) continue;
      items.push_back({std::move(c), std::nullopt, false});
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return std::tie(a.coding.document, a.coding.start, a.coding.id) <
             std::tie(b.coding.document, b.coding.start, b.coding.id);
    });
    return items;
  }

  /// Looks up the turn of every item (one decode per document), then applies the filters
  /// that depend on the speaker.
  void LoadTurnsAndFilter(std::vector<Item>& items) {
    for (std::size_t i = 0; i < items.size();) {
      std::size_t j = i;
      std::vector<std::size_t> positions;
      while (j < items.size() && items[j].coding.document == items[i].coding.document)
        positions.push_back(items[j++].coding.start);
      const auto turns = m_store.TurnsAt(items[i].coding.document, positions);
      for (std::size_t k = i; k < j; ++k) {
        items[k].turn = turns[k - i];
        items[k].turnKnown = true;
      }
      i = j;
    }
    std::erase_if(items, [&](const Item& item) { return !SpeakerPasses(item); });
  }

  std::string RoleOf(const Item& item) const {
    const std::string* role = m_attributes.OfCase(kRole, item.turn ? item.turn->caseId : std::nullopt);
    return role ? *role : std::string();
  }

  /// The value of `name` for an item: the document's, else its speaker's, else "(geen)".
  std::string ValueOf(const std::string& name, const Item& item) const {
    if (const std::string* v = m_attributes.OfDocument(name, item.coding.document)) return *v;
    if (const std::string* v = m_attributes.OfCase(name, item.turn ? item.turn->caseId : std::nullopt)) return *v;
    return kNone;
  }

 private:
  static std::vector<std::string> AttributeNames(const RetrievalQuery& query) {
    std::vector<std::string> names{kRole};
    for (const auto& [name, values] : query.attributes) names.push_back(name);
    return names;
  }
  static std::vector<std::string> WithExtra(std::vector<std::string> names, const std::vector<std::string>& extra) {
    names.insert(names.end(), extra.begin(), extra.end());
    return names;
  }

  // False only when the document's own value rules it out; a document without the attribute
  // waits for its speakers.
  bool DocumentPasses(RowId document) const {
    for (const auto& [name, accepted] : m_query.attributes)
      if (const std::string* v = m_attributes.OfDocument(name, document); v && !Accepts(accepted, v)) return false;
    return true;
  }

  bool SpeakerPasses(const Item& item) const {
    const std::optional<RowId> caseId = item.turn ? item.turn->caseId : std::nullopt;
    for (const auto& [name, accepted] : m_query.attributes) {
      if (m_attributes.OfDocument(name, item.coding.document)) continue;  // checked already
      if (!Accepts(accepted, m_attributes.OfCase(name, caseId))) return false;
    }
    if (!m_query.roles.empty() && !Accepts(m_query.roles, m_attributes.OfCase(kRole, caseId))) return false;
    return true;
  }

  Project& m_project;
  store::Store& m_store;
  const RetrievalQuery& m_query;
  CodeTree m_tree;
  AttributeValues m_attributes;
  std::vector<std::set<RowId>> m_groups;
  std::set<RowId> m_coders;
  std::unordered_map<RowId, Document> m_documents;

 public:
  /// Adds the attributes a matrix needs to the loaded ones.
  void LoadAttributes(const std::vector<std::string>& names) {
    m_attributes = AttributeValues(m_store, WithExtra(AttributeNames(m_query), names));
  }
};

// Match::All: per document, the overlaps where a coding of every group is present.
std::vector<Item> Intersect(const std::vector<Item>& items, const std::vector<std::set<RowId>>& groups) {
  std::vector<Item> result;
  for (std::size_t i = 0; i < items.size();) {
    std::size_t j = i;
    while (j < items.size() && items[j].coding.document == items[i].coding.document) ++j;
    std::vector<Item> current;
    for (std::size_t k = i; k < j; ++k)
      if (groups.front().count(items[k].coding.code)) current.push_back(items[k]);
    for (std::size_t g = 1; g < groups.size() && !current.empty(); ++g) {
      std::vector<Item> next;
      for (const Item& piece : current)
        for (std::size_t k = i; k < j; ++k) {
          const Coding& other = items[k].coding;
          if (!groups[g].count(other.code)) continue;
          const std::size_t start = std::max(piece.coding.start, other.start);
          const std::size_t end = std::min(piece.coding.end, other.end);
          if (start >= end) continue;
          Item cut = piece;
          cut.coding.start = start;
          cut.coding.end = end;
          next.push_back(std::move(cut));
        }
      current = std::move(next);
    }
    std::sort(current.begin(), current.end(), [](const Item& a, const Item& b) {
      return std::tie(a.coding.start, a.coding.end, a.coding.id) < std::tie(b.coding.start, b.coding.end, b.coding.id);
    });
    current.erase(std::unique(current.begin(), current.end(),
                              [](const Item& a, const Item& b) {
                                return a.coding.start == b.coding.start && a.coding.end == b.coding.end;
                              }),
                  current.end());
    result.insert(result.end(), current.begin(), current.end());
    i = j;
  }
  return result;
}

std::vector<Item> Select(Selection& selection, const RetrievalQuery& query) {
  std::vector<Item> items = selection.Candidates();
  selection.LoadTurnsAndFilter(items);
  if (query.match == RetrievalQuery::Match::All && selection.Groups().size() > 1)
    items = Intersect(items, selection.Groups());
  return items;
}

}  // namespace

std::vector<Fragment> Retrieve(Project& project, const RetrievalQuery& query) {
  Selection selection(project, query, false);
  std::vector<Item> items = Select(selection, query);
  std::unordered_map<RowId, std::string> coders;
  for (const User& u : project.Store().Users()) coders[u.id] = u.name;
  // Many fragments: their quotes in one pass per code over the text chunks, not a query each.
  std::unordered_map<RowId, std::string> quotes;
  if (items.size() > 256 && query.match == RetrievalQuery::Match::Any) {
    std::set<RowId> codes;
    for (const Item& item : items) codes.insert(item.coding.code);
    const auto take = [&](std::vector<store::QuotedCoding> quoted) {
      for (store::QuotedCoding& q : quoted) quotes[q.coding.id] = std::move(q.quote);
    };
    if (query.codes.empty()) take(project.Store().QuotedCodings({}));
    else
      for (RowId code : codes) take(project.Store().QuotedCodings({code, std::nullopt, std::nullopt}));
  }
  // Documents by name, then position: order the small items by document rank before the
  // fragments are built, rather than moving whole fragments around.
  std::vector<std::pair<std::string_view, RowId>> names;
  for (const Item& item : items)
    if (names.empty() || names.back().second != item.coding.document)
      names.emplace_back(selection.DocumentOf(item.coding.document).name, item.coding.document);
  std::stable_sort(names.begin(), names.end());
  std::unordered_map<RowId, std::size_t> rank;
  for (const auto& [name, id] : names) rank.emplace(id, rank.size());
  std::stable_sort(items.begin(), items.end(),
                   [&](const Item& a, const Item& b) { return rank.at(a.coding.document) < rank.at(b.coding.document); });
  std::vector<Fragment> fragments;
  fragments.reserve(items.size());
  for (const Item& item : items) {
    Fragment f;
    f.coding = item.coding;
    if (query.match == RetrievalQuery::Match::All) {
      for (const auto& g : selection.Groups()) f.codes.push_back(*g.begin());
    } else {
      f.codes = {item.coding.code};
    }
    const Document& doc = selection.DocumentOf(item.coding.document);
    f.documentName = doc.name;
    f.documentGuid = doc.guid;
    if (const auto q = quotes.find(item.coding.id); q != quotes.end() && query.match != RetrievalQuery::Match::All)
      f.quote = std::move(q->second);
    else
      f.quote = selection.Store().DocumentSlice(doc.id, item.coding.start, item.coding.end);
    if (item.turn) {
      f.speaker = item.turn->speaker;
      f.timestampMs = item.turn->timestampMs;
      f.caseId = item.turn->caseId;
    }
    f.role = selection.RoleOf(item);
    f.coder = coders[item.coding.coder];
    fragments.push_back(std::move(f));
  }
  return fragments;
}

std::vector<CodeFrequency> Frequencies(Project& project, const RetrievalQuery& query) {
  Selection selection(project, query, true);
  std::vector<Item> items = selection.Candidates();
  selection.LoadTurnsAndFilter(items);
  std::vector<CodeFrequency> result;
  for (const auto& group : selection.Groups()) {
    CodeFrequency f;
    f.code = *group.begin();
    f.path = selection.Tree().PathOf(f.code);
    std::set<RowId> documents;
    std::set<std::pair<RowId, std::string>> speakers;  // case, or document and speaker name
    for (const Item& item : items) {
      if (!group.count(item.coding.code)) continue;
      ++f.fragments;
      documents.insert(item.coding.document);
      if (item.turn)
        speakers.insert(item.turn->caseId ? std::pair<RowId, std::string>(*item.turn->caseId, "")
                                          : std::pair<RowId, std::string>(-item.coding.document, item.turn->speaker));
    }
    f.documents = static_cast<std::int64_t>(documents.size());
    f.speakers = static_cast<std::int64_t>(speakers.size());
    result.push_back(std::move(f));
  }
  return result;
}

namespace {

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool inWord = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

}  // namespace

CooccurrenceMatrix Cooccurrence(Project& project, const RetrievalQuery& query, Proximity proximity, std::size_t words) {
  Selection selection(project, query, true);
  CooccurrenceMatrix m;
  // A code can stand in several rows (itself, and its parent listed with sub-codes).
  std::unordered_map<RowId, std::vector<std::size_t>> rowOf;
  for (const auto& group : selection.Groups()) {
    const RowId code = *group.begin();
    if (!selection.Tree().Get(code).isCodable && !query.withSubcodes) continue;
    for (RowId member : group) rowOf[member].push_back(m.codes.size());
    m.codes.push_back(code);
    m.paths.push_back(selection.Tree().PathOf(code));
  }
  const std::size_t n = m.codes.size();
  m.counts.assign(n, std::vector<std::int64_t>(n, 0));
  std::vector<Item> items = selection.Candidates();
  std::erase_if(items, [&](const Item& item) { return !rowOf.count(item.coding.code); });
  const bool needTurns = proximity == Proximity::SameTurn || !query.roles.empty() || !query.attributes.empty();
  if (needTurns) selection.LoadTurnsAndFilter(items);
  for (std::size_t i = 0; i < items.size();) {
    std::size_t j = i;
    while (j < items.size() && items[j].coding.document == items[i].coding.document) ++j;
    const RowId document = items[i].coding.document;
    if (proximity == Proximity::SameTurn) {
      // Turns each fragment touches, then the set of rows per turn.
      const std::vector<Turn> turns = selection.Store().Turns(document);
      std::vector<std::set<std::size_t>> rowsPerTurn(turns.size());
      std::size_t first = 0;
      for (std::size_t k = i; k < j; ++k) {
        const Coding& c = items[k].coding;
        while (first < turns.size() && turns[first].end <= c.start) ++first;
        for (std::size_t t = first; t < turns.size() && turns[t].start < std::max(c.end, c.start + 1); ++t)
          for (std::size_t row : rowOf.at(c.code)) rowsPerTurn[t].insert(row);
      }
      for (const auto& rows : rowsPerTurn)
        for (std::size_t a : rows)
          for (std::size_t b : rows) ++m.counts[a][b];
    } else {
      const std::string text = proximity == Proximity::Near ? selection.Store().DocumentText(document) : std::string();
      std::vector<std::size_t> byteOf;  // code point -> byte, built only for Near
      if (proximity == Proximity::Near) {
        byteOf.reserve(text.size() + 1);
        for (std::size_t b = 0; b < text.size(); ++b)
          if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) byteOf.push_back(b);
        byteOf.push_back(text.size());
      }
      for (std::size_t a = i; a < j; ++a) {
        const Coding& ca = items[a].coding;
        const std::vector<std::size_t>& ra = rowOf.at(ca.code);
        for (std::size_t r : ra) ++m.counts[r][r];
        // Sorted by start: once a later fragment starts past ca (beyond the word limit), so do
        // all after it.
        for (std::size_t b = a + 1; b < j; ++b) {
          const Coding& cb = items[b].coding;
          if (cb.start >= ca.end) {
            if (proximity == Proximity::Overlap) break;
            const std::string_view gap(text.data() + byteOf[ca.end], byteOf[cb.start] - byteOf[ca.end]);
            if (CountWords(gap) > words) break;
          }
          for (std::size_t x : ra)
            for (std::size_t y : rowOf.at(cb.code))
              if (x != y) ++m.counts[x][y], ++m.counts[y][x];
        }
      }
    }
    i = j;
  }
  return m;
}

AttributeMatrix CodeByAttributes(Project& project, const RetrievalQuery& query,
                                 const std::vector<std::string>& attributes) {
  if (attributes.empty()) throw Error(ErrorKind::Input, "name at least one attribute for the matrix columns");
  Selection selection(project, query, true);
  selection.LoadAttributes(attributes);
  std::vector<Item> items = selection.Candidates();
  selection.LoadTurnsAndFilter(items);
  AttributeMatrix m;
  m.attributes = attributes;
  std::unordered_map<RowId, std::vector<std::size_t>> rowOf;
  for (const auto& group : selection.Groups()) {
    for (RowId member : group) rowOf[member].push_back(m.codes.size());
    m.codes.push_back(*group.begin());
    m.paths.push_back(selection.Tree().PathOf(*group.begin()));
  }
  std::vector<std::string> columnOfItem(items.size());
  std::set<std::string> columns;
  for (std::size_t k = 0; k < items.size(); ++k) {
    std::string column;
    for (const std::string& name : attributes)
      column += (column.empty() ? "" : " \u00B7 ") + selection.ValueOf(name, items[k]);
    columns.insert(column);
    columnOfItem[k] = std::move(column);
  }
  m.columns.assign(columns.begin(), columns.end());
  std::map<std::string, std::size_t> columnIndex;
  for (std::size_t c = 0; c < m.columns.size(); ++c) columnIndex[m.columns[c]] = c;
  m.cells.assign(m.codes.size(), std::vector<std::vector<RowId>>(m.columns.size()));
  std::vector<std::vector<std::set<RowId>>> docs(m.codes.size(), std::vector<std::set<RowId>>(m.columns.size()));
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto rows = rowOf.find(items[k].coding.code);
    if (rows == rowOf.end()) continue;
    const std::size_t column = columnIndex[columnOfItem[k]];
    for (std::size_t row : rows->second) {
      m.cells[row][column].push_back(items[k].coding.id);
      docs[row][column].insert(items[k].coding.document);
    }
  }
  m.documents.assign(m.codes.size(), std::vector<std::int64_t>(m.columns.size(), 0));
  for (std::size_t r = 0; r < m.codes.size(); ++r)
    for (std::size_t c = 0; c < m.columns.size(); ++c)
      m.documents[r][c] = static_cast<std::int64_t>(docs[r][c].size());
  return m;
}

}  // namespace duiding::project
