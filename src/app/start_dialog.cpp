// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/start_dialog.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>

#include "app/recent_projects.h"

namespace duiding::app {

wxString DemoProjectPath() {
  wxArrayString candidates;
#ifdef DUIDING_DEMO_PROJECT
  candidates.Add(wxT(DUIDING_DEMO_PROJECT));
#endif
  wxFileName beside(wxStandardPaths::Get().GetExecutablePath());  // <build>/src/app/duiding
  beside.RemoveLastDir();
  beside.RemoveLastDir();
  candidates.Add(beside.GetPathWithSep() + wxT("demo.duiding"));
  candidates.Add(wxFileName::GetCwd() + wxT("/build/demo.duiding"));
  for (const wxString& path : candidates)
    if (wxFileName::FileExists(path)) return wxFileName(path).GetAbsolutePath();
  return wxEmptyString;
}

StartDialog::StartDialog(RecentProjects& recent, const wxString& demoPath)
    : wxDialog(nullptr, wxID_ANY, _("Duiding"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_recent(new wxListBox(this, wxID_ANY)) {
  auto* title = new wxStaticText(this, wxID_ANY, _("Duiding"));
  title->SetFont(title->GetFont().Scaled(1.8f).Bold());
  auto* intro = new wxStaticText(this, wxID_ANY, _("Coding qualitative interviews, in Dutch and English."));
  auto* demo = new wxButton(this, wxID_ANY, _("Open the &demo project"));
  auto* open = new wxButton(this, wxID_OPEN, _("&Open a project..."));
  auto* quit = new wxButton(this, wxID_CANCEL, _("&Quit"));
  demo->Enable(!demoPath.empty());
  if (demoPath.empty()) demo->SetToolTip(_("Build it first with: packaging/quickstart demo"));
  for (const wxString& path : recent.Paths()) m_recent->Append(path);

  const int gap = FromDIP(8);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(demo, 0, wxRIGHT, gap);
  buttons->Add(open, 0, wxRIGHT, gap);
  buttons->AddStretchSpacer();
  buttons->Add(quit);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, 2 * gap);
  sizer->Add(intro, 0, wxLEFT | wxRIGHT | wxBOTTOM, 2 * gap);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT, 2 * gap);
  sizer->Add(new wxStaticText(this, wxID_ANY, _("Recent projects (double-click to open):")), 0, wxLEFT | wxRIGHT | wxTOP, 2 * gap);
  sizer->Add(m_recent, 1, wxEXPAND | wxALL, 2 * gap);
  SetSizerAndFit(sizer);
  SetSize(FromDIP(wxSize(560, 380)));
  CentreOnScreen();

  demo->Bind(wxEVT_BUTTON, [this, demoPath](wxCommandEvent&) { Choose(demoPath); });
  open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnOpenFile(); });
  m_recent->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { OnOpenRecent(); });
}

void StartDialog::Choose(const wxString& path) {
  m_chosen = path;
  EndModal(wxID_OK);
}

void StartDialog::OnOpenFile() {
  wxFileDialog dialog(this, _("Open project"), wxEmptyString, wxEmptyString,
                      _("Duiding projects (*.duiding)|*.duiding|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) Choose(dialog.GetPath());
}

void StartDialog::OnOpenRecent() {
  const int at = m_recent->GetSelection();
  if (at != wxNOT_FOUND) Choose(m_recent->GetString(static_cast<unsigned>(at)));
}

}  // namespace duiding::app
