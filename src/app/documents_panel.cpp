// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/documents_panel.h"

#include <wx/choice.h>
#include <wx/config.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "app/wx_text.h"
#include "text/collation.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

const wxString kGroupByKey = wxT("/DocumentsPane/GroupBy");

// The attributes researchers group by most come first when the project has them.
int GroupPriority(const wxString& name) {
  static const wxString kFirst[] = {wxT("regio"), wxT("groep"), wxT("methode")};
  const wxString lower = name.Lower();
  for (int i = 0; i < 3; ++i)
    if (lower == kFirst[i]) return i;
  return 3;
}

}  // namespace

DocumentsPanel::DocumentsPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent), m_context(context), m_filter(new wxTextCtrl(this, wxID_ANY)),
      m_groupBy(new wxChoice(this, wxID_ANY)),
      m_list(new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_NONE)) {
  m_filter->SetHint(_("Filter documents"));
  if (wxConfigBase* config = wxConfigBase::Get()) m_groupKey = config->Read(kGroupByKey, wxString());
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(m_filter, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(new wxStaticText(this, wxID_ANY, _("Group by:")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
  top->Add(m_groupBy, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(4));
  sizer->Add(m_list, 1, wxEXPAND);
  SetSizer(sizer);
  FillGroupChoice({});
  m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Reload(); });
  m_groupBy->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const int at = m_groupBy->GetSelection();
    SetGroupBy(at <= 0 ? wxString() : m_groupNames[static_cast<std::size_t>(at - 1)]);
  });
  m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &DocumentsPanel::OnSelected, this);
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    FitNameColumn();
    event.Skip();
  });
  m_context.Subscribe(this);
}

DocumentsPanel::~DocumentsPanel() { m_context.Unsubscribe(this); }

void DocumentsPanel::ProjectChanged(Change) { Reload(); }

// "No grouping", then regio/groep/methode when present, then the other attribute columns.
void DocumentsPanel::FillGroupChoice(const std::vector<std::string>& columns) {
  std::vector<wxString> names;
  for (const std::string& column : columns) names.push_back(ToWx(column));
  std::stable_sort(names.begin(), names.end(),
                   [](const wxString& a, const wxString& b) { return GroupPriority(a) < GroupPriority(b); });
  if (names == m_groupNames && !m_groupBy->IsEmpty()) return;
  m_groupNames = std::move(names);
  m_groupBy->Clear();
  m_groupBy->Append(_("No grouping"));
  for (const wxString& name : m_groupNames) m_groupBy->Append(name);
  const auto it = std::find(m_groupNames.begin(), m_groupNames.end(), m_groupKey);
  m_groupBy->SetSelection(it == m_groupNames.end() ? 0 : static_cast<int>(it - m_groupNames.begin()) + 1);
  m_groupBy->InvalidateBestSize();
  Layout();
}

wxString DocumentsPanel::GroupBy() const {
  const bool present = std::find(m_groupNames.begin(), m_groupNames.end(), m_groupKey) != m_groupNames.end();
  return present ? m_groupKey : wxString();
}

void DocumentsPanel::SetGroupBy(const wxString& name) {
  m_groupKey = name;
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write(kGroupByKey, name);
    config->Flush();
  }
  const auto it = std::find(m_groupNames.begin(), m_groupNames.end(), name);
  m_groupBy->SetSelection(it == m_groupNames.end() ? 0 : static_cast<int>(it - m_groupNames.begin()) + 1);
  Reload();
}

