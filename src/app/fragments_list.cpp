// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/fragments_list.h"

#include "app/wx_text.h"

namespace duiding::app {

wxString OneLineQuote(const std::string& quote, std::size_t most) {
  wxString line;
  bool space = false;
  for (wxUniChar c : ToWx(quote)) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !line.empty();
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += c;
  }
  if (line.length() > most) line = line.Left(most - 1) + wxString::FromUTF8("\xE2\x80\xA6");
  return line;
}

FragmentsList::FragmentsList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxBORDER_NONE) {
  AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(200));
  AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, FromDIP(140));
  AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(_("Quote"), wxLIST_FORMAT_LEFT, FromDIP(600));
}

void FragmentsList::SetFragments(std::vector<project::Fragment> fragments) {
  m_fragments = std::move(fragments);
  SetItemCount(static_cast<long>(m_fragments.size()));
  Refresh();
}

wxString FragmentsList::OnGetItemText(long item, long column) const {
  if (item < 0 || static_cast<std::size_t>(item) >= m_fragments.size()) return wxEmptyString;
  const project::Fragment& f = m_fragments[static_cast<std::size_t>(item)];
  switch (column) {
    case kDocument: return ToWx(f.documentName);
    case kSpeaker:
      if (f.role.empty() || f.role == f.speaker) return ToWx(f.speaker);
      return f.speaker.empty() ? ToWx(f.role) : ToWx(f.speaker) + wxT(" (") + ToWx(f.role) + wxT(")");
    case kCoder: return ToWx(f.coder);
    default: return OneLineQuote(f.quote);
  }
}

wxString FragmentsList::RowText(long row) const {
  wxString line;
  for (long column = kDocument; column <= kQuote; ++column)
    line += (column ? wxT(" | ") : wxT("")) + OnGetItemText(row, column);
  return line;
}

}  // namespace duiding::app
