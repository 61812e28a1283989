// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <span>

#include "store/schema.h"
#include "store/sqlite.h"

namespace duiding::store {

/// Brings the database to the last migration's version inside the caller's transaction.
/// A file newer than the last migration, or one that is not a Duiding project, is refused with
/// ErrorKind::Version and left untouched. Returns the version found before migrating.
int Migrate(sqlite::Connection& db, std::span<const Migration> migrations);

/// The schema version stored in the file, refusing non-Duiding databases.
int StoredSchemaVersion(sqlite::Connection& db);

}  // namespace duiding::store
