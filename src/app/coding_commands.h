// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <wx/string.h>

#include <string>

#include "model/types.h"

namespace duiding::app {

class AppContext;

/// The coding actions, shared by the menus, the quick-code keys, the codebook and the tests:
/// each is one change through the project layer (saved at once, undoable), guarded, and
/// followed by a notice to every pane. Each returns whether it changed the project.
class CodingCommands {
 public:
  explicit CodingCommands(AppContext& context) : m_context(context) {}

  /// Codes the transcript selection with `code`.
  bool ApplyCode(const Code& code);
  /// Codes the selection with quick code `number` (1-9: the codebook's first codable codes).
  bool ApplyQuickCode(int number);
  /// Asks which code, then codes the selection with it.
  bool CodeSelectionWith();
  /// Makes a new code named after the selected words and codes them with it.
  bool InVivo();
  /// Removes the coding `codingGuid` (of the code named `codeName`, for the status line).
  bool RemoveCoding(const std::string& codingGuid, const std::string& codeName);
  /// Asks for a new memo for the coding `codingGuid` and saves it (one undoable change).
  bool EditMemo(const std::string& codingGuid, const std::string& currentMemo);
  /// Gives the coding `codingGuid` the transcript selection's range (one undoable change).
  bool ResizeToSelection(const std::string& codingGuid);
  bool Undo();
  bool Redo();

  /// How a memo is asked for (a multi-line dialog by default; tests answer it): the new text,
  /// or nothing when cancelled.
  using AskMemo = std::function<std::optional<wxString>(const wxString& current)>;
  void SetMemoAsker(AskMemo ask) { m_askMemo = std::move(ask); }

 private:
  bool HasSelection();
  AppContext& m_context;
  AskMemo m_askMemo;
};

}  // namespace duiding::app
