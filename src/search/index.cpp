// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/index.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <xapian.h>

#include "model/error.h"
#include "model/variable.h"
#include "search/hit_table.h"
#include "search/index_terms.h"
#include "search/project_synonyms.h"
#include "text/turn_opening.h"
#include "text/utf8.h"

namespace duiding::search {
namespace fs = std::filesystem;
namespace {

// What the index must reflect of one store document: its text (by hash), name and attributes.
struct StoreState {
  RowId id = 0;
  std::string name;
  std::string fingerprint;
  std::set<std::string> fieldTerms;  ///< XF<field>:<value> for its speakers and attributes
};

// Every variable value of `owner` as a field term, also appended to the fingerprint.
void AddValues(store::Store& store, const std::vector<Variable>& variables, const ValueOwner& owner, StoreState& s) {
  for (const Variable& v : variables)
    if (const auto value = store.GetValue(v.id, owner)) {
      const std::string text = FormatValue(*value);
      s.fingerprint += "|" + std::to_string(owner.caseId.value_or(0)) + ":" + v.name + "=" + text;
      s.fieldTerms.insert(terms::Field(v.name, text));
    }
}

// A digest of every field of every turn (64 bits): a turn moved, retimed or given to another
// case changes it.
std::string TurnsDigest(const std::vector<Turn>& turns) {
  std::uint64_t hash = terms::kFnvStart;
  const auto number = [&hash](std::int64_t value) {  // a word at a time: a byte at a time took a third of a sync
    hash ^= static_cast<std::uint64_t>(value);
    hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9ull;  // the splitmix64 finalizer's steps
    hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebull;
    hash ^= hash >> 31;
  };
  for (const Turn& t : turns) {
    number(static_cast<std::int64_t>(t.start));
    number(static_cast<std::int64_t>(t.end));
    number(t.timestampMs.value_or(-1));
    number(t.caseId.value_or(0));
    number(static_cast<std::int64_t>(t.speaker.size()));  // so that no two speaker lists hash alike by their joins
    hash = terms::Fnv1a(t.speaker, hash);
  }
  return std::to_string(turns.size()) + ":" + std::to_string(hash);
}

// The synonym groups indexed as terms of their own: for each stem term of a one-word member,
// the group terms it also stands for. A group with fewer than two different one-word stems
// needs none (its one stem is its term).
using SetTerms = std::unordered_map<std::string, std::vector<std::string>>;
SetTerms SynonymSetTerms(const Synonyms& synonyms) {
  DutchAnalyzer analyzer;
  SetTerms sets;
  for (const std::vector<std::string>& group : synonyms.Groups()) {
    std::vector<std::string> stems;
    for (const std::string& member : group)
      if (const std::vector<Token> words = analyzer.Tokens(member); words.size() == 1)
        stems.push_back(terms::Stem(analyzer.Stem(words.front().folded)));
    const std::string set = terms::SynonymSet(stems);
    std::sort(stems.begin(), stems.end());
    if (std::unique(stems.begin(), stems.end()) - stems.begin() < 2) continue;
    for (const std::string& stem : stems) {
      std::vector<std::string>& of = sets[stem];
      if (std::find(of.begin(), of.end(), set) == of.end()) of.push_back(set);
    }
  }
  return sets;
}

// Which groups a document was indexed with: part of every document's state, so that a changed
// list re-indexes them all and no group term is in some documents only.
std::string SetsDigest(const SetTerms& sets) {
  std::vector<std::string> all;
  for (const auto& [stem, of] : sets) all.insert(all.end(), of.begin(), of.end());
  return terms::SynonymSet(all);
}

std::map<std::string, StoreState> StoreStates(store::Store& store, const std::string& setsDigest) {
  const std::vector<Variable> variables = store.Variables();
  std::map<std::string, StoreState> states;
  for (const Document& d : store.Documents()) {
    StoreState& s = states[d.guid];
    s.id = d.id;
    s.name = d.name;
    s.fingerprint = d.contentHash + "|" + d.name;
    AddValues(store, variables, {std::nullopt, d.id}, s);
    std::set<RowId> cases;
    std::set<std::string_view> labels;  // folded into terms once each, not once a turn
    const std::vector<Turn> turns = store.Turns(d.id);
    for (const Turn& t : turns) {
      if (!t.speaker.empty()) labels.insert(t.speaker);
      if (t.caseId) cases.insert(*t.caseId);
    }
    std::set<std::string> speakers;
    for (const std::string_view label : labels) speakers.insert(terms::Field("spreker", label));
    // Who speaks is indexed (spreker: narrows documents first) and the turns are in the hit
    // table, so both are part of the state.
    for (const std::string& speaker : speakers) s.fingerprint += "|" + speaker;
    for (const RowId c : cases) s.fingerprint += "|case " + std::to_string(c);
    s.fingerprint += "|turns " + TurnsDigest(turns) + "|synonyms " + setsDigest;
    s.fieldTerms.insert(speakers.begin(), speakers.end());
    for (const RowId c : cases) AddValues(store, variables, {c, std::nullopt}, s);
  }
  return states;
}

// The newest change set: when the index was last synced at it, nothing can have changed.
std::string ProjectState(store::Store& store) {
  const std::vector<ChangeSet> latest = store.ChangeSets(1);
  return latest.empty() ? std::string() : latest.front().guid;
}

// Index entries by document GUID: their Xapian id and the state they were made from.
std::map<std::string, std::pair<Xapian::docid, std::string>> IndexStates(const Xapian::Database& db) {
  std::map<std::string, std::pair<Xapian::docid, std::string>> states;
  for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term) {
    const Xapian::docid id = *db.postlist_begin(*term);
    states[(*term).substr(1)] = {id, db.get_document(id).get_value(terms::kStateSlot)};
  }
  return states;
}

// Where the words of one document go in the index. Stems are cached per build: most words of a
// transcript recur, and a Snowball call costs more than a lookup.
class DocumentIndexer {
 public:
  explicit DocumentIndexer(const SetTerms& sets) : m_sets(sets) {}

