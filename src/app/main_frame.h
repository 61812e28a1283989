// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/aui/framemanager.h>
#include <wx/frame.h>

#include <memory>
#include <string>

#include "app/app_context.h"
#include "app/coding_commands.h"

class wxCommandEvent;
class wxCloseEvent;

namespace duiding::app {

class AgreementPanel;
class CodebookPanel;
class DocumentsPanel;
class ImportCommand;
class FileExport;
class RecentProjects;
class ResultsPanel;
class TranscriptPanel;

/// The workbench window: documents left, the transcript in the centre, the codebook right and
/// search results below, in panes the researcher can rearrange (the layout is kept between
/// sessions). It owns no logic of its own: menus call the shared commands and the panes.
class MainFrame : public wxFrame, public ContextListener {
 public:
  MainFrame(AppContext& context, RecentProjects& recent);
  ~MainFrame() override;

  /// Opens the project at `path` in this window, replacing the open one only when it opened
  /// (each refusal explained). Shows its first document.
  bool OpenProject(const std::string& path);

  TranscriptPanel& Transcript() { return *m_transcript; }
  CodebookPanel& Codebook() { return *m_codebook; }
  DocumentsPanel& Documents() { return *m_documents; }
  ResultsPanel& Results() { return *m_results; }
  CodingCommands& Commands() { return m_commands; }
  AgreementPanel& Agreement() { return *m_agreement; }
  ImportCommand& Importer() { return *m_import; }
  FileExport& QuoteReports() { return *m_quoteReport; }
  FileExport& DataExports() { return *m_dataExport; }
  /// Shows the agreement pane (Code > Intercoder agreement).
  void ShowAgreement();
  /// Code > Show the selected code's fragments: the results pane's fragments page for the code
  /// selected in the codebook; says what to do when none is. Returns whether it showed them.
  bool ShowSelectedCodeFragments();

  void ProjectChanged(Change change) override;
  void ShowRequested(const ShowRequest& request) override;
  void StatusChanged(const wxString& message) override;

 private:
  void BuildPanes();
  void BuildMenus();
  void BindMenus();
  void RestoreLayout();
  void SaveLayout();
  void NameThePanes();
  void UpdateTitleAndStatus();
  void RememberPlace();
  void ReturnToPlace();
  void OnOpen(wxCommandEvent& event);
  void OnRecent(wxCommandEvent& event);
  void OnNewProject(wxCommandEvent& event);
  void OnShortcuts(wxCommandEvent& event);
  void OnAbout(wxCommandEvent& event);
  void OnClose(wxCloseEvent& event);

  AppContext& m_context;
  RecentProjects& m_recent;
  CodingCommands m_commands;
  wxAuiManager m_aui;
  wxString m_defaultLayout;
  TranscriptPanel* m_transcript = nullptr;
  CodebookPanel* m_codebook = nullptr;
  DocumentsPanel* m_documents = nullptr;
  ResultsPanel* m_results = nullptr;
  AgreementPanel* m_agreement = nullptr;
  std::unique_ptr<ImportCommand> m_import;
  std::unique_ptr<FileExport> m_quoteReport, m_dataExport;
};

}  // namespace duiding::app
