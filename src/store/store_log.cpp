// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/sqlite.h"
#include "store/store.h"

namespace duiding::store {

std::vector<ChangeSet> Store::ChangeSets(std::size_t limit) {
  sqlite::Statement s =
      Db().Cached("SELECT id, guid, at, ifnull(user_id, 0), label FROM change_set ORDER BY id DESC LIMIT ?");
  s.Bind(1, static_cast<std::int64_t>(limit));
  std::vector<ChangeSet> sets;
  while (s.Step()) sets.push_back({s.Int(0), s.Text(1), s.Text(2), s.Int(3), s.Text(4)});
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

}  // namespace duiding::store
