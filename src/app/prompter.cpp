// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/prompter.h"

#include <wx/choicdlg.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

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

std::optional<wxString> DialogPrompter::EditText(const wxString& title, const wxString& explanation,
                                                 const wxString& text) {
  wxDialog dialog(m_parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* note = new wxStaticText(&dialog, wxID_ANY, explanation);
  note->Wrap(dialog.FromDIP(600));
  sizer->Add(note, 0, wxALL, dialog.FromDIP(10));
  auto* editor = new wxTextCtrl(&dialog, wxID_ANY, text, wxDefaultPosition, dialog.FromDIP(wxSize(640, 400)),
                                wxTE_MULTILINE | wxTE_DONTWRAP);
  editor->SetFont(wxFontInfo().Family(wxFONTFAMILY_TELETYPE));
  sizer->Add(editor, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(10));
  sizer->Add(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, dialog.FromDIP(10));
  dialog.SetSizerAndFit(sizer);
  editor->SetFocus();
  editor->SetInsertionPoint(0);  // from the top, where the list starts
  editor->ShowPosition(0);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return editor->GetValue();
}

}  // namespace duiding::app
