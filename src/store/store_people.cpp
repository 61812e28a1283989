// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "model/guid.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace duiding::store {
namespace {

void BindValue(sqlite::Statement& s, int index, const VariableValue& value) {
  struct Visitor {
    sqlite::Statement& s;
    int i;
    void operator()(const std::string& v) const { s.Bind(i, std::string_view(v)); }
    void operator()(bool v) const { s.Bind(i, std::int64_t{v}); }
    void operator()(std::int64_t v) const { s.Bind(i, v); }
    void operator()(double v) const { s.Bind(i, v); }
    void operator()(const Date& v) const { s.Bind(i, std::string_view(FormatValue(v))); }
  };
  std::visit(Visitor{s, index}, value);
}

VariableValue ReadValue(const sqlite::Statement& s, int column, VariableType type) {
  switch (type) {
    case VariableType::Boolean: return s.Int(column) != 0;
    case VariableType::Integer: return s.Int(column);
    case VariableType::Float: return s.Real(column);
    case VariableType::Date: return *ParseValue(VariableType::Date, s.TextView(column));
    case VariableType::Text: break;
  }
  return s.Text(column);
}

}  // namespace

User Store::AddUser(std::string_view name, std::string_view guid) {
  RequireWritable("add a user");
  User user{0, guid.empty() ? NewGuid() : std::string(guid), std::string(name), m_now};
  Db().Cached("INSERT INTO user(guid, name, created_at) VALUES (?, ?, ?)")
      .Bind(1, user.guid)
      .Bind(2, user.name)
      .Bind(3, user.createdAt)
      .Run();
  user.id = Db().LastInsertRowId();
  return user;
}

std::vector<User> Store::Users() {
  sqlite::Statement s = Db().Cached("SELECT id, guid, name, created_at FROM user ORDER BY id");
  std::vector<User> users;
  while (s.Step()) users.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3)});
  return users;
}

std::optional<User> Store::FindUser(std::string_view nameOrGuid) {
  const std::optional<std::string> guid = CanonicalGuid(nameOrGuid);
  sqlite::Statement s = Db().Cached("SELECT id, guid, name, created_at FROM user WHERE name = ?1 OR guid = ?2");
  s.Bind(1, nameOrGuid).Bind(2, guid ? std::string_view(*guid) : std::string_view());
  if (!s.Step()) return std::nullopt;
  return User{s.Int(0), s.Text(1), s.Text(2), s.Text(3)};
}

Memo Store::AddMemo(Memo memo) {
  RequireWritable("add a memo");
  if (memo.guid.empty()) memo.guid = NewGuid();
  memo.createdAt = memo.modifiedAt = m_now;
  Db().Cached("INSERT INTO memo(guid, target_guid, title, text, user_id, created_at, modified_at)"
              " VALUES (?, ?, ?, ?, nullif(?, 0), ?, ?)")
      .Bind(1, memo.guid)
      .Bind(2, memo.targetGuid)
      .Bind(3, memo.title)
      .Bind(4, memo.text)
      .Bind(5, memo.author)
      .Bind(6, memo.createdAt)
      .Bind(7, memo.modifiedAt)
      .Run();
  memo.id = Db().LastInsertRowId();
  return memo;
}

void Store::UpdateMemo(const Memo& memo) {
  RequireWritable("change a memo");
  Db().Cached("UPDATE memo SET title = ?, text = ?, target_guid = ?, modified_at = ? WHERE id = ?")
      .Bind(1, memo.title)
      .Bind(2, memo.text)
      .Bind(3, memo.targetGuid)
      .Bind(4, m_now)
      .Bind(5, memo.id)
      .Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no memo with id " + std::to_string(memo.id));
}

std::vector<Memo> Store::Memos() {
  sqlite::Statement s = Db().Cached(
      "SELECT id, guid, target_guid, title, text, ifnull(user_id, 0), created_at, modified_at FROM memo ORDER BY id");
  std::vector<Memo> memos;
  while (s.Step())
    memos.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6), s.Text(7)});
  return memos;
}

Case Store::AddCase(Case c) {
  RequireWritable("add a case");
  if (c.guid.empty()) c.guid = NewGuid();
  Db().Cached("INSERT INTO \"case\"(guid, name, description) VALUES (?, ?, ?)")
      .Bind(1, c.guid)
      .Bind(2, c.name)
      .Bind(3, c.description)
      .Run();
  c.id = Db().LastInsertRowId();
  return c;
}

