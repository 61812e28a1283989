// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// First-paint benchmark of the transcript pane: a project with one generated Dutch transcript of
// N characters (speaker turns, timestamps) and M codings, opened in the real main window. Times
// asking the transcript pane to show the document until its first wxEVT_STC_PAINTED (target
// <= 150 ms for 300,000 characters and 5,000 codings), against a baseline measured in the same
// run: a bare wxStyledTextCtrl given the same text, no styles or highlights, to its first paint.
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/stc/stc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/main_frame.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/transcript_panel.h"
#include "app/wx_text.h"
#include "tests/bench/generator.h"
#include "text/utf8.h"
#include "workbench/transcript_model.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace duiding;

constexpr int kRepeats = 5;

double Ms(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// The generated transcript cut at the last line end before `characters` code points.
import::ImportedDocument Transcript(std::size_t characters) {
  std::size_t words = characters / 5;
  import::ImportedDocument doc = bench::GenerateTranscript(0, words, 20261123);
  while (text::CountCodePoints(doc.text) < characters) doc = bench::GenerateTranscript(0, words *= 2, 20261123);
  const std::size_t cutByte = doc.text.rfind('\n', text::ByteOffsetOfCodePoint(doc.text, characters)) + 1;
  doc.text.resize(cutByte);
  const std::size_t length = text::CountCodePoints(doc.text);
  std::erase_if(doc.turns, [length](const Turn& t) { return t.start >= length; });
  for (Turn& t : doc.turns) t.end = std::min(t.end, length);
  doc.name = "bench-transcript";
  return doc;
}

// Codings of 20-400 characters at random places, with random codable codes, by the creator.
void AddCodings(project::Project& p, const Document& doc, std::size_t count) {
  std::vector<RowId> codable;
  const project::CodeTree codebook = p.Codebook();
  for (const Code& c : codebook.All())
    if (c.isCodable) codable.push_back(c.id);
  bench::Random random(7);
  std::vector<Coding> codings;
  for (std::size_t i = 0; i < count; ++i) {
    Coding c;
    c.document = doc.id;
    c.code = codable[random.Below(codable.size())];
    c.coder = p.ActingUser().id;
    c.start = random.Below(doc.length - 400);
    c.end = c.start + 20 + random.Below(380);
    codings.push_back(c);
  }
  p.AddCodings(std::move(codings), "benchmark codings");
}

std::string MakeProject(const fs::path& folder, std::size_t characters, std::size_t codings) {
  const std::string path = (folder / "bench.duiding").string();
  project::Project p = project::Project::Create(path, "Benchmark", "anna");
  for (const project::CodeSpec& spec : bench::GeneratedCodebook()) p.AddCode(spec);
  const Document doc = p.AddDocuments({Transcript(characters)}).front();
  AddCodings(p, doc, codings);
  return path;
}

// Runs the event loop until `painted`, at most 5 s. Returns the moment it was.
bool WaitForPaint(const bool& painted) {
  const auto limit = Clock::now() + std::chrono::seconds(5);
  while (!painted && Clock::now() < limit) {
    wxTheApp->ProcessPendingEvents();
    wxYield();
  }
  return painted;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

struct Figures {
  std::vector<double> toPaint, setUp;
};

Figures MeasureWorkbench(app::MainFrame& frame, RowId document) {
  Figures figures;
  bool painted = false;
  wxStyledTextCtrl* editor = frame.Transcript().Editor();
  editor->Bind(wxEVT_STC_PAINTED, [&painted](wxStyledTextEvent& e) { painted = true; e.Skip(); });
  for (int i = 0; i < kRepeats; ++i) {
    frame.Transcript().ShowNothing();
    painted = false;
    WaitForPaint(painted);
    painted = false;
    const auto start = Clock::now();
    frame.Transcript().ShowDocument(document);
    figures.setUp.push_back(Ms(start, Clock::now()));
    if (!WaitForPaint(painted)) return {};
    figures.toPaint.push_back(Ms(start, Clock::now()));
  }
  return figures;
}

Figures MeasureBare(const std::string& text, wxSize size) {
  Figures figures;
  auto* frame = new wxFrame(nullptr, wxID_ANY, wxT("baseline"), wxDefaultPosition, size);
  auto* editor = new wxStyledTextCtrl(frame, wxID_ANY);
  frame->Show();
  bool painted = false;
  editor->Bind(wxEVT_STC_PAINTED, [&painted](wxStyledTextEvent& e) { painted = true; e.Skip(); });
  for (int i = 0; i < kRepeats; ++i) {
    editor->ClearAll();
    painted = false;
    WaitForPaint(painted);
    painted = false;
    const auto start = Clock::now();
    editor->SetText(wxString::FromUTF8(text.data(), text.size()));
    figures.setUp.push_back(Ms(start, Clock::now()));
    if (!WaitForPaint(painted)) break;
    figures.toPaint.push_back(Ms(start, Clock::now()));
  }
  frame->Destroy();
  return figures;
}

std::size_t Option(int argc, char** argv, const std::string& name, std::size_t fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == "--" + name) return std::strtoull(argv[i + 1], nullptr, 10);
  return fallback;
}

int Run(std::size_t characters, std::size_t codings) {
  const fs::path folder = fs::temp_directory_path() / ("duiding-bench-gui-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  setenv("DUIDING_INDEX_DIR", (folder / "index").c_str(), 1);
  delete wxConfigBase::Set(new wxFileConfig(wxT("duiding-bench"), wxEmptyString, app::ToWx((folder / "s.ini").string()),
                                            wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
  const std::string path = MakeProject(folder, characters, codings);
  app::DialogPrompter prompter;
  app::AppContext context(prompter);
  app::RecentProjects recent(*wxConfigBase::Get());
  auto* frame = new app::MainFrame(context, recent);
  frame->Show();
  if (!frame->OpenProject(path)) return 1;
  const RowId document = context.Project().Store().Documents().front().id;
  const auto modelStart = Clock::now();
  const workbench::TranscriptModel model(context.Project(), document);
  const double modelMs = Ms(modelStart, Clock::now());
  const Figures workbench = MeasureWorkbench(*frame, document);
  const wxSize size = frame->Transcript().Editor()->GetSize();
  frame->Hide();
  const Figures bare = MeasureBare(model.Text(), size);
  frame->Destroy();
  wxTheApp->ProcessIdle();
  context.SetProject(nullptr);
  fs::remove_all(folder);
  if (workbench.toPaint.empty() || bare.toPaint.empty()) {
    std::printf("no paint within 5 s: is there a display (xvfb-run)?\n");
    return 1;
  }
  const double ours = Median(workbench.toPaint), baseline = Median(bare.toPaint);
  std::printf("Transcript first paint: %zu characters (%zu lines), %zu codings, median of %d\n",
              text::CountCodePoints(model.Text()), static_cast<std::size_t>(std::count(model.Text().begin(), model.Text().end(), '\n')),
              model.Marks().size(), kRepeats);
  std::printf("  workbench transcript pane: %7.1f ms to first paint (set-up %.1f ms, of it building the view-model ~%.1f ms)\n",
              ours, Median(workbench.setUp), modelMs);
  std::printf("  bare wxStyledTextCtrl:     %7.1f ms to first paint (SetText %.1f ms)\n", baseline, Median(bare.setUp));
  std::printf("  ratio: %.2fx   target <= 150 ms: %s\n", ours / baseline, ours <= 150 ? "met" : "MISSED");
  return 0;
}

class BenchApp : public wxApp {
 public:
  bool OnInit() override { return true; }
};

}  // namespace

int main(int argc, char** argv) {
  const std::size_t characters = Option(argc, argv, "characters", 300000);
  const std::size_t codings = Option(argc, argv, "codings", 5000);
  wxApp::SetInstance(new BenchApp);
  int one = 1;
  char* name[] = {argv[0], nullptr};
  if (!wxEntryStart(one, name) || !wxTheApp->CallOnInit()) return 2;
  const int result = Run(std::max<std::size_t>(characters, 2000), codings);
  wxTheApp->OnExit();
  wxEntryCleanup();
  return result;
}
