// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace duiding::text {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at `pos`, or 0 when ill-formed (Unicode Table 3-7).
std::size_t SequenceLength(std::string_view s, std::size_t pos) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = at(pos);
  const std::size_t left = s.size() - pos;
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return left >= 2 && IsContinuation(at(pos + 1)) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !IsContinuation(at(pos + 1)) || !IsContinuation(at(pos + 2))) return 0;
    if (c == 0xE0 && at(pos + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && at(pos + 1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c > 0xF4 || left < 4) return 0;
  if (!IsContinuation(at(pos + 1)) || !IsContinuation(at(pos + 2)) || !IsContinuation(at(pos + 3)))
    return 0;
  if (c == 0xF0 && at(pos + 1) < 0x90) return 0;   // overlong
  if (c == 0xF4 && at(pos + 1) >= 0x90) return 0;  // beyond U+10FFFF
  return 4;
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Dutch text is mostly ASCII: pass eight such bytes at a time.
    std::uint64_t word;
    if (pos + 8 <= bytes.size() && (std::memcpy(&word, bytes.data() + pos, 8), (word & 0x8080808080808080ULL) == 0)) {
      pos += 8;
      continue;
    }
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t n = SequenceLength(bytes, pos);
    if (n == 0) return pos;
    pos += n;
  }
  return std::nullopt;
}

// Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and the bit
// below it clear; the count is the number of bytes minus the continuation bytes.
std::size_t CountCodePoints(std::string_view utf8) {
  constexpr std::uint64_t kTopBits = 0x8080808080808080ULL;
  std::size_t n = utf8.size(), pos = 0;
  for (; pos + 8 <= utf8.size(); pos += 8) {
    std::uint64_t word;
    std::memcpy(&word, utf8.data() + pos, 8);
    // One bit per continuation byte, at the bottom of its byte; the multiply sums the bytes.
    const std::uint64_t marks = (word & ~(word << 1) & kTopBits) >> 7;
    n -= static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; pos < utf8.size(); ++pos) n -= IsContinuation(static_cast<unsigned char>(utf8[pos]));
  return n;
}

bool IsCodePointStart(std::string_view utf8, std::size_t pos) {
  return pos >= utf8.size() || !IsContinuation(static_cast<unsigned char>(utf8[pos]));
}

char32_t DecodeNext(std::string_view utf8, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(utf8[pos++]);
  if (c < 0x80) return c;
  const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  for (int i = 0; i < extra && pos < utf8.size(); ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(utf8[pos++]) & 0x3F);
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Code points starting in the 8 bytes at `p`: bytes that are not continuation bytes.
std::size_t StartsInWord(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  const std::uint64_t marks = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
  return 8 - static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
}

// The byte where code point `cp` starts, utf8.size() when it is the end, npos when beyond.
// Whole words are skipped while the code point cannot start in them: quotes and slices of
// long texts are found at memory speed rather than a byte at a time.
std::size_t FindCodePoint(std::string_view utf8, std::size_t cp) {
  std::size_t pos = 0, seen = 0;
  // 32 bytes hold at most 32 code points: while the target is further, take them in one step.
  for (; pos + 32 <= utf8.size() && seen + 32 <= cp; pos += 32)
    seen += StartsInWord(utf8.data() + pos) + StartsInWord(utf8.data() + pos + 8) +
            StartsInWord(utf8.data() + pos + 16) + StartsInWord(utf8.data() + pos + 24);
  for (; pos + 8 <= utf8.size(); pos += 8) {
    const std::size_t starts = StartsInWord(utf8.data() + pos);
    if (seen + starts > cp) break;
    seen += starts;
  }
  for (; pos < utf8.size(); ++pos) {
    if (IsContinuation(static_cast<unsigned char>(utf8[pos]))) continue;
    if (seen++ == cp) return pos;
  }
  return seen == cp ? utf8.size() : std::string_view::npos;
}

}  // namespace

std::size_t ByteOffsetOfCodePoint(std::string_view utf8, std::size_t cp) {
  const std::size_t pos = FindCodePoint(utf8, cp);
  if (pos == std::string_view::npos) throw std::out_of_range("code point offset beyond the end of the text");
  return pos;
}

std::size_t ForwardByteCursor::To(std::size_t codePoint) {
  for (; m_codePoint < codePoint && m_byte < m_text.size(); ++m_codePoint) {
    ++m_byte;
    while (m_byte < m_text.size() && IsContinuation(static_cast<unsigned char>(m_text[m_byte]))) ++m_byte;
  }
  return m_byte;
}

std::size_t BackCodePoints(std::string_view utf8, std::size_t pos, std::size_t n) {
  pos = std::min(pos, utf8.size());
  // Whole words while more code points are wanted than start in them (the step may end inside a
  // character; its start is counted with the word before), then byte by byte to the start.
  for (std::size_t starts = 0; pos >= 8 && (starts = StartsInWord(utf8.data() + pos - 8)) < n; pos -= 8) n -= starts;
  for (; n > 0 && pos > 0; --pos)
    if (!IsContinuation(static_cast<unsigned char>(utf8[pos - 1]))) --n;
  return pos;
}

std::size_t PrefixBytes(std::string_view utf8, std::size_t n) { return std::min(FindCodePoint(utf8, n), utf8.size()); }

std::string_view SliceCodePoints(std::string_view utf8, std::size_t start, std::size_t end) {
  if (end < start) throw std::out_of_range("slice end before start");
  const std::size_t from = ByteOffsetOfCodePoint(utf8, start);
  const std::size_t to = from + ByteOffsetOfCodePoint(utf8.substr(from), end - start);
  return utf8.substr(from, to - from);
}

LineColumn LocateByte(std::string_view bytes, std::size_t pos) {
  LineColumn lc;
  for (std::size_t i = 0; i < pos && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if (!IsContinuation(static_cast<unsigned char>(bytes[i]))) {
      ++lc.column;
    }
  }
  return lc;
}

}  // namespace duiding::text
