// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/sqlite.h"

#include <sqlite3.h>

#include "model/error.h"

namespace duiding::store::sqlite {
namespace {

ErrorKind KindOf(int rc) {
  switch (rc & 0xFF) {
    case SQLITE_CONSTRAINT: return ErrorKind::Conflict;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::Locked;
    case SQLITE_NOTADB: return ErrorKind::Version;
    default: return ErrorKind::Io;
  }
}

[[noreturn]] void Fail(int rc, const std::string& path, const char* message) {
  if ((rc & 0xFF) == SQLITE_NOTADB)
    throw Error(ErrorKind::Version, path + ": not a Duiding project (not an SQLite database)");
  throw Error(KindOf(rc), path + ": " + (message ? message : sqlite3_errstr(rc)));
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : m_stmt(other.m_stmt), m_owned(other.m_owned), m_path(other.m_path) {
  other.m_stmt = nullptr;
}

// A borrowed (cached) statement is reset when given back: one left mid-way would keep its read
// snapshot open, and a long-lived reader would never see what other connections commit.
Statement::~Statement() {
  if (!m_stmt) return;
  if (m_owned)
    sqlite3_finalize(m_stmt);
  else
    sqlite3_reset(m_stmt);
}

void Statement::Check(int rc) const {
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
    Fail(rc, *m_path, sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

Statement& Statement::Bind(int index, std::int64_t value) {
  Check(sqlite3_bind_int64(m_stmt, index, value));
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  Check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  Check(sqlite3_bind_double(m_stmt, index, value));
  return *this;
}

Statement& Statement::Bind(int index, std::optional<std::int64_t> value) {
  return value ? Bind(index, *value) : BindNull(index);
}

Statement& Statement::BindNull(int index) {
  Check(sqlite3_bind_null(m_stmt, index));
  return *this;
}

bool Statement::Step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string message = sqlite3_errmsg(sqlite3_db_handle(m_stmt));
  sqlite3_reset(m_stmt);
  Fail(rc, *m_path, message.c_str());
}

void Statement::Run() {
  while (Step()) {
  }
}

std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::Real(int column) const { return sqlite3_column_double(m_stmt, column); }
std::string Statement::Text(int column) const { return std::string(TextView(column)); }

std::string_view Statement::TextView(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
              : std::string_view();
}

bool Statement::IsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
int Statement::Type(int column) const { return sqlite3_column_type(m_stmt, column); }

std::optional<std::int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

// Before SQLite's first use in the process: no global memory statistics (we never read them),
// which spares a mutex round trip on every allocation. Harmless if SQLite is already running.
static void ConfigureOnce() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

Connection::Connection(const std::string& path, bool readOnly) : m_path(path) {
  ConfigureOnce();
  const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close(m_db);
    m_db = nullptr;
    Fail(rc, path, message.c_str());
  }
  sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection() {
  for (auto& [sql, stmt] : m_cache) sqlite3_finalize(stmt);
  sqlite3_close(m_db);
}

void Connection::Check(int rc) const {
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) Fail(rc, m_path, sqlite3_errmsg(m_db));
}

void Connection::Exec(std::string_view sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    const std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    Fail(rc, m_path, text.c_str());
  }
}

Statement Connection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  Check(sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr));
  return Statement(stmt, true, &m_path);
}

Statement Connection::Cached(std::string_view sql) {
  auto it = m_cache.find(sql);
  const bool fresh = it == m_cache.end();
  if (fresh) it = m_cache.emplace(std::string(sql), nullptr).first;
  if (fresh) {
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &it->second, nullptr);
    if (rc != SQLITE_OK) {
      m_cache.erase(it);
      Check(rc);
    }
  } else {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
  }
  return Statement(it->second, false, &m_path);
}

std::int64_t Connection::LastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::Changes() const { return sqlite3_changes(m_db); }

}  // namespace duiding::store::sqlite
