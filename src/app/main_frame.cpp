// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/main_frame.h"

#include <wx/config.h>
#include <wx/filename.h>

#include <algorithm>

#include "app/agreement_panel.h"
#include "app/codebook_panel.h"
#include "app/coder_choice.h"
#include "app/documents_panel.h"
#include "app/import_dialog.h"
#include "app/open_project.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/report_export.h"
#include "app/results_panel.h"
#include "app/transcript_panel.h"
#include "app/wx_text.h"
#include "project/project.h"

namespace duiding::app {
namespace {

// Bump when the panes change, so an old saved layout is not forced onto new panes.
constexpr long kLayoutVersion = 2;
constexpr const char* kLayoutKey = "/Layout/Perspective";
constexpr const char* kLayoutVersionKey = "/Layout/Version";
constexpr const char* kGeometryKey = "/Layout/Geometry";

// Where the researcher was in a project: "/Projects/<project GUID>/Document" and ".../Line".
wxString PlaceKey(project::Project& project, const char* what) {
  return wxT("/Projects/") + ToWx(project.Store().Info().guid) + wxT("/") + what;
}

}  // namespace

MainFrame::MainFrame(AppContext& context, RecentProjects& recent)
    : wxFrame(nullptr, wxID_ANY, _("Duiding"), wxDefaultPosition, wxDefaultSize), m_context(context), m_recent(recent),
      m_commands(context), m_import(std::make_unique<ImportCommand>(this, context)),
      m_quoteReport(std::make_unique<FileExport>(this, context, ExportKind::QuoteReport)),
      m_dataExport(std::make_unique<FileExport>(this, context, ExportKind::Data)) {
  SetSize(FromDIP(wxSize(1360, 860)));
  m_aui.SetManagedWindow(this);
  BuildPanes();
  BuildMenus();
  BindMenus();
  CreateStatusBar(3);
  const int widths[] = {-1, FromDIP(200), FromDIP(260)};
  SetStatusWidths(3, widths);
  RestoreLayout();
  SetStatusText(_("Select a passage, then press 1-9 or double-click a code to code it."), 0);
  m_context.Subscribe(this);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
  UpdateTitleAndStatus();
}

MainFrame::~MainFrame() {
  m_context.Unsubscribe(this);
  m_aui.UnInit();
}

void MainFrame::BuildPanes() {
  m_documents = new DocumentsPanel(this, m_context);
  m_transcript = new TranscriptPanel(this, m_context, m_commands);
  m_codebook = new CodebookPanel(this, m_context, m_commands);
  m_results = new ResultsPanel(this, m_context);
  const auto side = [](const char* name) { return wxAuiPaneInfo().Name(name).CloseButton(false).MinSize(160, 120); };
  m_aui.AddPane(m_documents, side("documents").Left().BestSize(FromDIP(wxSize(330, 400))).Layer(1));
  m_aui.AddPane(m_transcript, wxAuiPaneInfo().Name("transcript").CenterPane());
  m_aui.AddPane(m_codebook, side("codebook").Right().BestSize(FromDIP(wxSize(290, 400))).Layer(1));
  // Full width below the others: keyword-in-context lines need the room.
  m_aui.AddPane(m_results, side("results").Bottom().Layer(2).BestSize(FromDIP(wxSize(800, 230))));
  m_agreement = new AgreementPanel(this, m_context);
  m_aui.AddPane(m_agreement, side("agreement").Bottom().Layer(2).Position(1).CloseButton(true).Hide()
                                 .MinSize(FromDIP(wxSize(560, 200))).BestSize(FromDIP(wxSize(900, 300))));
  NameThePanes();
  m_defaultLayout = m_aui.SavePerspective();
}

// Captions are set after every layout load: a saved layout carries the captions of the
// language it was saved in.
void MainFrame::NameThePanes() {
  m_aui.GetPane("documents").Caption(_("Documents"));
  m_aui.GetPane("codebook").Caption(_("Codebook"));
  m_aui.GetPane("results").Caption(_("Search"));
  m_aui.GetPane("agreement").Caption(_("Intercoder agreement"));
}

void MainFrame::RestoreLayout() {
  wxConfigBase* config = wxConfigBase::Get();
  if (config && config->ReadLong(kLayoutVersionKey, 0) == kLayoutVersion) {
    m_aui.LoadPerspective(config->Read(kLayoutKey, m_defaultLayout), false);
    NameThePanes();
    const wxRect geometry(config->ReadLong(kGeometryKey + wxString("X"), -1), config->ReadLong(kGeometryKey + wxString("Y"), -1),
                          config->ReadLong(kGeometryKey + wxString("Width"), 0),
                          config->ReadLong(kGeometryKey + wxString("Height"), 0));
    if (geometry.width > 400 && geometry.height > 300) SetSize(geometry);
  }
  m_aui.Update();
}

void MainFrame::SaveLayout() {
  wxConfigBase* config = wxConfigBase::Get();
  if (!config) return;
  config->Write(kLayoutVersionKey, kLayoutVersion);
  config->Write(kLayoutKey, m_aui.SavePerspective());
  if (!IsMaximized() && !IsIconized()) {
    const wxRect r = GetRect();
    const std::pair<const char*, int> fields[] = {{"X", r.x}, {"Y", r.y}, {"Width", r.width}, {"Height", r.height}};
    for (const auto& [field, value] : fields) config->Write(kGeometryKey + wxString(field), static_cast<long>(value));
  }
  config->Flush();
}

bool MainFrame::OpenProject(const std::string& path) {
  if (m_context.HasProject() && wxFileName(ToWx(m_context.Project().Store().Path())).SameAs(ToWx(path))) return true;
  auto project = OpenProjectFile(path, m_context.Prompts());
  if (!project) return false;
  m_context.Run([&] { ActAsRememberedCoder(*project); });
  m_recent.Add(wxFileName(ToWx(path)).GetAbsolutePath());
  RememberPlace();
  m_context.SetProject(std::move(project));
  return true;
}

void MainFrame::ShowAgreement() {
  m_aui.GetPane("agreement").Show();
  m_aui.Update();
}

bool MainFrame::ShowSelectedCodeFragments() {
  const std::optional<Code> code = m_codebook->SelectedCode();
  if (!code) {
    m_context.Prompts().ShowInfo(_("Select a code in the codebook first."));
    return false;
  }
  m_codebook->ShowCodedFragments(*code);
  return true;
}

void MainFrame::ProjectChanged(Change change) {
  if (change == Change::Project) ReturnToPlace();
  UpdateTitleAndStatus();
}

void MainFrame::RememberPlace() {
  wxConfigBase* config = wxConfigBase::Get();
  if (!config || !m_context.HasProject() || !m_transcript->Document()) return;
  project::Project& project = m_context.Project();
  m_context.Run([&] {
    config->Write(PlaceKey(project, "Document"), ToWx(project.Store().GetDocument(m_transcript->Document()).guid));
    config->Write(PlaceKey(project, "Line"), static_cast<long>(m_transcript->TopLine()));
  });
}

// The document and line the researcher left the project at, else the first document.
void MainFrame::ReturnToPlace() {
  if (!m_context.HasProject() || m_documents->RowCount() == 0) return;
  wxConfigBase* config = wxConfigBase::Get();
  project::Project& project = m_context.Project();
  const wxString guid = config ? config->Read(PlaceKey(project, "Document"), wxString()) : wxString();
  const auto& rows = m_documents->Documents();
  long row = 0, line = 0;
  m_context.Run([&] {
    const auto document = guid.empty() ? std::nullopt : project.Store().FindDocument(ToUtf8(guid));
    const auto it = document ? std::find(rows.begin(), rows.end(), document->id) : rows.end();
    if (it == rows.end()) return;
    row = it - rows.begin();
    line = config->ReadLong(PlaceKey(project, "Line"), 0);
  });
  m_documents->OpenRow(row);
  m_transcript->ScrollToLine(static_cast<int>(line));
}

void MainFrame::ShowRequested(const ShowRequest&) { UpdateTitleAndStatus(); }

void MainFrame::StatusChanged(const wxString& message) { SetStatusText(message, 0); }

void MainFrame::UpdateTitleAndStatus() {
  if (!m_context.HasProject()) {
    SetTitle(_("Duiding"));
    SetStatusText(wxEmptyString, 1);
    SetStatusText(wxEmptyString, 2);
    return;
  }
  project::Project& project = m_context.Project();
  const bool readOnly = project.Store().IsReadOnly();
  SetTitle(ToWx(project.Store().Info().name) + (readOnly ? _(" (read-only)") : wxString()) + wxT(" \u2014 Duiding"));
  SetStatusText(wxString::Format(_("Coder: %s"), ToWx(project.ActingUser().name)), 1);
  SetStatusText(_("Saved automatically"), 2);
}

void MainFrame::OnClose(wxCloseEvent& event) {
  RememberPlace();
  SaveLayout();
  event.Skip();
}

}  // namespace duiding::app
