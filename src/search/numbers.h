// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: numbers as the index's own data writes them. Varints, seven
// bits a byte with the high bit saying more follow, and fixed-width little-endian numbers.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "model/error.h"

namespace duiding::search {

inline void PutVarint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

/// The number at `pos` in `data`, moving `pos` past it; false when `data` ends inside it or it
/// is too long.
inline bool ReadVarint(std::string_view data, std::size_t& pos, std::uint64_t& value) {
  value = 0;
  for (int shift = 0; pos < data.size() && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(data[pos++]);
    value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

inline void PutFixed32(std::string& out, std::uint64_t value) {
  if (value > 0xFFFFFFFFu) throw Error(ErrorKind::Internal, "search index: a document too long for its tables");
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

inline void PutFixed64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

/// The fixed-width number at `pos`, which the caller has checked lies inside `data` (on a
/// little-endian machine one load).
inline std::size_t GetFixed32(std::string_view data, std::size_t pos) {
  if constexpr (std::endian::native == std::endian::little) {
    std::uint32_t value;
    std::memcpy(&value, data.data() + pos, 4);
    return value;
  }
  std::size_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(data[pos + static_cast<std::size_t>(i)]);
  return value;
}

inline std::uint64_t GetFixed64(std::string_view data, std::size_t pos) {
  return static_cast<std::uint64_t>(GetFixed32(data, pos)) | static_cast<std::uint64_t>(GetFixed32(data, pos + 4)) << 32;
}

}  // namespace duiding::search
