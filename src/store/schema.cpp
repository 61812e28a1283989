// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/schema.h"

#include <stdexcept>
#include <vector>

namespace duiding::store {
namespace {

// Version 1: every object of the model. Positions are code point offsets, half-open.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE user(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL);
CREATE TABLE project(
  id INTEGER PRIMARY KEY CHECK (id = 1), guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
  creating_user_id INTEGER REFERENCES user(id));
CREATE TABLE change_set(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, at TEXT NOT NULL,
  user_id INTEGER REFERENCES user(id), label TEXT NOT NULL);
CREATE TABLE change_op(
  id INTEGER PRIMARY KEY, change_set_id INTEGER NOT NULL REFERENCES change_set(id),
  object TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  guid TEXT, before TEXT, after TEXT);
CREATE INDEX change_op_by_set ON change_op(change_set_id);
CREATE TABLE document(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL, length INTEGER NOT NULL CHECK (length >= 0),
  source_path TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, creating_user_id INTEGER REFERENCES user(id));
CREATE TABLE document_chunk(
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (document_id, seq));
CREATE TABLE "case"(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '');
CREATE TABLE case_document(
  case_id INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  PRIMARY KEY (case_id, document_id)) WITHOUT ROWID;
CREATE TABLE turn(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, speaker TEXT NOT NULL,
  timestamp_ms INTEGER, case_id INTEGER REFERENCES "case"(id) ON DELETE SET NULL,
  CHECK (0 <= start_pos AND start_pos <= end_pos));
CREATE INDEX turn_by_document ON turn(document_id, start_pos);
CREATE TABLE code(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, parent_id INTEGER REFERENCES code(id),
  name TEXT NOT NULL CHECK (length(name) > 0), color TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '', is_codable INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, creating_user_id INTEGER REFERENCES user(id));
CREATE UNIQUE INDEX code_sibling_name ON code(ifnull(parent_id, 0), name);
CREATE TABLE coding(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES code(id), user_id INTEGER NOT NULL REFERENCES user(id),
  start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, created_at TEXT NOT NULL,
  memo TEXT NOT NULL DEFAULT '', CHECK (0 <= start_pos AND start_pos <= end_pos));
CREATE INDEX coding_by_code ON coding(code_id, document_id, start_pos);
CREATE INDEX coding_by_document ON coding(document_id, start_pos);
CREATE TABLE memo(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, target_guid TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, user_id INTEGER REFERENCES user(id),
  created_at TEXT NOT NULL, modified_at TEXT NOT NULL);
CREATE TABLE variable(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('text', 'boolean', 'integer', 'float', 'date')),
  description TEXT NOT NULL DEFAULT '');
CREATE TABLE variable_value(
  id INTEGER PRIMARY KEY, variable_id INTEGER NOT NULL REFERENCES variable(id) ON DELETE CASCADE,
  case_id INTEGER REFERENCES "case"(id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES document(id) ON DELETE CASCADE, value NOT NULL,
  CHECK ((case_id IS NULL) <> (document_id IS NULL)));
CREATE UNIQUE INDEX variable_value_owner
  ON variable_value(variable_id, ifnull(case_id, 0), ifnull(document_id, 0));
)sql";

constexpr const char* kAppendOnly = R"sql(
CREATE TRIGGER change_set_append_only_update BEFORE UPDATE ON change_set
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_set_append_only_delete BEFORE DELETE ON change_set
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_op_append_only_update BEFORE UPDATE ON change_op
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_op_append_only_delete BEFORE DELETE ON change_op
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
)sql";

// Version 4: a document's speaker turns in one row (see turn_list.h for the format), because a
// row per turn made importing them cost more than storing the texts. Case ids inside the list
// are kept up to date by the store (nothing deletes cases yet; whatever does must rewrite the
// lists that name the case).
constexpr const char* kTurnsPerDocument = R"sql(
CREATE TABLE document_turns(
  document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
  turn_count INTEGER NOT NULL, voices TEXT NOT NULL, turns TEXT NOT NULL);
CREATE TEMP TABLE v4_voice AS
  SELECT document_id, speaker, case_id,
         row_number() OVER (PARTITION BY document_id ORDER BY first_start, speaker) - 1 AS idx
  FROM (SELECT document_id, speaker, case_id, min(start_pos) AS first_start FROM turn
        GROUP BY document_id, speaker, case_id);
