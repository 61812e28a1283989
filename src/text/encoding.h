// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Character encodings of incoming text: detection, conversion to UTF-8 and repair of
/// double-encoded UTF-8. Researchers' files come from old Windows machines (Windows-1252),
/// Word's "Unicode" export (UTF-16 with BOM) and tools that decoded UTF-8 as Latin-1 once too
/// often ("Ã©Ã©n" for "één").
namespace duiding::text {

struct DecodedText {
  std::string utf8;
  std::string encoding;   ///< what was used: "UTF-8", "UTF-16LE", "windows-1252", ...
  bool detected = false;  ///< chosen by detection rather than named by the caller
  int confidence = 100;   ///< ICU's detector confidence (0-100) when it decided
};

/// Decodes `bytes` to UTF-8. With `encoding` empty the encoding is detected: a byte order mark
/// (UTF-8, UTF-16LE/BE) wins, then valid UTF-8, then ICU's charset detector, whose Latin
/// answers (ISO-8859-1/15, Windows-1252) are read as Windows-1252, the superset Dutch Windows
/// files use. The BOM is not part of the result. Throws std::invalid_argument for an encoding
/// name ICU does not know, and std::runtime_error when the bytes do not decode in it (the
/// message names the byte offset).
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view encoding = {});

/// When `utf8` is UTF-8 that was decoded as Windows-1252 (or Latin-1) and encoded again —
/// every character fits one Windows-1252 byte and those bytes are valid UTF-8 with at least
/// one multi-byte character — the repaired text; otherwise nothing. Text that merely contains
/// "Ã" or "â" is left alone, because its bytes do not form UTF-8.
std::optional<std::string> RepairDoubleEncodedUtf8(std::string_view utf8);

}  // namespace duiding::text
