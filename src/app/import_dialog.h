// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <vector>

#include "app/background_task.h"
#include "model/types.h"

class wxWindow;

namespace duiding::app {

class AppContext;

/// What an import did, for the researcher.
struct ImportOutcome {
  std::size_t stored = 0;
  std::vector<std::string> skipped;  ///< one line per file left out: "<file>: <why>"
};

/// File > Import transcripts: files or a folder read, checked and stored in the background with
/// progress and Cancel, then indexed for search.
///
/// One writer. A project has one writable connection (the store's lock) and the AppContext's
/// belongs to the main thread, so the import closes the window's project first; the worker
/// opens the writer of its own, reads the files (ImportBatch), leaves out what the project
/// cannot take (a name taken, the same text: one line per file), stores the rest as one change
/// (AddDocuments; a cancel rolls it back), syncs the search index and closes it. Then the
/// project is opened again as the same coder, on the document that was shown. The other windows
/// are disabled meanwhile, and nothing on the main thread can reach a project that is closed.
class ImportCommand {
 public:
  ImportCommand(wxWindow* owner, AppContext& context);

  /// Asks for transcript files, or a folder of them, and imports them.
  bool ChooseFiles();
  bool ChooseFolder();
  /// Imports `inputs` (files and folders) in the background; false when nothing started.
  bool Import(const std::vector<std::string>& inputs);
  BackgroundTask& Task() { return m_task; }

 private:
  void Reopen(const std::string& path, const std::string& coder, RowId document);
  void Tell(const ImportOutcome& outcome);

  wxWindow* m_owner;
  AppContext& m_context;
  BackgroundTask m_task;
};

}  // namespace duiding::app
