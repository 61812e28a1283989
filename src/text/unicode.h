// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

/// Normalisation and case folding of valid UTF-8. Pure and thread-safe.
namespace duiding::text {

/// Unicode NFC. Cheap when the text is already NFC (the common case).
std::string ToNfc(std::string_view utf8);

/// True when the text is already in NFC.
bool IsNfc(std::string_view utf8);

/// Full Unicode case folding (Ĳ -> ĳ, ß -> ss): for caseless comparison, never for display.
std::string FoldCase(std::string_view utf8);

/// The form search compares words in: full case folding, then canonical decomposition with
/// every nonspacing mark (\p{Mn}) and default-ignorable character (soft hyphen, zero-width
/// joiner) dropped, "ĳ"/"Ĳ" spelled "ij", and the rest recomposed (NFC). "Één" -> "een",
/// "appèl" -> "appel", "GEÏNTERVIEWDE" -> "geinterviewde", "ĲSSEL" -> "ijssel", "Straße" ->
/// "strasse". Letters without a decomposition stay (ø, ł, æ). Never for display.
std::string FoldDiacritics(std::string_view utf8);

/// CRLF and lone CR become LF.
std::string UnifyLineEndings(std::string_view utf8);

/// The canonical form of imported text: line endings unified to LF, then NFC.
std::string Canonicalize(std::string_view utf8);

}  // namespace duiding::text
