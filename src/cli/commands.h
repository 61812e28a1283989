// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <ostream>
#include <string>

#include "cli/args.h"
#include "project/project.h"

namespace duiding::cli {

/// What a command runs with: its arguments, where to print, and how to open the project.
struct Context {
  const Args& args;
  std::ostream& out;

  bool Json() const { return args.Flag("json"); }
  /// --project, else $DUIDING_PROJECT; UsageError when neither is given.
  std::string ProjectPath() const;
  /// Opens the project and applies --user (else $DUIDING_USER, else the creator).
  project::Project Open(store::OpenMode mode) const;
  /// The positional after the command name at `index` (1 = first), or UsageError naming `what`.
  const std::string& Positional(std::size_t index, const char* what) const;
};

int RunInit(Context& ctx);
int RunInfo(Context& ctx);
int RunImport(Context& ctx);
int RunUsers(Context& ctx);
int RunLog(Context& ctx);
int RunCodes(Context& ctx);
int RunCode(Context& ctx);
int RunCodings(Context& ctx);
int RunIndex(Context& ctx);
int RunSearch(Context& ctx);
int RunAutoCode(Context& ctx);
int RunSynonyms(Context& ctx);
int RunCodebook(Context& ctx);
int RunUndo(Context& ctx);
int RunRedo(Context& ctx);
int RunRetrieve(Context& ctx);
int RunMatrix(Context& ctx);
int RunAgree(Context& ctx);
int RunPackage(Context& ctx);
int RunMerge(Context& ctx);
int RunExport(Context& ctx);
int RunPseudonyms(Context& ctx);

}  // namespace duiding::cli
