// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The main window's menus and what they call; the work itself is in the commands and panes.
#include <wx/aboutdlg.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "app/agreement_panel.h"
#include "app/coder_choice.h"
#include "app/import_dialog.h"
#include "app/main_frame.h"
#include "app/new_project.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/report_export.h"
#include "app/results_panel.h"
#include "app/wx_text.h"

namespace duiding::app {
namespace {

enum MenuId {
  kExportReport = wxID_HIGHEST + 100,
  kExportData,
  kShowFragments,
  kCodeWith,
  kInVivo,
  kFindInTranscripts,
  kShortcuts,
  kResetLayout,
  kImportFiles,
  kImportFolder,
  kCoder,
  kAgreement,
  kSynonyms,
};

wxMenu* FileMenu(wxFileHistory& history) {
  auto* menu = new wxMenu;
  menu->Append(wxID_NEW, _("&New project...\tCtrl+N"));
  menu->Append(wxID_OPEN, _("&Open project...\tCtrl+O"));
  auto* recent = new wxMenu;
  menu->AppendSubMenu(recent, _("Open &recent"));
  history.UseMenu(recent);
  history.AddFilesToMenu(recent);
  menu->AppendSeparator();
  menu->Append(kImportFiles, _("&Import transcripts...\tCtrl+I"));
  menu->Append(kImportFolder, _("Import a &folder of transcripts..."));
  menu->AppendSeparator();
  menu->Append(kExportReport, _("&Export quote report...\tCtrl+E"));
  menu->Append(kExportData, _("Export &data (fragments, codebook, project)...\tCtrl+Shift+E"));
  menu->AppendSeparator();
  menu->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
  return menu;
}

wxMenu* EditMenu() {
  auto* menu = new wxMenu;
  menu->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
  menu->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
  menu->AppendSeparator();
  menu->Append(kFindInTranscripts, _("&Search the transcripts\tCtrl+F"));
  menu->Append(kSynonyms, _("Search s&ynonyms..."));
  menu->AppendSeparator();
  menu->Append(kResetLayout, _("Reset the &layout"));
  return menu;
}

wxMenu* CodeMenu() {
  auto* menu = new wxMenu;
  menu->Append(kCodeWith, _("&Code selection with...\tCtrl+K"));
  menu->Append(kInVivo, _("&In-vivo code\tCtrl+Shift+I"));
  menu->Append(kShowFragments, _("Show the selected code's &fragments\tCtrl+Shift+F"));
  menu->AppendSeparator();
  menu->Append(kCoder, _("C&oder..."));
  menu->Append(kAgreement, _("Intercoder &agreement\tCtrl+Shift+A"));
  return menu;
}

wxMenu* HelpMenu() {
  auto* menu = new wxMenu;
  menu->Append(kShortcuts, _("&Keyboard shortcuts\tF1"));
  menu->Append(wxID_ABOUT, _("&About Duiding"));
  return menu;
}

wxString ShortcutText() {
  const std::pair<wxString, wxString> keys[] = {
      {wxT("1 - 9"), _("code the selection with quick code 1 - 9 (the [1] - [9] in the codebook)")},
      {_("Double-click a code"), _("code the selection with it")},
      {wxT("Ctrl+K"), _("code the selection with a code you pick")},
      {wxT("Ctrl+Shift+I"), _("in-vivo code: a new code named after the selected words")},
      {_("Enter in the codebook box"), _("code with the code found, or add a new code")},
      {wxT("Ctrl+Z / Ctrl+Y"), _("undo / redo the last change")},
      {wxT("Ctrl+F"), _("search the transcripts")},
      {_("Double-click a search hit"), _("read it in the transcript")},
      {wxT("Ctrl+N"), _("make a new project")},
      {wxT("Ctrl+O"), _("open a project")},
      {wxT("Ctrl+I"), _("import transcripts")},
      {wxT("Ctrl+Shift+A"), _("intercoder agreement")},
      {wxT("Ctrl+E"), _("export a quote report")},
      {wxT("Ctrl+Shift+E"), _("export fragments, the codebook or the project")},
      {wxT("Ctrl+Shift+F"), _("list the coded fragments of the code selected in the codebook")},
  };
  wxString text;
  for (const auto& [key, meaning] : keys) text += key + wxT("  \u2014  ") + meaning + wxT("\n");
  return text + wxT("\n") + _("Every change is saved at once.");
}

}  // namespace

void MainFrame::BuildMenus() {
  auto* bar = new wxMenuBar;
  bar->Append(FileMenu(m_recent.History()), _("&File"));
  bar->Append(EditMenu(), _("&Edit"));
  bar->Append(CodeMenu(), _("&Code"));
  bar->Append(HelpMenu(), _("&Help"));
  SetMenuBar(bar);
}

void MainFrame::BindMenus() {
  Bind(wxEVT_MENU, &MainFrame::OnOpen, this, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::OnRecent, this, wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_MENU, &MainFrame::OnNewProject, this, wxID_NEW);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_import->ChooseFiles(); }, kImportFiles);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_import->ChooseFolder(); }, kImportFolder);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_quoteReport->Choose(); }, kExportReport);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_dataExport->Choose(); }, kExportData);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    ChooseCoder(m_context, [this] { return wxGetTextFromUser(_("The new coder's name:"), _("Add a coder"), wxEmptyString, this); });
  }, kCoder);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowAgreement(); }, kAgreement);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_commands.Undo(); }, wxID_UNDO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_commands.Redo(); }, wxID_REDO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_commands.CodeSelectionWith(); }, kCodeWith);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_commands.InVivo(); }, kInVivo);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowSelectedCodeFragments(); }, kShowFragments);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_results->FocusQuery(); }, kFindInTranscripts);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_results->EditSynonyms(); }, kSynonyms);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    m_aui.LoadPerspective(m_defaultLayout, true);
    NameThePanes();
  }, kResetLayout);
  Bind(wxEVT_MENU, &MainFrame::OnShortcuts, this, kShortcuts);
  Bind(wxEVT_MENU, &MainFrame::OnAbout, this, wxID_ABOUT);
}

void MainFrame::OnOpen(wxCommandEvent&) {
  const wxString path =
      m_context.Prompts().AskOpenPath(_("Open project"), _("Duiding projects (*.duiding)|*.duiding|All files (*)|*"));
  if (!path.empty()) OpenProject(ToUtf8(path));
}

void MainFrame::OnNewProject(wxCommandEvent&) {
  NewProjectDialog dialog(this);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string path = CreateNewProject(m_context.Prompts(), dialog.Spec());
  if (!path.empty()) OpenProject(path);
}

void MainFrame::OnRecent(wxCommandEvent& event) {
  const wxString path = m_recent.History().GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
  if (!path.empty()) OpenProject(ToUtf8(path));
}

void MainFrame::OnShortcuts(wxCommandEvent&) { m_context.Prompts().ShowInfo(ShortcutText()); }

void MainFrame::OnAbout(wxCommandEvent&) {
  wxAboutDialogInfo info;
  info.SetName(wxT("Duiding"));
#ifdef DUIDING_VERSION
  info.SetVersion(wxT(DUIDING_VERSION));
#endif
  info.SetDescription(_("Coding qualitative interviews from Dutch youth care.\nEvery change is saved at once and can be undone."));
  info.SetLicence(wxT("GPL-3.0-or-later"));
  wxAboutBox(info, this);
}

}  // namespace duiding::app
