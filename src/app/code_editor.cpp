// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/code_editor.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/clrpicker.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/app_context.h"
#include "app/codebook_panel.h"
#include "app/coding_actions.h"
#include "app/prompter.h"
#include "app/wx_text.h"

namespace duiding::app {
namespace {

// Sets `field` when the form's `value` differs from the code's `was`.
void SetIfChanged(std::optional<std::string>& field, const wxTextCtrl* control, const std::string& was) {
  const std::string value = ToUtf8(control->GetValue());
  if (value != was) field = value;
}

void FillIfSet(wxTextCtrl* control, const std::optional<std::string>& value) {
  if (value) control->SetValue(ToWx(*value));
}

wxString ExampleLabel(const CodeExample& example) {
  wxString label = example.kind == CodeExample::Kind::Typical ? _("Typical:") : _("Borderline:");
  label += wxT(" ") + ToWx(example.text);
  if (!example.codingGuid.empty()) label += wxT("  ") + _("(linked to its coding)");
  return label;
}

}  // namespace

CodeEditor::CodeEditor(wxWindow* parent, AppContext& context, const Code& code)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Code: %s"), ToWx(code.name)), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_context(context), m_code(code), m_examples(code.examples) {
  Build();
  ShowExamples();
  SetSize(FromDIP(wxSize(620, 760)));
  Bind(wxEVT_BUTTON, &CodeEditor::OnOk, this, wxID_OK);
}

wxTextCtrl* CodeEditor::LongText(const std::string& value) {
  return new wxTextCtrl(this, wxID_ANY, ToWx(value), wxDefaultPosition, FromDIP(wxSize(-1, 64)), wxTE_MULTILINE);
}

void CodeEditor::Build() {
  auto* name = new wxTextCtrl(this, wxID_ANY, ToWx(m_code.name), wxDefaultPosition, wxDefaultSize, wxTE_READONLY);
  m_nameEn = new wxTextCtrl(this, wxID_ANY, ToWx(m_code.nameEn));
  m_colour = new wxColourPickerCtrl(this, wxID_ANY, ColourOf(HighlightColour(m_code)));
  m_colour->Bind(wxEVT_COLOURPICKER_CHANGED, [this](wxColourPickerEvent&) { m_colourChanged = true; });
  m_codable = new wxCheckBox(this, wxID_ANY, _("Codable (unticked: only a category for the codes below it)"));
  m_codable->SetValue(m_code.isCodable);
  m_definition = LongText(m_code.description);
  m_inclusion = LongText(m_code.inclusion);
  m_exclusion = LongText(m_code.exclusion);
  m_memo = LongText(m_code.memo);
  m_exampleList = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 90)));

  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
  grid->AddGrowableCol(1, 1);
  const auto row = [&](const wxString& label, wxWindow* control, int grow = 0, int flags = wxEXPAND) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_TOP | wxTOP, FromDIP(3));
    grid->Add(control, 1, flags);
    if (grow) grid->AddGrowableRow(grid->GetChildren().size() / 2 - 1, grow);
  };
  row(_("Code name"), name);
  row(_("Name in English"), m_nameEn);
  row(_("Highlight colour"), m_colour, 0, 0);
  grid->AddSpacer(0);
  grid->Add(m_codable);
  row(_("Definition"), m_definition, 2);
  row(_("Use it when"), m_inclusion, 1);
  row(_("Do not use it when"), m_exclusion, 1);
  row(_("Examples"), m_exampleList, 1);
  grid->AddSpacer(0);
  grid->Add(ExampleControls(), 0, wxEXPAND);
  row(_("Memo about the code"), m_memo, 1);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
}

