// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/migrate.h"

#include <string>

#include "model/error.h"

namespace duiding::store {
namespace {

std::int64_t Pragma(sqlite::Connection& db, const char* name) {
  sqlite::Statement s = db.Prepare(std::string("PRAGMA ") + name);
  return s.Step() ? s.Int(0) : 0;
}

bool IsEmptyDatabase(sqlite::Connection& db) {
  sqlite::Statement s = db.Prepare("SELECT count(*) FROM sqlite_schema");
  return s.Step() && s.Int(0) == 0;
}

}  // namespace

int StoredSchemaVersion(sqlite::Connection& db) {
  const std::int64_t app = Pragma(db, "application_id");
  if (app == 0 && IsEmptyDatabase(db)) return 0;
  if (app != kApplicationId)
    throw Error(ErrorKind::Version, db.Path() + ": not a Duiding project (an SQLite database of another program)");
  return static_cast<int>(Pragma(db, "user_version"));
}

int Migrate(sqlite::Connection& db, std::span<const Migration> migrations) {
  const int found = StoredSchemaVersion(db);
  const int latest = migrations.back().toVersion;
  if (found > latest)
    throw Error(ErrorKind::Version, db.Path() + ": written by a newer Duiding (project schema " +
                                        std::to_string(found) + "; this version reads up to " +
                                        std::to_string(latest) + "); please update Duiding");
  for (const Migration& m : migrations) {
    if (m.toVersion <= found) continue;
    db.Exec(m.sql);
    db.Exec("PRAGMA user_version = " + std::to_string(m.toVersion));
  }
  if (found == 0) db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  return found;
}

}  // namespace duiding::store
