// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/term_positions.h"

#include "model/error.h"
#include "search/numbers.h"

namespace duiding::search {
namespace {

[[noreturn]] void Damaged() { throw Error(ErrorKind::Internal, "search index: damaged term positions"); }

std::uint64_t Number(std::string_view data, std::size_t& pos) {
  std::uint64_t value = 0;
  if (!ReadVarint(data, pos, value)) Damaged();
  return value;
}

std::size_t Fixed32(std::string_view data, std::size_t pos) {
  if (pos > data.size() || data.size() - pos < 4) Damaged();
  return GetFixed32(data, pos);
}

}  // namespace

// Layout: the number of blocks; per block the offset (fixed 32 bits, from the start of the
// entries) of its first entry; the entries. An entry: the bytes it shares with the term before
// in its block (0 for a block's first), the length and bytes of the rest, the count of its
// positions, their size in bytes, and the positions as steps from the one before.
std::string EncodeTermPositions(const std::map<std::string, std::vector<std::uint32_t>>& positions) {
  std::string entries, offsets;
  std::size_t i = 0;
  std::string_view before;
  for (const auto& [term, at] : positions) {
    std::size_t shared = 0;
    if (i % kTermsPerBlock == 0) {
      PutFixed32(offsets, entries.size());
    } else {
      while (shared < before.size() && shared < term.size() && before[shared] == term[shared]) ++shared;
    }
    PutVarint(entries, shared);
    PutVarint(entries, term.size() - shared);
    entries.append(term, shared);
    std::string steps;
    std::uint32_t previous = 0;
    for (const std::uint32_t p : at) {
      if (p <= previous) throw Error(ErrorKind::Internal, "search index: term positions out of order");
      PutVarint(steps, p - previous);
      previous = p;
    }
    PutVarint(entries, at.size());
    PutVarint(entries, steps.size());
    entries += steps;
    before = term;
    ++i;
  }
  std::string out;
  PutVarint(out, (positions.size() + kTermsPerBlock - 1) / kTermsPerBlock);
  return out + offsets + entries;
}

TermPositions::TermPositions(std::string_view data) : m_data(data) {
  std::size_t pos = 0;
  m_blocks = Number(data, pos);
  m_index = pos;
  if (m_blocks > (data.size() - pos) / 4) Damaged();
}

std::string_view TermPositions::BlockTerm(std::size_t block) const {
  std::size_t pos = m_index + 4 * m_blocks + Fixed32(m_data, m_index + 4 * block);
  if (Number(m_data, pos) != 0) Damaged();  // a block's first term shares nothing
  const std::uint64_t size = Number(m_data, pos);
  if (size > m_data.size() - pos) Damaged();
  return m_data.substr(pos, size);
}

bool TermPositions::Find(std::string_view term, std::vector<std::uint32_t>& out, std::size_t limit) const {
  // The last block whose first term is not after `term`.
  std::size_t low = 0, high = m_blocks;
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (BlockTerm(middle) <= term) low = middle + 1;
    else high = middle;
  }
  if (low == 0) return false;
  const std::size_t block = low - 1;
  std::size_t pos = m_index + 4 * m_blocks + Fixed32(m_data, m_index + 4 * block);
  std::string current;  // the entry's term, rebuilt from the one before
  current.reserve(64);
  for (std::size_t i = 0; i < kTermsPerBlock && pos < m_data.size(); ++i) {
    const std::uint64_t shared = Number(m_data, pos), rest = Number(m_data, pos);
    if ((i == 0 && shared != 0) || shared > current.size() || rest > m_data.size() - pos) Damaged();
    current.resize(static_cast<std::size_t>(shared));
    current.append(m_data.substr(pos, static_cast<std::size_t>(rest)));
    pos += static_cast<std::size_t>(rest);
    const std::uint64_t count = Number(m_data, pos), bytes = Number(m_data, pos);
    if (bytes > m_data.size() - pos) Damaged();
    if (current == term) {
      std::size_t at = pos;
      std::uint64_t p = 0;
      for (std::uint64_t k = 0; k < count && out.size() < limit; ++k) {
        p += Number(m_data, at);
        out.push_back(static_cast<std::uint32_t>(p));
      }
      return true;
    }
    if (current > term) return false;  // sorted: it would have come by now
    pos += static_cast<std::size_t>(bytes);
  }
  return false;
}

}  // namespace duiding::search