wxSizer* CodeEditor::ExampleControls() {
  const wxString kinds[] = {_("Typical example"), _("Borderline example")};
  m_kind = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 2, kinds);
  m_kind->SetSelection(0);
  m_exampleText = new wxTextCtrl(this, wxID_ANY);
  m_exampleText->SetHint(_("An example in your own words"));
  auto* add = new wxButton(this, wxID_ANY, _("Add example"));
  auto* passage = new wxButton(this, wxID_ANY, _("Add the selected passage as example"));
  auto* remove = new wxButton(this, wxID_ANY, _("Remove example"));
  const auto kind = [this] { return m_kind->GetSelection() == 1 ? CodeExample::Kind::Borderline : CodeExample::Kind::Typical; };
  add->Bind(wxEVT_BUTTON, [this, kind](wxCommandEvent&) {
    const wxString text = m_exampleText->GetValue().Strip(wxString::both);
    if (text.empty()) return;
    AddExample(CodeExample{kind(), ToUtf8(text), {}});
    m_exampleText->Clear();
  });
  passage->Bind(wxEVT_BUTTON, [this, kind](wxCommandEvent&) { AddSelectedPassage(kind()); });
  remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const int at = m_exampleList->GetSelection();
    if (at == wxNOT_FOUND) return;
    m_examples.erase(m_examples.begin() + at);
    ShowExamples();
  });
  auto* line = new wxBoxSizer(wxHORIZONTAL);
  line->Add(m_kind, 0, wxRIGHT, FromDIP(4));
  line->Add(m_exampleText, 1, wxRIGHT, FromDIP(4));
  line->Add(add);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(passage, 0, wxRIGHT, FromDIP(4));
  buttons->Add(remove);
  auto* box = new wxBoxSizer(wxVERTICAL);
  box->Add(line, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  box->Add(buttons);
  return box;
}

void CodeEditor::ShowExamples() {
  m_exampleList->Clear();
  for (const CodeExample& example : m_examples) m_exampleList->Append(ExampleLabel(example));
}

void CodeEditor::AddExample(const CodeExample& example) {
  m_examples.push_back(example);
  ShowExamples();
}

bool CodeEditor::AddSelectedPassage(CodeExample::Kind kind) {
  CodeExample example{kind, {}, {}};
  const Selection selection = m_context.CurrentSelection();
  const bool read = m_context.Run([&] {
    const auto codings = CodingsAtSelection(m_context, m_code);
    if (!codings.empty()) {
      example.text = codings.front().quote;
      example.codingGuid = codings.front().coding.guid;
    } else if (!selection.Empty()) {
      example.text = m_context.Project().Store().DocumentSlice(selection.document, selection.start, selection.end);
    }
  });
  if (!read) return false;
  if (example.text.empty()) {
    m_context.Prompts().ShowInfo(wxString::Format(
        _("Select a passage in the transcript, or put the cursor in a passage coded '%s', first."), ToWx(m_code.name)));
    return false;
  }
  AddExample(example);
  return true;
}

project::CodeEdit CodeEditor::Edit() const {
  project::CodeEdit edit;
  SetIfChanged(edit.nameEn, m_nameEn, m_code.nameEn);
  SetIfChanged(edit.description, m_definition, m_code.description);
  SetIfChanged(edit.inclusion, m_inclusion, m_code.inclusion);
  SetIfChanged(edit.exclusion, m_exclusion, m_code.exclusion);
  SetIfChanged(edit.memo, m_memo, m_code.memo);
  if (m_colourChanged) edit.color = ToUtf8(m_colour->GetColour().GetAsString(wxC2S_HTML_SYNTAX));
  if (m_codable->GetValue() != m_code.isCodable) edit.isCodable = m_codable->GetValue();
  if (m_examples != m_code.examples) edit.examples = m_examples;
  return edit;
}

void CodeEditor::Fill(const project::CodeEdit& edit) {
  FillIfSet(m_nameEn, edit.nameEn);
  FillIfSet(m_definition, edit.description);
  FillIfSet(m_inclusion, edit.inclusion);
  FillIfSet(m_exclusion, edit.exclusion);
  FillIfSet(m_memo, edit.memo);
  if (edit.color) {
    m_colour->SetColour(ColourOf(*edit.color));
    m_colourChanged = true;
  }
  if (edit.isCodable) m_codable->SetValue(*edit.isCodable);
  if (edit.examples) {
    m_examples = *edit.examples;
    ShowExamples();
  }
}

bool CodeEditor::Apply() {
  const project::CodeEdit edit = Edit();
  const bool changed = edit.color || edit.description || edit.nameEn || edit.inclusion || edit.exclusion || edit.memo ||
                       edit.examples || edit.isCodable;
  if (!changed) return true;
  if (!m_context.Run([&] { m_context.Project().EditCode(m_code.guid, edit); })) return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Saved the definition of '%s'."), ToWx(m_code.name)));
  return true;
}

void CodeEditor::OnOk(wxCommandEvent&) {
  if (Apply()) EndModal(wxID_OK);
}

}  // namespace duiding::app
