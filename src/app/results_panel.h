// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include "app/app_context.h"
#include "app/project_search.h"
#include "search/search.h"

class wxButton;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace duiding::app {

class KwicList;

/// Search results: a query in the query language ("schaamte NEAR/5 hulp", "spreker:moeder
/// last") and its hits as keyword-in-context lines (left | hit | right, document, speaker).
/// Activating a line shows the hit in the transcript; "Code all hits with..." codes every hit
/// in one undoable change, after saying what it will do.
class ResultsPanel : public wxPanel, public ContextListener {
 public:
  ResultsPanel(wxWindow* parent, AppContext& context);
  ~ResultsPanel() override;

  /// Runs `query` as if typed and Enter pressed. Returns whether it ran.
  bool RunSearch(const wxString& query);
  /// Codes every hit of the current query with a code the researcher picks.
  bool CodeAllHits();
  /// Puts the cursor in the query box (Edit > Search).
  void FocusQuery();
  /// Shows hit `row` in the transcript, as activating it does.
  void ActivateRow(long row);
  const search::SearchResult& Result() const { return m_result; }
  /// The background index sync of the open project (started and stopped with it).
  IndexSync& Index() { return m_index; }
  /// The KWIC line of `row`, its columns joined by " | " (for tests).
  wxString RowText(long row) const;

  void ProjectChanged(Change change) override;

 private:
  search::SearchResult Search(const std::string& query, std::size_t limit);
  void ShowResult();
  void FitColumns();
  void OnActivated(wxListEvent& event);

  AppContext& m_context;
  wxTextCtrl* m_query;
  wxButton* m_codeAll;
  wxStaticText* m_summary;
  wxPanel* m_help;  ///< shown instead of the list until the first search
  KwicList* m_list;
  std::string m_lastQuery;
  search::SearchResult m_result;
  IndexSync m_index;
};

}  // namespace duiding::app
