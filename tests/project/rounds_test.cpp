// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <functional>

#include "tests/project/kind_of.h"
#include "import/plain_text.h"
#include "model/error.h"
#include "project/agreement.h"
#include "project/project.h"
#include "project/reliability_table.h"
#include "tests/store/temp_dir.h"

namespace duiding::project {
namespace {

using duiding::testing::KindOf;

class RoundsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Project lead = Project::Create(Lead(), "Mentorschap", "lead");
    lead.AddDocuments({import::ImportPlainUtf8Bytes(
                           "moeder.txt",
                           "I: Vraagt u weleens hulp aan \u00e9\u00e9n van de grootouders?\n"
                           "M: Nee, ik schaam me. Ik wil niemand tot last zijn \U0001F605.\n"
                           "M: 's Avonds is het zwaar; de buurvrouw helpt soms.\n"),
                       import::ImportPlainUtf8Bytes("jongere.txt",
                                                    "I: Wie zou je om hulp vragen?\nJ: Mijn coach van voetbal.\n")});
    for (const char* coder : {"anna", "bram", "chris"}) lead.AddUser(coder);
    lead.AddCode({"Drempels"});
    lead.AddCode({"Schaamte", "Drempels"});
    lead.AddCode({"Tot last zijn", "Drempels"});
    lead.AddCode({"Steunfiguur"});
    lead.ActAs("anna");
    m_early = lead.AddCoding({"moeder", "Schaamte", {}, {}, "ik schaam me", {}}, "").guid;  // before the round
  }
  std::string Lead() const { return m_dir.File("lead.duiding"); }
  std::string Package(const std::string& coder) const { return m_dir.File(coder + ".duiding"); }

  testing::TempDir m_dir;
  std::string m_early;
};

