// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The workbench's real windows on a small project made from the demo transcripts, under Xvfb.
// Dialogs are answered by a scripted Prompter; wxUIActionSimulator only where the key wiring
// itself is under test; every wx assert is a test failure.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/stc/stc.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/app_context.h"
#include "app/codebook_panel.h"
#include "app/coding_commands.h"
#include "app/documents_panel.h"
#include "app/i18n.h"
#include "app/main_frame.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/report_export.h"
#include "app/results_panel.h"
#include "app/transcript_panel.h"
#include "app/wx_text.h"
#include "import/importer.h"
#include "project/project.h"
#include "text/utf8.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

namespace fs = std::filesystem;

void FailOnAssert(const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg) {
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
    const int at = choices.Index(choice);
    return at == wxNOT_FOUND ? std::nullopt : std::optional<int>(at);
  }
  wxString AskSavePath(const wxString&, const wxString&, const wxString&) override { return savePath; }
  wxString AskOpenPath(const wxString&, const wxString&) override { return wxEmptyString; }

  std::vector<std::string> errors, infos, questions;
  bool confirm = true;
  wxString choice, savePath;
};

void Pump(int rounds = 5) {
  for (int i = 0; i < rounds; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxYield();
  }
}

// A project of the four demo transcripts and a small codebook, on disk, then closed.
std::string MakeProject(const fs::path& folder) {
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

TEST_F(Workbench, OpensTheProjectInEveryPane) {
  EXPECT_EQ(m_frame->Documents().RowCount(), 4);
  EXPECT_NE(m_frame->Transcript().Document(), 0);  // the first document is shown at once
  const std::vector<wxString> labels = m_frame->Codebook().Labels();
  ASSERT_EQ(labels.size(), 4u);
  EXPECT_EQ(labels[0], wxString::FromUTF8("Barrières (0)   [1]"));  // quick codes: the first nine codable codes
  EXPECT_EQ(labels[1], wxT("Schaamte (0)   [2]"));
  EXPECT_TRUE(m_prompter.errors.empty());
}

TEST_F(Workbench, SelectionInBytesReachesTheModelAsCodePoints) {
  OpenDocument("interview-jongere-sanne");
  const std::string quote = "Ik schaamde me echt kapot.";
  const std::size_t byte = SelectQuote(quote);
  const std::string& text = m_frame->Transcript().Model()->Text();
  const Selection selection = m_context.CurrentSelection();
  const std::size_t codePoint = text::CountCodePoints(std::string_view(text).substr(0, byte));
  EXPECT_LT(codePoint, byte);  // "Oké" and friends come before it: bytes and code points differ
  EXPECT_EQ(selection.start, codePoint);
  EXPECT_EQ(selection.end, codePoint + text::CountCodePoints(quote));
}

TEST_F(Workbench, QuickKeyCodesTheSelectionAndUndoTakesItBack) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  m_frame->Raise();
  m_frame->Transcript().Editor()->SetFocus();
  Pump();
  // Without a window manager, X sends keys to the window under the pointer.
  wxStyledTextCtrl* editor = m_frame->Transcript().Editor();
  wxUIActionSimulator input;
  input.MouseMove(editor->ClientToScreen(wxPoint(editor->GetClientSize().x / 2, 10)));
  Pump();
  input.Char('2');  // quick code 2: Barrières/Schaamte
  for (int i = 0; i < 50 && CodingsOf("Schaamte").empty(); ++i) {
    Pump(1);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const auto codings = CodingsOf("Schaamte");
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(codings[0].quote, "Ik schaamde me echt kapot.");
  EXPECT_EQ(codings[0].coding.coder, Project().ActingUser().id);
  EXPECT_EQ(m_frame->Transcript().Model()->Marks().size(), 1u);
  EXPECT_EQ(m_frame->Codebook().Labels()[1], wxT("Schaamte (1)   [2]"));

  wxCommandEvent undo(wxEVT_MENU, wxID_UNDO);
  m_frame->ProcessWindowEvent(undo);  // Edit > Undo
  EXPECT_TRUE(CodingsOf("Schaamte").empty());
  EXPECT_TRUE(m_frame->Transcript().Model()->Marks().empty());
  EXPECT_TRUE(m_frame->Commands().Redo());
  EXPECT_EQ(CodingsOf("Schaamte").size(), 1u);
}

TEST_F(Workbench, CodeSelectionWithAndInVivoAreOneChangeEach) {
  OpenDocument("interview-ouder-moeder");
  SelectQuote("Ik wilde gewoon niet tot last zijn.");
  m_prompter.choice = wxString::FromUTF8("Barrières/Tot last zijn");
  ASSERT_TRUE(m_frame->Commands().CodeSelectionWith());
  ASSERT_EQ(CodingsOf("Tot last zijn").size(), 1u);
  EXPECT_EQ(CodingsOf("Tot last zijn")[0].quote, "Ik wilde gewoon niet tot last zijn.");

  const std::size_t codes = Project().Codebook().All().size();
  SelectQuote("Ik schaamde me eerst kapot.");
  ASSERT_TRUE(m_frame->Commands().InVivo());
  ASSERT_EQ(Project().Codebook().All().size(), codes + 1);
  EXPECT_EQ(m_frame->Transcript().Model()->Marks().size(), 2u);
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(Project().Codebook().All().size(), codes);  // the in-vivo code went with its coding
  EXPECT_EQ(CodingsOf("Tot last zijn").size(), 1u);
}

TEST_F(Workbench, CodebookBoxRefusesNearDuplicatesAndAddsNewCodes) {
  m_frame->Codebook().SetFilter(wxT("schaamde"));  // no code contains it, but it is one letter off
  m_frame->Codebook().SubmitFilter();
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("Barrières/Schaamte"), std::string::npos) << m_prompter.errors[0];
  EXPECT_TRUE(m_prompter.questions.empty());

  OpenDocument("interview-jongere-sanne");
  SelectQuote("tante");
  m_frame->Codebook().SetFilter(wxT("Familie als mentor"));
  m_frame->Codebook().SubmitFilter();
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  const auto codings = CodingsOf("Familie als mentor");
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(codings[0].quote, "tante");
  EXPECT_EQ(m_frame->Codebook().Labels().size(), 5u);
}

