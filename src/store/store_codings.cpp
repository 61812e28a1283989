// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "model/guid.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "text/utf8.h"

namespace duiding::store {
namespace {

constexpr const char* kCodingColumns =
    "c.id, c.guid, c.document_id, c.code_id, c.user_id, c.start_pos, c.end_pos, c.created_at, c.memo";

constexpr const char* kFilter =
    " WHERE (?1 IS NULL OR c.code_id = ?1) AND (?2 IS NULL OR c.document_id = ?2)"
    " AND (?3 IS NULL OR c.user_id = ?3)";

Coding ReadCoding(const sqlite::Statement& s) {
  return {s.Int(0), s.Text(1), s.Int(2), s.Int(3), s.Int(4), static_cast<std::size_t>(s.Int(5)),
          static_cast<std::size_t>(s.Int(6)), s.Text(7), s.Text(8)};
}

void BindFilter(sqlite::Statement& s, const CodingFilter& f) { s.Bind(1, f.code).Bind(2, f.document).Bind(3, f.coder); }

// The indexed column the filter narrows best, so SQLite picks the right index.
std::string OrderedQuery(const std::string& select, const CodingFilter& f) {
  const char* order = f.code ? " ORDER BY c.code_id, c.document_id, c.start_pos, c.id"
                             : " ORDER BY c.document_id, c.start_pos, c.id";
  return select + kFilter + order;
}

}  // namespace

Coding Store::AddCoding(Coding coding) {
  RequireWritable("add a coding");
  if (coding.guid.empty()) coding.guid = NewGuid();
  if (coding.createdAt.empty()) coding.createdAt = m_now;
  Db().Cached("INSERT INTO coding(guid, document_id, code_id, user_id, start_pos, end_pos, created_at, memo)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .Bind(1, coding.guid)
      .Bind(2, coding.document)
      .Bind(3, coding.code)
      .Bind(4, coding.coder)
      .Bind(5, static_cast<std::int64_t>(coding.start))
      .Bind(6, static_cast<std::int64_t>(coding.end))
      .Bind(7, coding.createdAt)
      .Bind(8, coding.memo)
      .Run();
  coding.id = Db().LastInsertRowId();
  return coding;
}

void Store::DeleteCoding(RowId id) {
  RequireWritable("remove a coding");
  Db().Cached("DELETE FROM coding WHERE id = ?").Bind(1, id).Run();
  if (Db().Changes() != 1) throw Error(ErrorKind::NotFound, "no coding with id " + std::to_string(id));
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

// One pass: each coding joined with just the chunks its range touches.
std::vector<QuotedCoding> Store::QuotedCodings(const CodingFilter& filter) {
  const std::string chunk = std::to_string(kChunkCodePoints);
  const std::string select = std::string("SELECT ") + kCodingColumns + ", k.seq, k.text FROM coding c" +
                             " LEFT JOIN document_chunk k ON k.document_id = c.document_id AND k.seq BETWEEN" +
                             " c.start_pos / " + chunk + " AND (c.end_pos - 1) / " + chunk;
  sqlite::Statement s = Db().Cached(OrderedQuery(select, filter) + ", k.seq");
  BindFilter(s, filter);
  std::vector<QuotedCoding> result;
  std::string covered;
  std::size_t firstChunk = 0;
  const auto finish = [&] {
    QuotedCoding& last = result.back();
    const std::size_t base = firstChunk * static_cast<std::size_t>(kChunkCodePoints);
    if (!covered.empty())
      last.quote = text::SliceCodePoints(covered, last.coding.start - base, last.coding.end - base);
  };
  while (s.Step()) {
    if (result.empty() || result.back().coding.id != s.Int(0)) {
      if (!result.empty()) finish();
      result.push_back({ReadCoding(s), {}});
      covered.clear();
      firstChunk = s.IsNull(9) ? 0 : static_cast<std::size_t>(s.Int(9));
    }
    covered += s.TextView(10);
  }
  if (!result.empty()) finish();
  return result;
}

}  // namespace duiding::store
