// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "model/error.h"
#include "model/guid.h"
#include "store/migrate.h"
#include "store/project_lock.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace duiding::store {
namespace {

bool IsMemory(const std::string& path) { return path == ":memory:"; }

// Creates the empty file 0600 first, so SQLite's -wal and -shm files inherit that mode.
void CreatePrivateFile(const std::string& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) throw Error(ErrorKind::Input, path + ": already exists; choose another name");
    throw Error(ErrorKind::Io, path + ": cannot create: " + std::strerror(errno));
  }
  fchmod(fd, 0600);
  close(fd);
}

void RemoveProjectFiles(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) unlink((path + suffix).c_str());
}

void RequireExisting(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) throw Error(ErrorKind::Input, path + ": no such project file");
  if (!S_ISREG(info.st_mode)) throw Error(ErrorKind::Input, path + ": not a Duiding project (not a file)");
}

}  // namespace

Store::Store(const std::string& path, OpenMode mode, Clock clock, bool create)
    : m_path(path), m_readOnly(mode == OpenMode::ReadOnly), m_clock(std::move(clock)) {
  if (!IsMemory(path) && !m_readOnly) m_lock = std::make_unique<ProjectLock>(path);
  m_db = std::make_unique<sqlite::Connection>(path, m_readOnly);
  const int found = StoredSchemaVersion(*m_db);
  if (found == 0 && !create) throw Error(ErrorKind::Version, path + ": not a Duiding project (empty database)");
  if (found > CurrentSchemaVersion()) Migrate(*m_db, ProjectMigrations());  // refuses it, naming the file
  if (m_readOnly) {
    if (found < CurrentSchemaVersion())
      throw Error(ErrorKind::Version, path + ": needs upgrading to project schema " +
                                          std::to_string(CurrentSchemaVersion()) + "; open it for writing once");
    m_db->Exec("PRAGMA query_only = ON; PRAGMA temp_store = MEMORY;");
    return;
  }
  // A 64 MiB page cache keeps large imports from spilling into the WAL before they commit.
  // temp_store = MEMORY keeps statement journals (which hold interview text) out of /var/tmp:
  // faster, and no personal data in stray temporary files.
  if (found == 0) m_db->Exec("PRAGMA page_size = 8192");  // 1024-code-point chunks pack well
  m_db->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
             " PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
  m_db->Exec("BEGIN IMMEDIATE");
  try {
    Migrate(*m_db, ProjectMigrations());
    m_db->Exec("COMMIT");
  } catch (...) {
    m_db->Exec("ROLLBACK");
    throw;
  }
}

Store::~Store() = default;

std::unique_ptr<Store> Store::Create(const std::string& path, const std::string& projectName,
                                     const std::string& creator, Clock clock) {
  if (!IsMemory(path)) CreatePrivateFile(path);
  try {
    std::unique_ptr<Store> store(new Store(path, OpenMode::ReadWrite, std::move(clock), true));
    Transaction tx = store->Begin("create project", std::nullopt);
    const User user = store->AddUser(creator);
    store->Db()
        .Cached("INSERT INTO project(id, guid, name, created_at, creating_user_id) VALUES (1, ?, ?, ?, ?)")
        .Bind(1, NewGuid())
        .Bind(2, projectName)
        .Bind(3, store->Now())
        .Bind(4, user.id)
        .Run();
    tx.Commit();
    return store;
  } catch (...) {
    if (!IsMemory(path)) RemoveProjectFiles(path);
    throw;
  }
}

std::unique_ptr<Store> Store::Open(const std::string& path, OpenMode mode, Clock clock) {
  if (IsMemory(path)) throw Error(ErrorKind::Input, "an in-memory project cannot be reopened");
  RequireExisting(path);
  return std::unique_ptr<Store>(new Store(path, mode, std::move(clock), false));
}

void Store::RequireWritable(const char* what) const {
  if (m_readOnly) throw Error(ErrorKind::Input, m_path + ": opened read-only; cannot " + what);
  if (!m_inTransaction) throw Error(ErrorKind::Internal, std::string("cannot ") + what + " outside a transaction");
}

const std::string& Store::Now() const { return m_now; }

Store::ReadScope Store::BeginRead() {
  if (m_inTransaction || m_inRead) return ReadScope(nullptr);
  m_db->Cached("BEGIN").Run();  // prepared once: a search starts one of these every time
  m_inRead = true;
  return ReadScope(this);
}

Store::ReadScope::ReadScope(ReadScope&& other) noexcept : m_store(other.m_store) { other.m_store = nullptr; }

Store::ReadScope::~ReadScope() {
  if (!m_store) return;
  try {
    m_store->m_db->Cached("COMMIT").Run();  // ends the read; nothing was written
  } catch (...) {
    // A failed read already ended it.
  }
  m_store->m_inRead = false;
}

