// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/batch.h"

#include <gtest/gtest.h>

#include "model/error.h"
#include "tests/store/temp_dir.h"

namespace duiding::import {
namespace {

using ::duiding::testing::TempDir;

// Records every report and asks to stop after `cancelAfter` of them.
class Recorder : public Progress {
 public:
  explicit Recorder(std::size_t cancelAfter = 1000) : m_cancelAfter(cancelAfter) {}
  void Report(const ProgressState& state) override { states.push_back(state); }
  bool CancelRequested() override { return states.size() >= m_cancelAfter; }
  std::vector<ProgressState> states;

 private:
  std::size_t m_cancelAfter;
};

std::string Name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

TEST(Batch, FoldersAreSearchedForTranscriptsInPathOrder) {
  TempDir dir;
  dir.Write("regio/b-interview.txt", "I: Hoe gaat het?\nR: Goed.\n");
  dir.Write("regio/a-focusgroep.docx", "PK");
  dir.Write("regio/sub/c.vtt", "WEBVTT\n");
  dir.Write("regio/.verborgen/d.txt", "x");
  dir.Write("regio/.e.txt", "x");
  dir.Write("regio/~$f.docx", "x");
  dir.Write("regio/notities.pdf", "%PDF");
  dir.Write("regio/enquete.csv", "id;antwoord\n");
  const std::string single = dir.Write("los.pdf", "%PDF");
  const std::vector<std::string> files = CollectFiles({(dir.Path() / "regio").string(), single});
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(Name(f));
  EXPECT_EQ(names, (std::vector<std::string>{"a-focusgroep.docx", "b-interview.txt", "c.vtt", "los.pdf"}));
}

TEST(Batch, MissingInputsAndEmptyFoldersAreNamed) {
  TempDir dir;
  dir.Write("leeg/notities.pdf", "%PDF");
  try {
    CollectFiles({(dir.Path() / "leeg").string()});
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("leeg: no files to import"), std::string::npos) << e.what();
  }
  EXPECT_THROW(CollectFiles({(dir.Path() / "bestaat-niet.txt").string()}), Error);
}

TEST(Batch, ReportsFilesAndBytesAndAppliesAttributes) {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "I: Wie helpt u?\nR: Mijn oma, één keer per week.\n");
  const std::string b = dir.Write("b.txt", "Moeder: 's Avonds is het zwaar 😔.\n");
  ImportOptions options;
  options.attributes = {{"methode", "interview"}, {"regio", "Achterhoek"}};
  Recorder progress;
  const BatchResult r = ImportBatch({{a, {{"groep", "jongere"}}}, {b, {{"regio", "Rivierenland"}}}}, options, false,
                                    &progress);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].attributes.at("groep"), "jongere");
  EXPECT_EQ(r.documents[0].attributes.at("regio"), "Achterhoek");
  EXPECT_EQ(r.documents[1].attributes.at("regio"), "Rivierenland");  // the file's own value wins
  EXPECT_EQ(r.documents[1].attributes.at("methode"), "interview");
  EXPECT_EQ(r.documents[1].turns.size(), 1u);
  const std::uint64_t total = std::filesystem::file_size(a) + std::filesystem::file_size(b);
  EXPECT_EQ(r.bytes, total);
  ASSERT_EQ(progress.states.size(), 3u);
  EXPECT_EQ(progress.states[0].itemsDone, 0u);
  EXPECT_EQ(progress.states[0].item, a);
  EXPECT_EQ(progress.states[1].bytesDone, std::filesystem::file_size(a));
  EXPECT_EQ(progress.states[2].itemsDone, 2u);
  EXPECT_EQ(progress.states[2].bytesTotal, total);
}

TEST(Batch, BadFilesStopTheBatchUnlessSkipped) {
  TempDir dir;
  const std::string good = dir.Write("goed.txt", "I: Hallo\n");
  const std::string empty = dir.Write("leeg.txt", "");
  const std::string fake = dir.Write("nep.docx", "geen zip");
  try {
    ImportBatch({{good, {}}, {empty, {}}, {fake, {}}}, {}, false);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("leeg.txt"), std::string::npos) << e.what();
  }
  const BatchResult r = ImportBatch({{good, {}}, {empty, {}}, {fake, {}}}, {}, true);
  ASSERT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].rfind(empty, 0), 0u) << r.skipped[0];
  EXPECT_EQ(r.skipped[1].rfind(fake, 0), 0u) << r.skipped[1];
}

TEST(Batch, CancelStopsBeforeTheNextFile) {
  TempDir dir;
  std::vector<BatchItem> items;
  for (int i = 0; i < 5; ++i) items.push_back({dir.Write("t" + std::to_string(i) + ".txt", "R: tekst " + std::to_string(i)), {}});
  Recorder progress(3);
  try {
    ImportBatch(items, {}, false, &progress);
    FAIL() << "not cancelled";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Cancelled);
  }
  EXPECT_EQ(progress.states.back().itemsDone, 2u);
}

TEST(Batch, SurveyExportsNeedTheirColumnsNamed) {
  TempDir dir;
  const std::string csv = dir.Write("enquete.csv", "nr;groep;Wat houdt u tegen?\n1;ouder;Schaamte, denk ik.\n2;jongere;Niets 👍\n");
  try {
    ImportFile(csv);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("--respondent"), std::string::npos) << e.what();
  }
  ImportOptions options;
  options.survey = SurveySpec{"nr", {"Wat houdt u tegen?"}, {"groep"}, 0, "", ""};
  options.attributes = {{"regio", "Food Valley"}};
  const BatchResult r = ImportBatch({{csv, {}}}, options, false);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "Schaamte, denk ik.\n\nNiets 👍");
  EXPECT_EQ(r.documents[0].attributes.at("regio"), "Food Valley");
  EXPECT_EQ(r.documents[0].attributes.at("vraag"), "Wat houdt u tegen?");
  EXPECT_EQ(r.documents[0].sharedCases.at("enquete · 2").at("groep"), "jongere");
}

}  // namespace
}  // namespace duiding::import
