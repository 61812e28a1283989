// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/types.h"
#include "search/analyzer.h"

/// How the index spells what it holds, shared by the writer and the searcher. One Xapian
/// document per project document (not per turn: a turn each made indexing crawl), with:
///   Z<stem>        every word, at its word position (phrases and NEAR work on stems)
///   Q<guid>        the document's identity (unique)
///   XDOC<name>     the folded document name, for doc:
///   XF<f>:<value>  speakers and document and case attributes present in it
/// and in a value slot the store's row id and where each word position lies in the text.
namespace duiding::search::terms {

/// Bumped whenever analysis or layout changes: an index of another version is rebuilt.
inline constexpr const char* kIndexVersion = "duiding-index-5";
inline constexpr const char* kVersionKey = "duiding:version";
inline constexpr const char* kStateKey = "duiding:synced-at";  ///< the change set last synced
inline constexpr unsigned kStateSlot = 0;  ///< value: content hash and attribute fingerprint
/// value: the store row id and word spans (see EncodeData). A value, not the document data,
/// because Xapian zlib-compresses data and unpacking it cost more than the rest of a hit.
inline constexpr unsigned kSpansSlot = 1;

inline std::string Stem(std::string_view stem) { return "Z" + std::string(stem); }
inline std::string Id(std::string_view guid) { return "Q" + std::string(guid); }
inline std::string DocName(std::string_view name) { return "XDOC" + FoldTerm(name); }
/// A speaker or attribute value somewhere in the document (XFspreker:moeder, XFrol:ouder):
/// lets a field narrow the documents before hits are looked for.
inline std::string Field(std::string_view field, std::string_view value) {
  return "XF" + FoldTerm(field) + ":" + FoldTerm(value);
}

/// Words per checkpoint of the span table.
inline constexpr std::size_t kBlock = 32;

/// The spans value: store row id, then where each word position lies in the text, as varints
/// with a fixed-width checkpoint every kBlock words (about three bytes a word).
std::string EncodeData(RowId document, const std::vector<Token>& tokens);

/// Reads the spans value without decoding all of it.
class SpanReader {
 public:
  explicit SpanReader(std::string_view data);  ///< `data` must outlive the reader
  RowId Document() const { return m_document; }
  std::size_t Count() const { return m_count; }
  /// The code point span [start, end) of word `position` (from 0). Cheapest when called with
  /// ascending positions, as hits come: each call decodes on from the one before.
  std::pair<std::size_t, std::size_t> At(std::size_t position) const;

 private:
  std::string_view m_data;
  RowId m_document = 0;
  std::size_t m_count = 0, m_stream = 0;
  std::size_t m_checkpoints = 0;  // where the fixed-width checkpoints start
  // The walk so far: the next word to decode, where its bytes are, the last span decoded.
  mutable std::size_t m_next = 0, m_pos = 0;
  mutable std::pair<std::size_t, std::size_t> m_span;
};

/// Only the store row id.
RowId DocumentOf(std::string_view data);

}  // namespace duiding::search::terms
