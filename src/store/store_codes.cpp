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
    "ifnull(creating_user_id, 0), name_en, inclusion, exclusion, examples, memo, deleted_at, sort_key FROM code ";

// Examples are one line each in the code row: kind, tab, text, tab, coding GUID; backslash,
// tab and newline escaped as in the turn lists. One row keeps a code's whole definition in
// one change-log image, so undo restores it in one step.
std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string Unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char next = text[++i];
    out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
  }
  return out;
}

std::string EncodeExamples(const std::vector<CodeExample>& examples) {
  std::string out;
  for (const CodeExample& e : examples)
    out += std::string(e.kind == CodeExample::Kind::Borderline ? "borderline" : "typical") + "\t" + Escape(e.text) +
           "\t" + e.codingGuid + "\n";
  return out;
}

std::vector<CodeExample> DecodeExamples(std::string_view text) {
  std::vector<CodeExample> examples;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) continue;
    CodeExample e;
    e.kind = line.substr(0, tab1) == "borderline" ? CodeExample::Kind::Borderline : CodeExample::Kind::Typical;
    e.text = Unescape(line.substr(tab1 + 1, tab2 - tab1 - 1));
    e.codingGuid = std::string(line.substr(tab2 + 1));
    examples.push_back(std::move(e));
  }
  return examples;
}

Code ReadCode(const sqlite::Statement& s) {
  Code c;
  c.id = s.Int(0);
  c.guid = s.Text(1);
  c.parent = s.OptionalInt(2);
  c.name = s.Text(3);
  c.color = s.Text(4);
  c.description = s.Text(5);
  c.isCodable = s.Int(6) != 0;
  c.createdAt = s.Text(7);
  c.creatingUser = s.Int(8);
  c.nameEn = s.Text(9);
  c.inclusion = s.Text(10);
  c.exclusion = s.Text(11);
  c.examples = DecodeExamples(s.TextView(12));
  c.memo = s.Text(13);
  c.deletedAt = s.Text(14);
  c.sortKey = s.Int(15);
  return c;
}

// Binds every field after the GUID and creation data: parent, name, colour, definition,
// codable, English name, criteria, examples, memo, deleted-at, sort key from `first` on.
void BindFields(sqlite::Statement& s, int first, const Code& c) {
  s.Bind(first, c.parent)
      .Bind(first + 1, c.name)
      .Bind(first + 2, c.color)
      .Bind(first + 3, c.description)
      .Bind(first + 4, std::int64_t{c.isCodable})
      .Bind(first + 5, c.nameEn)
      .Bind(first + 6, c.inclusion)
      .Bind(first + 7, c.exclusion)
      .Bind(first + 8, EncodeExamples(c.examples))
      .Bind(first + 9, c.memo)
      .Bind(first + 10, c.deletedAt)
      .Bind(first + 11, c.sortKey);
}

}  // namespace

Code Store::AddCode(Code code) {
  RequireWritable("add a code");
  if (code.guid.empty()) code.guid = NewGuid();
  code.createdAt = m_now;
  sqlite::Statement s = Db().Cached(
      "INSERT INTO code(guid, created_at, creating_user_id, parent_id, name, color, description, is_codable,"
      " name_en, inclusion, exclusion, examples, memo, deleted_at, sort_key)"
      " VALUES (?, ?, nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.Bind(1, code.guid).Bind(2, code.createdAt).Bind(3, code.creatingUser);
  BindFields(s, 4, code);
  s.Run();
  code.id = Db().LastInsertRowId();
  return code;
}

void Store::UpdateCode(const Code& code) {
  RequireWritable("change a code");
  sqlite::Statement s = Db().Cached(
      "UPDATE code SET parent_id = ?, name = ?, color = ?, description = ?, is_codable = ?, name_en = ?,"
      " inclusion = ?, exclusion = ?, examples = ?, memo = ?, deleted_at = ?, sort_key = ? WHERE id = ?");
  BindFields(s, 1, code);
  s.Bind(13, code.id).Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no code with id " + std::to_string(code.id));
}

std::vector<Code> Store::Codes() {
  sqlite::Statement s = Db().Cached(std::string(kCodeColumns) + "ORDER BY ifnull(parent_id, 0), sort_key, name");
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

std::pair<std::int64_t, std::int64_t> Store::MergeCodings(RowId from, RowId to) {
  RequireWritable("merge codes");
  Db().Cached(
        "DELETE FROM coding WHERE code_id = ?1 AND EXISTS (SELECT 1 FROM coding d WHERE d.code_id = ?2"
        " AND d.document_id = coding.document_id AND d.start_pos = coding.start_pos"
        " AND d.end_pos = coding.end_pos AND d.user_id = coding.user_id)")
      .Bind(1, from)
      .Bind(2, to)
      .Run();
  const std::int64_t collapsed = Db().Changes();
  Db().Cached("UPDATE coding SET code_id = ?2 WHERE code_id = ?1").Bind(1, from).Bind(2, to).Run();
  return {Db().Changes(), collapsed};
}

void Store::RecodeCodings(const std::vector<RowId>& ids, RowId to) {
  RequireWritable("move codings");
  for (RowId id : ids) {
    Db().Cached("UPDATE coding SET code_id = ? WHERE id = ?").Bind(1, to).Bind(2, id).Run();
    if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no coding with id " + std::to_string(id));
  }
}

void Store::ReparentChildren(RowId from, RowId to) {
  RequireWritable("move codes");
  Db().Cached("UPDATE code SET parent_id = ?2 WHERE parent_id = ?1").Bind(1, from).Bind(2, to).Run();
}

}  // namespace duiding::store
