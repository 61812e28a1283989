// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "model/guid.h"
#include "store/bulk_log.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "text/utf8.h"

namespace duiding::store {
namespace {

constexpr const char* kCodingColumns =
    "c.id, c.guid, c.document_id, c.code_id, c.user_id, c.start_pos, c.end_pos, c.created_at, c.memo";

Coding ReadCoding(const sqlite::Statement& s) {
  return {s.Int(0), s.Text(1), s.Int(2), s.Int(3), s.Int(4), static_cast<std::size_t>(s.Int(5)),
          static_cast<std::size_t>(s.Int(6)), s.Text(7), s.Text(8)};
}

// Only the conditions that are set, so SQLite can use coding_by_code or coding_by_document;
// "(? IS NULL OR col = ?)" would force a full scan.
std::string OrderedQuery(const std::string& select, const CodingFilter& f) {
  std::string where;
  const auto add = [&](bool present, const char* condition) {
    if (present) where += (where.empty() ? " WHERE " : " AND ") + std::string(condition);
  };
  add(f.code.has_value(), "c.code_id = ?1");
  add(f.document.has_value(), "c.document_id = ?2");
  add(f.coder.has_value(), "c.user_id = ?3");
  // Evaluated once per statement (a constant list), not per row.
  add(!f.withDeletedCodes, "c.code_id NOT IN (SELECT id FROM code WHERE deleted_at <> '')");
  const char* order = f.code ? " ORDER BY c.code_id, c.document_id, c.start_pos, c.id"
                             : " ORDER BY c.document_id, c.start_pos, c.id";
  return select + where + order;
}

void BindFilter(sqlite::Statement& s, const CodingFilter& f) {
  if (f.code) s.Bind(1, *f.code);
  if (f.document) s.Bind(2, *f.document);
  if (f.coder) s.Bind(3, *f.coder);
}

// Binds guid, document, code, coder, start, end, created-at and memo from parameter `first` on.
void BindCoding(sqlite::Statement& s, int first, const Coding& c) {
  s.Bind(first, c.guid)
      .Bind(first + 1, c.document)
      .Bind(first + 2, c.code)
      .Bind(first + 3, c.coder)
      .Bind(first + 4, static_cast<std::int64_t>(c.start))
      .Bind(first + 5, static_cast<std::int64_t>(c.end))
      .Bind(first + 6, c.createdAt)
      .Bind(first + 7, c.memo);
}

}  // namespace

Coding Store::AddCoding(Coding coding) {
  RequireWritable("add a coding");
  if (coding.guid.empty()) coding.guid = NewGuid();
  if (coding.createdAt.empty()) coding.createdAt = m_now;
  sqlite::Statement s = Db().Cached(
      "INSERT INTO coding(guid, document_id, code_id, user_id, start_pos, end_pos, created_at, memo)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  BindCoding(s, 1, coding);
  s.Run();
  coding.id = Db().LastInsertRowId();
  return coding;
}

// Row by row with the change-log trigger suspended, then the log rows for all of them in one
// statement: the same entries the trigger writes, at a fraction of the cost.
void Store::AddCodings(std::vector<Coding>& codings) {
  RequireWritable("add codings");
  if (codings.empty()) return;
  BulkInsertLog log(Db(), "coding");
  for (Coding& c : codings) c = AddCoding(std::move(c));
  log.Finish(codings.front().id, codings.back().id);
}

void Store::DeleteCoding(RowId id) {
  RequireWritable("remove a coding");
  Db().Cached("DELETE FROM coding WHERE id = ?").Bind(1, id).Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no coding with id " + std::to_string(id));
}

void Store::UpdateCoding(const Coding& coding) {
  RequireWritable("change a coding");
  Db().Cached("UPDATE coding SET start_pos = ?, end_pos = ?, memo = ?, code_id = ? WHERE id = ?")
      .Bind(1, static_cast<std::int64_t>(coding.start))
      .Bind(2, static_cast<std::int64_t>(coding.end))
      .Bind(3, coding.memo)
      .Bind(4, coding.code)
      .Bind(5, coding.id)
      .Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no coding with id " + std::to_string(coding.id));
}

std::optional<Coding> Store::FindCodingByGuid(std::string_view guid) {
  const std::optional<std::string> canonical = CanonicalGuid(guid);
  if (!canonical) return std::nullopt;
  sqlite::Statement s = Db().Cached(std::string("SELECT ") + kCodingColumns + " FROM coding c WHERE c.guid = ?");
  s.Bind(1, *canonical);
  if (!s.Step()) return std::nullopt;
  return ReadCoding(s);
}

std::vector<Coding> Store::Codings(const CodingFilter& filter) {
  sqlite::Statement s = Db().Cached(OrderedQuery(std::string("SELECT ") + kCodingColumns + " FROM coding c", filter));
  BindFilter(s, filter);
  std::vector<Coding> codings;
  while (s.Step()) codings.push_back(ReadCoding(s));
  return codings;
}

// One pass: each coding joined with just the chunks its range touches. A quote within one
// chunk (most of them) is cut straight from SQLite's copy; a longer one joins its chunks first.
std::vector<QuotedCoding> Store::QuotedCodings(const CodingFilter& filter) {
  const std::string chunk = std::to_string(kChunkCodePoints), perDocument = std::to_string(kChunksPerDocument);
  const std::string base = "c.document_id * " + perDocument;
  const std::string select = std::string("SELECT ") + kCodingColumns + ", k.key - " + base +
                             ", k.text FROM coding c LEFT JOIN document_chunk k ON k.key BETWEEN " + base +
                             " + c.start_pos / " + chunk + " AND " + base + " + (c.end_pos - 1) / " + chunk;
  sqlite::Statement s = Db().Cached(OrderedQuery(select, filter) + ", k.key");
  BindFilter(s, filter);
  constexpr auto kChunk = static_cast<std::size_t>(kChunkCodePoints);
  std::vector<QuotedCoding> result;
  std::string covered;
  std::size_t firstChunk = 0;
  while (s.Step()) {
    if (result.empty() || result.back().coding.id != s.Int(0)) {
      result.push_back({ReadCoding(s), {}});
      covered.clear();
      firstChunk = s.IsNull(9) ? 0 : static_cast<std::size_t>(s.Int(9));
    }
    if (s.IsNull(9)) continue;  // an empty coding at the very end of its text
    const Coding& c = result.back().coding;
    const std::size_t lastChunk = c.end > c.start ? (c.end - 1) / kChunk : c.start / kChunk;
    if (static_cast<std::size_t>(s.Int(9)) != lastChunk) {
      covered += s.TextView(10);
      continue;
    }
    const std::size_t from = c.start - firstChunk * kChunk, to = c.end - firstChunk * kChunk;
    if (covered.empty()) {
      result.back().quote = text::SliceCodePoints(s.TextView(10), from, to);
    } else {
      covered += s.TextView(10);
      result.back().quote = text::SliceCodePoints(covered, from, to);
    }
  }
  return result;
}

}  // namespace duiding::store
