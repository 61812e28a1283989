// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/agreement_panel.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <iterator>

#include "app/prompter.h"
#include "app/wx_text.h"
#include "export/agreement_report.h"
#include "export/atomic_file.h"
#include "project/project.h"

namespace duiding::app {
namespace {

constexpr project::UnitKind kUnits[] = {project::UnitKind::Turn, project::UnitKind::Sentence, project::UnitKind::Paragraph};

wxListCtrl* ReportList(wxWindow* parent) {
  return new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_NONE);
}

// A list as a notebook page, in a panel of its own.
wxPanel* ListPage(wxWindow* parent, wxListCtrl*& list) {
  auto* page = new wxPanel(parent);
  list = ReportList(page);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(list, 1, wxEXPAND);
  page->SetSizer(sizer);
  return page;
}

}  // namespace

AgreementPanel::AgreementPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent), m_context(context), m_task(this, context) {
  auto* notebook = new wxNotebook(this, wxID_ANY);
  auto* codePage = new wxPanel(notebook);
  m_codeTable = ReportList(codePage);
  m_notes = new wxStaticText(codePage, wxID_ANY, wxEmptyString);
  auto* codeSizer = new wxBoxSizer(wxVERTICAL);
  codeSizer->Add(m_codeTable, 1, wxEXPAND);
  codeSizer->Add(m_notes, 0, wxEXPAND | wxALL, FromDIP(4));
  codePage->SetSizer(codeSizer);
  notebook->AddPage(codePage, _("Per code"));
  notebook->AddPage(ListPage(notebook, m_disagreements), _("Disagreements"));
  notebook->AddPage(BuildComparePage(notebook), _("Compare coders"));
  m_summary = new wxStaticText(this, wxID_ANY, _("Choose two or more coders and press Compute."));
  auto* right = new wxBoxSizer(wxVERTICAL);
  right->Add(m_summary, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  right->Add(notebook, 1, wxEXPAND);
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(BuildControls(this), 0, wxEXPAND | wxALL, FromDIP(4));
  sizer->Add(right, 1, wxEXPAND | wxALL, FromDIP(4));
  SetSizer(sizer);
  m_codeTable->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { SelectCode(event.GetIndex()); });
  m_codeTable->Bind(wxEVT_MOTION, &AgreementPanel::OnCodeTableMotion, this);
  for (wxWindow* child : m_codeTable->GetChildren()) child->Bind(wxEVT_MOTION, &AgreementPanel::OnCodeTableMotion, this);
  m_disagreements->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { ActivateDisagreement(event.GetIndex()); });
  m_context.Subscribe(this);
  ReloadCoders();
}

AgreementPanel::~AgreementPanel() { m_context.Unsubscribe(this); }

wxWindow* AgreementPanel::BuildControls(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  m_coders = new wxCheckListBox(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(170, 90)));
  m_unit = new wxChoice(panel, wxID_ANY);
  for (const wxString& unit : {_("Speaker turn"), _("Sentence"), _("Paragraph")}) m_unit->Append(unit);
  m_unit->SetSelection(0);
  auto* compute = new wxButton(panel, wxID_ANY, _("Compute"));
  auto* exportReport = new wxButton(panel, wxID_ANY, _("Export report..."));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(panel, wxID_ANY, _("Coders:")));
  sizer->Add(m_coders, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
  sizer->Add(new wxStaticText(panel, wxID_ANY, _("Unit:")));
  sizer->Add(m_unit, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  sizer->Add(compute, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  sizer->Add(exportReport, 0, wxEXPAND);
  panel->SetSizer(sizer);
  compute->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Compute(); });
  exportReport->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ExportReport(); });
  return panel;
}

void AgreementPanel::ReloadCoders() {
  wxArrayString checked;
  for (unsigned i = 0; i < m_coders->GetCount(); ++i)
    if (m_coders->IsChecked(i)) checked.Add(m_coders->GetString(i));
  const wxString a = m_coderA->GetStringSelection(), b = m_coderB->GetStringSelection();
  m_users.clear();
  if (m_context.HasProject()) m_context.Run([&] { m_users = m_context.Project().Store().Users(); });
  wxArrayString names;
  for (const User& user : m_users) names.Add(ToWx(user.name));
  m_coders->Set(names);
  for (const wxString& name : checked)
    if (const int at = m_coders->FindString(name, true); at != wxNOT_FOUND) m_coders->Check(static_cast<unsigned>(at));
  for (auto [choice, keep, fallback] : {std::tuple(m_coderA, a, 0), std::tuple(m_coderB, b, 1)}) {
    choice->Set(names);
    if (!keep.empty() && choice->SetStringSelection(keep)) continue;
    choice->SetSelection(names.size() > static_cast<std::size_t>(fallback) ? fallback : wxNOT_FOUND);
  }
}