INSERT INTO document_turns(document_id, turn_count, voices, turns)
  SELECT d.document_id, d.n,
    (SELECT line FROM (SELECT group_concat(
         replace(replace(replace(v.speaker, '\', '\\'), char(9), '\t'), char(10), '\n') || char(9) ||
         ifnull(v.case_id, '') || char(10), '')
         OVER (ORDER BY v.idx ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS line
       FROM v4_voice v WHERE v.document_id = d.document_id) LIMIT 1),
    (SELECT line FROM (SELECT group_concat(
         t.start_pos || char(9) || t.end_pos || char(9) || v.idx || char(9) || ifnull(t.timestamp_ms, '') ||
         char(9) || ifnull(t.end_ms, '') || char(10), '')
         OVER (ORDER BY t.start_pos, t.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS line
       FROM turn t JOIN v4_voice v ON v.document_id = t.document_id AND v.speaker = t.speaker
         AND v.case_id IS t.case_id
       WHERE t.document_id = d.document_id) LIMIT 1)
  FROM (SELECT document_id, count(*) AS n FROM turn GROUP BY document_id) d;
DROP TABLE v4_voice;
DROP TABLE turn;
)sql";

// Version 5: a text chunk is found by one integer key (document id * 2^20 + sequence number)
// instead of a (document, seq) index and then the row: one B-tree to write at import and one
// to search for every quote. The trigger keeps chunks from outliving their document.
constexpr const char* kChunksByKey = R"sql(
CREATE TABLE document_chunk_v5(key INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO document_chunk_v5(key, text)
  SELECT document_id * 1048576 + seq, text FROM document_chunk ORDER BY document_id, seq;
DROP TABLE document_chunk;
ALTER TABLE document_chunk_v5 RENAME TO document_chunk;
CREATE TRIGGER document_chunk_delete AFTER DELETE ON document BEGIN
  DELETE FROM document_chunk WHERE key BETWEEN OLD.id * 1048576 AND OLD.id * 1048576 + 1048575;
END;
)sql";

// Version 6: project settings a researcher changes (the search synonym list), logged like
// every other change.
constexpr const char* kSettings = R"sql(
CREATE TABLE setting(id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL);
)sql";

// Version 7: the structured codebook (English name, criteria, examples, memo, soft delete,
// sibling order; a deleted code's name is free again), and undo/redo: each change set says
// whether it can be undone ('do'), undoes or redoes another ('undo', 'redo', naming it), or
// neither ('other': imports, project creation, everything before version 7).
constexpr const char* kCodebookAndUndo = R"sql(
ALTER TABLE code ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN inclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN exclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN examples TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN memo TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN deleted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE code ADD COLUMN sort_key INTEGER NOT NULL DEFAULT 0;
DROP INDEX code_sibling_name;
CREATE UNIQUE INDEX code_sibling_name ON code(ifnull(parent_id, 0), name) WHERE deleted_at = '';
ALTER TABLE change_set ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
  CHECK (kind IN ('other', 'do', 'undo', 'redo'));
ALTER TABLE change_set ADD COLUMN reverts_id INTEGER REFERENCES change_set(id);
CREATE INDEX change_set_by_kind ON change_set(kind) WHERE kind <> 'other';
DROP TRIGGER log_code_update;
DROP TRIGGER log_code_delete;
)sql";

struct Column {
  Column(const char* n, int s = 1) : name(n), since(s) {}  // NOLINT: lists read as plain names
  const char* name;
  int since;  // the schema version that added it
};

struct Logged {
  const char* table;   // SQL table name
  const char* object;  // name in the change log
  const char* guid;    // expression for the row's GUID, with {row} for NEW/OLD
  std::vector<Column> columns;
  int since = 1;       // the schema version that created the table (and its triggers)
};

// Document text and speaker turns are the immutable payload of an import: the document row is
// logged, its chunks and turns are not (they would multiply the log for no audit value).
const std::vector<Logged>& LoggedTables() {
  static const std::vector<Logged> tables = {
      {"user", "user", "{row}.guid", {"id", "guid", "name", "created_at"}},
      {"project", "project", "{row}.guid", {"id", "guid", "name", "description", "created_at", "creating_user_id"}},
      {"document", "document", "{row}.guid",
       {"id", "guid", "name", "content_hash", "length", "source_path", "description", "created_at",
        "creating_user_id"}},
      {"code", "code", "{row}.guid",
       {"id", "guid", "parent_id", "name", "color", "description", "is_codable", "created_at", "creating_user_id",
        {"name_en", 7}, {"inclusion", 7}, {"exclusion", 7}, {"examples", 7}, {"memo", 7}, {"deleted_at", 7},
        {"sort_key", 7}}},
      {"coding", "coding", "{row}.guid",
       {"id", "guid", "document_id", "code_id", "user_id", "start_pos", "end_pos", "created_at", "memo"}},
      {"memo", "memo", "{row}.guid",
       {"id", "guid", "target_guid", "title", "text", "user_id", "created_at", "modified_at"}},
      {"\"case\"", "case", "{row}.guid", {"id", "guid", "name", "description"}},
      {"case_document", "case_document", "(SELECT guid FROM \"case\" WHERE id = {row}.case_id)",
       {"case_id", "document_id"}},
      {"variable", "variable", "{row}.guid", {"id", "guid", "name", "type", "description"}},
      {"variable_value", "variable_value", "(SELECT guid FROM variable WHERE id = {row}.variable_id)",
       {"id", "variable_id", "case_id", "document_id", "value"}},
      {"setting", "setting", "{row}.guid", {"id", "guid", "key", "value"}, 6},
  };
  return tables;
}

std::string Replace(std::string text, const std::string& what, const std::string& with) {
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
  return text;
}

std::string RowJson(const Logged& t, const char* row, int version) {
  std::string json = "json_object(";
  bool first = true;
  for (const Column& c : t.columns) {
    if (c.since > version) continue;
    if (!first) json += ", ";
    first = false;
    json += std::string("'") + c.name + "', " + row + "." + c.name;
  }
  return json + ")";
}

std::string LogInsertSql(const Logged& t, const std::string& op, const std::string& guid, const std::string& before,
                         const std::string& after) {
  return "INSERT INTO change_op(change_set_id, object, op, guid, before, after) SELECT "
         "(SELECT max(id) FROM change_set), '" + std::string(t.object) + "', '" + op + "', " + guid + ", " +
         before + ", " + after;
}

std::string TriggerName(const Logged& t, const char* op) { return "log_" + Replace(t.table, "\"", "") + "_" + op; }

const Logged& LoggedTable(std::string_view table) {
  for (const Logged& t : LoggedTables())
    if (t.table == table) return t;
  throw std::logic_error("no change log for table " + std::string(table));
}

// AFTER triggers that append every row change to the change set opened by the transaction.
// Version 1 logged the inserted row's image too; from version 2 an insert logs only the GUID,
// since the row itself holds the image (undoing the insert deletes it, and that delete logs
// the image). It halves what a large import writes.
std::string LogTrigger(const Logged& t, const char* op, int version, bool insertImages = false) {
  const struct {
    const char* op;
    const char* event;
    const char* row;
    std::string before, after;
  } kinds[] = {
      {"insert", "INSERT", "NEW", "NULL", insertImages ? RowJson(t, "NEW", version) : "NULL"},
      {"update", "UPDATE", "NEW", RowJson(t, "OLD", version), RowJson(t, "NEW", version)},
      {"delete", "DELETE", "OLD", RowJson(t, "OLD", version), "NULL"},
  };
  for (const auto& k : kinds)
    if (std::string(k.op) == op)
      return "CREATE TRIGGER " + TriggerName(t, k.op) + " AFTER " + k.event + " ON " + t.table + " BEGIN " +
             LogInsertSql(t, k.op, Replace(t.guid, "{row}", k.row), k.before, k.after) + "; END;\n";
  throw std::logic_error(std::string("no change-log trigger for ") + op);
}

std::string ChangeLogTriggers(bool insertImages, bool onlyInserts, int version) {
  std::string sql;
  for (const Logged& t : LoggedTables()) {
    if (version == 6 ? t.since != 6 : t.since > version) continue;
    for (const char* op : {"insert", "update", "delete"})
      if (!onlyInserts || std::string(op) == "insert") sql += LogTrigger(t, op, version, insertImages);
  }
  return sql;
}

std::string DropInsertTriggers() {
  std::string sql;
  for (const Logged& t : LoggedTables())
    if (t.since <= 2) sql += "DROP TRIGGER " + TriggerName(t, "insert") + ";\n";
  return sql;
}

}  // namespace

std::span<const Migration> ProjectMigrations() {
  static const std::vector<Migration> migrations = {
      {1, std::string(kSchemaV1) + kAppendOnly + ChangeLogTriggers(true, false, 1)},
      {2, DropInsertTriggers() + ChangeLogTriggers(false, true, 2)},
      {3, "ALTER TABLE turn ADD COLUMN end_ms INTEGER;"},
      {4, kTurnsPerDocument},
      {5, kChunksByKey},
      {6, std::string(kSettings) + ChangeLogTriggers(false, false, 6)},
      {7, std::string(kCodebookAndUndo) + LogTrigger(LoggedTable("code"), "update", 7) +
              LogTrigger(LoggedTable("code"), "delete", 7)},
  };
  return migrations;
}

std::string BulkInsertLogSql(std::string_view table) {
  const Logged& t = LoggedTable(table);
  return LogInsertSql(t, "insert", Replace(t.guid, "{row}", "r"), "NULL", "NULL") + " FROM " + t.table +
         " AS r WHERE r.id BETWEEN ?1 AND ?2 ORDER BY r.id";
}

std::string InsertLogTrigger(std::string_view table) { return TriggerName(LoggedTable(table), "insert"); }

std::string AppendOnlyTriggersSql() { return kAppendOnly; }

std::string DropAppendOnlyTriggersSql() {
  return "DROP TRIGGER change_set_append_only_update; DROP TRIGGER change_set_append_only_delete;"
         "DROP TRIGGER change_op_append_only_update; DROP TRIGGER change_op_append_only_delete;";
}

std::vector<std::string> LoggedColumns(std::string_view object) {
  for (const Logged& t : LoggedTables())
    if (t.object == object) {
      std::vector<std::string> names;
      for (const Column& c : t.columns) names.emplace_back(c.name);
      return names;
    }
  return {};
}

std::string LoggedTableName(std::string_view object) {
  for (const Logged& t : LoggedTables())
    if (t.object == object) return t.table;
  return {};
}

int CurrentSchemaVersion() { return ProjectMigrations().back().toVersion; }

}  // namespace duiding::store
