// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/dialog.h>

#include <string>

class wxChoice;
class wxFilePickerCtrl;
class wxTextCtrl;

namespace duiding::app {

class Prompter;

/// What File > New project asks for.
struct NewProjectSpec {
  std::string path;      ///< ".duiding" is added when it has no extension
  std::string name;      ///< the project's name
  std::string coder;     ///< the first coder (the creator)
  std::string codebook;  ///< a shipped codebook to start from ("natuurlijk-mentorschap"), or empty
};

/// Creates the project file `spec` describes (and imports the shipped codebook, when one is
/// named) and closes it again. Returns its path, or empty when it failed (the researcher has
/// been told why, in one message).
std::string CreateNewProject(Prompter& prompter, NewProjectSpec spec);

/// The form of File > New project: a name, where to save it, the first coder and the codebook
/// to start from (an empty one, or one Duiding ships).
class NewProjectDialog : public wxDialog {
 public:
  explicit NewProjectDialog(wxWindow* parent);
  /// What was filled in (after ShowModal() returned wxID_OK).
  NewProjectSpec Spec() const;

 private:
  wxTextCtrl* m_name;
  wxFilePickerCtrl* m_file;
  wxTextCtrl* m_coder;
  wxChoice* m_codebook;
};

}  // namespace duiding::app
