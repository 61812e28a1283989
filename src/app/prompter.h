// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/arrstr.h>
#include <wx/string.h>

#include <optional>

class wxWindow;

namespace duiding::app {

/// Every question or message the workbench puts to the researcher. Windows and commands ask
/// through this instead of opening dialogs themselves, so the GUI tests answer without a modal
/// dialog stopping the run.
class Prompter {
 public:
  virtual ~Prompter() = default;
  /// Something failed; `message` says what, in one line.
  virtual void ShowError(const wxString& message) = 0;
  virtual void ShowInfo(const wxString& message) = 0;
  /// A yes/no question; true for yes.
  virtual bool Confirm(const wxString& question) = 0;
  /// Picks one of `choices` (the index), or nothing when cancelled.
  virtual std::optional<int> Choose(const wxString& question, const wxArrayString& choices) = 0;
  /// A file to write; empty when cancelled. `wildcard` as wxFileDialog takes it.
  virtual wxString AskSavePath(const wxString& title, const wxString& defaultName, const wxString& wildcard) = 0;
  /// A file to open; empty when cancelled.
  virtual wxString AskOpenPath(const wxString& title, const wxString& wildcard) = 0;
  /// `text` to edit, with `explanation` above it; the edited text, or nothing when cancelled.
  virtual std::optional<wxString> EditText(const wxString& title, const wxString& explanation, const wxString& text) = 0;
};

/// The Prompter of the running app: wx message boxes and dialogs over `parent`.
class DialogPrompter : public Prompter {
 public:
  explicit DialogPrompter(wxWindow* parent = nullptr) : m_parent(parent) {}
  void SetParent(wxWindow* parent) { m_parent = parent; }
  void ShowError(const wxString& message) override;
  void ShowInfo(const wxString& message) override;
  bool Confirm(const wxString& question) override;
  std::optional<int> Choose(const wxString& question, const wxArrayString& choices) override;
  wxString AskSavePath(const wxString& title, const wxString& defaultName, const wxString& wildcard) override;
  wxString AskOpenPath(const wxString& title, const wxString& wildcard) override;
  std::optional<wxString> EditText(const wxString& title, const wxString& explanation, const wxString& text) override;

 private:
  wxWindow* m_parent;
};

}  // namespace duiding::app
