// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/offset_map.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace duiding::text {
namespace {

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace

OffsetMap::OffsetMap(std::string_view utf8) : m_text(utf8) {
  if (utf8.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("text longer than 4 GiB");
  m_checkpoints.reserve(utf8.size() / kStride + 1);
  std::size_t byte = 0;
  while (byte < utf8.size()) {
    if (m_codePoints % kStride == 0)
      m_checkpoints.push_back({static_cast<std::uint32_t>(byte), static_cast<std::uint32_t>(m_utf16Units)});
    const std::size_t len = Utf8Length(static_cast<unsigned char>(utf8[byte]));
    byte += len;
    m_utf16Units += len == 4 ? 2 : 1;
    ++m_codePoints;
  }
}

std::size_t OffsetMap::ByteFromCodePoint(std::size_t cp) const {
  if (cp > m_codePoints) throw std::out_of_range("code point offset beyond the end of the text");
  if (cp == m_codePoints) return m_text.size();
  std::size_t byte = m_checkpoints[cp / kStride].byte;
  for (std::size_t i = cp % kStride; i > 0; --i) byte += Utf8Length(static_cast<unsigned char>(m_text[byte]));
  return byte;
}

std::size_t OffsetMap::Utf16FromCodePoint(std::size_t cp) const {
  if (cp > m_codePoints) throw std::out_of_range("code point offset beyond the end of the text");
  if (cp == m_codePoints) return m_utf16Units;
  const Checkpoint& c = m_checkpoints[cp / kStride];
  std::size_t byte = c.byte;
  std::size_t units = c.utf16;
  for (std::size_t i = cp % kStride; i > 0; --i) {
    const std::size_t len = Utf8Length(static_cast<unsigned char>(m_text[byte]));
    byte += len;
    units += len == 4 ? 2 : 1;
  }
  return units;
}

// Index of the last checkpoint whose `field` is <= value.
std::size_t OffsetMap::CheckpointBefore(std::size_t value, std::uint32_t Checkpoint::*field) const {
  const auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), value,
                                   [field](std::size_t v, const Checkpoint& c) { return v < c.*field; });
  return static_cast<std::size_t>(it - m_checkpoints.begin()) - 1;
}

std::size_t OffsetMap::CodePointFromByte(std::size_t byte) const {
  if (byte > m_text.size()) throw std::out_of_range("byte offset beyond the end of the text");
  if (byte == m_text.size()) return m_codePoints;
  const std::size_t index = CheckpointBefore(byte, &Checkpoint::byte);
  std::size_t cp = index * kStride;
  std::size_t pos = m_checkpoints[index].byte;
  while (true) {
    const std::size_t next = pos + Utf8Length(static_cast<unsigned char>(m_text[pos]));
    if (next > byte) return cp;
    pos = next;
    ++cp;
  }
}

std::size_t OffsetMap::CodePointFromUtf16(std::size_t unit) const {
  if (unit > m_utf16Units) throw std::out_of_range("UTF-16 offset beyond the end of the text");
  if (unit == m_utf16Units) return m_codePoints;
  const std::size_t index = CheckpointBefore(unit, &Checkpoint::utf16);
  std::size_t cp = index * kStride;
  std::size_t pos = m_checkpoints[index].byte;
  std::size_t units = m_checkpoints[index].utf16;
  while (true) {
    const std::size_t len = Utf8Length(static_cast<unsigned char>(m_text[pos]));
    const std::size_t next = units + (len == 4 ? 2 : 1);
    if (next > unit) return cp;
    units = next;
    pos += len;
    ++cp;
  }
}

}  // namespace duiding::text
