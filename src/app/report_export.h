// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>

#include "app/background_task.h"

class wxWindow;

namespace duiding {
class Progress;
}

namespace duiding::project {
class Project;
}

namespace duiding::app {

class AppContext;

/// Writes a quote report of every code (definitions and quotes, no speaker names) to `path`:
/// OpenDocument text when it ends in ".odt", else one HTML page. Written atomically: a failure
/// or a cancel leaves `path` as it was. `progress` (optional) hears "quotes" and "writing" and
/// may stop it before the file is written. Returns the number of quotes.
std::size_t WriteQuoteReport(project::Project& project, const std::string& path, Progress* progress = nullptr);

/// File > Export quote report, in the background (BackgroundTask: progress window, Cancel, the
/// window stays responsive). The worker collects the fragments on a read-only connection of
/// its own and writes the file atomically; the status bar says how it went, only while the
/// owner window lives.
class QuoteReportExport {
 public:
  QuoteReportExport(wxWindow* owner, AppContext& context);

  /// Asks where, then starts the export; false when nothing started.
  bool Choose();
  /// Starts writing the open project's quote report to `path`; false when nothing started.
  bool Export(const std::string& path);
  BackgroundTask& Task() { return m_task; }

 private:
  AppContext& m_context;
  BackgroundTask m_task;
};

}  // namespace duiding::app
