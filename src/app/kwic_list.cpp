// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/kwic_list.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "app/wx_text.h"
#include "text/clock_time.h"

namespace duiding::app {

KwicList::KwicList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxBORDER_NONE) {  // several rows: code a chosen subset
  AppendColumn(_("Before"), wxLIST_FORMAT_RIGHT, FromDIP(240));
  AppendColumn(_("Hit"), wxLIST_FORMAT_CENTRE, FromDIP(100));
  AppendColumn(_("After"), wxLIST_FORMAT_LEFT, FromDIP(240));
  AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(230));
  AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, FromDIP(100));
  AppendColumn(_("Time"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  wxFont bold = GetFont();
  bold.SetWeight(wxFONTWEIGHT_BOLD);
  m_hitAttr.SetFont(bold);
  m_hitAttr.SetTextColour(wxColour(0x1F, 0x4E, 0x79));
  const wxString sample = wxT("de moeder zei: ik schaamde me kapot");
  m_charWidth = std::max(1.0, GetTextExtent(sample).x / static_cast<double>(sample.length()));
}

// The list cuts long text at its end; the left context must lose its far end instead, so the
// words next to the hit stay readable.
wxString KwicList::FittedLeft(std::string_view left) const {
  const wxString text = ToWx(left);
  const auto fits = static_cast<size_t>(std::max(4.0, GetColumnWidth(kLeft) / m_charWidth - 3));
  return text.length() <= fits ? text : wxString::FromUTF8("\xE2\x80\xA6") + text.Right(fits - 1);
}

void KwicList::SetHits(const std::vector<search::Hit>* hits) {
  m_hits = hits;
  SetItemCount(hits ? static_cast<long>(hits->size()) : 0);
  FitHitColumn();
  Refresh();
}

// The hit column as wide as its longest hit (Dutch compounds are long: "kinderbeschermings-
// maatregel"), within bounds; measured on the first hits only, as many as a screen shows a lot.
void KwicList::FitHitColumn() {
  constexpr std::size_t kMeasured = 500;
  int widest = 0;
  if (m_hits) {
    const std::size_t n = std::min(m_hits->size(), kMeasured);
    std::optional<std::string_view> longest;
    for (std::size_t i = 0; i < n; ++i)
      if (!longest || (*m_hits)[i].Match().size() > longest->size()) longest = (*m_hits)[i].Match();
    if (longest) {
      int height = 0;
      GetTextExtent(ToWx(*longest), &widest, &height, nullptr, nullptr, &m_hitAttr.GetFont());
    }
  }
  SetColumnWidth(kHit, std::clamp(widest + FromDIP(16), FromDIP(100), FromDIP(260)));
}

wxString KwicList::OnGetItemText(long item, long column) const {
  if (!m_hits || item < 0 || static_cast<std::size_t>(item) >= m_hits->size()) return wxEmptyString;
  const search::Hit& hit = (*m_hits)[static_cast<std::size_t>(item)];
  switch (column) {
    case kLeft: return FittedLeft(hit.Left());
    case kHit: return ToWx(hit.Match());
    case kRight: return ToWx(hit.Right());
    case kDocument: return ToWx(hit.documentName);
    case kSpeaker: return ToWx(hit.speaker);
    default: return ToWx(text::FormatClockTime(hit.timestampMs));
  }
}

wxItemAttr* KwicList::OnGetItemColumnAttr(long, long column) const {
  return column == kHit ? &m_hitAttr : nullptr;
}

}  // namespace duiding::app
