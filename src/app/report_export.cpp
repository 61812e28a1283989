// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/report_export.h"

#include <wx/filename.h>
#include <wx/intl.h>

#include "app/app_context.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "export/atomic_file.h"
#include "export/quote_report.h"
#include "project/export_data.h"
#include "project/project.h"

namespace duiding::app {

std::size_t WriteQuoteReport(project::Project& project, const std::string& path) {
  const exchange::QuoteReport report = project::CollectQuoteReport(project, {}, false);
  std::size_t quotes = 0;
  for (const auto& code : report.codes) quotes += code.quotes.size();
  const bool odt = path.size() >= 4 && wxString(ToWx(path)).Lower().EndsWith(wxT(".odt"));
  exchange::WriteFileAtomically(path, odt ? exchange::QuoteReportOdt(report) : exchange::QuoteReportHtml(report));
  return quotes;
}

bool ExportQuoteReport(AppContext& context) {
  if (!context.HasProject()) return false;
  const wxString path = context.Prompts().AskSavePath(
      _("Export quote report"), _("quote-report.html"),
      _("Web page (*.html)|*.html|OpenDocument text (*.odt)|*.odt"));
  if (path.empty()) return false;
  std::size_t quotes = 0;
  if (!context.Run([&] { quotes = WriteQuoteReport(context.Project(), ToUtf8(path)); })) return false;
  context.Status(wxString::Format(wxPLURAL("Wrote %zu quote to %s.", "Wrote %zu quotes to %s.", quotes), quotes,
                                  wxFileName(path).GetFullName()));
  return true;
}

}  // namespace duiding::app
