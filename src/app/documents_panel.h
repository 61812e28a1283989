// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <vector>

#include "app/app_context.h"

class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxTextCtrl;

namespace duiding::app {

/// The project's documents as a table: name, number of codings and one column per attribute
/// (regio, groep, ...), filtered by the box above it and optionally grouped by one attribute
/// under bold header rows that cannot be selected (the choice is remembered in wxConfig).
/// Selecting a document's row opens the document.
///
/// "Rows" below are the documents listed, in order, header rows not counted; "items" are the
/// list control's lines, header rows included.
class DocumentsPanel : public wxPanel, public ContextListener {
 public:
  DocumentsPanel(wxWindow* parent, AppContext& context);
  ~DocumentsPanel() override;

  /// Filters the rows as if typed into the box.
  void SetFilter(const wxString& text);
  /// Groups by the attribute `name` as if chosen (empty: no grouping) and remembers it.
  void SetGroupBy(const wxString& name);
  /// The attribute the documents are grouped by; empty when they are not.
  wxString GroupBy() const;
  /// The group header rows' values, in order ("(no value)" for documents without one).
  std::vector<wxString> GroupHeaders() const;
  /// Whether list item `item` is a group header.
  bool IsGroupHeader(long item) const;
  /// The list item of document row `row`; -1 when there is none.
  long ItemOfRow(long row) const;
  /// Opens the document of row `row`, as a click does.
  void OpenRow(long row);
  /// The number of documents listed (header rows not counted).
  long RowCount() const;
  wxListCtrl* List() { return m_list; }
  wxChoice* GroupChoice() { return m_groupBy; }
  /// The documents listed, in row order.
  const std::vector<RowId>& Documents() const { return m_documents; }

  void ProjectChanged(Change change) override;
  void ShowRequested(const ShowRequest& request) override;

 private:
  void Reload();
  void FillGroupChoice(const std::vector<std::string>& columns);
  void FitNameColumn();
  void SelectItem(long item);
  void OnSelected(wxListEvent& event);

  AppContext& m_context;
  wxTextCtrl* m_filter;
  wxChoice* m_groupBy;
  wxListCtrl* m_list;
  wxString m_groupKey;                ///< the attribute chosen (remembered), maybe absent here
  std::vector<wxString> m_groupNames;  ///< the attributes offered after "no grouping"
  std::vector<wxString> m_headers;
  std::vector<RowId> m_documents;
  std::vector<RowId> m_items;         ///< per list item its document; 0 for a group header
  std::vector<long> m_rowItems;       ///< per document row its list item
  bool m_echoing = false;  ///< selecting a row because the document was shown elsewhere
};

}  // namespace duiding::app
