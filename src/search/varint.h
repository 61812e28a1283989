// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: numbers as the index's own data writes them, seven bits a
// byte, the high bit saying more follow.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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

}  // namespace duiding::search