void AgreementPanel::SetCoders(const std::vector<std::string>& names) {
  for (unsigned i = 0; i < m_coders->GetCount(); ++i)
    m_coders->Check(i, std::find(names.begin(), names.end(), ToUtf8(m_coders->GetString(i))) != names.end());
}

void AgreementPanel::SetUnit(project::UnitKind unit) {
  const auto at = std::find(std::begin(kUnits), std::end(kUnits), unit) - std::begin(kUnits);
  if (at < static_cast<long>(std::size(kUnits))) m_unit->SetSelection(static_cast<int>(at));
}

project::AgreementOptions AgreementPanel::Options() const {
  project::AgreementOptions options;
  for (unsigned i = 0; i < m_coders->GetCount(); ++i)
    if (m_coders->IsChecked(i)) options.coders.push_back(m_users[i].guid);
  options.unit = kUnits[std::max(0, m_unit->GetSelection())];
  return options;
}

bool AgreementPanel::Compute() {
  if (!m_context.HasProject()) return false;
  const project::AgreementOptions options = Options();
  if (options.coders.size() == 1) {
    m_context.Prompts().ShowInfo(_("Tick two or more coders to compare (or none, for every coder who coded)."));
    return false;
  }
  std::string path;
  if (!m_context.Run([&] { path = m_context.Project().Store().Path(); })) return false;
  auto job = [this, path, options](Progress& progress) -> std::function<void()> {
    project::Project project = project::Project::Open(path, store::OpenMode::ReadOnly);
    // Cancel stops the computation at its next document or code (Error(Cancelled)).
    auto report =
        std::make_shared<const project::AgreementReport>(project::ComputeAgreement(project, options, &progress));
    return [this, report] { ShowReport(report); };
  };
  return StartTask(_("Computing intercoder agreement"), job);
}

bool AgreementPanel::StartTask(const wxString& title, const BackgroundTask::Job& job) {
  if (m_task.Busy()) {
    m_context.Prompts().ShowInfo(_("Wait until the current task has finished, or cancel it."));
    return false;
  }
  return m_task.Start(title, job);
}

void AgreementPanel::ShowReport(std::shared_ptr<const project::AgreementReport> report) {
  m_report = std::move(report);
  m_compareCode = 0;
  FillCodeTable();
  FillDisagreements();
  const project::AgreementReport& r = *m_report;
  m_summary->SetLabel(wxString::Format(_("%zu coders, %zu documents, %zu units; %zu disagreements."), r.coders.size(),
                                       r.documents.size(), r.unitCount, r.disagreementCount));
  if (r.coders.size() >= 2) SetComparedCoders(r.coders[0].name, r.coders[1].name);
  m_context.Status(_("Intercoder agreement computed."));
}

bool AgreementPanel::ExportReport() {
  if (!m_report) {
    m_context.Prompts().ShowInfo(_("Compute the agreement first, then export its report."));
    return false;
  }
  const wxString path = m_context.Prompts().AskSavePath(_("Export agreement report"), _("agreement-report.html"),
                                                        _("Web page (*.html)|*.html"));
  if (path.empty() || !m_context.HasProject()) return false;
  std::string title;
  if (!m_context.Run([&] { title = ToUtf8(_("Intercoder agreement")) + ": " + m_context.Project().Store().Info().name; }))
    return false;
  auto job = [this, report = m_report, file = ToUtf8(path), title](Progress&) -> std::function<void()> {
    exchange::WriteFileAtomically(file, exchange::AgreementHtml(*report, title));
    return [this, file] {
      m_context.Status(wxString::Format(_("Wrote the agreement report to %s."), wxFileName(ToWx(file)).GetFullName()));
    };
  };
  return StartTask(_("Writing the agreement report"), job);
}

void AgreementPanel::ProjectChanged(Change change) {
  if (change == Change::Project) {
    m_report.reset();
    m_compareDocument = m_context.CurrentSelection().document;
    FillCodeTable();
    FillDisagreements();
    m_summary->SetLabel(_("Choose two or more coders and press Compute."));
  } else if (m_report && change != Change::Documents && change != Change::Settings) {
    m_summary->SetLabel(m_summary->GetLabel().BeforeFirst('\n') + wxT("\n") + _("The codings changed since: compute again."));
  }
  ReloadCoders();
  RefreshComparison();
}

void AgreementPanel::ShowRequested(const ShowRequest& request) {
  if (request.document == m_compareDocument) return;
  m_compareDocument = request.document;
  RefreshComparison();
}

}  // namespace duiding::app
