// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/prompter.h"

#include <wx/choicdlg.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>

namespace duiding::app {

void DialogPrompter::ShowError(const wxString& message) {
  wxMessageBox(message, _("Duiding"), wxOK | wxICON_WARNING, m_parent);
}

void DialogPrompter::ShowInfo(const wxString& message) {
  wxMessageBox(message, _("Duiding"), wxOK | wxICON_INFORMATION, m_parent);
}

bool DialogPrompter::Confirm(const wxString& question) {
  return wxMessageBox(question, _("Duiding"), wxYES_NO | wxICON_QUESTION, m_parent) == wxYES;
}

std::optional<int> DialogPrompter::Choose(const wxString& question, const wxArrayString& choices) {
  wxSingleChoiceDialog dialog(m_parent, question, _("Duiding"), choices);
  dialog.SetSize(dialog.FromDIP(wxSize(420, 480)));
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.GetSelection();
}

wxString DialogPrompter::AskSavePath(const wxString& title, const wxString& defaultName, const wxString& wildcard) {
  wxFileDialog dialog(m_parent, title, wxEmptyString, defaultName, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  return dialog.ShowModal() == wxID_OK ? dialog.GetPath() : wxString();
}

wxString DialogPrompter::AskOpenPath(const wxString& title, const wxString& wildcard) {
  wxFileDialog dialog(m_parent, title, wxEmptyString, wxEmptyString, wildcard, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  return dialog.ShowModal() == wxID_OK ? dialog.GetPath() : wxString();
}

}  // namespace duiding::app
