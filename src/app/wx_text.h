// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

#include <string>
#include <string_view>

/// The only crossings between the core's UTF-8 strings and wxString. Lengths and positions
/// never cross: model offsets go through TranscriptModel (code points <-> widget bytes).
namespace duiding::app {

inline wxString ToWx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

inline std::string ToUtf8(const wxString& text) { return text.ToStdString(wxConvUTF8); }

/// "#RRGGBB" as a colour; `fallback` for anything else.
inline wxColour ColourOf(const std::string& hex, const wxColour& fallback = wxColour(0x7F, 0x8C, 0x8D)) {
  wxColour colour;
  return !hex.empty() && colour.Set(ToWx(hex)) ? colour : fallback;
}

}  // namespace duiding::app
