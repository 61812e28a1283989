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
#include "project/export_data.h"
#include "project/project.h"
#include "text/utf8.h"
#include "workbench/transcript_model.h"
#include "tests/gui/workbench_fixture.h"

namespace duiding::app {
namespace {


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

// The transcript's context commands on the innermost coding: a memo, and its range from the
// selection; each one undoable change.
TEST_F(Workbench, MemoAndResizeOfACodingAreOneChangeEach) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyQuickCode(2));
  const std::string guid = CodingsOf("Schaamte").at(0).coding.guid;
  m_frame->Commands().SetMemoAsker([](const wxString&) { return std::optional<wxString>(wxString::FromUTF8("Zegt het zacht één keer")); });
  ASSERT_TRUE(m_frame->Commands().EditMemo(guid, ""));
  EXPECT_EQ(CodingsOf("Schaamte").at(0).coding.memo, "Zegt het zacht één keer");
  SelectQuote("Vreselijk. Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ResizeToSelection(guid));
  EXPECT_EQ(CodingsOf("Schaamte").at(0).quote, "Vreselijk. Ik schaamde me echt kapot.");
  EXPECT_EQ(CodingsOf("Schaamte").at(0).coding.guid, guid);
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(CodingsOf("Schaamte").at(0).quote, "Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(CodingsOf("Schaamte").at(0).coding.memo, "");
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






TEST_F(Workbench, ExportsAQuoteReport) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyQuickCode(2));
  m_prompter.savePath = ToWx((m_folder / "citaten.html").string());
  m_prompter.choice = wxT("Leave speaker names out");
  ASSERT_TRUE(m_frame->QuoteReports().Choose());
  m_frame->QuoteReports().Task().WaitForWorker();  // written in the background
  Pump();
  std::ifstream in(m_folder / "citaten.html");
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("Ik schaamde me echt kapot."), std::string::npos);
  EXPECT_TRUE(m_prompter.errors.empty());
}

// File > Export data: the file type follows the extension, and names leave only as asked.
TEST_F(Workbench, ExportsDataInTheFormatItsNameAsks) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Eh, ik ben Sanne, ik ben zeventien.");
  ASSERT_TRUE(m_frame->Commands().ApplyQuickCode(2));
  project::SavePseudonyms(m_context.Project(), {{project::Pseudonym::Kind::Person, "Sanne", "[jongere 1]"}});
  FileExport& exporter = m_frame->DataExports();
  const auto read = [](const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };

  m_prompter.savePath = ToWx((m_folder / "fragmenten.csv").string());
  m_prompter.choice = wxT("Replace names by pseudonyms (the project's list)");
  ASSERT_TRUE(exporter.Choose());
  exporter.Task().WaitForWorker();  // written in the background
  Pump();
  const std::string csv = read(m_folder / "fragmenten.csv");
  EXPECT_NE(csv.find("Eh, ik ben [jongere 1], ik ben zeventien."), std::string::npos) << csv;
  EXPECT_EQ(csv.find("Sanne"), std::string::npos);
  EXPECT_NE(m_frame->GetStatusBar()->GetStatusText(0).Find(wxT("names replaced")), wxNOT_FOUND)
      << m_frame->GetStatusBar()->GetStatusText(0);

  m_prompter.savePath = ToWx((m_folder / "codeboek.qdc").string());
  m_prompter.choice = wxEmptyString;  // a codebook holds no names: nothing is asked
  ASSERT_TRUE(exporter.Choose());
  exporter.Task().WaitForWorker();  // written in the background
  Pump();
  EXPECT_NE(read(m_folder / "codeboek.qdc").find("<CodeBook"), std::string::npos);

  m_prompter.savePath = ToWx((m_folder / "fragmenten.pdf").string());
  EXPECT_FALSE(exporter.Choose());
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find(".xlsx"), std::string::npos);
  EXPECT_FALSE(fs::exists(m_folder / "fragmenten.pdf"));
  EXPECT_FALSE(exporter.Export((m_folder / "rapport.html").string()));  // that is the quote report's
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

// ---- Codebook editing (context menu, keys, drag and drop, the code editor) and removing codings.
#include "app/code_editor.h"
#include "app/codebook_actions.h"

namespace duiding::app {
namespace {

class CodebookEditing : public Workbench {
 protected:
  void SetUp() override {
    Workbench::SetUp();
    Actions().SetAskers(
        [this](const wxString& question, const wxString&) {
          asked.push_back(ToUtf8(question));
          if (names.empty()) return wxString();
          const wxString name = names.front();
          names.pop_front();
          return name;
        },
        [this](const wxColour&) { return colour; });
  }

  CodebookActions& Actions() { return m_frame->Codebook().Actions(); }
  duiding::Code CodeNamed(const std::string& reference) { return Project().Codebook().Resolve(reference); }

  // The codebook's names as shown, depth first, without counts and keys.
  std::vector<std::string> Names() {
    std::vector<std::string> names;
    for (const wxString& label : m_frame->Codebook().Labels()) names.push_back(ToUtf8(label.BeforeLast('(').Trim()));
    return names;
  }

  void CodeQuote(const std::string& document, const std::string& quote, const std::string& code) {
    OpenDocument(document);
    SelectQuote(quote);
    ASSERT_TRUE(m_frame->Commands().ApplyCode(CodeNamed(code)));
  }

