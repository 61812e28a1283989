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

}  // namespace

std::string EncodeData(RowId document, const std::vector<Token>& tokens) {
  std::string out;
  out.reserve(tokens.size() * 3 + 8);
  PutVarint(out, static_cast<std::uint64_t>(document));
  PutVarint(out, tokens.size());
  std::size_t previousEnd = 0;
  for (const Token& t : tokens) {
    PutVarint(out, t.start - previousEnd);
    PutVarint(out, t.end - t.start);
    previousEnd = t.end;
  }
  return out;
}

RowId DocumentOf(std::string_view data) {
  std::size_t pos = 0;
  return static_cast<RowId>(GetVarint(data, pos));
}

DocData DecodeData(std::string_view data, std::size_t upTo) {
  DocData result;
  std::size_t pos = 0;
  result.document = static_cast<RowId>(GetVarint(data, pos));
  const std::uint64_t count = GetVarint(data, pos);
  if (count > data.size()) throw Error(ErrorKind::Internal, "search index: damaged document data");
  const std::uint64_t wanted = std::min<std::uint64_t>(count, upTo);
  result.spans.reserve(wanted);
  std::size_t previousEnd = 0;
  for (std::uint64_t i = 0; i < wanted; ++i) {
    const std::size_t start = previousEnd + GetVarint(data, pos);
    const std::size_t end = start + GetVarint(data, pos);
    result.spans.emplace_back(start, end);
    previousEnd = end;
  }
  return result;
}

}  // namespace duiding::search::terms
