// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/index_terms.h"

#include <algorithm>

#include "model/error.h"

namespace duiding::search::terms {
namespace {

void PutVarint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

std::uint64_t GetVarint(std::string_view data, std::size_t& pos) {
  std::uint64_t value = 0;
  for (int shift = 0; pos < data.size() && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(data[pos++]);
    value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return value;
  }
  throw Error(ErrorKind::Internal, "search index: damaged document data");
}

void PutFixed32(std::string& out, std::size_t value) {
  if (value > 0xFFFFFFFFu) throw Error(ErrorKind::Internal, "search index: document too long for its span table");
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::size_t GetFixed32(std::string_view data, std::size_t pos) {
  std::size_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(data[pos + static_cast<std::size_t>(i)]);
  return value;
}

}  // namespace

// Layout: document and word count as varints; then per block of kBlock words a checkpoint of
// two fixed 32-bit numbers (the block's byte offset in the span stream, the end of the word
// before it), so a lookup finds its block without decoding the others; then the span stream:
// per word its start minus the previous end, and its length. A lookup decodes one block.
std::string EncodeData(RowId document, const std::vector<Token>& tokens) {
  std::string stream, out;
  std::vector<std::pair<std::size_t, std::size_t>> checkpoints;
  std::size_t previousEnd = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i % kBlock == 0) checkpoints.emplace_back(stream.size(), previousEnd);
    PutVarint(stream, tokens[i].start - previousEnd);
    PutVarint(stream, tokens[i].end - tokens[i].start);
    previousEnd = tokens[i].end;
  }
  PutVarint(out, static_cast<std::uint64_t>(document));
  PutVarint(out, tokens.size());
  for (const auto& [offset, end] : checkpoints) {
    PutFixed32(out, offset);
    PutFixed32(out, end);
  }
  return out + stream;
}

SpanReader::SpanReader(std::string_view data) : m_data(data) {
  std::size_t pos = 0;
  m_document = static_cast<RowId>(GetVarint(data, pos));
  m_count = GetVarint(data, pos);
  m_checkpoints = pos;
  m_stream = pos + 8 * ((m_count + kBlock - 1) / kBlock);
  if (m_count > data.size() || m_stream > data.size()) throw Error(ErrorKind::Internal, "search index: damaged document data");
}

std::pair<std::size_t, std::size_t> SpanReader::At(std::size_t position) const {
  if (position >= m_count) throw Error(ErrorKind::Internal, "search index: word position beyond the document");
  // Hits come in text order: go on from the word decoded last when it lies before, in reach.
  if (!(m_next > 0 && position >= m_next - 1 && position - (m_next - 1) < kBlock)) {
    const std::size_t checkpoint = m_checkpoints + 8 * (position / kBlock);
    const std::size_t previous = GetFixed32(m_data, checkpoint + 4);
    m_next = position / kBlock * kBlock;
    m_pos = m_stream + GetFixed32(m_data, checkpoint);
    m_span = {previous, previous};
  }
  for (; m_next <= position; ++m_next) {
    const std::size_t start = m_span.second + GetVarint(m_data, m_pos);
    m_span = {start, start + GetVarint(m_data, m_pos)};
  }
  return m_span;
}

RowId DocumentOf(std::string_view data) {
  std::size_t pos = 0;
  return static_cast<RowId>(GetVarint(data, pos));
}

}  // namespace duiding::search::terms
