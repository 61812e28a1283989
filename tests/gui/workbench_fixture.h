// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// What every GUI test file shares: the workbench's real windows on a small project made from
// the demo transcripts, dialogs answered by a scripted Prompter, wx asserts as failures.
#pragma once

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/stc/stc.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/documents_panel.h"
#include "app/main_frame.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/transcript_panel.h"
#include "app/wx_text.h"
#include "import/importer.h"
#include "project/project.h"
#include "workbench/transcript_model.h"

namespace duiding::app {

namespace fs = std::filesystem;

inline void FailOnAssert(const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg) {
  ADD_FAILURE_AT(file.utf8_str().data(), line) << "wx assert in " << func.utf8_str().data() << ": "
                                               << cond.utf8_str().data() << " " << msg.utf8_str().data();
}

// Answers every question from a script and remembers what it was told.
class ScriptedPrompter : public Prompter {
 public:
  void ShowError(const wxString& message) override { errors.push_back(ToUtf8(message)); }
  void ShowInfo(const wxString& message) override { infos.push_back(ToUtf8(message)); }
  bool Confirm(const wxString& question) override {
    questions.push_back(ToUtf8(question));
    return confirm;
  }
  std::optional<int> Choose(const wxString&, const wxArrayString& choices) override {
    wxString answer = choice;  // the next scripted answer when there are any, else `choice`
    if (!answers.empty()) {
      answer = answers.front();
      answers.erase(answers.begin());
    }
    const int at = choices.Index(answer);
    return at == wxNOT_FOUND ? std::nullopt : std::optional<int>(at);
  }
  wxString AskSavePath(const wxString&, const wxString&, const wxString&) override { return savePath; }
  wxString AskOpenPath(const wxString&, const wxString&) override { return wxEmptyString; }
  // Each edit answers with the next scripted text; none left: cancelled.
  std::optional<wxString> EditText(const wxString&, const wxString&, const wxString& text) override {
    edited.push_back(text);
    if (edits.empty()) return std::nullopt;
    const wxString answer = edits.front();
    edits.erase(edits.begin());
    return answer;
  }

  std::vector<std::string> errors, infos, questions;
  std::vector<wxString> edits, edited;  // what edits answer; what they were shown
  bool confirm = true;
  wxString choice, savePath;
  std::vector<wxString> answers;
};

inline void Pump(int rounds = 5) {
  for (int i = 0; i < rounds; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxYield();
  }
}

// A project of the four demo transcripts and a small codebook, on disk, then closed.
inline std::string MakeProject(const fs::path& folder) {
  const std::string path = (folder / "werk.duiding").string();
  project::Project p = project::Project::Create(path, "GUI-test", "anna");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(DUIDING_SOURCE_DIR) / "packaging/demo/transcripts"))
    files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<import::ImportedDocument> documents;
  for (const std::string& file : files) documents.push_back(import::ImportFile(file));
  p.AddDocuments(documents);
  p.AddCode(project::CodeSpec("Barrières", std::nullopt, "#C0392B"));
  p.AddCode(project::CodeSpec("Schaamte", "Barrières"));
  p.AddCode(project::CodeSpec("Tot last zijn", "Barrières"));
  p.AddCode(project::CodeSpec("Kansen", std::nullopt, "#27AE60"));
  return path;
}

class Workbench : public ::testing::Test {
 protected:
  void SetUp() override {
    m_folder = fs::temp_directory_path() / ("duiding-gui-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_folder);
    fs::create_directories(m_folder);
    setenv("DUIDING_INDEX_DIR", (m_folder / "index").c_str(), 1);
    delete wxConfigBase::Set(new wxFileConfig(wxT("duiding-test"), wxEmptyString, ToWx((m_folder / "settings.ini").string()),
                                              wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
    m_path = MakeProject(m_folder);
    m_recent = std::make_unique<RecentProjects>(*wxConfigBase::Get());
    m_frame = new MainFrame(m_context, *m_recent);
    m_frame->Show();
    ASSERT_TRUE(m_frame->OpenProject(m_path));
    Pump();
  }

  void TearDown() override {
    m_frame->Destroy();
    wxTheApp->ProcessIdle();
    m_context.SetProject(nullptr);
    fs::remove_all(m_folder);
  }

  project::Project& Project() { return m_context.Project(); }

  // Shows `document` through the documents pane, as a click on its row does.
  void OpenDocument(const std::string& name) {
    const RowId id = Project().ResolveDocument(name).id;
    const auto& rows = m_frame->Documents().Documents();
    const auto row = std::find(rows.begin(), rows.end(), id) - rows.begin();
    ASSERT_LT(static_cast<std::size_t>(row), rows.size());
    m_frame->Documents().OpenRow(row);
    ASSERT_EQ(m_frame->Transcript().Document(), id);
  }

  // Selects `quote` in the transcript by its UTF-8 bytes, as a mouse drag would; returns its byte offset.
  std::size_t SelectQuote(const std::string& quote) {
    const std::string& text = m_frame->Transcript().Model()->Text();
    const std::size_t byte = text.find(quote);
    EXPECT_NE(byte, std::string::npos) << quote;
    m_frame->Transcript().Editor()->SetSelection(static_cast<int>(byte), static_cast<int>(byte + quote.size()));
    return byte;
  }

  std::vector<store::QuotedCoding> CodingsOf(const std::string& code) {
    project::CodingQuery query;
    query.code = code;
    return Project().Codings(query);
  }

  fs::path m_folder;
  std::string m_path;
  ScriptedPrompter m_prompter;
  AppContext m_context{m_prompter};
  std::unique_ptr<RecentProjects> m_recent;
  MainFrame* m_frame = nullptr;
};

}  // namespace duiding::app
