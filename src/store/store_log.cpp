// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>

#include "model/error.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace duiding::store {
namespace {

constexpr const char* kSetColumns =
    "SELECT id, guid, at, ifnull(user_id, 0), label, kind, ifnull(reverts_id, 0) FROM change_set ";

ChangeKind KindOf(std::string_view kind) {
  if (kind == "do") return ChangeKind::Do;
  if (kind == "undo") return ChangeKind::Undo;
  if (kind == "redo") return ChangeKind::Redo;
  return ChangeKind::Other;
}

ChangeSet ReadSet(const sqlite::Statement& s) {
  ChangeSet set;
  set.id = s.Int(0);
  set.guid = s.Text(1);
  set.at = s.Text(2);
  set.user = s.Int(3);
  set.label = s.Text(4);
  set.kind = KindOf(s.TextView(5));
  set.reverts = s.Int(6);
  return set;
}

void Remove(std::vector<ChangeSet>& stack, RowId id) {
  std::erase_if(stack, [id](const ChangeSet& c) { return c.id == id; });
}

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string list;
  for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + c;
  return list;
}

// The statements that undo one logged row change, per object and operation.
std::string InverseSql(const ChangeOp& op) {
  const std::string table = LoggedTableName(op.object);
  const std::vector<std::string> columns = LoggedColumns(op.object);
  const bool hasId = std::find(columns.begin(), columns.end(), "id") != columns.end();
  if (table.empty() || !hasId)
    throw Error(ErrorKind::Conflict, "changes to " + op.object + " records cannot be undone");
  if (op.op == "insert") return "DELETE FROM " + table + " WHERE guid = ?1";
  if (op.op == "update") {
    std::string set;
    for (const std::string& c : columns)
      if (c != "id") set += (set.empty() ? "" : ", ") + c + " = json_extract(?1, '$." + c + "')";
    return "UPDATE " + table + " SET " + set + " WHERE id = json_extract(?1, '$.id')";
  }
  std::string values;
  for (const std::string& c : columns) values += (values.empty() ? "" : ", ") + ("json_extract(?1, '$." + c + "')");
  return "INSERT INTO " + table + "(" + ColumnList(columns) + ") VALUES (" + values + ")";
}

}  // namespace

std::vector<ChangeSet> Store::ChangeSets(std::size_t limit) {
  sqlite::Statement s = Db().Cached(std::string(kSetColumns) + "ORDER BY id DESC LIMIT ?");
  s.Bind(1, static_cast<std::int64_t>(limit));
  std::vector<ChangeSet> sets;
  while (s.Step()) sets.push_back(ReadSet(s));
  return sets;
}

std::vector<ChangeOp> Store::ChangeOps(RowId changeSet) {
  sqlite::Statement s = Db().Cached(
      "SELECT change_set_id, object, op, ifnull(guid, ''), ifnull(before, ''), ifnull(after, '') FROM change_op"
      " WHERE change_set_id = ? ORDER BY id");
  s.Bind(1, changeSet);
  std::vector<ChangeOp> ops;
  while (s.Step()) ops.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5)});
  return ops;
}

bool Store::OnlyChangedSince(const std::string& guid, const std::vector<std::string>& objects) {
  sqlite::Statement since = Db().Cached("SELECT id FROM change_set WHERE guid = ?");
  since.Bind(1, guid);
  if (!since.Step()) return false;
  const RowId from = since.Int(0);
  std::string allowed = "''";  // never an object's name: an empty list allows nothing
  for (std::size_t i = 0; i < objects.size(); ++i) allowed += ", ?" + std::to_string(i + 2);
  // A change set counts against when it logged nothing or something outside `objects`.
  sqlite::Statement s = Db().Prepare(
      "SELECT count(*) FROM change_set s WHERE s.id > ?1 AND (NOT EXISTS (SELECT 1 FROM change_op o WHERE "
      "o.change_set_id = s.id) OR EXISTS (SELECT 1 FROM change_op o WHERE o.change_set_id = s.id AND o.object NOT IN (" +
      allowed + ")))");
  s.Bind(1, from);
  for (std::size_t i = 0; i < objects.size(); ++i) s.Bind(static_cast<int>(i + 2), objects[i]);
  return s.Step() && s.Int(0) == 0;
}

Store::UndoStacks Store::UndoRedo() {
  sqlite::Statement s = Db().Cached(std::string(kSetColumns) + "WHERE kind IN ('do', 'undo', 'redo') ORDER BY id");
  UndoStacks stacks;
  while (s.Step()) {
    ChangeSet set = ReadSet(s);
    switch (set.kind) {
      case ChangeKind::Do:
        stacks.redo.clear();
        stacks.undo.push_back(std::move(set));
        break;
      case ChangeKind::Undo:  // redoing it reverts this undo
        Remove(stacks.undo, set.reverts);
        stacks.redo.push_back(std::move(set));
        break;
      case ChangeKind::Redo:  // undoing it reverts this redo
        Remove(stacks.redo, set.reverts);
        stacks.undo.push_back(std::move(set));
        break;
      case ChangeKind::Other:
        break;
    }
  }
  return stacks;
}

void Store::Revert(RowId changeSet) {
  RequireWritable("undo a change");
  sqlite::Statement ops = Db().Cached(
      "SELECT object, op, ifnull(guid, ''), ifnull(before, '') FROM change_op WHERE change_set_id = ? ORDER BY id DESC");
  ops.Bind(1, changeSet);
  // Read first: the inverse changes append to change_op themselves.
  std::vector<ChangeOp> list;
  while (ops.Step()) {
    ChangeOp op;
    op.object = ops.Text(0);
    op.op = ops.Text(1);
    op.guid = ops.Text(2);
    op.before = ops.Text(3);
    list.push_back(std::move(op));
  }
  for (const ChangeOp& op : list) {
    sqlite::Statement inverse = Db().Cached(InverseSql(op));
    inverse.Bind(1, op.op == "insert" ? op.guid : op.before);
    try {
      inverse.Run();
    } catch (const Error& e) {
      throw Error(ErrorKind::Conflict, "cannot undo: a " + op.object + " has changed since (" + e.what() + ")");
    }
    if (Db().Changes() != 1)
      throw Error(ErrorKind::Conflict, "cannot undo: a " + op.object + " (" + op.guid + ") has changed or gone since");
  }
}

}  // namespace duiding::store
