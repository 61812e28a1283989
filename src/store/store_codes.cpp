// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "model/guid.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace duiding::store {
namespace {

constexpr const char* kCodeColumns =
    "SELECT id, guid, parent_id, name, color, description, is_codable, created_at, "
    "ifnull(creating_user_id, 0) FROM code ";

Code ReadCode(const sqlite::Statement& s) {
  return {s.Int(0), s.Text(1), s.OptionalInt(2), s.Text(3), s.Text(4), s.Text(5), s.Int(6) != 0, s.Text(7), s.Int(8)};
}

}  // namespace

Code Store::AddCode(Code code) {
  RequireWritable("add a code");
  if (code.guid.empty()) code.guid = NewGuid();
  code.createdAt = m_now;
  Db().Cached("INSERT INTO code(guid, parent_id, name, color, description, is_codable, created_at,"
              " creating_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, nullif(?, 0))")
      .Bind(1, code.guid)
      .Bind(2, code.parent)
      .Bind(3, code.name)
      .Bind(4, code.color)
      .Bind(5, code.description)
      .Bind(6, std::int64_t{code.isCodable})
      .Bind(7, code.createdAt)
      .Bind(8, code.creatingUser)
      .Run();
  code.id = Db().LastInsertRowId();
  return code;
}

void Store::UpdateCode(const Code& code) {
  RequireWritable("change a code");
  Db().Cached("UPDATE code SET parent_id = ?, name = ?, color = ?, description = ?, is_codable = ? WHERE id = ?")
      .Bind(1, code.parent)
      .Bind(2, code.name)
      .Bind(3, code.color)
      .Bind(4, code.description)
      .Bind(5, std::int64_t{code.isCodable})
      .Bind(6, code.id)
      .Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no code with id " + std::to_string(code.id));
}

std::vector<Code> Store::Codes() {
  sqlite::Statement s = Db().Cached(std::string(kCodeColumns) + "ORDER BY ifnull(parent_id, 0), name");
  std::vector<Code> codes;
  while (s.Step()) codes.push_back(ReadCode(s));
  return codes;
}

std::optional<Code> Store::FindCodeByGuid(std::string_view guid) {
  const std::optional<std::string> canonical = CanonicalGuid(guid);
  if (!canonical) return std::nullopt;
  sqlite::Statement s = Db().Cached(std::string(kCodeColumns) + "WHERE guid = ?");
  s.Bind(1, *canonical);
  if (!s.Step()) return std::nullopt;
  return ReadCode(s);
}

Code Store::GetCode(RowId id) {
  sqlite::Statement s = Db().Cached(std::string(kCodeColumns) + "WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) throw Error(ErrorKind::NotFound, "no code with id " + std::to_string(id));
  return ReadCode(s);
}

}  // namespace duiding::store
