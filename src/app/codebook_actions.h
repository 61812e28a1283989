// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "model/types.h"

class wxWindow;

namespace duiding::app {

class AppContext;

/// Where a dragged code lands relative to the code it is dropped on.
enum class DropAt { Before, Into, After };

/// The codebook's editing actions, offered by its context menu, its keys and its drag and
/// drop: each asks what it needs (names through the text asker, choices and confirmations
/// through the Prompter), makes one undoable change through the project layer, guarded, and
/// tells every pane. Each returns whether it changed the project; a refusal shows the core's
/// message.
class CodebookActions {
 public:
  /// Asks for a line of text (empty: cancelled).
  using AskText = std::function<wxString(const wxString& question, const wxString& initial)>;
  /// Asks for a colour (nothing: cancelled).
  using AskColour = std::function<std::optional<wxColour>(const wxColour& initial)>;

  /// Dialogs open over `parent`; until SetAskers, text and colours are asked with wx dialogs.
  CodebookActions(wxWindow* parent, AppContext& context);

  /// Replaces the askers (the GUI tests script them).
  void SetAskers(AskText text, AskColour colour);
  /// Called with each code an action adds, after the panes reloaded (the codebook selects it).
  void OnAdded(std::function<void(const Code&)> added) { m_added = std::move(added); }

  /// A new code under `parent`, or at the top level when none.
  bool NewCode(const Code* parent);
  bool Rename(const Code& code);
  bool ChooseColour(const Code& code);
  /// Opens the code editor (definition, criteria, examples, memo); OK applies one edit.
  bool Edit(const Code& code);
  /// Asks which code to merge `from` into and confirms how many codings move.
  bool MergeInto(const Code& from);
  /// Moves the codings of `from` under the transcript's cursor (or selection) to a new code.
  bool Split(const Code& from);
  /// Deletes `code` and its sub-codes after a confirmation that counts their codings (soft).
  bool Delete(const Code& code);
  /// Lists the deleted codes and restores the one chosen, with the sub-codes deleted with it.
  bool RestoreDeleted();
  /// Drops `code` on `target` (none: the empty part of the tree, i.e. last at the top level).
  bool Move(const Code& code, const Code* target, DropAt at);

  /// Shows the context menu for `code` (none: the empty part of the tree) over `window`;
  /// returns the command chosen, or 0.
  int PickFromMenu(wxWindow& window, const Code* code);
  /// Runs a command from PickFromMenu or KeyCommand.
  bool Run(int command, const Code* code);
  /// The command of a key pressed in the tree (F2, Delete, Insert), or 0.
  static int KeyCommand(int keyCode);

 private:
  struct Counts {
    std::int64_t own = 0, withSubcodes = 0;
    int subcodes = 0;
  };
  Counts CountsOf(const Code& code);
  std::string PathOf(const Code& code);
  wxString AskName(const wxString& question, const wxString& initial = wxString());
  void Added(const Code& code);

  wxWindow* m_parent;
  AppContext& m_context;
  AskText m_askText;
  AskColour m_askColour;
  std::function<void(const Code&)> m_added;
};

}  // namespace duiding::app
