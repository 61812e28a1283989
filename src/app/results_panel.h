// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <optional>
#include <vector>

#include "app/app_context.h"
#include "app/project_search.h"
#include "project/analysis.h"
#include "project/autocode.h"
#include "search/search.h"

class wxButton;
class wxChoice;
class wxCommandEvent;
class wxListEvent;
class wxNotebook;
class wxStaticText;
class wxTextCtrl;

namespace duiding::app {

class FragmentsList;
class KwicList;

/// Search results: a query in the query language ("schaamte NEAR/5 hulp", "spreker:moeder
/// last") and its hits as keyword-in-context lines (left | hit | right, document, speaker,
/// time), in document order, by relevance or by the words before or after the hit.
/// Activating a line shows the hit in the transcript; "Code all hits with..." codes every hit
/// (or the selected ones) in one undoable change, after saying what it will do.
/// A second page lists the coded fragments of the code picked in the codebook (with its
/// sub-codes): document, speaker, coder and quote; activating one shows it in the transcript.
class ResultsPanel : public wxPanel, public ContextListener {
 public:
  ResultsPanel(wxWindow* parent, AppContext& context);
  ~ResultsPanel() override;

  /// Runs `query` as if typed and Enter pressed. Returns whether it ran.
  bool RunSearch(const wxString& query);
  /// Lists the hits in `order` (as picking it, or clicking the column, does): the last query
  /// runs again. Document order until another is picked.
  void SetOrder(search::HitOrder order);
  search::HitOrder Order() const { return m_order; }
  /// Codes the hits of the current query (all, or the selected rows when the researcher says so)
  /// with a code the researcher picks, at the scope picked: the hit, its sentence, turn or
  /// paragraph. A dry run first says what it will do.
  bool CodeAllHits();
  /// Selects rows of the list, as clicking them does (for tests).
  void SelectRows(const std::vector<std::size_t>& rows);
  /// The selected KWIC lines (all when none is selected) as tab-separated text, one line each:
  /// before, hit, after, document, speaker, time; put on the clipboard too (Ctrl+C in the list).
  wxString CopyHits();
  /// Puts the cursor in the query box (Edit > Search).
  void FocusQuery();
  /// Lets the researcher edit the project's synonym list (Edit > Search synonyms), checks and
  /// keeps it (one change), and runs the last search again with it. Returns whether it changed.
  bool EditSynonyms();
  /// Shows hit `row` in the transcript, as activating it does.
  void ActivateRow(long row);
  const search::SearchResult& Result() const { return m_result; }
  /// What the search found, as the line beside the query box says it ("3 hits in 1 document").
  wxString Summary() const;
  /// The background index sync of the open project (started and stopped with it).
  IndexSync& Index() { return m_index; }
  /// The KWIC line of `row`, its columns joined by " | " (for tests).
  wxString RowText(long row) const;

  enum Page { kSearchPage, kFragmentsPage };
  /// The page shown.
  int CurrentPage() const;
  /// Lists the coded fragments of `codeGuid` (and its sub-codes) and shows that page.
  bool ShowCodedFragments(const std::string& codeGuid);
  /// The GUID of the code whose fragments are listed (empty: none).
  const std::string& FragmentsCode() const { return m_fragmentsCode; }
  const std::vector<project::Fragment>& Fragments() const;
  /// The fragment row's columns joined by " | " (for tests).
  wxString FragmentRowText(long row) const;
  /// Shows fragment `row` in the transcript, as activating it does.
  void ActivateFragment(long row);

  void ProjectChanged(Change change) override;

 private:
  wxWindow* SearchPage(wxWindow* parent);
  wxWindow* FragmentsPage(wxWindow* parent);
  void ReloadFragments();
  void OnCodePicked(wxCommandEvent& event);
  search::SearchResult Search(const std::string& query, std::size_t limit);
  void ShowResult();
  void FitColumns();
  void OnActivated(wxListEvent& event);
  std::vector<std::size_t> SelectedRows() const;
  std::optional<bool> AskOnlySelected(std::size_t selected);
  std::optional<Code> AskCode();
  std::optional<project::AutoCodeScope> AskScope();

  AppContext& m_context;
  wxNotebook* m_book = nullptr;
  wxWindow* m_top = nullptr;  ///< the window the codebook's picks reach
  wxTextCtrl* m_query = nullptr;
  wxButton* m_codeAll = nullptr;
  wxChoice* m_orderChoice = nullptr;
  search::HitOrder m_order = search::HitOrder::Document;
  wxStaticText* m_summary = nullptr;
  wxPanel* m_help = nullptr;  ///< shown instead of the list until the first search
  KwicList* m_list = nullptr;
  wxStaticText* m_fragmentsSummary = nullptr;
  FragmentsList* m_fragments = nullptr;
  std::string m_fragmentsCode;
  std::string m_lastQuery;
  search::SearchResult m_result;
  IndexSync m_index;
};

}  // namespace duiding::app