  std::deque<wxString> names;
  std::vector<std::string> asked;
  std::optional<wxColour> colour;
};

TEST_F(CodebookEditing, RenameRefusesANearDuplicateAndAcceptsANewName) {
  const duiding::Code kansen = CodeNamed("Kansen");
  names = {wxT("schaamte")};  // Barrières/Schaamte apart from the capital
  const int f2 = CodebookActions::KeyCommand(WXK_F2);
  ASSERT_NE(f2, 0);
  EXPECT_FALSE(Actions().Run(f2, &kansen));
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("Barrières/Schaamte"), std::string::npos) << m_prompter.errors[0];
  EXPECT_EQ(Names().back(), "Kansen");

  names = {wxT("Kansen en hulpbronnen")};
  ASSERT_TRUE(Actions().Rename(kansen));
  EXPECT_EQ(Names().back(), "Kansen en hulpbronnen");
  EXPECT_EQ(CodeNamed("Kansen en hulpbronnen").guid, kansen.guid);
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(Names().back(), "Kansen");
}

TEST_F(CodebookEditing, NewCodeSubCodeAndColour) {
  names = {wxT("Steun"), wxT("Van school")};
  ASSERT_TRUE(Actions().Run(CodebookActions::KeyCommand(WXK_INSERT), nullptr));
  const duiding::Code steun = CodeNamed("Steun");
  EXPECT_FALSE(steun.parent);
  ASSERT_TRUE(Actions().NewCode(&steun));
  EXPECT_EQ(CodeNamed("Steun/Van school").parent, steun.id);
  ASSERT_TRUE(m_frame->Codebook().SelectedCode());
  EXPECT_EQ(m_frame->Codebook().SelectedCode()->name, "Van school");  // the new code is selected

  colour = wxColour(0x12, 0x34, 0x56);
  ASSERT_TRUE(Actions().ChooseColour(steun));
  EXPECT_EQ(CodeNamed("Steun").color, "#123456");
  colour.reset();  // cancelled
  EXPECT_FALSE(Actions().ChooseColour(steun));
}

TEST_F(CodebookEditing, MergeMovesTheCodingsAndUndoSplitsThemAgain) {
  CodeQuote("interview-jongere-sanne", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
  CodeQuote("interview-ouder-moeder", "Ik wilde gewoon niet tot last zijn.", "Barrières/Tot last zijn");
  m_prompter.choice = wxString::FromUTF8("Barrières/Tot last zijn");
  ASSERT_TRUE(Actions().MergeInto(CodeNamed("Barrières/Schaamte")));
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  EXPECT_NE(m_prompter.questions[0].find("1 coding moves over"), std::string::npos) << m_prompter.questions[0];
  EXPECT_EQ(CodingsOf("Tot last zijn").size(), 2u);
  EXPECT_EQ(Names(), (std::vector<std::string>{"Barrières", "Tot last zijn", "Kansen"}));

  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(CodingsOf("Schaamte").size(), 1u);
  EXPECT_EQ(CodingsOf("Tot last zijn").size(), 1u);
  EXPECT_EQ(Names().size(), 4u);
}

TEST_F(CodebookEditing, DeleteSaysWhatIsHiddenAndRestoreBringsItBack) {
  CodeQuote("interview-jongere-sanne", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
  m_prompter.confirm = false;
  EXPECT_FALSE(Actions().Delete(CodeNamed("Barrières")));
  EXPECT_EQ(Names().size(), 4u);
  m_prompter.confirm = true;
  const duiding::Code barrieres = CodeNamed("Barrières");
  ASSERT_TRUE(Actions().Run(CodebookActions::KeyCommand(WXK_DELETE), &barrieres));
  ASSERT_EQ(m_prompter.questions.size(), 2u);
  EXPECT_NE(m_prompter.questions[1].find("2 sub-codes"), std::string::npos) << m_prompter.questions[1];
  EXPECT_NE(m_prompter.questions[1].find("1 coding is hidden"), std::string::npos) << m_prompter.questions[1];
  EXPECT_EQ(Names(), std::vector<std::string>{"Kansen"});
  EXPECT_TRUE(m_frame->Transcript().Model()->Marks().empty());

  m_prompter.choice = wxString::FromUTF8("Barrières");
  ASSERT_TRUE(Actions().RestoreDeleted());
  EXPECT_EQ(Names().size(), 4u);
  EXPECT_EQ(CodingsOf("Schaamte").size(), 1u);
  EXPECT_EQ(m_frame->Transcript().Model()->Marks().size(), 1u);
  m_prompter.infos.clear();
  EXPECT_FALSE(Actions().RestoreDeleted());  // nothing left to restore
  EXPECT_EQ(m_prompter.infos.size(), 1u);
}

TEST_F(CodebookEditing, DroppingReordersAndNestsButNeverIntoItself) {
  CodebookPanel& codebook = m_frame->Codebook();
  const duiding::Code schaamte = CodeNamed("Barrières/Schaamte");
  ASSERT_TRUE(codebook.DropCode(CodeNamed("Barrières/Tot last zijn"), &schaamte, DropAt::Before));
  EXPECT_EQ(Names(), (std::vector<std::string>{"Barrières", "Tot last zijn", "Schaamte", "Kansen"}));
  const duiding::Code barrieres = CodeNamed("Barrières");
  ASSERT_TRUE(codebook.DropCode(CodeNamed("Kansen"), &barrieres, DropAt::Before));
  EXPECT_EQ(Names().front(), "Kansen");
  const duiding::Code kansen = CodeNamed("Kansen");
  ASSERT_TRUE(codebook.DropCode(schaamte, &kansen, DropAt::Into));
  EXPECT_EQ(CodeNamed("Kansen/Schaamte").guid, schaamte.guid);
  ASSERT_TRUE(codebook.SelectedCode());
  EXPECT_EQ(codebook.SelectedCode()->guid, schaamte.guid);  // the dropped code stays selected

  EXPECT_FALSE(codebook.DropCode(kansen, &schaamte, DropAt::Into));
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("into itself or below itself"), std::string::npos) << m_prompter.errors[0];
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(CodeNamed("Barrières/Schaamte").guid, schaamte.guid);
}

TEST_F(CodebookEditing, SplitMovesTheCodingAtTheCursorToANewCode) {
  CodeQuote("interview-jongere-sanne", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
  const std::size_t byte = SelectQuote("tante");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(CodeNamed("Barrières/Schaamte")));
  m_frame->Transcript().Editor()->SetSelection(static_cast<int>(byte + 2), static_cast<int>(byte + 2));
  names = {wxString::FromUTF8("Familie")};
  ASSERT_TRUE(Actions().Split(CodeNamed("Barrières/Schaamte")));
  ASSERT_EQ(CodingsOf("Familie").size(), 1u);
  EXPECT_EQ(CodingsOf("Familie")[0].quote, "tante");
  EXPECT_EQ(CodingsOf("Schaamte").size(), 1u);
  EXPECT_EQ(m_frame->Codebook().SelectedCode()->name, "Familie");

  m_frame->Transcript().Editor()->SetSelection(0, 0);  // no coding of Schaamte there
  EXPECT_FALSE(Actions().Split(CodeNamed("Barrières/Schaamte")));
  EXPECT_EQ(m_prompter.infos.size(), 1u);
}

TEST_F(CodebookEditing, CodeEditorAppliesEveryFieldAsOneChange) {
  CodeQuote("interview-jongere-sanne", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
  const std::string guid = CodingsOf("Schaamte")[0].coding.guid;
  const std::size_t byte = SelectQuote("Ik schaamde me echt kapot.");
  m_frame->Transcript().Editor()->SetSelection(static_cast<int>(byte + 4), static_cast<int>(byte + 4));
  const std::size_t changes = Project().UndoRedoStacks().undo.size();

  CodeEditor editor(m_frame, m_context, CodeNamed("Barrières/Schaamte"));
  project::CodeEdit edit;
  edit.nameEn = "Shame";
  edit.description = "Schaamte over de eigen situatie.";
  edit.inclusion = "De jongere noemt schaamte.";
  edit.exclusion = "Schuld: gebruik Tot last zijn.";
  edit.memo = "Vaak samen met Tot last zijn.";
  edit.color = "#aa5500";
  edit.isCodable = false;
  editor.Fill(edit);
  ASSERT_TRUE(editor.AddSelectedPassage(CodeExample::Kind::Typical));
  editor.AddExample(CodeExample{CodeExample::Kind::Borderline, "Ik vond het een beetje gênant.", {}});
  ASSERT_TRUE(editor.Apply());

  EXPECT_EQ(Project().UndoRedoStacks().undo.size(), changes + 1);
  const duiding::Code code = CodeNamed("Barrières/Schaamte");
  EXPECT_EQ(code.nameEn, "Shame");
  EXPECT_EQ(code.description, "Schaamte over de eigen situatie.");
  EXPECT_EQ(code.inclusion, "De jongere noemt schaamte.");
  EXPECT_EQ(code.exclusion, "Schuld: gebruik Tot last zijn.");
  EXPECT_EQ(code.memo, "Vaak samen met Tot last zijn.");
  EXPECT_EQ(code.color, "#AA5500");
  EXPECT_FALSE(code.isCodable);
  ASSERT_EQ(code.examples.size(), 2u);
  EXPECT_EQ(code.examples[0].codingGuid, guid);
  EXPECT_EQ(code.examples[0].text, "Ik schaamde me echt kapot.");
  EXPECT_EQ(code.examples[1].kind, CodeExample::Kind::Borderline);

  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_TRUE(CodeNamed("Barrières/Schaamte").description.empty());
  EXPECT_TRUE(CodeNamed("Barrières/Schaamte").examples.empty());
  EXPECT_TRUE(CodeNamed("Barrières/Schaamte").isCodable);
}

TEST_F(CodebookEditing, TranscriptContextCommandRemovesTheCodingUnderTheMouse) {
  CodeQuote("interview-jongere-sanne", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
  const std::size_t byte = SelectQuote("Ik schaamde me echt kapot.");
  EXPECT_FALSE(m_frame->Transcript().RemoveCodingAt(0));  // no coding there
  ASSERT_TRUE(m_frame->Transcript().RemoveCodingAt(byte + 3));
  EXPECT_TRUE(CodingsOf("Schaamte").empty());
  EXPECT_TRUE(m_frame->Transcript().Model()->Marks().empty());
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(CodingsOf("Schaamte").size(), 1u);
}

}  // namespace
}  // namespace duiding::app

// ---- Background work (import, agreement, export), the agreement view, new project, coder choice.
#include <wx/statusbr.h>

#include "app/agreement_panel.h"
#include "app/background_task.h"
#include "app/coder_choice.h"
#include "app/import_dialog.h"
#include "app/new_project.h"

namespace duiding::app {
namespace {

// Pumps the event loop until `task` has delivered (or ten seconds passed).
void WaitFor(BackgroundTask& task) {
  for (int i = 0; i < 1000 && task.Busy(); ++i) {
    Pump(1);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_FALSE(task.Busy());
}

// Two coders on Sanne's interview: both code the shame turn, anna alone a later turn, bram
// alone an earlier one.
class AgreementView : public Workbench {
 protected:
  void SetUp() override {
    Workbench::SetUp();
    Project().AddUser("bram");
    CodeAs("anna", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
    CodeAs("bram", "Ik schaamde me echt kapot.", "Barrières/Schaamte");
    CodeAs("anna", "Niemand vraagt wat ík wil.", "Barrières/Tot last zijn");
    CodeAs("bram", "Dat vind ik eigenlijk het ergste, medelijden.", "Barrières/Schaamte");
    Project().ActAs("anna");
    m_context.Notify(Change::Codings);
  }

  void CodeAs(const std::string& coder, const std::string& quote, const std::string& code) {
    Project().ActAs(coder);
    project::CodingTarget target;
    target.document = "interview-jongere-sanne";
    target.code = code;
    target.quote = quote;
    Project().AddCoding(target, "");
  }

  AgreementPanel& Panel() { return m_frame->Agreement(); }

  void Compute() {
    m_frame->ShowAgreement();
    Panel().SetCoders({"anna", "bram"});
    Panel().SetUnit(project::UnitKind::Turn);
    ASSERT_TRUE(Panel().Compute());
    WaitFor(Panel().Task());
    ASSERT_NE(Panel().Report(), nullptr);
  }

  long RowWith(long rows, const std::function<wxString(long)>& text, const std::string& part) {
    for (long row = 0; row < rows; ++row)
      if (ToUtf8(text(row)).find(part) != std::string::npos) return row;
    return -1;
  }
};

TEST_F(AgreementView, ShowsEveryCodeAndADisagreementThatJumpsToItsRange) {
  Compute();
  ASSERT_TRUE(m_prompter.errors.empty()) << m_prompter.errors[0];
  ASSERT_EQ(Panel().CodeRowCount(), 2);
  const auto codeRow = [this](long row) { return Panel().CodeRowText(row); };
  const long shame = RowWith(2, codeRow, "Barrières/Schaamte"), burden = RowWith(2, codeRow, "Barrières/Tot last zijn");
  ASSERT_GE(shame, 0);
  ASSERT_GE(burden, 0);
  // Every value has a tooltip; an undefined one shows a dash and says why.
  for (long row = 0; row < 2; ++row) {
    const agreement::Result& alpha = Panel().Report()->codes[static_cast<std::size_t>(row)].units.krippendorffAlpha;
    const wxString alphaCell = Panel().CodeRowText(row).AfterFirst('|').BeforeFirst('|').Strip(wxString::both);
    EXPECT_EQ(alphaCell == wxString::FromUTF8("\xE2\x80\x94"), !alpha.Defined()) << alphaCell;
    EXPECT_EQ(Panel().CellTip(row, AgreementPanel::kAlpha).Contains(wxT("undefined")), !alpha.Defined());
    for (int column = AgreementPanel::kCode; column < AgreementPanel::kColumns; ++column)
      EXPECT_FALSE(Panel().CellTip(row, column).empty());
  }

  ASSERT_EQ(Panel().DisagreementRowCount(), 2);
  const auto disagreementRow = [this](long row) { return Panel().DisagreementRowText(row); };
  const long row = RowWith(2, disagreementRow, "| Barrières/Tot last zijn |");  // anna's code, not bram's
  ASSERT_GE(row, 0) << Panel().DisagreementRowText(0);
  EXPECT_NE(ToUtf8(Panel().DisagreementRowText(row)).find("interview-jongere-sanne | "), std::string::npos);
  EXPECT_NE(ToUtf8(Panel().DisagreementRowText(row)).find("Barrières/Tot last zijn"), std::string::npos);
  Panel().ActivateDisagreement(row);
  const project::Disagreement& d = Panel().Report()->disagreements[static_cast<std::size_t>(row)];
  EXPECT_EQ(m_frame->Transcript().Document(), d.document);
  EXPECT_EQ(m_context.CurrentSelection().start, d.start);
  EXPECT_EQ(m_context.CurrentSelection().end, d.end);
  EXPECT_NE(ToUtf8(m_frame->Transcript().Editor()->GetSelectedText()).find("Niemand vraagt wat ík wil."), std::string::npos);

  m_prompter.savePath = ToWx((m_folder / "overeenstemming.html").string());
  ASSERT_TRUE(Panel().ExportReport());
  WaitFor(Panel().Task());
  std::ifstream in(m_folder / "overeenstemming.html");
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("Tot last zijn"), std::string::npos);
  EXPECT_TRUE(m_prompter.errors.empty());
}

TEST_F(AgreementView, ColoursTheDocumentByCoderAOnlyBOnlyAndBoth) {
  OpenDocument("interview-jongere-sanne");
  Panel().SetComparedCoders("anna", "bram");
  Panel().ShowComparison(true);
  EXPECT_EQ(Panel().ComparedDocument(), m_frame->Transcript().Document());
  const std::string& text = m_frame->Transcript().Model()->Text();
  EXPECT_EQ(Panel().CoverageAt(text.find("schaamde me echt")), AgreementPanel::kBoth);
  EXPECT_EQ(Panel().CoverageAt(text.find("Niemand vraagt")), AgreementPanel::kOnlyA);
  EXPECT_EQ(Panel().CoverageAt(text.find("het ergste, medelijden")), AgreementPanel::kOnlyB);
  EXPECT_EQ(Panel().CoverageAt(text.find("hij loopt")), AgreementPanel::kNeither);

  Compute();  // then one code only: the one selected in the per-code table
  const auto codeRow = [this](long row) { return Panel().CodeRowText(row); };
  Panel().SelectCode(RowWith(Panel().CodeRowCount(), codeRow, "Tot last zijn"));
  EXPECT_EQ(Panel().CoverageAt(text.find("schaamde me echt")), AgreementPanel::kNeither);
  EXPECT_EQ(Panel().CoverageAt(text.find("Niemand vraagt")), AgreementPanel::kOnlyA);
}

// A panel that owns a task, as the agreement pane does.
class TaskPanel : public wxPanel {
 public:
  TaskPanel(wxWindow* parent, AppContext& context) : wxPanel(parent), task(this, context) {}
  BackgroundTask task;
};

TEST_F(Workbench, BackgroundContinuationRunsOnlyWhileItsWindowLives) {
  bool ranLive = false, ranGone = false;
  auto* live = new TaskPanel(m_frame, m_context);
  ASSERT_TRUE(live->task.Start(wxT("live"), [&](Progress&) { return std::function<void()>([&] { ranLive = true; }); }));
  WaitFor(live->task);
  EXPECT_TRUE(ranLive);

  auto* gone = new TaskPanel(m_frame, m_context);
  ASSERT_TRUE(gone->task.Start(wxT("gone"), [&](Progress&) { return std::function<void()>([&] { ranGone = true; }); }));
  gone->task.WaitForWorker();  // its continuation is queued now
  delete gone;
  Pump();
  EXPECT_FALSE(ranGone);

  // Cancel reaches the core's Progress; the job stops and the status bar says so, no error.
  ASSERT_TRUE(live->task.Start(wxT("endless"), [](Progress& progress) -> std::function<void()> {
    for (;;) {
      ReportOrCancel(&progress, ProgressState{"indexing", 0, 1, 0, 0, ""});
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }));
  EXPECT_TRUE(live->task.Busy());
  live->task.Cancel();
  WaitFor(live->task);
  EXPECT_EQ(m_frame->GetStatusBar()->GetStatusText(0), wxT("Stopped; nothing was changed."));
  EXPECT_TRUE(m_prompter.errors.empty());
  delete live;
}

TEST_F(Workbench, ImportAddsDocumentsInTheBackgroundAndACancelChangesNothing) {
  const fs::path folder = m_folder / "nieuw";
  fs::create_directories(folder);
  std::ofstream(folder / "interview-tim.txt") << "I: Hoe gaat het?\n\nR: Goed, mijn oom helpt me met school.\n";
  std::ofstream(folder / "interview-noor.txt") << "I: Wie helpt je?\n\nR: Mijn buurvrouw Kwispeltaart, die is er altijd.\n";
  fs::copy_file(fs::path(DUIDING_SOURCE_DIR) / "packaging/demo/transcripts/interview-ouder-moeder.txt",
                folder / "kopie.txt");  // the same text as a document already in the project
  Project().AddUser("bram");
  Project().ActAs("bram");
  ImportCommand& import = m_frame->Importer();

  import.Task().SetObserver([](const ProgressState& state, TaskProgress& progress) {
    if (state.stage == "storing" && state.itemsDone == 1) progress.Cancel();  // halfway through storing
  });
  ASSERT_TRUE(import.Import({folder.string()}));
  WaitFor(import.Task());
  ASSERT_TRUE(m_context.HasProject());
  EXPECT_EQ(Project().Store().Count().documents, 4);
  EXPECT_EQ(m_frame->Documents().RowCount(), 4);
  EXPECT_EQ(m_frame->GetStatusBar()->GetStatusText(0), wxT("Stopped; nothing was changed."));
  EXPECT_TRUE(m_prompter.errors.empty());

  import.Task().SetObserver({});
  ASSERT_TRUE(import.Import({folder.string()}));
  WaitFor(import.Task());
  ASSERT_TRUE(m_context.HasProject());
  EXPECT_EQ(Project().Store().Count().documents, 6);
  EXPECT_EQ(m_frame->Documents().RowCount(), 6);
  EXPECT_EQ(Project().ActingUser().name, "bram");  // still coding as who imported
  EXPECT_EQ(Project().ResolveDocument("interview-tim").creatingUser, Project().ActingUser().id);
  EXPECT_TRUE(m_frame->IsEnabled());
  ASSERT_EQ(m_prompter.infos.size(), 1u);  // one line per file left out
  EXPECT_NE(m_prompter.infos[0].find("kopie.txt"), std::string::npos) << m_prompter.infos[0];
  EXPECT_TRUE(m_prompter.errors.empty());
  EXPECT_TRUE(m_frame->Results().RunSearch(wxT("kwispeltaart")));
  EXPECT_EQ(m_frame->Results().Result().hits.size(), 1u);
}

TEST_F(Workbench, NewProjectFromTheShippedCodebookAndAnAddedCoder) {
  const std::string path = CreateNewProject(m_prompter, {(m_folder / "tweede").string(), "Tweede", "carla", "natuurlijk-mentorschap"});
  ASSERT_EQ(path, (m_folder / "tweede.duiding").string()) << (m_prompter.errors.empty() ? "" : m_prompter.errors[0]);
  ASSERT_TRUE(m_frame->OpenProject(path));
  EXPECT_GT(Project().Codebook().All().size(), 5u);
  EXPECT_EQ(Project().ActingUser().name, "carla");
  EXPECT_TRUE(CreateNewProject(m_prompter, {path, "Nog een", "carla", ""}).empty());  // the file exists
  EXPECT_EQ(m_prompter.errors.size(), 1u);

  m_prompter.choice = wxT("Add a coder...");
  ASSERT_TRUE(ChooseCoder(m_context, [] { return wxString(wxT("dirk")); }));
  EXPECT_EQ(Project().ActingUser().name, "dirk");
  m_context.SetProject(nullptr);
  ASSERT_TRUE(m_frame->OpenProject(path));
  EXPECT_EQ(Project().ActingUser().name, "dirk");  // remembered for this project
  m_prompter.choice = wxT("carla");
  ASSERT_TRUE(ChooseCoder(m_context, [] { return wxString(); }));
  EXPECT_EQ(Project().ActingUser().name, "carla");
}

}  // namespace
}  // namespace duiding::app

#include <wx/choice.h>
#include <wx/listctrl.h>

// The documents pane grouped by an attribute: a bold header row per value that opens nothing,
// the documents under it opening as before; the choice is remembered and the filter still works.
namespace duiding::app {
namespace {

TEST_F(Workbench, DocumentsGroupedByRegionUnderHeaders) {
  DocumentsPanel& pane = m_frame->Documents();
  wxListCtrl* list = pane.List();
  EXPECT_EQ(pane.GroupBy(), wxString());
  ASSERT_GE(pane.GroupChoice()->GetCount(), 4u);
  EXPECT_EQ(pane.GroupChoice()->GetString(1), wxT("regio"));  // regio and methode before datum and titel
  EXPECT_EQ(pane.GroupChoice()->GetString(2), wxT("methode"));

  pane.SetGroupBy(wxT("regio"));
  EXPECT_EQ(pane.GroupBy(), wxT("regio"));
  EXPECT_EQ(pane.GroupChoice()->GetStringSelection(), wxT("regio"));
  EXPECT_EQ(pane.GroupHeaders(),
            (std::vector<wxString>{wxT("Achterhoek"), wxT("Gelderland-Zuid"), wxT("Noord-Veluwe"), wxT("Rivierenland")}));
  EXPECT_EQ(pane.RowCount(), 4);
  EXPECT_EQ(list->GetItemCount(), 8);
  EXPECT_TRUE(pane.IsGroupHeader(0));
  EXPECT_EQ(list->GetItemText(0), wxT("Achterhoek (1)"));
  EXPECT_EQ(list->GetItemFont(0).GetWeight(), wxFONTWEIGHT_BOLD);
  EXPECT_EQ(wxConfigBase::Get()->Read(wxT("/DocumentsPane/GroupBy"), wxString()), wxT("regio"));

  // Sanne's interview sits under Rivierenland; clicking the header opens nothing.
  const RowId sanne = Project().ResolveDocument("interview-jongere-sanne").id;
  const auto& rows = pane.Documents();
  const long row = std::find(rows.begin(), rows.end(), sanne) - rows.begin();
  ASSERT_LT(row, pane.RowCount());
  const long item = pane.ItemOfRow(row);
  ASSERT_GE(item, 1);
  ASSERT_TRUE(pane.IsGroupHeader(item - 1));
  EXPECT_EQ(list->GetItemText(item - 1), wxT("Rivierenland (1)"));
  const RowId before = m_frame->Transcript().Document();
  ASSERT_NE(before, sanne);
  list->SetItemState(item - 1, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  Pump();
  EXPECT_EQ(list->GetItemState(item - 1, wxLIST_STATE_SELECTED), 0);
  EXPECT_EQ(m_frame->Transcript().Document(), before);
  list->SetItemState(item, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);  // as a click on the row does
  Pump();
  EXPECT_EQ(m_frame->Transcript().Document(), sanne);
  OpenDocument("interview-ouder-moeder");  // rows still open by their document order

  // The filter keeps only matching documents, and only their groups.
  pane.SetFilter(wxT("moeder"));
  Pump();
  EXPECT_EQ(pane.GroupHeaders(), (std::vector<wxString>{wxT("Gelderland-Zuid")}));
  EXPECT_EQ(pane.RowCount(), 1);
  EXPECT_EQ(list->GetItemCount(), 2);
  EXPECT_EQ(list->GetItemState(1, wxLIST_STATE_SELECTED), wxLIST_STATE_SELECTED);  // the open document stays selected
  pane.SetFilter(wxEmptyString);
  Pump();

  // A new pane (the next session) groups as chosen; no grouping lists the documents alone.
  auto* again = new DocumentsPanel(m_frame, m_context);
  again->ProjectChanged(Change::Documents);
  EXPECT_EQ(again->GroupBy(), wxT("regio"));
  EXPECT_EQ(again->List()->GetItemCount(), 8);
  again->Destroy();
  pane.SetGroupBy(wxEmptyString);
  EXPECT_TRUE(pane.GroupHeaders().empty());
  EXPECT_EQ(list->GetItemCount(), 4);
  EXPECT_FALSE(pane.IsGroupHeader(0));
  EXPECT_EQ(wxConfigBase::Get()->Read(wxT("/DocumentsPane/GroupBy"), wxT("?")), wxString());
}

}  // namespace
}  // namespace duiding::app

#include <wx/dnd.h>
#include <wx/treectrl.h>

#include "app/lane_margins.h"
#include "app/passage_drag.h"
#include "app/project_search.h"

namespace duiding::app {
namespace {

// The drop handler as the tree's drop target calls it: a transcript passage dropped on a code
// is coded with it; text from elsewhere codes nothing; a category says why not.
TEST_F(Workbench, DroppingTheTranscriptSelectionOnACodeCodesIt) {
  OpenDocument("interview-jongere-sanne");
  const std::string quote = "Ik schaamde me echt kapot.";
  SelectQuote(quote);
  const Selection selection = m_context.CurrentSelection();
  wxTreeCtrl* tree = m_frame->Codebook().Tree();
  auto* target = dynamic_cast<wxTextDropTarget*>(tree->GetDropTarget());
  ASSERT_NE(target, nullptr);
  const duiding::Code schaamte = Project().Codebook().Resolve("Barrières/Schaamte");
  m_frame->Codebook().Select(schaamte);
  wxRect row;
  ASSERT_TRUE(tree->GetBoundingRect(tree->GetSelection(), row, true));
  const wxPoint on(row.x + row.width / 2, row.y + row.height / 2);

  EXPECT_FALSE(target->OnDropText(on.x, on.y, wxT("tekst van elders")));  // no drag from the transcript
  StartPassageDrag(selection, wxString::FromUTF8(quote));
  EXPECT_FALSE(target->OnDropText(on.x, on.y, wxT("tekst van elders")));
  StartPassageDrag(selection, wxString::FromUTF8(quote));
  EXPECT_TRUE(target->OnDropText(on.x, on.y, wxString::FromUTF8(quote)));
  Pump();
  const auto codings = CodingsOf("Barrières/Schaamte");
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(codings[0].quote, quote);
  EXPECT_EQ(codings[0].coding.start, selection.start);
  EXPECT_EQ(m_frame->Transcript().Model()->Marks().size(), 1u);

  project::CodeEdit category;
  category.isCodable = false;
  Project().EditCode("Kansen", category);
  m_context.Notify(Change::Codebook);
  EXPECT_FALSE(m_frame->Codebook().DropPassage(selection, Project().Codebook().Resolve("Kansen")));
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("category"), std::string::npos) << m_prompter.errors[0];
  EXPECT_TRUE(CodingsOf("Kansen").empty());
}

// Overlapping codings get a bracket each, in a lane of their own beside the code names.
TEST_F(Workbench, MarginDrawsOneBracketStripePerLane) {
  OpenDocument("interview-jongere-sanne");
  wxStyledTextCtrl* editor = m_frame->Transcript().Editor();
  EXPECT_EQ(m_frame->Transcript().Lanes().Width(), 0);
  const std::size_t byte = SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(Project().Codebook().Resolve("Barrières/Schaamte")));
  SelectQuote("schaamde me");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(Project().Codebook().Resolve("Kansen")));
  constexpr int first = LaneMargins::kFirstMargin;
  EXPECT_GT(editor->GetMarginWidth(first), 0);
  EXPECT_GT(editor->GetMarginWidth(first + 1), 0);
  EXPECT_EQ(editor->GetMarginWidth(first + 2), 0);
  const int line = editor->LineFromPosition(static_cast<int>(byte));
  const int markers = editor->MarkerGet(line);
  EXPECT_NE(markers & editor->GetMarginMask(first), 0);
  EXPECT_NE(markers & editor->GetMarginMask(first + 1), 0);
  EXPECT_EQ(editor->GetMarginMask(first) & editor->GetMarginMask(first + 1), 0);
  EXPECT_GT(editor->GetMarginWidth(0), 0);  // the code names stay
}

// The index follows changes in the background; a search waits for it only when it is behind,
// and a window closed while it syncs stops it cleanly.
TEST_F(Workbench, SearchRightAfterCodingFindsItAndClosingStopsTheIndexWorker) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(Project().Codebook().Resolve("Barrières/Schaamte")));
  IndexSync& index = m_frame->Results().Index();
  EXPECT_TRUE(index.Running());
  EXPECT_TRUE(index.Behind());
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("code:schaamte kapot")));
  EXPECT_FALSE(index.Behind());
  ASSERT_EQ(m_frame->Results().Result().hits.size(), 1u);
  EXPECT_TRUE(m_prompter.errors.empty());

