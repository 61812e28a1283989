// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/import_dialog.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>

#include <memory>

#include "app/app_context.h"
#include "app/open_project.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "import/batch.h"
#include "model/error.h"
#include "project/project.h"
#include "search/index.h"

namespace duiding::app {
namespace {

// Documents the project cannot take (a name taken, the same text) join the skipped files.
void DropUnstorable(project::Project& project, import::BatchResult& batch) {
  const auto problems = project.CheckNewDocuments(batch.documents);
  std::vector<import::ImportedDocument> kept;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (problems[i]) batch.skipped.push_back(*problems[i]);
    else kept.push_back(std::move(batch.documents[i]));
  }
  batch.documents = std::move(kept);
}

// The index is a cache: when its sync fails or is stopped, the next search syncs it.
void SyncIndexQuietly(project::Project& project, Progress& progress) {
  try {
    search::SyncIndex(project.Store(), search::IndexFolder(project.Store().Info().guid), &progress);
  } catch (const Error&) {
  }
}

// The worker's part: runs on its own thread with the project's one writer.
ImportOutcome ImportInto(const std::string& path, const std::string& coder, const std::vector<std::string>& inputs,
                         Progress& progress) {
  std::vector<import::BatchItem> items;
  for (const std::string& file : import::CollectFiles(inputs)) items.push_back({file, {}});
  import::BatchResult batch = import::ImportBatch(items, {}, true, &progress);
  project::Project project = project::Project::Open(path, store::OpenMode::ReadWrite);
  project.ActAs(coder);
  DropUnstorable(project, batch);
  ImportOutcome outcome{0, batch.skipped};
  if (batch.documents.empty()) return outcome;
  outcome.stored = project.AddDocuments(batch.documents, false, &progress).size();
  SyncIndexQuietly(project, progress);
  return outcome;
}

}  // namespace

ImportCommand::ImportCommand(wxWindow* owner, AppContext& context)
    : m_owner(owner), m_context(context), m_task(owner, context) {}

bool ImportCommand::ChooseFiles() {
  wxFileDialog dialog(m_owner, _("Import transcripts"), wxEmptyString, wxEmptyString,
                      _("Transcripts (*.txt, *.docx, *.odt, *.srt, *.vtt, *.md)|*.txt;*.text;*.docx;*.odt;*.srt;*.vtt;*.md|All files (*)|*"),
                      wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return false;
  wxArrayString paths;
  dialog.GetPaths(paths);
  std::vector<std::string> inputs;
  for (const wxString& path : paths) inputs.push_back(ToUtf8(path));
  return Import(inputs);
}

bool ImportCommand::ChooseFolder() {
  wxDirDialog dialog(m_owner, _("Import a folder of transcripts"), wxEmptyString, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return false;
  return Import({ToUtf8(dialog.GetPath())});
}

bool ImportCommand::Import(const std::vector<std::string>& inputs) {
  if (!m_context.HasProject() || inputs.empty()) return false;
  if (m_task.Busy()) {
    m_context.Prompts().ShowInfo(_("Wait until the current task has finished, or cancel it."));
    return false;
  }
  std::string path, coder;
  bool readOnly = false;
  if (!m_context.Run([&] {
        path = m_context.Project().Store().Path();
        coder = m_context.Project().ActingUser().guid;
        readOnly = m_context.Project().Store().IsReadOnly();
      }))
    return false;
  if (readOnly) {
    m_context.Prompts().ShowError(_("This project is open read-only: documents cannot be added to it."));
    return false;
  }
  const RowId document = m_context.CurrentSelection().document;
  m_context.SetProject(nullptr);  // the worker takes the one writer
  auto job = [this, path, coder, inputs](Progress& progress) -> std::function<void()> {
    auto outcome = std::make_shared<ImportOutcome>(ImportInto(path, coder, inputs, progress));
    return [this, outcome] { Tell(*outcome); };
  };
  return m_task.Start(_("Importing transcripts"), job, [this, path, coder, document] { Reopen(path, coder, document); },
                      true);
}

void ImportCommand::Reopen(const std::string& path, const std::string& coder, RowId document) {
  if (m_context.HasProject()) return;
  std::unique_ptr<project::Project> project = OpenProjectFile(path, m_context.Prompts());
  if (!project) return;
  m_context.Run([&] { project->ActAs(coder); });
  m_context.SetProject(std::move(project));
  if (document) m_context.Show(document);
}

void ImportCommand::Tell(const ImportOutcome& outcome) {
  m_context.Status(
      wxString::Format(wxPLURAL("Imported %zu document.", "Imported %zu documents.", outcome.stored), outcome.stored));
  if (outcome.skipped.empty()) return;
  wxString text = wxString::Format(wxPLURAL("%zu file was not imported:", "%zu files were not imported:",
                                            outcome.skipped.size()),
                                   outcome.skipped.size());
  for (const std::string& line : outcome.skipped) text += wxT("\n") + ToWx(line);
  if (outcome.stored == 0) m_context.Prompts().ShowError(text);
  else m_context.Prompts().ShowInfo(text);
}

}  // namespace duiding::app
