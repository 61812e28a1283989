// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/transcript_style.h"

#include <wx/settings.h>
#include <wx/stc/stc.h>

#include "app/wx_text.h"

namespace duiding::app::transcript_style {
namespace {

constexpr int kFirstIndicator = wxSTC_INDIC_CONTAINER;  // below it: the lexers'
constexpr int kIndicatorCount = wxSTC_INDIC_IME - wxSTC_INDIC_CONTAINER;
constexpr int kMarkerCount = wxSTC_MARKNUM_FOLDEREND;  // above: the folding markers

void SetUpStyles(wxStyledTextCtrl& e) {
  const wxFont body(wxFontInfo(11).Family(wxFONTFAMILY_SWISS));
  e.StyleSetFont(wxSTC_STYLE_DEFAULT, body);
  e.StyleSetForeground(wxSTC_STYLE_DEFAULT, wxColour(0x22, 0x22, 0x22));
  e.StyleSetBackground(wxSTC_STYLE_DEFAULT, wxColour(0xFF, 0xFF, 0xFF));
  e.StyleClearAll();
  e.StyleSetBold(kSpeaker, true);
  e.StyleSetForeground(kSpeaker, wxColour(0x1F, 0x4E, 0x79));
  e.StyleSetForeground(kTimestamp, wxColour(0x80, 0x80, 0x80));
  e.StyleSetItalic(kHint, true);
  e.StyleSetForeground(kHint, wxColour(0x80, 0x80, 0x80));
  e.StyleSetFont(kMarginLabel, wxFont(wxFontInfo(9).Family(wxFONTFAMILY_SWISS)));
  e.StyleSetForeground(kMarginLabel, wxColour(0x44, 0x44, 0x44));
  e.StyleSetBackground(kMarginLabel, wxColour(0xF6, 0xF5, 0xF1));
  e.StyleSetBackground(wxSTC_STYLE_LINENUMBER, wxColour(0xF6, 0xF5, 0xF1));
}

void SetUpMargins(wxStyledTextCtrl& e) {
  e.SetMarginType(kLabelMargin, wxSTC_MARGIN_RTEXT);
  e.SetMarginWidth(kLabelMargin, 0);
  e.SetMarginType(kBarMargin, wxSTC_MARGIN_SYMBOL);
  e.SetMarginMask(kBarMargin, (1 << kMarkerCount) - 1);
  e.SetMarginWidth(kBarMargin, 0);
  e.SetMarginWidth(kSpareMargin, 0);
  e.SetMarginLeft(e.FromDIP(6));
  e.SetMarginRight(e.FromDIP(6));
}

}  // namespace

void SetUp(wxStyledTextCtrl& e) {
  SetUpStyles(e);
  SetUpMargins(e);
  e.SetWrapMode(wxSTC_WRAP_WORD);
  e.SetWrapIndentMode(wxSTC_WRAPINDENT_SAME);
  e.SetExtraAscent(2);
  e.SetExtraDescent(2);
  e.SetCaretLineVisible(false);
  e.SetUndoCollection(false);
  e.SetLayoutCache(wxSTC_CACHE_PAGE);
  e.SetMouseDwellTime(450);
  e.CallTipSetBackground(wxColour(0xFF, 0xFD, 0xE8));
  e.SetSelBackground(true, wxColour(0x9C, 0xC3, 0xE6));
  e.SetReadOnly(true);
  // Undo and redo belong to the project (Edit menu), not to the read-only text.
  for (const int key : {'Z', 'Y'}) {
    e.CmdKeyClear(key, wxSTC_KEYMOD_CTRL);
    e.CmdKeyClear(key, wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT);
  }
  e.UsePopUp(wxSTC_POPUP_NEVER);
}

int ColourSlots::IndicatorFor(const std::string& colour) {
  if (auto it = m_indicators.find(colour); it != m_indicators.end()) return it->second;
  const int indicator = kFirstIndicator + static_cast<int>(m_indicators.size()) % kIndicatorCount;
  m_editor.IndicatorSetStyle(indicator, wxSTC_INDIC_STRAIGHTBOX);
  m_editor.IndicatorSetForeground(indicator, ColourOf(colour));
  m_editor.IndicatorSetAlpha(indicator, 85);
  m_editor.IndicatorSetOutlineAlpha(indicator, 160);
  m_editor.IndicatorSetUnder(indicator, true);
  m_indicators.emplace(colour, indicator);
  return indicator;
}

int ColourSlots::MarkerFor(const std::string& colour) {
  if (auto it = m_markers.find(colour); it != m_markers.end()) return it->second;
  const int marker = static_cast<int>(m_markers.size()) % kMarkerCount;
  m_editor.MarkerDefine(marker, wxSTC_MARK_FULLRECT, ColourOf(colour), ColourOf(colour));
  m_markers.emplace(colour, marker);
  return marker;
}

void ColourSlots::ClearAll() {
  const int length = m_editor.GetLength();
  for (const auto& [colour, indicator] : m_indicators) {
    m_editor.SetIndicatorCurrent(indicator);
    m_editor.IndicatorClearRange(0, length);
  }
  m_editor.MarkerDeleteAll(-1);
  m_editor.MarginTextClearAll();
}

}  // namespace duiding::app::transcript_style
