// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: what the index keeps of one document so that its word
// positions become hits without asking the store. The document's row id, name and length;
// where each word lies, in code points and in UTF-8 bytes; and its speaker turns. Written by
// the indexer into one Xapian value, read by the hit finder without decoding all of it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"
#include "search/analyzer.h"

namespace duiding::search {

/// Words per checkpoint of the word table.
inline constexpr std::size_t kWordsPerCheckpoint = 16;

/// A word's place in the text: code points and UTF-8 bytes, both half-open.
struct WordPlace {
  std::size_t start = 0, end = 0;
  std::size_t byteStart = 0, byteEnd = 0;
  bool operator==(const WordPlace&) const = default;
};

/// A speaker turn as the table keeps it (speaker points into the table's own list).
struct TurnPlace {
  std::size_t start = 0, end = 0;  ///< code points
  const std::string* speaker = nullptr;
  std::optional<std::int64_t> timestampMs;
  std::optional<RowId> caseId;
};

/// The table of `document`: `tokens` are the analyser's words of `text`, `turns` its turns
/// sorted by start (as Store::Turns gives them).
std::string EncodeHitTable(RowId document, std::string_view name, std::string_view text,
                           const std::vector<Token>& tokens, const std::vector<Turn>& turns);

/// Reads a table lazily: a word is decoded from the nearest checkpoint or from the word decoded
/// last, a turn read in place. Cheapest when asked in ascending order, as hits come.
class HitTable {
 public:
  explicit HitTable(std::string_view data);  ///< `data` must outlive the reader
  HitTable(const HitTable&) = delete;  // turns point at the speaker list
  HitTable& operator=(const HitTable&) = delete;
  RowId Document() const { return m_document; }
  const std::string& Name() const { return m_name; }
  std::size_t Length() const { return m_length; }  ///< of the text, in code points
  std::size_t Count() const { return m_count; }    ///< words

  /// Word `position` (from 0); Error for one beyond the document.
  WordPlace At(std::size_t position) const;

  /// The turn code point `cp` lies in: the last one starting at or before it, when `cp` lies
  /// before its end or is its start (an empty turn). None outside turns.
  std::optional<TurnPlace> TurnAt(std::size_t cp) const;

 private:
  std::size_t TurnStart(std::size_t i) const;
  TurnPlace Turn(std::size_t i) const;

  std::string_view m_data;
  RowId m_document = 0;
  std::string m_name;
  std::size_t m_length = 0, m_count = 0;
  std::vector<std::string> m_speakers;
  std::size_t m_turnCount = 0, m_starts = 0;  // turns, where their columns begin
  std::size_t m_checkpoints = 0, m_stream = 0;
  mutable std::size_t m_lastTurn = 0;  // the turn found last
  // The word walk so far: the next word to decode, where its nibbles are, the last one decoded.
  mutable std::size_t m_next = 0, m_pos = 0;
  mutable WordPlace m_word;
};

}  // namespace duiding::search
