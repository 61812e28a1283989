// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/guid.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace duiding::store {

std::optional<std::string> Store::Setting(std::string_view key) {
  sqlite::Statement s = Db().Cached("SELECT value FROM setting WHERE key = ?");
  s.Bind(1, key);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

void Store::SetSetting(std::string_view key, std::string_view value) {
  RequireWritable("change a setting");
  if (value.empty()) {
    Db().Cached("DELETE FROM setting WHERE key = ?").Bind(1, key).Run();
    return;
  }
  Db().Cached("UPDATE setting SET value = ?2 WHERE key = ?1").Bind(1, key).Bind(2, value).Run();
  if (Db().Changes() == 0)
    Db().Cached("INSERT INTO setting(guid, key, value) VALUES (?, ?, ?)").Bind(1, NewGuid()).Bind(2, key).Bind(3, value).Run();
}

}  // namespace duiding::store