  Xapian::Document Make(store::Store& store, const std::string& guid, const StoreState& state) {
    const std::string text = store.DocumentText(state.id);
    m_bytes += text.size();
    const std::vector<Token> tokens = m_analyzer.Tokens(text);
    const std::vector<Turn> turns = store.Turns(state.id);
    const std::vector<text::Span> openings = Openings(text, turns);
    Xapian::Document doc;
    auto opening = openings.begin();
    for (const Token& t : tokens) {
      while (opening != openings.end() && opening->end <= t.start) ++opening;
      // A turn's timestamp and speaker label are no words of it: "moeder" finds what is said,
      // spreker:moeder who says it. Their positions stay unused, so no phrase spans two turns.
      if (opening != openings.end() && opening->start <= t.start) continue;
      const auto& [stem, sets] = TermOf(t.folded);
      doc.add_posting(stem, t.position + 1);
      for (const std::string& set : sets) doc.add_posting(set, t.position + 1);
    }
    doc.add_boolean_term(terms::Id(guid));
    doc.add_boolean_term(terms::DocName(state.name));
    for (const std::string& term : state.fieldTerms) doc.add_boolean_term(term);
    doc.add_value(terms::kTableSlot, EncodeHitTable(state.id, state.name, text, tokens, turns));
    doc.add_value(terms::kStateSlot, state.fingerprint);
    doc.add_value(terms::kNameSlot, state.name);
    return doc;
  }
  std::uint64_t Bytes() const { return m_bytes; }

 private:
  // Where each turn's opening (timestamp, label) lies, in code points, in text order.
  static std::vector<text::Span> Openings(std::string_view text, const std::vector<Turn>& turns) {
    std::vector<text::Span> openings;
    text::ForwardByteCursor bytes(text);
    for (const Turn& t : turns) {  // sorted by start, as the store gives them
      if (t.end <= t.start) continue;
      const std::string_view rest = text.substr(std::min(bytes.To(t.start), text.size()));
      // An opening is a timestamp and the label: look no further than that could reach.
      const std::size_t reach = std::min(t.end - t.start, t.speaker.size() + 40);
      const std::string_view head = rest.substr(0, text::PrefixBytes(rest, reach));
      if (const std::size_t size = text::TurnOpeningBytes(head, t.speaker))
        openings.push_back({t.start, t.start + text::CountCodePoints(head.substr(0, size))});
    }
    return openings;
  }

  // The stem term of a word and the synonym group terms that stem stands for.
  using Terms = std::pair<std::string, std::vector<std::string>>;
  const Terms& TermOf(const std::string& folded) {
    auto [it, fresh] = m_terms.try_emplace(folded);
    if (fresh) {
      it->second.first = terms::Stem(m_analyzer.Stem(folded));
      if (const auto sets = m_sets.find(it->second.first); sets != m_sets.end()) it->second.second = sets->second;
    }
    return it->second;
  }
  const SetTerms& m_sets;
  DutchAnalyzer m_analyzer;
  std::unordered_map<std::string, Terms> m_terms;
  std::uint64_t m_bytes = 0;
};

void MakePrivateFolder(const std::string& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) throw Error(ErrorKind::Io, folder + ": cannot create the search index folder: " + error.message());
  ::chmod(folder.c_str(), 0700);
}

// Opens the index for writing; one that cannot be read or is of another version is replaced.
Xapian::WritableDatabase OpenForWriting(const std::string& folder, bool& fresh) {
  MakePrivateFolder(folder);
  try {
    Xapian::WritableDatabase db(folder, Xapian::DB_CREATE_OR_OPEN);
    fresh = db.get_doccount() == 0;
    if (db.get_metadata(terms::kVersionKey) == terms::kIndexVersion || fresh) return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(ErrorKind::Locked, folder + ": the search index is being updated by another Duiding");
  } catch (const Xapian::DatabaseError&) {
    // damaged or unreadable: a cache, so start again below
  }
  fs::remove_all(folder);
  MakePrivateFolder(folder);
  fresh = true;
  return Xapian::WritableDatabase(folder, Xapian::DB_CREATE_OR_OVERWRITE);
}

