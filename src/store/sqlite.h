// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

/// A thin C++ face on SQLite for the store only. Errors become duiding::Error naming the file.
/// Not thread-safe: one Connection per thread.
namespace duiding::store::sqlite {

/// A prepared statement. Cached statements are borrowed from their Connection and reset.
class Statement {
 public:
  Statement(sqlite3_stmt* stmt, bool owned, const std::string* path) : m_stmt(stmt), m_owned(owned), m_path(path) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::optional<std::int64_t> value);
  Statement& BindNull(int index);

  /// Advances; true while a row is available.
  bool Step();
  /// Steps to completion, for statements that return no rows.
  void Run();

  std::int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;
  std::string_view TextView(int column) const;
  bool IsNull(int column) const;
  /// SQLite's storage class of the column: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, ...
  int Type(int column) const;
  std::optional<std::int64_t> OptionalInt(int column) const;

 private:
  void Check(int rc) const;
  sqlite3_stmt* m_stmt;
  bool m_owned;
  const std::string* m_path;
};

/// One open database.
class Connection {
 public:
  /// Opens `path` (":memory:" for a private in-memory database).
  Connection(const std::string& path, bool readOnly);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  /// Runs one or more statements that return nothing.
  void Exec(std::string_view sql);
  /// A fresh statement, finalized when it goes out of scope.
  Statement Prepare(std::string_view sql);
  /// A statement prepared once per connection and reset for reuse.
  Statement Cached(std::string_view sql);
  std::int64_t LastInsertRowId() const;
  int Changes() const;
  const std::string& Path() const { return m_path; }
  /// Throws duiding::Error for a failed SQLite result code.
  void Check(int rc) const;

 private:
  sqlite3* m_db = nullptr;
  std::string m_path;
  std::map<std::string, sqlite3_stmt*, std::less<>> m_cache;
};

}  // namespace duiding::store::sqlite
