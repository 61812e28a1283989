// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/report_export.h"

#include <wx/filename.h>
#include <wx/intl.h>

#include <memory>

#include "app/app_context.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "export/atomic_file.h"
#include "export/quote_report.h"
#include "model/progress.h"
#include "project/export_data.h"
#include "project/project.h"

namespace duiding::app {

std::size_t WriteQuoteReport(project::Project& project, const std::string& path, Progress* progress) {
  ReportOrCancel(progress, ProgressState{"quotes", 0, 2, 0, 0, ""});
  const exchange::QuoteReport report = project::CollectQuoteReport(project, {}, false);
  std::size_t quotes = 0;
  for (const auto& code : report.codes) quotes += code.quotes.size();
  ReportOrCancel(progress, ProgressState{"writing", 1, 2, 0, 0, path});
  const bool odt = path.size() >= 4 && wxString(ToWx(path)).Lower().EndsWith(wxT(".odt"));
  exchange::WriteFileAtomically(path, odt ? exchange::QuoteReportOdt(report) : exchange::QuoteReportHtml(report));
  return quotes;
}

QuoteReportExport::QuoteReportExport(wxWindow* owner, AppContext& context)
    : m_context(context), m_task(owner, context) {}

bool QuoteReportExport::Choose() {
  if (!m_context.HasProject()) return false;
  const wxString path = m_context.Prompts().AskSavePath(
      _("Export quote report"), _("quote-report.html"),
      _("Web page (*.html)|*.html|OpenDocument text (*.odt)|*.odt"));
  if (path.empty()) return false;
  return Export(ToUtf8(path));
}

bool QuoteReportExport::Export(const std::string& file) {
  if (!m_context.HasProject()) return false;
  if (m_task.Busy()) {
    m_context.Prompts().ShowInfo(_("Wait until the current task has finished, or cancel it."));
    return false;
  }
  std::string path;
  if (!m_context.Run([&] { path = m_context.Project().Store().Path(); })) return false;
  auto job = [this, path, file](Progress& progress) -> std::function<void()> {
    // A connection of the worker's own: the AppContext's belongs to the main thread.
    project::Project project = project::Project::Open(path, store::OpenMode::ReadOnly);
    const std::size_t quotes = WriteQuoteReport(project, file, &progress);
    return [this, quotes, file] {
      m_context.Status(wxString::Format(wxPLURAL("Wrote %zu quote to %s.", "Wrote %zu quotes to %s.", quotes), quotes,
                                        wxFileName(ToWx(file)).GetFullName()));
    };
  };
  return m_task.Start(_("Writing the quote report"), job);
}

}  // namespace duiding::app