// What the index holds nothing of: codes, codings and memos are looked up in the store when a
// search asks (code:, codeur:), so coding changes need no sync.
const std::vector<std::string>& NotIndexed() {
  static const std::vector<std::string> objects = {"coding", "code", "memo"};
  return objects;
}

void Update(Xapian::WritableDatabase& db, store::Store& store, IndexReport& report, Progress* progress) {
  const std::string synced = db.get_metadata(terms::kStateKey);
  // Nothing changed since the last sync, or only codings and the like: the index is current
  // without comparing every document (which takes a while on a large project).
  if (!synced.empty() && (synced == ProjectState(store) || store.OnlyChangedSince(synced, NotIndexed()))) {
    report.documents = db.get_doccount();
    return;
  }
  const SetTerms sets = SynonymSetTerms(ProjectSynonyms(store));
  const auto wanted = StoreStates(store, SetsDigest(sets));
  const auto present = IndexStates(db);
  report.documents = wanted.size();
  for (const auto& [guid, entry] : present)
    if (!wanted.count(guid)) {
      db.delete_document(entry.first);
      ++report.removed;
    }
  ProgressState state;
  state.stage = "indexing";
  for (const auto& [guid, s] : wanted) {
    const auto it = present.find(guid);
    if (it == present.end() || it->second.second != s.fingerprint) ++state.itemsTotal;
  }
  DocumentIndexer indexer(sets);
  for (const auto& [guid, s] : wanted) {
    const auto it = present.find(guid);
    if (it != present.end() && it->second.second == s.fingerprint) continue;
    state.item = s.name;
    ReportOrCancel(progress, state);
    db.replace_document(terms::Id(guid), indexer.Make(store, guid, s));
    ++state.itemsDone;
    ++report.indexed;
  }
  report.bytes = indexer.Bytes();
  state.item.clear();
  ReportOrCancel(progress, state);
}

}  // namespace

std::string IndexFolder(const std::string& projectGuid) {
  if (const char* dir = std::getenv("DUIDING_INDEX_DIR"); dir && *dir) return (fs::path(dir) / projectGuid).string();
  fs::path base;
  if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
    base = cache;
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = fs::path(home) / ".cache";
  else
    base = fs::temp_directory_path();
  return (base / "duiding" / "index" / projectGuid).string();
}

IndexReport SyncIndex(store::Store& store, const std::string& folder, Progress* progress) {
  IndexReport report;
  Xapian::WritableDatabase db = OpenForWriting(folder, report.rebuilt);
  try {
    db.begin_transaction();
    {
      // One state of the project for all of it (SQLite's locks taken once), and the change set
      // recorded as synced is the one the documents were read at, not one committed meanwhile.
      const store::Store::ReadScope snapshot = store.BeginRead();
      Update(db, store, report, progress);
      db.set_metadata(terms::kStateKey, ProjectState(store));
    }
    db.set_metadata(terms::kVersionKey, terms::kIndexVersion);
    db.commit_transaction();
  } catch (...) {
    try {
      db.cancel_transaction();
    } catch (const Xapian::Error&) {
      // no transaction was open
    }
    try {
      throw;
    } catch (const Xapian::Error& e) {
      throw Error(ErrorKind::Io, folder + ": search index: " + e.get_msg());
    }
  }
  return report;
}

IndexReport RebuildIndex(store::Store& store, const std::string& folder, Progress* progress) {
  std::error_code ignored;
  fs::remove_all(folder, ignored);
  IndexReport report = SyncIndex(store, folder, progress);
  report.rebuilt = true;
  return report;
}

IndexReport CheckIndex(store::Store& store, const std::string& folder) {
  IndexReport report;
  const store::Store::ReadScope snapshot = store.BeginRead();
  const auto wanted = StoreStates(store, SetsDigest(SynonymSetTerms(ProjectSynonyms(store))));
  report.documents = wanted.size();
  std::map<std::string, std::pair<Xapian::docid, std::string>> present;
  try {
    Xapian::Database db(folder);
    if (db.get_metadata(terms::kVersionKey) == terms::kIndexVersion) present = IndexStates(db);
  } catch (const Xapian::Error&) {
    // missing or unreadable: every document is missing
  }
  for (const auto& [guid, s] : wanted) {
    const auto it = present.find(guid);
    if (it == present.end()) ++report.missing;
    else if (it->second.second != s.fingerprint) ++report.stale;
  }
  for (const auto& [guid, entry] : present) report.extra += wanted.count(guid) ? 0 : 1;
  return report;
}

}  // namespace duiding::search
