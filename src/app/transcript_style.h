// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <map>
#include <string>

class wxStyledTextCtrl;

/// How the transcript looks: fonts, the styles of speakers and timestamps, the coding
/// highlights (one indicator per code colour) and the margins with the codings' names and bars.
namespace duiding::app::transcript_style {

enum Style { kBody = 0, kSpeaker = 1, kTimestamp = 2, kHint = 3, kMarginLabel = 4 };
enum Margin { kLabelMargin = 0, kBarMargin = 1, kSpareMargin = 2 };

/// Sets up an empty control: read-only reading view, word wrap, styles, margins, and the
/// editing keys that would shadow the menus (Ctrl+Z, Ctrl+Y) taken away.
void SetUp(wxStyledTextCtrl& editor);

/// Hands out Scintilla's container indicators (and bar markers) per "#RRGGBB" colour, defining
/// each the first time it is asked for. When a transcript uses more colours than there are
/// indicators, colours share them.
class ColourSlots {
 public:
  explicit ColourSlots(wxStyledTextCtrl& editor) : m_editor(editor) {}
  int IndicatorFor(const std::string& colour);
  int MarkerFor(const std::string& colour);
  /// Clears every highlight and bar from the text (the definitions stay).
  void ClearAll();

 private:
  wxStyledTextCtrl& m_editor;
  std::map<std::string, int> m_indicators, m_markers;
};

}  // namespace duiding::app::transcript_style
