// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <vector>

#include "app/app_context.h"

class wxListCtrl;
class wxListEvent;
class wxTextCtrl;

namespace duiding::app {

/// The project's documents as a table: name, number of codings and one column per attribute
/// (regio, groep, ...), filtered by the box above it. Selecting a row opens the document.
class DocumentsPanel : public wxPanel, public ContextListener {
 public:
  DocumentsPanel(wxWindow* parent, AppContext& context);
  ~DocumentsPanel() override;

  /// Filters the rows as if typed into the box.
  void SetFilter(const wxString& text);
  /// Opens the document of row `row`, as a click does.
  void OpenRow(long row);
  long RowCount() const;
  wxListCtrl* List() { return m_list; }
  /// The documents listed, in row order.
  const std::vector<RowId>& Documents() const { return m_documents; }

  void ProjectChanged(Change change) override;
  void ShowRequested(const ShowRequest& request) override;

 private:
  void Reload();
  void FitNameColumn();
  void OnSelected(wxListEvent& event);

  AppContext& m_context;
  wxTextCtrl* m_filter;
  wxListCtrl* m_list;
  std::vector<RowId> m_documents;
  bool m_echoing = false;  ///< selecting a row because the document was shown elsewhere
};

}  // namespace duiding::app