  fs::remove_all(m_folder / "index");  // the next sync rebuilds it: long enough to be under way
  index.RequestSync();
  m_frame->Destroy();
  wxTheApp->ProcessIdle();
  EXPECT_TRUE(m_prompter.errors.empty());
  m_frame = new MainFrame(m_context, *m_recent);  // on the open project: starts a worker of its own
  m_frame->Show();
  Pump();
  EXPECT_TRUE(m_frame->Results().Index().Running());
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("code:schaamte kapot")));
  EXPECT_EQ(m_frame->Results().Result().hits.size(), 1u);
}

// Cancel reaches ComputeAgreement itself: it stops at the stage where it was asked to, shows no
// result and no error, and the panel computes again afterwards.
TEST_F(AgreementView, ACancelStopsTheComputationAndThePanelStaysUsable) {
  m_frame->ShowAgreement();
  Panel().SetCoders({"anna", "bram"});
  Panel().SetUnit(project::UnitKind::Turn);
  std::vector<std::string> stages;  // written on the worker, read after it ended
  Panel().Task().SetObserver([&stages](const ProgressState& state, TaskProgress& progress) {
    if (stages.empty() || stages.back() != state.stage) stages.push_back(state.stage);
    if (state.stage == "character level") progress.Cancel();
  });
  ASSERT_TRUE(Panel().Compute());
  WaitFor(Panel().Task());
  ASSERT_FALSE(stages.empty());
  EXPECT_EQ(stages.back(), "character level");  // nothing after the cancel
  EXPECT_EQ(Panel().Report(), nullptr);
  EXPECT_EQ(Panel().CodeRowCount(), 0);
  EXPECT_EQ(Panel().DisagreementRowCount(), 0);
  EXPECT_EQ(m_frame->GetStatusBar()->GetStatusText(0), wxT("Stopped; nothing was changed."));
  EXPECT_TRUE(m_prompter.errors.empty());
  EXPECT_TRUE(m_frame->IsEnabled());

  Panel().Task().SetObserver({});
  Compute();
  EXPECT_EQ(Panel().CodeRowCount(), 2);
  EXPECT_TRUE(m_prompter.errors.empty());
}

