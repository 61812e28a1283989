// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/documents_panel.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "app/wx_text.h"
#include "workbench/transcript_model.h"

namespace duiding::app {

DocumentsPanel::DocumentsPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent), m_context(context), m_filter(new wxTextCtrl(this, wxID_ANY)),
      m_list(new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_NONE)) {
  m_filter->SetHint(_("Filter documents"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_filter, 0, wxEXPAND | wxALL, FromDIP(4));
  sizer->Add(m_list, 1, wxEXPAND);
  SetSizer(sizer);
  m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Reload(); });
  m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &DocumentsPanel::OnSelected, this);
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    FitNameColumn();
    event.Skip();
  });
  m_context.Subscribe(this);
}

DocumentsPanel::~DocumentsPanel() { m_context.Unsubscribe(this); }

void DocumentsPanel::ProjectChanged(Change) { Reload(); }

void DocumentsPanel::Reload() {
  std::vector<workbench::DocumentRow> rows;
  std::vector<std::string> columns;
  if (m_context.HasProject())
    m_context.Run([&] { rows = workbench::DocumentRows(m_context.Project(), ToUtf8(m_filter->GetValue()), &columns); });
  const long selected = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  const RowId keep = selected >= 0 && static_cast<std::size_t>(selected) < m_documents.size() ? m_documents[selected] : 0;
  m_list->Freeze();
  m_list->ClearAll();
  m_list->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(230));
  m_list->AppendColumn(_("Codings"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  for (const std::string& column : columns) m_list->AppendColumn(ToWx(column), wxLIST_FORMAT_LEFT, FromDIP(100));
  m_documents.clear();
  for (const workbench::DocumentRow& row : rows) {
    const long at = m_list->InsertItem(m_list->GetItemCount(), ToWx(row.document.name));
    m_list->SetItem(at, 1, wxString::Format(wxT("%lld"), static_cast<long long>(row.codings)));
    for (const auto& [name, value] : row.attributes) {
      const auto column = std::find(columns.begin(), columns.end(), name) - columns.begin();
      m_list->SetItem(at, static_cast<int>(column) + 2, ToWx(value));
    }
    m_documents.push_back(row.document.id);
  }
  for (int column = 1; column < m_list->GetColumnCount(); ++column) m_list->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
  FitNameColumn();
  m_echoing = true;
  if (const auto it = std::find(m_documents.begin(), m_documents.end(), keep); keep && it != m_documents.end())
    m_list->SetItemState(it - m_documents.begin(), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  m_echoing = false;
  if (selected >= 0 && m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) >= 0) m_list->EnsureVisible(m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
  m_list->Thaw();
}

// Name and number of codings stay in view; attribute columns may scroll.
void DocumentsPanel::FitNameColumn() {
  if (m_list->GetColumnCount() < 2) return;
  m_list->SetColumnWidth(0, wxLIST_AUTOSIZE);
  const int room = m_list->GetClientSize().x - m_list->GetColumnWidth(1) - FromDIP(4);
  m_list->SetColumnWidth(0, std::clamp(m_list->GetColumnWidth(0) + FromDIP(8), FromDIP(120), std::max(FromDIP(120), room)));
}

long DocumentsPanel::RowCount() const { return m_list->GetItemCount(); }

void DocumentsPanel::SetFilter(const wxString& text) { m_filter->SetValue(text); }

void DocumentsPanel::OpenRow(long row) {
  if (row < 0 || row >= RowCount()) return;
  m_echoing = true;
  m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  m_list->EnsureVisible(row);
  m_echoing = false;
  m_context.Show(m_documents[static_cast<std::size_t>(row)]);
}

void DocumentsPanel::OnSelected(wxListEvent& event) {
  const long row = event.GetIndex();
  if (m_echoing || row < 0 || static_cast<std::size_t>(row) >= m_documents.size()) return;
  m_context.Show(m_documents[static_cast<std::size_t>(row)]);
}

void DocumentsPanel::ShowRequested(const ShowRequest& request) {
  const auto it = std::find(m_documents.begin(), m_documents.end(), request.document);
  if (it == m_documents.end()) return;
  const long row = it - m_documents.begin();
  if (m_list->GetItemState(row, wxLIST_STATE_SELECTED)) return;
  m_echoing = true;
  m_list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  m_list->EnsureVisible(row);
  m_echoing = false;
}

}  // namespace duiding::app
