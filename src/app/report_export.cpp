// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/report_export.h"

#include <wx/arrstr.h>
#include <wx/filename.h>
#include <wx/intl.h>

#include "app/app_context.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "model/progress.h"
#include "project/export_data.h"
#include "project/project.h"

namespace duiding::app {
namespace {

bool Offers(ExportKind kind, exchange::ExportFormat format) {
  const bool report = format == exchange::ExportFormat::Html || format == exchange::ExportFormat::Odt;
  return kind == ExportKind::QuoteReport ? report : !report;
}

wxString Wildcard(ExportKind kind) {
  if (kind == ExportKind::QuoteReport) return _("Web page (*.html)|*.html|OpenDocument text (*.odt)|*.odt");
  return _("Coded fragments, XML (*.xml)|*.xml|Coded fragments, CSV (*.csv)|*.csv|"
           "Coded fragments, Excel (*.xlsx)|*.xlsx|Codebook, REFI-QDA (*.qdc)|*.qdc|"
           "Project for ATLAS.ti, MAXQDA, NVivo (*.qdpx)|*.qdpx");
}

wxString Extensions(ExportKind kind) {
  return kind == ExportKind::QuoteReport ? wxString(wxT(".html, .odt")) : wxString(wxT(".xml, .csv, .xlsx, .qdc, .qdpx"));
}

wxString Written(const exchange::ExportOutcome& outcome, const std::string& file) {
  const wxString name = wxFileName(ToWx(file)).GetFullName();
  wxString what;
  if (outcome.unit == "codes")
    what = wxString::Format(wxPLURAL("Wrote %zu code to %s.", "Wrote %zu codes to %s.", outcome.items), outcome.items, name);
  else if (outcome.unit == "codings")
    what = wxString::Format(wxPLURAL("Wrote %zu coding to %s.", "Wrote %zu codings to %s.", outcome.items), outcome.items,
                            name);
  else
    what = wxString::Format(wxPLURAL("Wrote %zu quote to %s.", "Wrote %zu quotes to %s.", outcome.items), outcome.items,
                            name);
  if (!outcome.replaced.empty())
    what += wxT(" ") + wxString::Format(wxPLURAL("%zu name replaced.", "%zu names replaced.", outcome.replaced.size()),
                                        outcome.replaced.size());
  return what;
}

}  // namespace

FileExport::FileExport(wxWindow* owner, AppContext& context, ExportKind kind)
    : m_context(context), m_kind(kind), m_task(owner, context) {}

bool FileExport::Choose() {
  if (!m_context.HasProject()) return false;
  const bool report = m_kind == ExportKind::QuoteReport;
  const wxString path = m_context.Prompts().AskSavePath(report ? _("Export quote report") : _("Export data"),
                                                        report ? _("quote-report.html") : _("fragments.xlsx"),
                                                        Wildcard(m_kind));
  if (path.empty()) return false;
  const std::optional<exchange::ExportFormat> format = exchange::ExportFormatOf(ToUtf8(path));
  if (!format || !Offers(m_kind, *format)) {
    m_context.Prompts().ShowError(wxString::Format(_("Give the file one of these extensions: %s."), Extensions(m_kind)));
    return false;
  }
  const std::optional<exchange::ExportRequest> request = AskHowNamesLeave(*format);
  if (!request) return false;
  return Export(ToUtf8(path), *request);
}

std::optional<exchange::ExportRequest> FileExport::AskHowNamesLeave(exchange::ExportFormat format) {
  exchange::ExportRequest request;
  if (format == exchange::ExportFormat::Qdc) return request;  // a codebook holds no names
  wxArrayString choices;
  choices.Add(_("Replace names by pseudonyms (the project's list)"));
  const bool project = format == exchange::ExportFormat::Qdpx;
  choices.Add(project ? _("Keep the project as it is, names included") : _("Leave speaker names out"));
  if (!project) choices.Add(_("Keep speaker names"));
  const std::optional<int> chosen = m_context.Prompts().Choose(_("How may names leave the project?"), choices);
  if (!chosen) return std::nullopt;
  request.options.pseudonymise = *chosen == 0;
  request.names = *chosen == 2;
  return request;
}

bool FileExport::Export(const std::string& file, const exchange::ExportRequest& request) {
  if (!m_context.HasProject()) return false;
  const std::optional<exchange::ExportFormat> format = exchange::ExportFormatOf(file);
  if (!format || !Offers(m_kind, *format)) {
    m_context.Prompts().ShowError(wxString::Format(_("Give the file one of these extensions: %s."), Extensions(m_kind)));
    return false;
  }
  if (m_task.Busy()) {
    m_context.Prompts().ShowInfo(_("Wait until the current task has finished, or cancel it."));
    return false;
  }
  std::string path;
  const bool ready = m_context.Run([&] {
    path = m_context.Project().Store().Path();
    // New speakers join the pseudonym list here, on the project's own writable connection, so
    // the worker's read-only one finds the same list and the labels stay the same next time.
    if (request.options.pseudonymise && !m_context.Project().Store().IsReadOnly())
      project::PseudonymsWithSpeakers(m_context.Project());
  });
  if (!ready) return false;
  const exchange::ExportFormat chosen = *format;
  auto job = [this, path, file, chosen, request](Progress& progress) -> std::function<void()> {
    // A connection of the worker's own: the AppContext's belongs to the main thread.
    project::Project project = project::Project::Open(path, store::OpenMode::ReadOnly);
    const exchange::ExportOutcome outcome = exchange::ExportProjectFile(project, chosen, file, request, &progress);
    return [this, outcome, file] { m_context.Status(Written(outcome, file)); };
  };
  return m_task.Start(m_kind == ExportKind::QuoteReport ? _("Writing the quote report") : _("Exporting"), job);
}

}  // namespace duiding::app
