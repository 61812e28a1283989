// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>

#include "app/background_task.h"
#include "export/project_export.h"

class wxWindow;

namespace duiding::app {

class AppContext;

/// What an export menu item offers.
enum class ExportKind {
  QuoteReport,  ///< the quote report for the handreiking: HTML or OpenDocument text
  Data,         ///< coded fragments (XML, CSV, Excel), the codebook (.qdc), the project (.qdpx)
};

/// File > Export quote report / Export data, in the background (BackgroundTask: progress window,
/// Cancel, the window stays responsive). Asks where (the file type follows the extension) and,
/// for everything but the codebook, how names may leave: pseudonymised, left out, or kept. The
/// worker writes on a read-only connection of its own, atomically (a failure or a cancel leaves
/// the file as it was), through exchange::ExportProjectFile as duiding-cli export does; the
/// status bar says how it went, only while the owner window lives.
class FileExport {
 public:
  FileExport(wxWindow* owner, AppContext& context, ExportKind kind);

  /// Asks where and how, then starts; false when nothing started.
  bool Choose();
  /// Starts writing the open project to `path` in the format its extension names; false when
  /// nothing started (an unknown extension is explained).
  bool Export(const std::string& path, const exchange::ExportRequest& request = {});
  BackgroundTask& Task() { return m_task; }

 private:
  std::optional<exchange::ExportRequest> AskHowNamesLeave(exchange::ExportFormat format);

  AppContext& m_context;
  ExportKind m_kind;
  BackgroundTask m_task;
};

}  // namespace duiding::app
