// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/listctrl.h>

#include <string_view>
#include <vector>

#include "search/search.h"

namespace duiding::app {

/// Search hits as keyword-in-context lines: the left context right-aligned against the hit (in
/// bold), then the right context, the document, the speaker and the turn's timestamp. Virtual,
/// so thousands of hits cost nothing to show.
class KwicList : public wxListCtrl {
 public:
  enum Column { kLeft, kHit, kRight, kDocument, kSpeaker, kTime };
  explicit KwicList(wxWindow* parent);
  void SetHits(const std::vector<search::Hit>* hits);

 protected:
  wxString OnGetItemText(long item, long column) const override;
  wxItemAttr* OnGetItemColumnAttr(long item, long column) const override;

 private:
  wxString FittedLeft(std::string_view left) const;
  void FitHitColumn();

  const std::vector<search::Hit>* m_hits = nullptr;
  double m_charWidth = 7;
  mutable wxItemAttr m_hitAttr;
};

}  // namespace duiding::app
