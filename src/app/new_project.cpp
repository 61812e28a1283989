// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/new_project.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "app/guarded.h"
#include "app/wx_text.h"
#include "model/error.h"
#include "project/project.h"
#include "project/shipped_codebooks.h"

namespace duiding::app {

std::string CreateNewProject(Prompter& prompter, NewProjectSpec spec) {
  if (!spec.path.empty() && wxFileName(ToWx(spec.path)).GetExt().empty()) spec.path += ".duiding";
  const bool made = Guarded(prompter, [&] {
    if (spec.path.empty()) throw Error(ErrorKind::Input, ToUtf8(_("Choose where to save the project.")));
    project::Project project = project::Project::Create(spec.path, spec.name, spec.coder);
    if (spec.codebook.empty()) return;
    const auto codebook = project::ShippedCodebook(spec.codebook);
    if (!codebook) throw Error(ErrorKind::NotFound, "unknown codebook '" + spec.codebook + "'");
    project.ImportCodebook(*codebook, spec.codebook);
  });
  return made ? spec.path : std::string();
}

NewProjectDialog::NewProjectDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("New project"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_name(new wxTextCtrl(this, wxID_ANY)),
      m_file(new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Save the project as"),
                                  _("Duiding projects (*.duiding)|*.duiding"), wxDefaultPosition, wxDefaultSize,
                                  wxFLP_SAVE | wxFLP_USE_TEXTCTRL)),
      m_coder(new wxTextCtrl(this, wxID_ANY, wxGetUserId())), m_codebook(new wxChoice(this, wxID_ANY)) {
  m_name->SetHint(_("e.g. Natuurlijk mentorschap 2026"));
  m_codebook->Append(_("An empty codebook"));
  for (const std::string& name : project::ShippedCodebookNames()) m_codebook->Append(ToWx(name));
  m_codebook->SetSelection(m_codebook->GetCount() > 1 ? 1 : 0);
  auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(8)));
  grid->AddGrowableCol(1);
  const std::pair<wxString, wxWindow*> rows[] = {
      {_("Name:"), m_name}, {_("File:"), m_file}, {_("First coder:"), m_coder}, {_("Start from:"), m_codebook}};
  for (const auto& [label, control] : rows) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 1, wxEXPAND);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
  SetSize(FromDIP(wxSize(560, -1)));
  m_name->SetFocus();
}

NewProjectSpec NewProjectDialog::Spec() const {
  NewProjectSpec spec{ToUtf8(m_file->GetPath()), ToUtf8(m_name->GetValue()), ToUtf8(m_coder->GetValue()), {}};
  if (m_codebook->GetSelection() > 0) spec.codebook = ToUtf8(m_codebook->GetStringSelection());
  return spec;
}

}  // namespace duiding::app
