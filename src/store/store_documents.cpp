// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "model/guid.h"
#include "model/sha256.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "text/utf8.h"

namespace duiding::store {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT id, guid, name, content_hash, length, source_path, description, created_at, "
    "ifnull(creating_user_id, 0) FROM document ";

Document ReadDocument(const sqlite::Statement& s) {
  return {s.Int(0), s.Text(1), s.Text(2), s.Text(3), static_cast<std::size_t>(s.Int(4)),
          s.Text(5), s.Text(6), s.Text(7), s.Int(8)};
}

// Splits text into chunks of kChunkCodePoints code points, stored in order. An empty text
// still gets one (empty) chunk.
void StoreChunks(sqlite::Connection& db, RowId document, std::string_view text) {
  std::int64_t seq = 0;
  do {
    const std::size_t cut = text::PrefixBytes(text, kChunkCodePoints);
    db.Cached("INSERT INTO document_chunk(document_id, seq, text) VALUES (?, ?, ?)")
        .Bind(1, document)
        .Bind(2, seq++)
        .Bind(3, text.substr(0, cut))
        .Run();
    text.remove_prefix(cut);
  } while (!text.empty());
}

}  // namespace

Document Store::AddDocument(Document meta, std::string_view text) {
  RequireWritable("add a document");
  if (text::FindInvalidUtf8(text)) throw Error(ErrorKind::Internal, meta.name + ": text is not valid UTF-8");
  if (meta.guid.empty()) meta.guid = NewGuid();
  meta.contentHash = Sha256Hex(text);
  meta.length = text::CountCodePoints(text);
  meta.createdAt = m_now;
  Db().Cached("INSERT INTO document(guid, name, content_hash, length, source_path, description, created_at,"
              " creating_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, nullif(?, 0))")
      .Bind(1, meta.guid)
      .Bind(2, meta.name)
      .Bind(3, meta.contentHash)
      .Bind(4, static_cast<std::int64_t>(meta.length))
      .Bind(5, meta.sourcePath)
      .Bind(6, meta.description)
      .Bind(7, meta.createdAt)
      .Bind(8, meta.creatingUser)
      .Run();
  meta.id = Db().LastInsertRowId();
  StoreChunks(Db(), meta.id, text);
  return meta;
}

std::vector<Document> Store::Documents() {
  sqlite::Statement s = Db().Cached((std::string(kDocumentColumns) + "ORDER BY name").c_str());
  std::vector<Document> documents;
  while (s.Step()) documents.push_back(ReadDocument(s));
  return documents;
}

std::optional<Document> Store::FindDocument(std::string_view nameOrGuid) {
  const std::optional<std::string> guid = CanonicalGuid(nameOrGuid);
  sqlite::Statement s = Db().Prepare(std::string(kDocumentColumns) + "WHERE name = ?1 OR guid = ?2");
  s.Bind(1, nameOrGuid).Bind(2, guid ? std::string_view(*guid) : std::string_view());
  if (!s.Step()) return std::nullopt;
  return ReadDocument(s);
}

Document Store::GetDocument(RowId id) {
  sqlite::Statement s = Db().Prepare(std::string(kDocumentColumns) + "WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) throw Error(ErrorKind::NotFound, "no document with id " + std::to_string(id));
  return ReadDocument(s);
}

std::string Store::DocumentText(RowId id) {
  sqlite::Statement s = Db().Cached("SELECT text FROM document_chunk WHERE document_id = ? ORDER BY seq");
  s.Bind(1, id);
  std::string text;
  while (s.Step()) text += s.TextView(0);
  return text;
}

std::string Store::DocumentSlice(RowId id, std::size_t start, std::size_t end) {
  if (end < start) throw Error(ErrorKind::Internal, "slice end before start");
  const auto chunk = static_cast<std::size_t>(kChunkCodePoints);
  const std::size_t first = start / chunk;
  const std::size_t last = end > start ? (end - 1) / chunk : first;
  sqlite::Statement s = Db().Cached(
      "SELECT text FROM document_chunk WHERE document_id = ? AND seq BETWEEN ? AND ? ORDER BY seq");
  s.Bind(1, id).Bind(2, static_cast<std::int64_t>(first)).Bind(3, static_cast<std::int64_t>(last));
  std::string text;
  while (s.Step()) text += s.TextView(0);
  return std::string(text::SliceCodePoints(text, start - first * chunk, end - first * chunk));
}

void Store::DeleteDocument(RowId id) {
  RequireWritable("delete a document");
  Db().Cached("DELETE FROM document WHERE id = ?").Bind(1, id).Run();
}

Turn Store::AddTurn(Turn turn) {
  RequireWritable("add a speaker turn");
  if (turn.guid.empty()) turn.guid = NewGuid();
  Db().Cached("INSERT INTO turn(guid, document_id, start_pos, end_pos, speaker, timestamp_ms, case_id, end_ms)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .Bind(1, turn.guid)
      .Bind(2, turn.document)
      .Bind(3, static_cast<std::int64_t>(turn.start))
      .Bind(4, static_cast<std::int64_t>(turn.end))
      .Bind(5, turn.speaker)
      .Bind(6, turn.timestampMs)
      .Bind(7, turn.caseId)
      .Bind(8, turn.endMs)
      .Run();
  turn.id = Db().LastInsertRowId();
  return turn;
}

// One prepared statement for all: staging them as AddCodings does measured slower here, since
// turns arrive in index order and no trigger runs for them.
void Store::AddTurns(std::vector<Turn>& turns) {
  for (Turn& t : turns) t = AddTurn(std::move(t));
}

std::vector<Turn> Store::Turns(RowId document) {
  sqlite::Statement s = Db().Cached(
      "SELECT id, guid, document_id, start_pos, end_pos, speaker, timestamp_ms, end_ms, case_id FROM turn"
      " WHERE document_id = ? ORDER BY start_pos, id");
  s.Bind(1, document);
  std::vector<Turn> turns;
  while (s.Step())
    turns.push_back({s.Int(0), s.Text(1), s.Int(2), static_cast<std::size_t>(s.Int(3)),
                     static_cast<std::size_t>(s.Int(4)), s.Text(5), s.OptionalInt(6), s.OptionalInt(7),
                     s.OptionalInt(8)});
  return turns;
}

}  // namespace duiding::store