Store::Transaction Store::Begin(std::string_view label, std::optional<RowId> user, ChangeKind kind, RowId reverts) {
  if (m_readOnly) throw Error(ErrorKind::Input, m_path + ": opened read-only; cannot " + std::string(label));
  if (m_inTransaction) throw Error(ErrorKind::Internal, "nested transaction: " + std::string(label));
  if (m_inRead) throw Error(ErrorKind::Internal, "a change inside a read scope: " + std::string(label));
  m_now = m_clock();
  m_db->Exec("BEGIN IMMEDIATE");
  m_inTransaction = true;
  Transaction tx(this);
  static constexpr const char* kKinds[] = {"other", "do", "undo", "redo"};
  m_db->Cached("INSERT INTO change_set(guid, at, user_id, label, kind, reverts_id) VALUES (?, ?, ?, ?, ?, nullif(?, 0))")
      .Bind(1, NewGuid())
      .Bind(2, m_now)
      .Bind(3, user)
      .Bind(4, label)
      .Bind(5, kKinds[static_cast<int>(kind)])
      .Bind(6, reverts)
      .Run();
  return tx;
}

Store::Transaction::Transaction(Transaction&& other) noexcept : m_store(other.m_store) { other.m_store = nullptr; }

void Store::Transaction::Commit() {
  if (!m_store) throw Error(ErrorKind::Internal, "transaction already finished");
  Store* store = m_store;
  store->m_db->Exec("COMMIT");
  store->m_inTransaction = false;
  m_store = nullptr;
}

Store::Transaction::~Transaction() {
  if (!m_store) return;
  try {
    m_store->m_db->Exec("ROLLBACK");
  } catch (...) {
    // SQLite already rolled the transaction back after the failure that brought us here.
  }
  m_store->m_inTransaction = false;
}

void Store::CopyTo(const std::string& path) {
  if (m_inTransaction || m_inRead) throw Error(ErrorKind::Internal, "cannot copy a project inside a transaction");
  CreatePrivateFile(path);  // VACUUM INTO fills an existing empty file and keeps its mode
  try {
    if (m_readOnly) {
      // VACUUM INTO writes its file with the connection's own flags; this one only reads the
      // project, so it needs no lock.
      sqlite::Connection copier(m_path, false);
      copier.Cached("VACUUM INTO ?").Bind(1, path).Run();
    } else {
      m_db->Cached("VACUUM INTO ?").Bind(1, path).Run();
    }
  } catch (...) {
    RemoveProjectFiles(path);
    throw;
  }
}

void Store::MakeCoderPackage(RowId coder, const std::string& guid, const std::string& name,
                             const std::vector<std::pair<std::string, std::string>>& settings) {
  if (m_readOnly || m_inTransaction || m_inRead)
    throw Error(ErrorKind::Internal, "a coder package is made from a writable copy");
  m_now = m_clock();
  m_db->Exec("BEGIN IMMEDIATE");
  m_inTransaction = true;
  Transaction tx(this);
  m_db->Cached("DELETE FROM coding WHERE user_id <> ?").Bind(1, coder).Run();
  m_db->Cached("DELETE FROM memo WHERE user_id IS NOT ?").Bind(1, coder).Run();
  // The log held the removed codings' images: the package's history starts here instead.
  m_db->Exec(DropAppendOnlyTriggersSql());
  m_db->Exec("DELETE FROM change_op; DELETE FROM change_set;");
  m_db->Exec(AppendOnlyTriggersSql());
  m_db->Cached("INSERT INTO change_set(guid, at, user_id, label, kind) VALUES (?, ?, ?, ?, 'other')")
      .Bind(1, NewGuid())
      .Bind(2, m_now)
      .Bind(3, coder)
      .Bind(4, "coder package")
      .Run();
  m_db->Cached("UPDATE project SET guid = ?, name = ? WHERE id = 1").Bind(1, guid).Bind(2, name).Run();
  for (const auto& [key, value] : settings) SetSetting(key, value);
  tx.Commit();
}

ProjectInfo Store::Info() {
  sqlite::Statement s = Db().Cached("SELECT guid, name, description, created_at FROM project WHERE id = 1");
  if (!s.Step()) throw Error(ErrorKind::Version, m_path + ": not a Duiding project (no project record)");
  return {s.Text(0), s.Text(1), s.Text(2), s.Text(3), StoredSchemaVersion(Db())};
}

Counts Store::Count() {
  sqlite::Statement s = Db().Cached(
      "SELECT (SELECT count(*) FROM user), (SELECT count(*) FROM document), (SELECT count(*) FROM code),"
      " (SELECT count(*) FROM coding), (SELECT ifnull(sum(turn_count), 0) FROM document_turns), (SELECT count(*) FROM memo),"
      " (SELECT count(*) FROM \"case\"), (SELECT count(*) FROM variable), (SELECT count(*) FROM change_set)");
  s.Step();
  return {s.Int(0), s.Int(1), s.Int(2), s.Int(3), s.Int(4), s.Int(5), s.Int(6), s.Int(7), s.Int(8)};
}

}  // namespace duiding::store
