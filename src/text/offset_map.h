// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace duiding::text {

/// Converts positions in one valid UTF-8 text between code points (the model's unit), UTF-8
/// bytes (wxStyledTextCtrl) and UTF-16 code units (NVivo, wxString on Windows).
///
/// Construction is linear; each conversion is O(log n) plus a scan of at most kStride code
/// points, so a 300,000-character transcript converts in linear time overall. The map keeps a
/// view of the text: the text must outlive it. Immutable after construction, so it may be
/// shared between threads. Positions beyond the end throw std::out_of_range; a byte or UTF-16
/// position inside a code point rounds down to that code point.
class OffsetMap {
 public:
  static constexpr std::size_t kStride = 64;

  /// Indexes `utf8`, which must be valid UTF-8.
  explicit OffsetMap(std::string_view utf8);

  std::size_t CodePointCount() const { return m_codePoints; }
  std::size_t ByteCount() const { return m_text.size(); }
  std::size_t Utf16Count() const { return m_utf16Units; }

  std::size_t ByteFromCodePoint(std::size_t cp) const;
  std::size_t CodePointFromByte(std::size_t byte) const;
  std::size_t Utf16FromCodePoint(std::size_t cp) const;
  std::size_t CodePointFromUtf16(std::size_t unit) const;

 private:
  struct Checkpoint {
    std::uint32_t byte;
    std::uint32_t utf16;
  };
  std::size_t CheckpointBefore(std::size_t value, std::uint32_t Checkpoint::*field) const;

  std::string_view m_text;
  std::vector<Checkpoint> m_checkpoints;  // one per kStride code points, from code point 0
  std::size_t m_codePoints = 0;
  std::size_t m_utf16Units = 0;
};

}  // namespace duiding::text
