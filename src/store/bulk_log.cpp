// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/bulk_log.h"

#include "model/error.h"
#include "store/schema.h"

namespace duiding::store {

BulkInsertLog::BulkInsertLog(sqlite::Connection& db, std::string_view table) : m_db(db), m_table(table) {
  const std::string trigger = InsertLogTrigger(table);
  sqlite::Statement s = m_db.Prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
  s.Bind(1, trigger);
  if (!s.Step()) throw Error(ErrorKind::Internal, m_db.Path() + ": change-log trigger " + trigger + " is missing");
  m_triggerSql = s.Text(0);
  m_db.Exec("DROP TRIGGER " + trigger);
}

BulkInsertLog::~BulkInsertLog() {
  if (m_finished) return;
  try {
    m_db.Exec(m_triggerSql);
  } catch (...) {
    // The transaction is failing anyway; its rollback restores the trigger.
  }
}

void BulkInsertLog::Finish(RowId first, RowId last) {
  if (first <= last) m_db.Prepare(BulkInsertLogSql(m_table)).Bind(1, first).Bind(2, last).Run();
  m_db.Exec(m_triggerSql);
  m_finished = true;
}

}  // namespace duiding::store
