// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/dialog.h>

#include <vector>

#include "model/types.h"
#include "project/project.h"

class wxCheckBox;
class wxChoice;
class wxColourPickerCtrl;
class wxListBox;
class wxTextCtrl;

namespace duiding::app {

class AppContext;

/// The code editor: a code's English name, colour, whether it is codable, its definition, when
/// to use it and when not, its examples (typical or borderline; one can be the passage under
/// the transcript's cursor, linked to its coding) and a memo. The name is shown, not edited
/// (Rename does that). OK applies every changed field as one undoable change.
class CodeEditor : public wxDialog {
 public:
  CodeEditor(wxWindow* parent, AppContext& context, const Code& code);

  /// The fields that differ from the code, as one edit (nothing set: nothing changed).
  project::CodeEdit Edit() const;
  /// Puts the set fields of `edit` into the form, as if typed.
  void Fill(const project::CodeEdit& edit);
  /// Adds an example to the list.
  void AddExample(const CodeExample& example);
  /// Adds the transcript's passage as an example of `kind`: the coding of this code under the
  /// cursor when there is one (linked to it), else the selected text. Returns whether it did.
  bool AddSelectedPassage(CodeExample::Kind kind);
  const std::vector<CodeExample>& Examples() const { return m_examples; }
  /// Applies Edit() as one change and tells every pane; true when there was nothing to change.
  bool Apply();

 private:
  void Build();
  wxSizer* ExampleControls();
  wxTextCtrl* LongText(const std::string& value);
  void ShowExamples();
  void OnOk(wxCommandEvent& event);

  AppContext& m_context;
  const Code m_code;
  wxTextCtrl* m_nameEn = nullptr;
  wxColourPickerCtrl* m_colour = nullptr;
  bool m_colourChanged = false;
  wxCheckBox* m_codable = nullptr;
  wxTextCtrl *m_definition = nullptr, *m_inclusion = nullptr, *m_exclusion = nullptr, *m_memo = nullptr;
  wxListBox* m_exampleList = nullptr;
  wxChoice* m_kind = nullptr;
  wxTextCtrl* m_exampleText = nullptr;
  std::vector<CodeExample> m_examples;
};

}  // namespace duiding::app