// File > Export quote report returns at once; the file appears when the worker is done, and a
// cancel before writing leaves no file.
TEST_F(Workbench, QuoteReportIsWrittenInTheBackground) {
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyQuickCode(2));
  FileExport& exporter = m_frame->QuoteReports();

  const fs::path stopped = m_folder / "gestopt.html";
  exporter.Task().SetObserver([](const ProgressState& state, TaskProgress& progress) {
    if (state.stage == "writing") progress.Cancel();
  });
  ASSERT_TRUE(exporter.Export(stopped.string()));
  WaitFor(exporter.Task());
  EXPECT_FALSE(fs::exists(stopped));
  EXPECT_EQ(m_frame->GetStatusBar()->GetStatusText(0), wxT("Stopped; nothing was changed."));
  exporter.Task().SetObserver({});

  const fs::path file = m_folder / "citaten.html";
  ASSERT_TRUE(exporter.Export(file.string()));
  EXPECT_TRUE(exporter.Task().Busy());  // the call returned; the window goes on
  EXPECT_FALSE(exporter.Export((m_folder / "tweede.html").string()));  // one at a time
  ASSERT_EQ(m_prompter.infos.size(), 1u);
  WaitFor(exporter.Task());
  ASSERT_TRUE(fs::exists(file));
  std::ifstream in(file);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("Ik schaamde me echt kapot."), std::string::npos);
  EXPECT_FALSE(fs::exists(m_folder / "tweede.html"));
  EXPECT_TRUE(m_frame->GetStatusBar()->GetStatusText(0).Contains(wxT("citaten.html")))
      << m_frame->GetStatusBar()->GetStatusText(0);
  EXPECT_TRUE(m_prompter.errors.empty());
}

}  // namespace
}  // namespace duiding::app