TEST_F(RoundsTest, PackageHoldsOnlyItsCodersWorkAndAFreshHistory) {
  {
    Project lead = Project::Open(Lead(), store::OpenMode::ReadWrite);
    lead.ActAs("bram");
    lead.AddCoding({"moeder", "Tot last zijn", {}, {}, "niemand tot last", {}}, "bram's eerdere codering");
  }
  Project lead = Project::Open(Lead(), store::OpenMode::ReadOnly);
  const PackageReport report = lead.MakeCoderPackage("anna", Package("anna"));
  EXPECT_EQ(report.codingsKept, 1);
  EXPECT_EQ(report.codingsHidden, 1);
  struct stat info {};
  ASSERT_EQ(stat(Package("anna").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  Project package = Project::Open(Package("anna"), store::OpenMode::ReadOnly);
  EXPECT_NE(package.Store().Info().guid, lead.Store().Info().guid);  // its own search index
  ASSERT_EQ(package.Store().Codings({}).size(), 1u);
  EXPECT_EQ(package.Store().Codings({}).front().guid, m_early);
  for (const ChangeSet& set : package.Store().ChangeSets(100))
    for (const ChangeOp& op : package.Store().ChangeOps(set.id))
      EXPECT_EQ(op.before.find("eerdere codering"), std::string::npos) << "the log shows another coder's work";
  EXPECT_TRUE(package.UndoRedoStacks().undo.empty());
  EXPECT_EQ(package.Store().Documents().size(), 2u);
  EXPECT_EQ(package.Codebook().All().size(), 4u);
}

TEST_F(RoundsTest, ThreeCodersCodeBlindAndTheLeadMergesThemBack) {
  {
    Project lead = Project::Open(Lead(), store::OpenMode::ReadOnly);
    for (const char* coder : {"anna", "bram", "chris"}) lead.MakeCoderPackage(coder, Package(coder));
  }
  {
    Project anna = Project::Open(Package("anna"), store::OpenMode::ReadWrite);
    anna.ActAs("anna");
    anna.AddCoding({"moeder", "Tot last zijn", {}, {}, "niemand tot last zijn", {}}, "");
    anna.RemoveCodingByGuid(m_early);  // she changed her mind
    anna.AddCoding({"jongere", "Steunfiguur", {}, {}, "Mijn coach van voetbal", {}}, "");
  }
  {
    Project bram = Project::Open(Package("bram"), store::OpenMode::ReadWrite);
    bram.ActAs("bram");
    bram.AddCoding({"moeder", "Schaamte", {}, {}, "ik schaam me", {}}, "");
    bram.AddCoding({"moeder", "Tot last zijn", {}, {}, "niemand tot last", {}}, "");
    // An in-vivo code of his own travels back with its coding.
    bram.InVivoCode({"jongere", "", {}, {}, "coach van voetbal", {}}, std::string("Steunfiguur"));
  }
  {
    Project chris = Project::Open(Package("chris"), store::OpenMode::ReadWrite);
    chris.ActAs("chris");
    chris.AddCoding({"moeder", "Schaamte", {}, {}, "Nee, ik schaam me", {}}, "");
  }
  Project lead = Project::Open(Lead(), store::OpenMode::ReadWrite);
  const std::int64_t before = lead.Store().Count().changeSets;
  const PackageMergeReport a = lead.MergeCoderPackage(Package("anna"));
  EXPECT_EQ(a.coder.name, "anna");
  EXPECT_EQ(a.added, 2);
  EXPECT_EQ(a.removed, 1);
  EXPECT_TRUE(a.conflicts.empty());
  const PackageMergeReport b = lead.MergeCoderPackage(Package("bram"));
  EXPECT_EQ(b.added, 3);
  EXPECT_EQ(b.codesAdded, 1);
  const PackageMergeReport c = lead.MergeCoderPackage(Package("chris"));
  EXPECT_EQ(c.added, 1);
  EXPECT_EQ(lead.Store().Count().changeSets, before + 3);  // one change per package
  // Every coding keeps its coder; merging again changes nothing.
  std::map<std::string, int> perCoder;
  for (const auto& q : lead.Codings({})) perCoder[lead.Store().Users().at(static_cast<std::size_t>(q.coding.coder - 1)).name]++;
  EXPECT_EQ(perCoder["anna"], 2);
  EXPECT_EQ(perCoder["bram"], 3);
  EXPECT_EQ(perCoder["chris"], 1);
  EXPECT_EQ(lead.MergeCoderPackage(Package("bram")).unchanged, 3);
  EXPECT_EQ(lead.Codebook().PathOf(lead.Codebook().Resolve("coach van voetbal").id), "Steunfiguur/coach van voetbal");
  // The merge is one undoable change.
  lead.Undo();  // the repeated (empty) merge
  lead.Undo();  // chris
  EXPECT_EQ(lead.Store().Codings({}).size(), 5u);
  // And agreement over the merged work names all three.
  lead.Redo();
  const AgreementReport agreement = ComputeAgreement(lead, {});
  EXPECT_EQ(agreement.coders.size(), 3u);
}

TEST_F(RoundsTest, ForeignFilesAndChangedDocumentsAreReported) {
  const std::string other = m_dir.File("ander.duiding");
  Project::Create(other, "Ander", "lead");
  Project lead = Project::Open(Lead(), store::OpenMode::ReadWrite);
  const std::int64_t before = lead.Store().Count().changeSets;
  EXPECT_EQ(KindOf([&] { lead.MergeCoderPackage(other); }), ErrorKind::Input);
  EXPECT_EQ(lead.Store().Count().changeSets, before);
  EXPECT_EQ(KindOf([&] { lead.MakeCoderPackage("niemand", Package("x")); }), ErrorKind::NotFound);
  EXPECT_EQ(KindOf([&] { lead.MakeCoderPackage("anna", Lead()); }), ErrorKind::Input);  // never overwrites
}

TEST(ReliabilityTable, ReadsUnitsCodersAndCategories) {
  testing::TempDir dir;
  const std::string path = dir.Write("data.csv",
                                     "eenheid;anna;bram;chris\n"
                                     "1;schaamte;schaamte;\n"
                                     "2;tot last zijn;schaamte;tot last zijn\n"
                                     "3;;geen;geen\n");
  const ReliabilityTable t = ReadReliabilityTable(path, agreement::Level::Nominal);
  EXPECT_EQ(t.coders, (std::vector<std::string>{"anna", "bram", "chris"}));
  EXPECT_EQ(t.units, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(t.data.categories, (std::vector<std::string>{"schaamte", "tot last zijn", "geen"}));
  ASSERT_EQ(t.data.units.size(), 3u);
  EXPECT_EQ(t.data.units[0][2], std::nullopt);
  EXPECT_EQ(t.data.units[1][0], 1u);
  const std::string numbers = dir.Write("getallen.csv", "a,b\n10,9\n2,2\n\"3,5\",3\n");
  const ReliabilityTable n = ReadReliabilityTable(numbers, agreement::Level::Interval);
  EXPECT_EQ(n.data.categories, (std::vector<std::string>{"2", "3", "3,5", "9", "10"}));  // numeric, not lexical
  EXPECT_EQ(n.data.numbers, (std::vector<double>{2, 3, 3.5, 9, 10}));
  EXPECT_EQ(KindOf([&] { ReadReliabilityTable(path, agreement::Level::Interval); }), ErrorKind::Input);
  const ReliabilityTable o = ReadReliabilityTable(path, agreement::Level::Ordinal, {"geen", "schaamte", "tot last zijn"});
  EXPECT_EQ(o.data.categories.front(), "geen");
}

// A Progress that records every report and cancels after `cancelAfter` of them (0: never).
class RecordingProgress : public Progress {
 public:
  explicit RecordingProgress(std::size_t cancelAfter = 0) : m_cancelAfter(cancelAfter) {}
  void Report(const ProgressState& state) override { reports.push_back(state); }
  bool CancelRequested() override { return m_cancelAfter && reports.size() >= m_cancelAfter; }
  std::vector<ProgressState> reports;

 private:
  std::size_t m_cancelAfter;
};

TEST_F(RoundsTest, AgreementStopsAtTheFirstReportWhenCancelled) {
  Project lead = Project::Open(Lead(), store::OpenMode::ReadWrite);
  lead.ActAs("bram");
  lead.AddCoding({"moeder", "Schaamte", {}, {}, "ik schaam me", {}}, "");
  RecordingProgress progress(1);
  EXPECT_EQ(KindOf([&] { ComputeAgreement(lead, {}, &progress); }), ErrorKind::Cancelled);
  EXPECT_EQ(progress.reports.size(), 1u);
  EXPECT_EQ(ComputeAgreement(lead, {}).coders.size(), 2u);  // without a Progress, as before
}

TEST_F(RoundsTest, AgreementReportsEveryStageInOrderAndMonotonically) {
  Project lead = Project::Open(Lead(), store::OpenMode::ReadWrite);
  lead.ActAs("bram");
  lead.AddCoding({"moeder", "Schaamte", {}, {}, "ik schaam me", {}}, "");
  lead.AddCoding({"moeder", "Tot last zijn", {}, {}, "niemand tot last", {}}, "");
  lead.ActAs("anna");
  lead.AddCoding({"jongere", "Steunfiguur", {}, {}, "Mijn coach", {}}, "");
  lead.ActAs("bram");
  lead.AddCoding({"jongere", "Steunfiguur", {}, {}, "coach van voetbal", {}}, "");
  RecordingProgress progress;
  const AgreementReport report = ComputeAgreement(lead, {}, &progress);
  EXPECT_EQ(report.documents.size(), 2u);
  ASSERT_FALSE(progress.reports.empty());
  std::vector<std::string> stages;
  for (std::size_t i = 0; i < progress.reports.size(); ++i) {
    const ProgressState& now = progress.reports[i];
    EXPECT_LE(now.itemsDone, now.itemsTotal) << now.stage;
    if (stages.empty() || stages.back() != now.stage) {
      EXPECT_EQ(std::find(stages.begin(), stages.end(), now.stage), stages.end()) << now.stage << " came back";
      stages.push_back(now.stage);
    } else {
      EXPECT_GE(now.itemsDone, progress.reports[i - 1].itemsDone) << now.stage;
      EXPECT_EQ(now.itemsTotal, progress.reports[i - 1].itemsTotal) << now.stage;
    }
  }
  EXPECT_EQ(stages, (std::vector<std::string>{"documents", "units", "character level", "segments", "unitizing",
                                              "disagreements"}));
  // Each counted stage ends complete: every document or code (and domain) done.
  for (std::size_t i = 0; i + 1 < progress.reports.size(); ++i) {
    if (progress.reports[i + 1].stage != progress.reports[i].stage) {
      EXPECT_EQ(progress.reports[i].itemsDone, progress.reports[i].itemsTotal) << progress.reports[i].stage;
    }
  }
  const auto last = [&](const std::string& stage) {
    ProgressState found;
    for (const ProgressState& s : progress.reports)
      if (s.stage == stage) found = s;
    return found;
  };
  EXPECT_EQ(last("units").itemsTotal, 2u);                             // documents
  EXPECT_EQ(last("character level").itemsTotal, report.codes.size());  // codes
  EXPECT_EQ(last("unitizing").itemsTotal, report.codes.size() + report.domains.size());
  EXPECT_EQ(progress.reports.back().itemsDone, progress.reports.back().itemsTotal);
}

}  // namespace
}  // namespace duiding::project