std::vector<Case> Store::Cases() {
  sqlite::Statement s = Db().Cached("SELECT id, guid, name, description FROM \"case\" ORDER BY name");
  std::vector<Case> cases;
  while (s.Step()) cases.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3)});
  return cases;
}

void Store::AddCaseDocument(RowId caseId, RowId document) {
  RequireWritable("link a case to a document");
  Db().Cached("INSERT OR IGNORE INTO case_document(case_id, document_id) VALUES (?, ?)")
      .Bind(1, caseId)
      .Bind(2, document)
      .Run();
}

std::vector<RowId> Store::CaseDocuments(RowId caseId) {
  sqlite::Statement s = Db().Cached("SELECT document_id FROM case_document WHERE case_id = ? ORDER BY document_id");
  s.Bind(1, caseId);
  std::vector<RowId> documents;
  while (s.Step()) documents.push_back(s.Int(0));
  return documents;
}

Variable Store::AddVariable(Variable variable) {
  RequireWritable("add a variable");
  if (variable.guid.empty()) variable.guid = NewGuid();
  Db().Cached("INSERT INTO variable(guid, name, type, description) VALUES (?, ?, ?, ?)")
      .Bind(1, variable.guid)
      .Bind(2, variable.name)
      .Bind(3, std::string_view(VariableTypeName(variable.type)))
      .Bind(4, variable.description)
      .Run();
  variable.id = Db().LastInsertRowId();
  return variable;
}

std::vector<Variable> Store::Variables() {
  sqlite::Statement s = Db().Cached("SELECT id, guid, name, type, description FROM variable ORDER BY name");
  std::vector<Variable> variables;
  while (s.Step())
    variables.push_back({s.Int(0), s.Text(1), s.Text(2), *ParseVariableType(s.TextView(3)), s.Text(4)});
  return variables;
}

void Store::SetValue(RowId variable, const ValueOwner& owner, const VariableValue& value) {
  RequireWritable("set a variable");
  sqlite::Statement type = Db().Cached("SELECT type, name FROM variable WHERE id = ?");
  type.Bind(1, variable);
  if (!type.Step()) throw Error(ErrorKind::NotFound, "no variable with id " + std::to_string(variable));
  if (ParseVariableType(type.TextView(0)) != TypeOf(value))
    throw Error(ErrorKind::Input, "variable '" + type.Text(1) + "' holds " + type.Text(0) + " values, not " +
                                      VariableTypeName(TypeOf(value)));
  sqlite::Statement s = Db().Cached(
      "INSERT INTO variable_value(variable_id, case_id, document_id, value) VALUES (?1, ?2, ?3, ?4)"
      " ON CONFLICT (variable_id, ifnull(case_id, 0), ifnull(document_id, 0)) DO UPDATE SET value = ?4");
  s.Bind(1, variable).Bind(2, owner.caseId).Bind(3, owner.document);
  BindValue(s, 4, value);
  s.Run();
}

std::optional<VariableValue> Store::GetValue(RowId variable, const ValueOwner& owner) {
  sqlite::Statement s = Db().Cached(
      "SELECT v.value, t.type FROM variable_value v JOIN variable t ON t.id = v.variable_id"
      // Spelled as the unique index variable_value_owner is, so SQLite seeks instead of
      // scanning every value of the variable.
      " WHERE v.variable_id = ?1 AND ifnull(v.case_id, 0) = ?2 AND ifnull(v.document_id, 0) = ?3");
  s.Bind(1, variable).Bind(2, owner.caseId.value_or(0)).Bind(3, owner.document.value_or(0));
  if (!s.Step()) return std::nullopt;
  return ReadValue(s, 0, *ParseVariableType(s.TextView(1)));
}

std::vector<std::pair<ValueOwner, VariableValue>> Store::VariableValues(RowId variable) {
  sqlite::Statement s = Db().Cached(
      "SELECT v.value, t.type, v.case_id, v.document_id FROM variable_value v JOIN variable t ON t.id = v.variable_id"
      " WHERE v.variable_id = ?1");
  s.Bind(1, variable);
  std::vector<std::pair<ValueOwner, VariableValue>> values;
  while (s.Step())
    values.emplace_back(ValueOwner{s.OptionalInt(2), s.OptionalInt(3)}, ReadValue(s, 0, *ParseVariableType(s.TextView(1))));
  return values;
}

}  // namespace duiding::store
