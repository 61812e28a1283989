// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

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
  bool Undo();
  bool Redo();

 private:
  bool HasSelection();
  AppContext& m_context;
};

}  // namespace duiding::app
