// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/guid.h"

#include <cctype>
#include <random>

namespace duiding {
namespace {

std::mt19937_64& Generator() {
  thread_local std::mt19937_64 generator = [] {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device(), device(), device()};
    return std::mt19937_64(seed);
  }();
  return generator;
}

constexpr bool IsDashPosition(std::size_t i) { return i == 8 || i == 13 || i == 18 || i == 23; }

}  // namespace

std::string NewGuid() {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::uint64_t hi = Generator()();
  const std::uint64_t lo = Generator()();
  unsigned char bytes[16];
  for (int i = 0; i < 8; ++i) {
    bytes[i] = static_cast<unsigned char>(hi >> (56 - 8 * i));
    bytes[8 + i] = static_cast<unsigned char>(lo >> (56 - 8 * i));
  }
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
  std::string guid;
  guid.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) guid += '-';
    guid += kHex[bytes[i] >> 4];
    guid += kHex[bytes[i] & 0x0F];
  }
  return guid;
}

std::optional<std::string> CanonicalGuid(std::string_view text) {
  if (text.size() == 38 && text.front() == '{' && text.back() == '}') text = text.substr(1, 36);
  if (text.size() != 36) return std::nullopt;
  std::string guid;
  guid.reserve(36);
  for (std::size_t i = 0; i < 36; ++i) {
    const char c = text[i];
    if (IsDashPosition(i) ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    guid += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return guid;
}

}  // namespace duiding
