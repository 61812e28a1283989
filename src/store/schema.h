// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <span>
#include <string>

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

/// The project schema's migrations, oldest first; the last one's version is the current version.
std::span<const Migration> ProjectMigrations();

/// The schema version this build writes.
int CurrentSchemaVersion();

}  // namespace duiding::store
