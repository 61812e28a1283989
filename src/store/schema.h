// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::store {

/// One forward step of the schema: the SQL that takes a file from `toVersion - 1` to `toVersion`.
struct Migration {
  int toVersion;
  std::string sql;
};

/// SQLite application_id of a Duiding project ("DUID").
inline constexpr int kApplicationId = 0x44554944;

/// Code points per stored chunk of document text; quotes read only the chunks they touch.
inline constexpr int kChunkCodePoints = 1024;
/// A chunk's key is document id * kChunksPerDocument + its sequence number (schema 5), so one
/// B-tree finds it: documents are limited to kChunksPerDocument * kChunkCodePoints code points.
inline constexpr std::int64_t kChunksPerDocument = 1 << 20;
inline constexpr std::int64_t ChunkKey(std::int64_t document, std::int64_t seq) {
  return document * kChunksPerDocument + seq;
}

/// The project schema's migrations, oldest first; the last one's version is the current version.
std::span<const Migration> ProjectMigrations();

/// SQL that appends one change_op 'insert' row (object and GUID; the row itself is the image)
/// per row of `table` with id in [?1, ?2] to the latest change set, exactly as the table's
/// insert trigger would: for bulk inserts made while
/// that trigger is suspended (a per-row trigger costs SQLite far more than the insert itself).
std::string BulkInsertLogSql(std::string_view table);

/// Name of the change-log trigger that fires on inserts into `table`.
std::string InsertLogTrigger(std::string_view table);

/// The columns a change-log image of `object` ("code", "coding", ...) holds, in the current
/// schema; empty for an object that is not logged.
std::vector<std::string> LoggedColumns(std::string_view object);
/// The SQL table (quoted where needed) behind a logged object; empty when unknown.
std::string LoggedTableName(std::string_view object);

/// The triggers that keep change_set and change_op append-only, and the SQL dropping them (only
/// for starting a coder package's history afresh, inside its transaction).
std::string AppendOnlyTriggersSql();
std::string DropAppendOnlyTriggersSql();

/// The schema version this build writes.
int CurrentSchemaVersion();

}  // namespace duiding::store