void DocumentsPanel::Reload() {
  std::vector<workbench::DocumentRow> rows;
  std::vector<std::string> columns;
  if (m_context.HasProject())
    m_context.Run([&] { rows = workbench::DocumentRows(m_context.Project(), ToUtf8(m_filter->GetValue()), &columns); });
  FillGroupChoice(columns);
  const long selected = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  const RowId keep = selected >= 0 && static_cast<std::size_t>(selected) < m_items.size() ? m_items[selected] : 0;
  m_list->Freeze();
  m_list->ClearAll();
  m_list->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(230));
  m_list->AppendColumn(_("Codings"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  for (const std::string& column : columns) m_list->AppendColumn(ToWx(column), wxLIST_FORMAT_LEFT, FromDIP(100));
  m_documents.clear();
  m_items.clear();
  m_rowItems.clear();
  m_headers.clear();
  const auto addDocument = [&](const workbench::DocumentRow& row) {
    const long at = m_list->InsertItem(m_list->GetItemCount(), ToWx(row.document.name));
    m_list->SetItem(at, 1, wxString::Format(wxT("%lld"), static_cast<long long>(row.codings)));
    for (const auto& [name, value] : row.attributes) {
      const auto column = std::find(columns.begin(), columns.end(), name) - columns.begin();
      m_list->SetItem(at, static_cast<int>(column) + 2, ToWx(value));
    }
    m_documents.push_back(row.document.id);
    m_items.push_back(row.document.id);
    m_rowItems.push_back(at);
  };
  const std::string group = ToUtf8(GroupBy());
  if (group.empty()) {
    for (const workbench::DocumentRow& row : rows) addDocument(row);
  } else {
    // Groups in Dutch dictionary order, documents without a value last; rows keep their order.
    std::map<std::tuple<bool, std::string, std::string>, std::vector<const workbench::DocumentRow*>> groups;
    for (const workbench::DocumentRow& row : rows) {
      const auto it = std::find_if(row.attributes.begin(), row.attributes.end(),
                                   [&](const auto& attribute) { return attribute.first == group; });
      const std::string value = it == row.attributes.end() ? std::string() : it->second;
      groups[{value.empty(), text::DutchSortKey(value), value}].push_back(&row);
    }
    wxFont bold = m_list->GetFont();
    bold.MakeBold();
    for (const auto& [key, members] : groups) {
      const wxString value = std::get<0>(key) ? _("(no value)") : ToWx(std::get<2>(key));
      const long at = m_list->InsertItem(m_list->GetItemCount(), wxString::Format(wxT("%s (%zu)"), value, members.size()));
      m_list->SetItemFont(at, bold);
      m_items.push_back(0);
      m_headers.push_back(value);
      for (const workbench::DocumentRow* row : members) addDocument(*row);
    }
  }
  for (int column = 1; column < m_list->GetColumnCount(); ++column) m_list->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
  FitNameColumn();
  if (const auto it = std::find(m_items.begin(), m_items.end(), keep); keep && it != m_items.end()) {
    const long item = it - m_items.begin();
    m_echoing = true;
    m_list->SetItemState(item, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    m_echoing = false;
    m_list->EnsureVisible(item);
  }
  m_list->Thaw();
}

// Name and number of codings stay in view; attribute columns may scroll.
void DocumentsPanel::FitNameColumn() {
  if (m_list->GetColumnCount() < 2) return;
  m_list->SetColumnWidth(0, wxLIST_AUTOSIZE);
  const int room = m_list->GetClientSize().x - m_list->GetColumnWidth(1) - FromDIP(4);
  m_list->SetColumnWidth(0, std::clamp(m_list->GetColumnWidth(0) + FromDIP(8), FromDIP(120), std::max(FromDIP(120), room)));
}

std::vector<wxString> DocumentsPanel::GroupHeaders() const { return m_headers; }

bool DocumentsPanel::IsGroupHeader(long item) const {
  return item >= 0 && static_cast<std::size_t>(item) < m_items.size() && m_items[static_cast<std::size_t>(item)] == 0;
}

long DocumentsPanel::ItemOfRow(long row) const {
  return row >= 0 && row < RowCount() ? m_rowItems[static_cast<std::size_t>(row)] : -1;
}

long DocumentsPanel::RowCount() const { return static_cast<long>(m_documents.size()); }

void DocumentsPanel::SetFilter(const wxString& text) { m_filter->SetValue(text); }

void DocumentsPanel::SelectItem(long item) {
  m_echoing = true;
  m_list->SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  m_list->EnsureVisible(item);
  m_echoing = false;
}

void DocumentsPanel::OpenRow(long row) {
  if (row < 0 || row >= RowCount()) return;
  SelectItem(ItemOfRow(row));
  m_context.Show(m_documents[static_cast<std::size_t>(row)]);
}

void DocumentsPanel::OnSelected(wxListEvent& event) {
  const long item = event.GetIndex();
  if (item < 0 || static_cast<std::size_t>(item) >= m_items.size()) return;
  if (IsGroupHeader(item)) {  // a header names its group; it opens nothing and stays unselected
    m_echoing = true;
    m_list->SetItemState(item, 0, wxLIST_STATE_SELECTED);
    m_echoing = false;
    return;
  }
  if (!m_echoing) m_context.Show(m_items[static_cast<std::size_t>(item)]);
}

void DocumentsPanel::ShowRequested(const ShowRequest& request) {
  const auto it = std::find(m_items.begin(), m_items.end(), request.document);
  if (!request.document || it == m_items.end()) return;
  const long item = it - m_items.begin();
  if (m_list->GetItemState(item, wxLIST_STATE_SELECTED)) return;
  m_echoing = true;
  m_list->SetItemState(item, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  m_list->EnsureVisible(item);
  m_echoing = false;
}

}  // namespace duiding::app
