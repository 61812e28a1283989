// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>

#include "model/error.h"
#include "model/guid.h"
#include "model/sha256.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/turn_list.h"
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
    if (seq == kChunksPerDocument)
      throw Error(ErrorKind::Input, "a document longer than " +
                                        std::to_string(kChunksPerDocument * kChunkCodePoints) + " characters");
    const std::size_t cut = text::PrefixBytes(text, kChunkCodePoints);
    db.Cached("INSERT INTO document_chunk(key, text) VALUES (?, ?)")
        .Bind(1, ChunkKey(document, seq++))
        .Bind(2, text.substr(0, cut))
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
  static const std::string kSql = std::string(kDocumentColumns) + "WHERE id = ?";
  sqlite::Statement s = Db().Cached(kSql);
  s.Bind(1, id);
  if (!s.Step()) throw Error(ErrorKind::NotFound, "no document with id " + std::to_string(id));
  return ReadDocument(s);
}

std::string Store::DocumentText(RowId id) {
  sqlite::Statement s = Db().Cached("SELECT text FROM document_chunk WHERE key BETWEEN ? AND ? ORDER BY key");
  s.Bind(1, ChunkKey(id, 0)).Bind(2, ChunkKey(id, kChunksPerDocument - 1));
  std::string text;
  while (s.Step()) text += s.TextView(0);
  return text;
}

std::size_t Store::ReadChunks(RowId id, std::size_t start, std::size_t end, std::string& into) {
  if (end < start) throw Error(ErrorKind::Internal, "slice end before start");
  const auto chunk = static_cast<std::size_t>(kChunkCodePoints);
  const std::size_t first = start / chunk;
  const std::size_t last = end > start ? (end - 1) / chunk : first;
  sqlite::Statement s = Db().Cached(
      "SELECT text FROM document_chunk WHERE key BETWEEN ? AND ? ORDER BY key");
  s.Bind(1, ChunkKey(id, static_cast<std::int64_t>(first))).Bind(2, ChunkKey(id, static_cast<std::int64_t>(last)));
  into.clear();
  into.reserve((last - first + 1) * chunk + chunk / 8);  // a code point is mostly one byte
  while (s.Step()) into += s.TextView(0);
  return first * chunk;
}

std::string Store::DocumentSlice(RowId id, std::size_t start, std::size_t end) {
  std::string text;
  const std::size_t begin = ReadChunks(id, start, end, text);
  return std::string(text::SliceCodePoints(text, start - begin, end - begin));
}

void Store::DeleteDocument(RowId id) {
  RequireWritable("delete a document");
  Db().Cached("DELETE FROM document WHERE id = ?").Bind(1, id).Run();
}

Turn Store::AddTurn(Turn turn) {
  AddTurns({turn});
  return turn;
}

// Turns arrive grouped by document (an import's order); each group is merged with the turns the
// document already has and written back as one row.
void Store::AddTurns(const std::vector<Turn>& turns) {
  RequireWritable("add speaker turns");
  for (std::size_t first = 0; first < turns.size();) {
    const RowId document = turns[first].document;
    std::size_t last = first;
    while (last < turns.size() && turns[last].document == document) ++last;
    std::vector<Turn> merged = Turns(document);
    merged.insert(merged.end(), turns.begin() + static_cast<std::ptrdiff_t>(first),
                  turns.begin() + static_cast<std::ptrdiff_t>(last));
    std::stable_sort(merged.begin(), merged.end(), [](const Turn& a, const Turn& b) { return a.start < b.start; });
    const TurnList list = EncodeTurns(merged);
    Db().Cached("INSERT OR REPLACE INTO document_turns(document_id, turn_count, voices, turns) VALUES (?, ?, ?, ?)")
        .Bind(1, document)
        .Bind(2, static_cast<std::int64_t>(merged.size()))
        .Bind(3, list.voices)
        .Bind(4, list.turns)
        .Run();
    first = last;
  }
}

std::vector<std::optional<Turn>> Store::TurnsAt(RowId document, const std::vector<std::size_t>& positions) {
  sqlite::Statement s = Db().Cached("SELECT voices, turns FROM document_turns WHERE document_id = ?");
  s.Bind(1, document);
  if (!s.Step()) return std::vector<std::optional<Turn>>(positions.size());
  return FindTurns(document, s.TextView(0), s.TextView(1), positions);
}

std::vector<Turn> Store::Turns(RowId document) {
  sqlite::Statement s = Db().Cached("SELECT voices, turns FROM document_turns WHERE document_id = ?");
  s.Bind(1, document);
  if (!s.Step()) return {};
  std::vector<Turn> turns = DecodeTurns(document, s.TextView(0), s.TextView(1));
  const auto byStart = [](const Turn& a, const Turn& b) { return a.start < b.start; };
  if (!std::is_sorted(turns.begin(), turns.end(), byStart)) std::stable_sort(turns.begin(), turns.end(), byStart);
  return turns;
}

}  // namespace duiding::store
