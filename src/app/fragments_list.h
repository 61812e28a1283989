// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/listctrl.h>

#include <vector>

#include "project/analysis.h"

namespace duiding::app {

/// Coded fragments as rows: the document, the speaker (and role), the coder and the quote on one
/// line, cut when long. Virtual, so a code with thousands of codings costs nothing to show.
class FragmentsList : public wxListCtrl {
 public:
  enum Column { kDocument, kSpeaker, kCoder, kQuote };
  explicit FragmentsList(wxWindow* parent);
  void SetFragments(std::vector<project::Fragment> fragments);
  const std::vector<project::Fragment>& Fragments() const { return m_fragments; }
  /// The row's columns joined by " | " (for tests).
  wxString RowText(long row) const;

 protected:
  wxString OnGetItemText(long item, long column) const override;

 private:
  std::vector<project::Fragment> m_fragments;
};

/// `quote` on one line (line breaks and tabs become spaces), cut to `most` characters with "…".
wxString OneLineQuote(const std::string& quote, std::size_t most = 300);

}  // namespace duiding::app