TEST_F(Workbench, SearchListsKwicLinesThatJumpAndCodeAllHits) {
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("schaamde")));
  const search::SearchResult& result = m_frame->Results().Result();
  ASSERT_GE(result.hits.size(), 2u);
  const wxString row = m_frame->Results().RowText(0);
  EXPECT_NE(row.Lower().Find(wxT("| schaamde |")), wxNOT_FOUND) << row;
  EXPECT_NE(row.Find(ToWx(result.hits[0].documentName)), wxNOT_FOUND) << row;

  m_frame->Results().ActivateRow(1);
  const search::Hit& hit = result.hits[1];
  EXPECT_EQ(m_frame->Transcript().Document(), hit.document);
  EXPECT_EQ(m_context.CurrentSelection().start, hit.start);
  EXPECT_EQ(m_context.CurrentSelection().end, hit.end);

  m_prompter.choice = wxString::FromUTF8("Barrières/Schaamte");
  ASSERT_TRUE(m_frame->Results().CodeAllHits());
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  const std::string count = std::to_string(result.hits.size());
  EXPECT_NE(m_prompter.questions[0].find("makes " + count + " new codings"), std::string::npos) << m_prompter.questions[0];
  EXPECT_EQ(CodingsOf("Schaamte").size(), result.hits.size());
  ASSERT_TRUE(m_frame->Commands().Undo());  // all of them at once
  EXPECT_TRUE(CodingsOf("Schaamte").empty());
}

TEST_F(Workbench, ExportsAQuoteReport) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyQuickCode(2));
  m_prompter.savePath = ToWx((m_folder / "citaten.html").string());
  ASSERT_TRUE(ExportQuoteReport(m_context));
  std::ifstream in(m_folder / "citaten.html");
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("Ik schaamde me echt kapot."), std::string::npos);
  EXPECT_TRUE(m_prompter.errors.empty());
}

TEST_F(Workbench, OpenRefusalsAreExplainedNotFatal) {
  m_context.SetProject(nullptr);
  // Another Duiding codes in it.
  project::Project elsewhere = project::Project::Open(m_path, store::OpenMode::ReadWrite);
  m_prompter.confirm = false;
  EXPECT_FALSE(m_frame->OpenProject(m_path));
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  EXPECT_NE(m_prompter.questions[0].find("read-only"), std::string::npos);
  m_prompter.confirm = true;
  ASSERT_TRUE(m_frame->OpenProject(m_path));
  EXPECT_TRUE(m_context.Project().Store().IsReadOnly());

  const std::string junk = (m_folder / "junk.duiding").string();
  std::ofstream(junk) << "not a project at all";
  EXPECT_FALSE(m_frame->OpenProject(junk));
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("not a Duiding project"), std::string::npos) << m_prompter.errors[0];

  const std::string newer = (m_folder / "newer.duiding").string();
  fs::copy_file(m_path, newer);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(newer.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_FALSE(m_frame->OpenProject(newer));
  ASSERT_EQ(m_prompter.errors.size(), 2u);
  EXPECT_NE(m_prompter.errors[1].find("newer version of Duiding"), std::string::npos) << m_prompter.errors[1];
  EXPECT_TRUE(m_context.Project().Store().IsReadOnly());  // the open project stayed
}

TEST(Translations, DutchCatalogIsFoundAndUsed) {
  ASSERT_EQ(SetUpTranslations(wxT("nl")), wxT("nl"));
  EXPECT_EQ(_("Codebook"), wxT("Codeboek"));
  EXPECT_EQ(_("&Undo\tCtrl+Z"), wxT("&Ongedaan maken\tCtrl+Z"));
  EXPECT_EQ(SetUpTranslations(wxT("en")), wxT("en"));
  EXPECT_EQ(_("Codebook"), wxT("Codebook"));
}

}  // namespace
}  // namespace duiding::app

class TestApp : public wxApp {
 public:
  bool OnInit() override { return true; }
};

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  wxSetAssertHandler(duiding::app::FailOnAssert);
  wxApp::SetInstance(new TestApp);
  if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 2;
  duiding::app::SetUpTranslations(wxT("en"));
  const int result = RUN_ALL_TESTS();
  wxTheApp->OnExit();
  wxEntryCleanup();
  return result;
}
