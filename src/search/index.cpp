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
#include "search/document_file.h"
#include "search/hit_table.h"
#include "search/index_terms.h"
#include "search/project_synonyms.h"
#include "search/term_positions.h"
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

// One document for the index: Xapian's part, and its hit table and text for the document file.
struct IndexedDocument {
  Xapian::Document doc;
  std::string table, positions, text;
};

// Where the words of one document go in the index. Stems are cached per build: most words of a
// transcript recur, and a Snowball call costs more than a lookup.
class DocumentIndexer {
 public:
  explicit DocumentIndexer(const SetTerms& sets) : m_sets(sets) {}

  IndexedDocument Make(store::Store& store, const std::string& guid, const StoreState& state) {
    IndexedDocument out;
    out.text = store.DocumentText(state.id);
    const std::string& text = out.text;
    m_bytes += text.size();
    const std::vector<Token> tokens = m_analyzer.Tokens(text);
    const std::vector<Turn> turns = store.Turns(state.id);
    const std::vector<text::Span> openings = Openings(text, turns);
    Xapian::Document& doc = out.doc;
    std::map<std::string, std::vector<std::uint32_t>> positions;  // the same, for the hit finder
    auto opening = openings.begin();
    for (const Token& t : tokens) {
      while (opening != openings.end() && opening->end <= t.start) ++opening;
      // A turn's timestamp and speaker label are no words of it: "moeder" finds what is said,
      // spreker:moeder who says it. Their positions stay unused, so no phrase spans two turns.
      if (opening != openings.end() && opening->start <= t.start) continue;
      const auto& [stem, sets] = TermOf(t.folded);
      const auto position = static_cast<Xapian::termpos>(t.position + 1);
      doc.add_posting(stem, position);
      positions[stem].push_back(position);
      for (const std::string& set : sets) {
        doc.add_posting(set, position);
        positions[set].push_back(position);
      }
    }
    doc.add_boolean_term(terms::Id(guid));
    doc.add_boolean_term(terms::DocName(state.name));
    for (const std::string& term : state.fieldTerms) doc.add_boolean_term(term);
    out.table = EncodeHitTable(state.id, state.name, text, tokens, turns);
    out.positions = EncodeTermPositions(positions);
    doc.add_value(terms::kStateSlot, state.fingerprint);
    doc.add_value(terms::kNameSlot, state.name);
    return out;
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

// Where the records of the revision `db` is at are in the document file; none when damaged.
std::optional<Directory> CurrentDirectory(const Xapian::Database& db, const std::string& folder) {
  const std::string place = db.get_metadata(terms::kDirectoryKey);
  if (place.empty() && db.get_doccount() == 0) return Directory{};
  const std::optional<RecordPlace> at = DecodePlace(place);
  if (!at) return std::nullopt;
  try {
    DocumentFile file;
    file.Map(folder);
    return file.ReadDirectory(*at);
  } catch (const Error&) {
    return std::nullopt;
  }
}

// Opens the index for writing, with the directory of its document file; one that cannot be
// read or is of another version is replaced.
Xapian::WritableDatabase OpenForWriting(const std::string& folder, bool& fresh, Directory& directory) {
  MakePrivateFolder(folder);
  try {
    Xapian::WritableDatabase db(folder, Xapian::DB_CREATE_OR_OPEN);
    fresh = db.get_doccount() == 0;
    if (db.get_metadata(terms::kVersionKey) == terms::kIndexVersion || fresh) {
      if (std::optional<Directory> current = CurrentDirectory(db, folder)) {
        directory = std::move(*current);
        return db;
      }
    }
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(ErrorKind::Locked, folder + ": the search index is being updated by another Duiding");
  } catch (const Xapian::DatabaseError&) {
    // damaged or unreadable: a cache, so start again below
  }
  directory.clear();
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

// The document file as a sync changes it: the records it appends, the directory of the revision
// it makes, and the records that revision no longer points to (wiped once it is committed).
struct Records {
  DocumentFileWriter& file;
  Directory& directory;
  std::vector<RecordPlace> dead;
  bool changed = false;

  void Drop(Xapian::docid id) {
    if (id < directory.size() && directory[id]) dead.push_back(*directory[id]);
    if (id < directory.size()) directory[id].reset();
    changed = true;
  }
  void Put(Xapian::docid id, const RecordPlace& place) {
    Drop(id);
    if (directory.size() <= id) directory.resize(id + 1);
    directory[id] = place;
  }
  std::uint64_t Bytes(Xapian::docid id) const { return id < directory.size() && directory[id] ? directory[id]->Size() : 0; }
};

// Bytes of the document file that may be dead before the index is built anew instead: half as
// many as are live, and a little more, so that a small project is never rebuilt for it.
constexpr std::uint64_t kDeadSlack = 64 << 10;

enum class Outcome { Synced, RebuildInstead };

Outcome Update(Xapian::WritableDatabase& db, store::Store& store, IndexReport& report, Progress* progress,
               Records& records, bool mayRebuild) {
  const std::string synced = db.get_metadata(terms::kStateKey);
  // Nothing changed since the last sync, or only codings and the like: the index is current
  // without comparing every document (which takes a while on a large project).
  if (!synced.empty() && (synced == ProjectState(store) || store.OnlyChangedSince(synced, NotIndexed()))) {
    report.documents = db.get_doccount();
    return Outcome::Synced;
  }
  const SetTerms sets = SynonymSetTerms(ProjectSynonyms(store));
  const auto wanted = StoreStates(store, SetsDigest(sets));
  const auto present = IndexStates(db);
  // What the document file would hold dead after this sync (records replaced or removed, and
  // what was dead before): too much, and building the index anew costs less than keeping it.
  std::uint64_t live = 0, leaving = 0;
  for (const auto& [guid, entry] : present) {
    live += records.Bytes(entry.first);
    const auto it = wanted.find(guid);
    if (it == wanted.end() || it->second.fingerprint != entry.second) leaving += records.Bytes(entry.first);
  }
  const std::uint64_t deadBefore = records.file.Size() > live ? records.file.Size() - live : 0;
  if (mayRebuild && deadBefore + leaving > (live - leaving) / 2 + kDeadSlack) return Outcome::RebuildInstead;
  report.documents = wanted.size();
  for (const auto& [guid, entry] : present)
    if (!wanted.count(guid)) {
      db.delete_document(entry.first);
      records.Drop(entry.first);
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
    const IndexedDocument made = indexer.Make(store, guid, s);
    const RecordPlace place = records.file.Append(made.table, made.positions, made.text);
    records.Put(db.replace_document(terms::Id(guid), made.doc), place);
    ++state.itemsDone;
    ++report.indexed;
  }
  report.bytes = indexer.Bytes();
  state.item.clear();
  ReportOrCancel(progress, state);
  return Outcome::Synced;
}

// One sync; RebuildInstead (with nothing changed) when building the index anew is cheaper.
Outcome SyncOnce(store::Store& store, const std::string& folder, Progress* progress, bool mayRebuild,
                 IndexReport& report) {
  Directory directory;
  Xapian::WritableDatabase db = OpenForWriting(folder, report.rebuilt, directory);
  DocumentFileWriter file(folder);
  Records records{file, directory, {}, false};
  try {
    db.begin_transaction();
    {
      // One state of the project for all of it (SQLite's locks taken once), and the change set
      // recorded as synced is the one the documents were read at, not one committed meanwhile.
      const store::Store::ReadScope snapshot = store.BeginRead();
      if (Update(db, store, report, progress, records, mayRebuild && !report.rebuilt) == Outcome::RebuildInstead) {
        db.cancel_transaction();
        return Outcome::RebuildInstead;
      }
      db.set_metadata(terms::kStateKey, ProjectState(store));
    }
    if (records.changed) {  // the new revision's directory, and the old one's record is dead
      if (const std::optional<RecordPlace> old = DecodePlace(db.get_metadata(terms::kDirectoryKey)))
        records.dead.push_back(*old);
      db.set_metadata(terms::kDirectoryKey, EncodePlace(file.AppendDirectory(directory)));
      file.Flush();  // on the disk before the revision that points at it
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
  // No revision points at these any more; a search still reading the one before finds them
  // wiped and passes over their documents.
  for (const RecordPlace& dead : records.dead) file.Wipe(dead);
  if (!records.dead.empty()) file.Flush();
  return Outcome::Synced;
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
  if (SyncOnce(store, folder, progress, true, report) == Outcome::Synced) return report;
  std::error_code ignored;
  fs::remove_all(folder, ignored);
  report = IndexReport{};
  SyncOnce(store, folder, progress, false, report);
  report.rebuilt = true;
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
  DocumentFile file;
  Directory directory;
  try {
    Xapian::Database db(folder);
    if (db.get_metadata(terms::kVersionKey) == terms::kIndexVersion) {
      present = IndexStates(db);
      directory = CurrentDirectory(db, folder).value_or(Directory{});
      file.Map(folder);
    }
  } catch (const Xapian::Error&) {
    // missing or unreadable: every document is missing
  } catch (const Error&) {
    directory.clear();  // a document file that cannot be mapped: every document is stale
  }
  // A document whose hit table and text cannot be read from the document file is stale too.
  const auto readable = [&](Xapian::docid id) {
    if (id >= directory.size() || !directory[id]) return false;
    try {
      const std::optional<DocumentFile::Record> record = file.Read(*directory[id]);
      return record && HitTable(record->table).Length() == text::CountCodePoints(record->text);
    } catch (const Error&) {
      return false;
    }
  };
  for (const auto& [guid, s] : wanted) {
    const auto it = present.find(guid);
    if (it == present.end()) ++report.missing;
    else if (it->second.second != s.fingerprint || !readable(it->second.first)) ++report.stale;
  }
  for (const auto& [guid, entry] : present) report.extra += wanted.count(guid) ? 0 : 1;
  return report;
}

}  // namespace duiding::search