namespace duiding::app {
namespace {

// The results pane's second page: picking a code in the codebook lists its coded fragments
// (document, speaker, coder, quote), follows new codings, and a row shows its range in the
// transcript; the search page keeps working beside it.
TEST_F(Workbench, PickingACodeListsItsCodedFragmentsThatJumpToTheTranscript) {
  const duiding::Code schaamte = Project().Codebook().Resolve("Barrières/Schaamte");
  OpenDocument("interview-ouder-moeder");
  SelectQuote("Ik schaamde me eerst kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(schaamte));
  OpenDocument("interview-jongere-sanne");
  SelectQuote("Ik schaamde me echt kapot.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(schaamte));
  SelectQuote("Ik wilde niet dat iemand het wist.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(Project().Codebook().Resolve("Kansen")));
  ResultsPanel& results = m_frame->Results();
  EXPECT_EQ(results.CurrentPage(), ResultsPanel::kSearchPage);

  m_frame->Codebook().Select(Project().Codebook().Resolve("Kansen"));
  m_frame->Codebook().Select(schaamte);  // as a click in the tree
  Pump();
  EXPECT_EQ(results.CurrentPage(), ResultsPanel::kFragmentsPage);
  EXPECT_EQ(results.FragmentsCode(), schaamte.guid);
  ASSERT_EQ(results.Fragments().size(), 2u);
  const wxString sanne = results.FragmentRowText(0), moeder = results.FragmentRowText(1);
  EXPECT_TRUE(sanne.StartsWith(wxT("interview-jongere-sanne | "))) << sanne;
  EXPECT_TRUE(sanne.EndsWith(wxT(" | anna | Ik schaamde me echt kapot."))) << sanne;
  EXPECT_TRUE(moeder.StartsWith(wxT("interview-ouder-moeder | Moeder"))) << moeder;
  EXPECT_TRUE(moeder.EndsWith(wxT("| Ik schaamde me eerst kapot."))) << moeder;

  results.ActivateFragment(1);
  const project::Fragment& fragment = results.Fragments()[1];
  EXPECT_EQ(m_frame->Transcript().Document(), Project().ResolveDocument("interview-ouder-moeder").id);
  EXPECT_EQ(m_context.CurrentSelection().start, fragment.coding.start);
  EXPECT_EQ(m_context.CurrentSelection().end, fragment.coding.end);

  SelectQuote("De volgende dag durfde ik haar niet aan te kijken.");
  ASSERT_TRUE(m_frame->Commands().ApplyCode(schaamte));  // the page follows new codings
  EXPECT_EQ(results.Fragments().size(), 3u);
  ASSERT_TRUE(m_frame->Commands().Undo());
  EXPECT_EQ(results.Fragments().size(), 2u);

  ASSERT_TRUE(results.RunSearch(wxT("schaamde")));  // the search page is still there
  EXPECT_EQ(results.CurrentPage(), ResultsPanel::kSearchPage);
  EXPECT_GE(results.Result().hits.size(), 2u);
  EXPECT_EQ(results.Fragments().size(), 2u);
  ASSERT_TRUE(m_frame->ShowSelectedCodeFragments());  // Code > Show the selected code's fragments
  Pump();
  EXPECT_EQ(results.CurrentPage(), ResultsPanel::kFragmentsPage);
  EXPECT_EQ(results.FragmentsCode(), schaamte.guid);
  EXPECT_TRUE(m_prompter.errors.empty());
}

}  // namespace
}  // namespace duiding::app
