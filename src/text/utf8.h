// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

/// UTF-8 primitives that need no ICU. Every function is pure and thread-safe.
namespace duiding::text {

/// A half-open range [start, end) of code point offsets.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

/// Byte offset of the first ill-formed sequence (overlong, surrogate, > U+10FFFF, truncated), or none.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

/// Number of code points in valid UTF-8.
std::size_t CountCodePoints(std::string_view utf8);

/// True when the byte at `pos` starts a code point (or `pos` is the end).
bool IsCodePointStart(std::string_view utf8, std::size_t pos);

/// Decodes the code point starting at byte `pos` of valid UTF-8 and advances `pos` past it.
char32_t DecodeNext(std::string_view utf8, std::size_t& pos);

/// Appends the UTF-8 encoding of a scalar value.
void AppendUtf8(std::string& out, char32_t cp);

/// Byte offset of code point `cp` counted from the start of `utf8` (linear; use OffsetMap for many).
/// Throws std::out_of_range when the text has fewer code points.
std::size_t ByteOffsetOfCodePoint(std::string_view utf8, std::size_t cp);

/// Byte length of the first `n` code points of `utf8`, or its whole size when it has fewer.
std::size_t PrefixBytes(std::string_view utf8, std::size_t n);

/// The byte `n` code points before byte `pos` (a code point start) of `utf8`, or 0 when fewer
/// code points precede it.
std::size_t BackCodePoints(std::string_view utf8, std::size_t pos, std::size_t n);

/// Code point -> byte offsets in one UTF-8 text, asked in ascending order: each call goes on
/// from the one before, so converting every word of a text is one pass. A position beyond the
/// end gives the text's size.
class ForwardByteCursor {
 public:
  explicit ForwardByteCursor(std::string_view utf8) : m_text(utf8) {}
  std::size_t To(std::size_t codePoint);

 private:
  std::string_view m_text;
  std::size_t m_byte = 0;
  std::size_t m_codePoint = 0;
};

/// The code points [start, end) of `utf8` as a view (linear scan).
std::string_view SliceCodePoints(std::string_view utf8, std::size_t start, std::size_t end);

/// 1-based line and column (in code points) of byte offset `pos`, for error messages.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};
LineColumn LocateByte(std::string_view bytes, std::size_t pos);

}  // namespace duiding::text
