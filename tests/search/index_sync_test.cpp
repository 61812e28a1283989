// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The index as a cache of the store: incremental syncs, rebuilds and the consistency check, the
// worker thread beside a searcher, and the index's document file (wiped records, a file mostly
// dead built anew, damage).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <xapian.h>

#include "model/error.h"
#include "search/document_file.h"
#include "search/index_terms.h"
#include "search/index_worker.h"
#include "search/project_synonyms.h"
#include "tests/search/index_fixture.h"

namespace duiding::search {
namespace {

TEST_F(IndexTest, IncrementalSyncRebuildAndCheck) {
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
  const RowId third = AddTranscript("interview-vader", "Vader: Het is een last.\n", "Food Valley", "ouder");
  IndexReport check = CheckIndex(*m_store, m_folder);
  EXPECT_EQ(check.missing, 1u);
  IndexReport sync = SyncIndex(*m_store, m_folder);
  EXPECT_EQ(sync.indexed, 1u);
  EXPECT_FALSE(sync.rebuilt);
  EXPECT_EQ(Find("last").hits.size(), 4u);
  {  // an attribute changes: the document is stale, then re-indexed
    auto tx = m_store->Begin("regio", m_anna);
    m_store->SetValue(Variable("regio"), {std::nullopt, third}, std::string("Noord-Veluwe"));
    tx.Commit();
  }
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 1u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  EXPECT_TRUE(Find("last spreker:oma").hits.empty());
  {  // a speaker joins the turns: the document is stale too ("spreker:" looks at the index first)
    auto tx = m_store->Begin("beurt", m_anna);
    m_store->AddTurn({third, 7, 23, "Oma", std::nullopt, std::nullopt, std::nullopt});
    tx.Commit();
  }
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 1u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  EXPECT_EQ(Find("last spreker:oma").hits.size(), 1u);
  {  // a turn of a speaker already there: the index keeps the turns, so stale as well
    auto tx = m_store->Begin("beurt", m_anna);
    m_store->AddTurn({third, 12, 23, "Oma", 42000, std::nullopt, std::nullopt});
    tx.Commit();
  }
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 1u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  ASSERT_EQ(Find("last spreker:oma").hits.size(), 1u);
  EXPECT_EQ(Find("last spreker:oma").hits[0].timestampMs, std::int64_t{42000});
  EXPECT_EQ(Find("last spreker:oma").hits[0].turnStart, 12u);
  {
    auto tx = m_store->Begin("delete", m_anna);
    m_store->DeleteDocument(third);
    tx.Commit();
  }
  EXPECT_EQ(CheckIndex(*m_store, m_folder).extra, 1u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).removed, 1u);
  EXPECT_EQ(Find("last").hits.size(), 3u);
  const IndexReport rebuilt = RebuildIndex(*m_store, m_folder);
  EXPECT_TRUE(rebuilt.rebuilt);
  EXPECT_EQ(rebuilt.indexed, 2u);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
}


// Codings are not in the index: a sync after coding changes only has to see that, not compare
// every document. A change the log does not describe (turns) still makes it compare.
TEST_F(IndexTest, CodingChangesNeedNoComparisonButOtherChangesStillDo) {
  Code code;
  code.name = "Schaamte";
  {
    auto tx = m_store->Begin("code", m_anna);
    code = m_store->AddCode(code);
    m_store->AddCoding({0, "", m_interview, code.id, m_anna, 0, 10, "", ""});
    tx.Commit();
  }
  EXPECT_TRUE(m_store->OnlyChangedSince(m_store->ChangeSets(2).back().guid, {"coding", "code", "memo"}));
  EXPECT_FALSE(m_store->OnlyChangedSince(m_store->ChangeSets(2).back().guid, {"coding"}));
  EXPECT_FALSE(m_store->OnlyChangedSince("no-such-change-set", {"coding", "code", "memo"}));
  IndexReport sync = SyncIndex(*m_store, m_folder);
  EXPECT_EQ(sync.indexed, 0u);
  EXPECT_EQ(sync.documents, 2u);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
  EXPECT_EQ(Find("last code:schaamte").hits.size(), 0u);  // the coding covers the first 10 code points
  {  // a coding, then a turn in a change of its own (not in the log): the turn is seen
    auto tx = m_store->Begin("coding", m_anna);
    m_store->AddCoding({0, "", m_interview, code.id, m_anna, 10, 20, "", ""});
    tx.Commit();
  }
  {
    auto tx = m_store->Begin("beurt", m_anna);
    m_store->AddTurn({m_interview, 3, 9, "Moeder", 5000, std::nullopt, std::nullopt});
    tx.Commit();
  }
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 1u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
}


// A transcript imported while a sync runs (as the worker syncs on its own connection) is not
// taken for synced: the sync records the change set it read the project at, so the next one
// indexes it.
TEST_F(IndexTest, AChangeCommittedDuringASyncIsLeftForTheNextOne) {
  class ImportMidway : public Progress {
   public:
    explicit ImportMidway(std::function<void()> import) : m_import(std::move(import)) {}
    void Report(const ProgressState& state) override {
      if (state.itemsDone == 0 && !state.item.empty() && !m_done) m_import();
      m_done = m_done || !state.item.empty();
    }
    bool CancelRequested() override { return false; }

   private:
    std::function<void()> m_import;
    bool m_done = false;
  };
  AddTranscript("interview-oma", "Oma: Ik help graag.\n", "Achterhoek", "netwerk");  // something to index
  ImportMidway progress([&] { AddTranscript("interview-vader", "Vader: Een last.\n", "Achterhoek", "ouder"); });
  const auto reader = store::Store::Open(m_dir.File("p.duiding"), store::OpenMode::ReadOnly);
  EXPECT_EQ(SyncIndex(*reader, m_folder, &progress).indexed, 1u);  // the transcript of before
  EXPECT_EQ(CheckIndex(*m_store, m_folder).missing, 1u);             // the one imported meanwhile
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
}


TEST_F(IndexTest, TheWorkerThreadSyncsWhileThisThreadSearches) {
  const std::string folder = m_dir.File("index-worker");
  IndexWorker worker(m_dir.File("p.duiding"), folder);
  worker.RequestSync();
  EXPECT_EQ(worker.WaitIdle().indexed, 2u);
  Searcher searcher(*m_store, folder);  // this thread's reader
  SearchOptions options;
  EXPECT_EQ(searcher.Search("last", options).hits.size(), 3u);
  AddTranscript("interview-vader", "Vader: Het is een last 😔.\n", "Food Valley", "ouder");
  worker.RequestSync();
  worker.RequestSync();  // two requests, served by one sync or two
  EXPECT_EQ(worker.WaitIdle().removed, 0u);
  EXPECT_EQ(searcher.Search("last", options).hits.size(), 4u);  // the reader reopened
  EXPECT_TRUE(CheckIndex(*m_store, folder).Consistent());
}


// A sync may build the index anew in a fresh folder (a changed synonym list, a damaged file)
// while the workbench's searcher has the old one open: its next search reads the new one.
TEST_F(IndexTest, ASearcherOpenAcrossARebuildReadsTheNewIndex) {
  Searcher searcher(*m_store, m_folder);
  EXPECT_EQ(searcher.Search("last").hits.size(), 3u);
  AddTranscript("interview-vader", "Vader: Het is een last 😔, echt een last.\n", "Food Valley", "ouder");
  EXPECT_TRUE(RebuildIndex(*m_store, m_folder).rebuilt);
  const SearchResult after = searcher.Search("last");
  ASSERT_EQ(after.hits.size(), 5u);
  for (const Hit& h : after.hits) EXPECT_NE(h.Match().find("last"), std::string_view::npos) << h.Match();
  ASSERT_EQ(searcher.Search("echt").hits.size(), 1u);
  EXPECT_EQ(searcher.Search("echt").hits[0].documentName, "interview-vader");
}


TEST_F(IndexTest, AnIndexOfAnotherVersionIsNotReadButRebuilt) {
  {
    Xapian::WritableDatabase db(m_folder, Xapian::DB_OPEN);
    db.set_metadata(terms::kVersionKey, "duiding-index-0");
    db.commit();
  }
  try {
    Searcher searcher(*m_store, m_folder);
    FAIL() << "read an index of another version";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Io);
    EXPECT_NE(std::string(e.what()).find("another version"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(SyncIndex(*m_store, m_folder).rebuilt);
  EXPECT_EQ(Find("last").hits.size(), 3u);
}


TEST_F(IndexTest, ADamagedIndexIsBuiltAfresh) {
  for (const auto& entry : std::filesystem::directory_iterator(m_folder))
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "kapot";
  const IndexReport r = SyncIndex(*m_store, m_folder);
  EXPECT_TRUE(r.rebuilt);
  EXPECT_EQ(r.indexed, 2u);
  EXPECT_EQ(Find("last").hits.size(), 3u);
}


// The index keeps its own copy of each transcript's text (for the contexts). A transcript
// deleted leaves nothing of its text or name in it once the index is synced: interview data
// taken out of the project must not stay behind in a cache. One re-indexed is there once.
TEST_F(IndexTest, ADeletedTranscriptLeavesNothingInTheIndexsCopy) {
  const RowId jansen = AddTranscript("interview-jansen", "Moeder: Mevrouw Jansen uit Zutphen belde de buurvrouw.\n",
                                     "Achterhoek", "ouder");
  SyncIndex(*m_store, m_folder);
  const auto count = [&](const std::string& word) {
    std::ifstream in(m_folder + "/" + kDocumentFileName, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::size_t n = 0;
    for (std::size_t at = bytes.find(word); at != std::string::npos; at = bytes.find(word, at + 1)) ++n;
    return n;
  };
  ASSERT_EQ(count("Zutphen"), 1u);
  ASSERT_EQ(count("interview-jansen"), 1u);
  {  // an attribute changes: the focus group is indexed again, and its old record wiped
    auto tx = m_store->Begin("regio", m_anna);
    m_store->SetValue(Variable("regio"), {std::nullopt, m_focus}, std::string("Noord-Veluwe"));
    tx.Commit();
  }
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 1u);
  EXPECT_EQ(count("steunfiguur"), 1u);
  EXPECT_EQ(Find("steunfiguur").hits.at(0).Match(), "steunfiguur");
  {
    auto tx = m_store->Begin("verwijder", m_anna);
    m_store->DeleteDocument(jansen);
    tx.Commit();
  }
  EXPECT_EQ(SyncIndex(*m_store, m_folder).removed, 1u);
  EXPECT_EQ(count("Zutphen"), 0u);
  EXPECT_EQ(count("interview-jansen"), 0u);
  EXPECT_TRUE(Find("Zutphen").hits.empty());
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
}


// Records replaced leave dead (wiped) bytes in the document file. When a sync would leave more
// of them than half the live ones (a changed synonym list re-indexes every transcript), it
// builds the index anew instead, and the file holds the live records only.
TEST_F(IndexTest, AFileMostlyDeadIsBuiltAnewInsteadOfGrowing) {
  std::string text = "Moeder:";
  for (int i = 0; i < 400; ++i) text += " mijn oma helpt als ik het vraag";
  for (int i = 0; i < 20; ++i) AddTranscript("lang-" + std::to_string(i), text + "\n", "Achterhoek", "ouder");
  const IndexReport first = SyncIndex(*m_store, m_folder);
  EXPECT_EQ(first.indexed, 20u);
  EXPECT_FALSE(first.rebuilt);
  const auto size = [&] { return std::filesystem::file_size(m_folder + "/" + kDocumentFileName); };
  const std::uintmax_t live = size();
  ASSERT_GT(live, 20 * text.size());
  {
    auto tx = m_store->Begin("synoniemen", m_anna);
    m_store->SetSetting(kSynonymsSetting, "oma ~ opa ~ zus\n");
    tx.Commit();
  }
  const IndexReport again = SyncIndex(*m_store, m_folder);
  EXPECT_TRUE(again.rebuilt);
  EXPECT_EQ(again.indexed, 22u);
  EXPECT_LT(size(), live + live / 10);  // not twice as large
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
  EXPECT_EQ(Find("oma doc:lang-3").hits.size(), 100u);  // up to the limit
}


// A document file that cannot be read makes its documents stale to the check, a searcher say
// what to do, and the next sync build the index afresh.
TEST_F(IndexTest, ADamagedDocumentFileIsReportedAndBuiltAfresh) {
  std::filesystem::resize_file(m_folder + "/" + kDocumentFileName, 20);
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 2u);
  try {
    Searcher searcher(*m_store, m_folder);
    FAIL() << "read a damaged document file";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Io);
    EXPECT_NE(std::string(e.what()).find("rebuild"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(SyncIndex(*m_store, m_folder).rebuilt);
  EXPECT_EQ(Find("last").hits.size(), 3u);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
  std::ofstream(m_folder + "/" + kDocumentFileName, std::ios::binary | std::ios::trunc) << "geen kop";
  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 2u);  // not even its header: stale, not an error
}

}  // namespace
}  // namespace duiding::search
