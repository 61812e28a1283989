// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "model/types.h"
#include "store/sqlite.h"

namespace duiding::store {

/// Bulk inserts with one change-log statement instead of one trigger run per row. While it
/// lives, the table's insert trigger is dropped (inside the caller's transaction, so a rollback
/// brings it back); Finish() logs rows [first, last] exactly as the trigger would and recreates
/// the trigger. Without Finish() (an exception) the destructor recreates the trigger.
class BulkInsertLog {
 public:
  BulkInsertLog(sqlite::Connection& db, std::string_view table);
  BulkInsertLog(const BulkInsertLog&) = delete;
  BulkInsertLog& operator=(const BulkInsertLog&) = delete;
  ~BulkInsertLog();

  void Finish(RowId first, RowId last);

 private:
  sqlite::Connection& m_db;
  std::string m_table;
  std::string m_triggerSql;
  bool m_finished = false;
};

}  // namespace duiding::store
