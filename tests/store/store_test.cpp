// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "model/error.h"
#include "model/sha256.h"
#include "tests/store/temp_dir.h"
#include "text/utf8.h"

namespace duiding::store {
namespace {

std::string FixedClock() { return "2026-03-12T09:30:00Z"; }

class StoreTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    m_path = GetParam() ? m_dir.File("p.duiding") : ":memory:";
    m_store = Store::Create(m_path, "Mentorschap", "anna", FixedClock);
    m_anna = m_store->Users().front().id;
  }
  Document AddDoc(const std::string& name, const std::string& text) {
    auto tx = m_store->Begin("import", m_anna);
    Document d;
    d.name = name;
    d = m_store->AddDocument(d, text);
    tx.Commit();
    return d;
  }
  testing::TempDir m_dir;
  std::string m_path;
  std::unique_ptr<Store> m_store;
  RowId m_anna = 0;
};

TEST_P(StoreTest, ProjectAndFirstUser) {
  const ProjectInfo info = m_store->Info();
  EXPECT_EQ(info.name, "Mentorschap");
  EXPECT_EQ(info.createdAt, "2026-03-12T09:30:00Z");
  EXPECT_EQ(info.guid.size(), 36u);
  EXPECT_EQ(m_store->Users().size(), 1u);
  EXPECT_EQ(m_store->FindUser("anna")->id, m_anna);
  EXPECT_EQ(m_store->FindUser(m_store->Users().front().guid)->name, "anna");
}

TEST_P(StoreTest, DocumentTextRoundTripsThroughChunks) {
  std::string text;
  for (int i = 0; i < 800; ++i) text += "Eén geïnterviewde zegt 's avonds 👍🏽. ";
  const Document d = AddDoc("interview één", text);
  EXPECT_EQ(d.length, text::CountCodePoints(text));
  EXPECT_EQ(d.contentHash, Sha256Hex(text));
  EXPECT_EQ(m_store->DocumentText(d.id), text);
  for (std::size_t start : {0u, 1000u, 1023u, 1024u, 5000u}) {
    for (std::size_t len : {0u, 1u, 2u, 700u, 3000u}) {
      ASSERT_EQ(m_store->DocumentSlice(d.id, start, start + len), text::SliceCodePoints(text, start, start + len))
          << start << "+" << len;
    }
  }
  for (const auto& [start, end] : {std::pair{0u, 1u}, {1023u, 1025u}, {2048u, 2048u}, {5000u, 9999u}}) {
    std::string chunks = "old content";
    const std::size_t begin = m_store->ReadChunks(d.id, start, end, chunks);
    EXPECT_EQ(begin, start / 1024 * 1024) << start;  // chunk boundaries
    EXPECT_LE(begin + text::CountCodePoints(chunks), d.length);
    EXPECT_GE(begin + text::CountCodePoints(chunks), std::min<std::size_t>(end, d.length)) << end;
    EXPECT_EQ(chunks, text::SliceCodePoints(text, begin, begin + text::CountCodePoints(chunks)));
  }
  const Document found = *m_store->FindDocument("interview één");
  EXPECT_EQ(found.guid, d.guid);
  EXPECT_EQ(m_store->GetDocument(d.id).contentHash, d.contentHash);
}

TEST_P(StoreTest, EveryObjectRoundTrips) {
  const Document d = AddDoc("focusgroep", "Moderator: Welkom.\nOuder 1: Dank je.\n");
  auto tx = m_store->Begin("everything", m_anna);
  const Case c = m_store->AddCase({0, "", "Ouder 1", "moeder, 41"});
  m_store->AddCaseDocument(c.id, d.id);
  const Turn t = m_store->AddTurn({d.id, 19, 37, "Ouder 1", 12003, 15480, c.id});
  Code parent;
  parent.name = "Barrières";
  parent.color = "#CC3333";
  parent = m_store->AddCode(parent);
  Code child;
  child.name = "Schaamte";
  child.parent = parent.id;
  child.description = "Zich schamen om hulp te vragen";
  child = m_store->AddCode(child);
  const Coding coding = m_store->AddCoding({0, "", d.id, child.id, m_anna, 28, 36, "", "eerste indruk"});
  const Memo memo = m_store->AddMemo({0, "", coding.guid, "Twijfel", "Is dit schaamte?", m_anna, "", ""});
  const Variable region = m_store->AddVariable({0, "", "regio", VariableType::Text, ""});
  const Variable age = m_store->AddVariable({0, "", "leeftijd", VariableType::Integer, ""});
  const Variable consent = m_store->AddVariable({0, "", "toestemming", VariableType::Boolean, ""});
  const Variable date = m_store->AddVariable({0, "", "datum", VariableType::Date, ""});
  const Variable score = m_store->AddVariable({0, "", "score", VariableType::Float, ""});
  m_store->SetValue(region.id, {std::nullopt, d.id}, std::string("Achterhoek"));
  m_store->SetValue(age.id, {c.id, std::nullopt}, std::int64_t{41});
  m_store->SetValue(age.id, {c.id, std::nullopt}, std::int64_t{42});  // replaces
  m_store->SetValue(consent.id, {c.id, std::nullopt}, true);
  m_store->SetValue(date.id, {std::nullopt, d.id}, Date{2026, 3, 12});
  m_store->SetValue(score.id, {c.id, std::nullopt}, 3.25);
  EXPECT_THROW(m_store->SetValue(age.id, {c.id, std::nullopt}, std::string("oud")), Error);
  tx.Commit();

  EXPECT_EQ(m_store->Cases().at(0).description, "moeder, 41");
  EXPECT_EQ(m_store->CaseDocuments(c.id), std::vector<RowId>{d.id});
  const Turn t2 = m_store->Turns(d.id).at(0);
  EXPECT_EQ(t2.start, t.start);
  EXPECT_EQ(t2.end, 37u);
  EXPECT_EQ(t2.speaker, "Ouder 1");
  EXPECT_EQ(t2.timestampMs, 12003);
  EXPECT_EQ(t2.endMs, 15480);
  EXPECT_EQ(t2.caseId, c.id);
  const std::vector<Code> codes = m_store->Codes();
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(m_store->GetCode(child.id).parent, parent.id);
  EXPECT_EQ(m_store->FindCodeByGuid(child.guid)->description, "Zich schamen om hulp te vragen");
  const std::vector<QuotedCoding> quoted = m_store->QuotedCodings({child.id, std::nullopt, std::nullopt});
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].quote, "Dank je.");
  EXPECT_EQ(quoted[0].coding.memo, "eerste indruk");
  EXPECT_EQ(quoted[0].coding.createdAt, "2026-03-12T09:30:00Z");
  EXPECT_EQ(m_store->Memos().at(0).targetGuid, coding.guid);
  EXPECT_EQ(m_store->Memos().at(0).text, memo.text);
  EXPECT_EQ(m_store->GetValue(region.id, {std::nullopt, d.id}), VariableValue(std::string("Achterhoek")));
  EXPECT_EQ(m_store->GetValue(age.id, {c.id, std::nullopt}), VariableValue(std::int64_t{42}));
  EXPECT_EQ(m_store->GetValue(consent.id, {c.id, std::nullopt}), VariableValue(true));
  EXPECT_EQ(m_store->GetValue(date.id, {std::nullopt, d.id}), VariableValue(Date{2026, 3, 12}));
  EXPECT_EQ(m_store->GetValue(score.id, {c.id, std::nullopt}), VariableValue(3.25));
  EXPECT_FALSE(m_store->GetValue(region.id, {c.id, std::nullopt}));
  EXPECT_EQ(m_store->Variables().size(), 5u);
}

TEST_P(StoreTest, EachTransactionIsOneChangeLogEntryWithRowImages) {
  const Document d = AddDoc("doc", "Ze schaamde zich.");
  auto tx = m_store->Begin("code schaamte", m_anna);
  Code code;
  code.name = "Schaamte";
  code = m_store->AddCode(code);
  const Coding coding = m_store->AddCoding({0, "", d.id, code.id, m_anna, 3, 16, "", ""});
  tx.Commit();
  const std::vector<ChangeSet> sets = m_store->ChangeSets(10);
  ASSERT_EQ(sets.size(), 3u);  // create project, import, code schaamte
  EXPECT_EQ(sets[0].label, "code schaamte");
  EXPECT_EQ(sets[0].user, m_anna);
  EXPECT_EQ(sets[0].at, "2026-03-12T09:30:00Z");
  const std::vector<ChangeOp> ops = m_store->ChangeOps(sets[0].id);
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[1].object, "coding");
  EXPECT_EQ(ops[1].op, "insert");
  EXPECT_EQ(ops[1].guid, coding.guid);
  EXPECT_EQ(ops[1].after, "");  // the row is its own image until it changes

  auto tx2 = m_store->Begin("uncode", m_anna);
  m_store->DeleteCoding(coding.id);
  tx2.Commit();
  const ChangeOp removal = m_store->ChangeOps(m_store->ChangeSets(1).at(0).id).at(0);
  EXPECT_EQ(removal.op, "delete");
  EXPECT_NE(removal.before.find(coding.guid), std::string::npos);
  EXPECT_NE(removal.before.find("\"start_pos\":3"), std::string::npos) << removal.before;
}

// Bulk coding suspends the per-row trigger and logs in one statement: the log must read exactly
// as if the trigger had written it, and the trigger must be back afterwards.
TEST_P(StoreTest, ALongLivedReaderSeesEveryCommit) {
  if (!GetParam()) GTEST_SKIP() << "a second connection needs a file";
  const Document d = AddDoc("eerste", "Één keer 's avonds.");
  {
    auto turn = m_store->Begin("beurt", m_anna);
    m_store->AddTurn({d.id, 0, 5, "Moeder", std::nullopt, std::nullopt, std::nullopt});
    turn.Commit();
  }
  std::unique_ptr<Store> reader = Store::Open(m_path, OpenMode::ReadOnly, FixedClock);
  EXPECT_EQ(reader->ChangeSets(1).at(0).label, "beurt");
  EXPECT_EQ(reader->Turns(d.id).size(), 1u);  // a statement that stops at its first row
  auto tx = m_store->Begin("tweede import", m_anna);
  Document second;
  second.name = "tweede";
  m_store->AddDocument(second, "Nog een tekst 👍.");
  tx.Commit();
  EXPECT_EQ(reader->ChangeSets(1).at(0).label, "tweede import");  // no stale snapshot held
  EXPECT_EQ(reader->Documents().size(), 2u);
}

TEST_P(StoreTest, AReadScopeSeesOneSnapshotAndThenLetsGo) {
  if (!GetParam()) GTEST_SKIP() << "a second connection needs a file";
  AddDoc("eerste", "Één keer 's avonds.");
  std::unique_ptr<Store> reader = Store::Open(m_path, OpenMode::ReadOnly, FixedClock);
  {
    const Store::ReadScope scope = reader->BeginRead();
    const Store::ReadScope nested = reader->BeginRead();  // does nothing: already in one
    EXPECT_EQ(reader->Documents().size(), 1u);
    AddDoc("tweede", "Nog een tekst 👍.");  // committed by the writer meanwhile
    EXPECT_EQ(reader->Documents().size(), 1u);  // the scope's snapshot
  }
  EXPECT_EQ(reader->Documents().size(), 2u);  // the scope ended: the new commit is seen
}

TEST_P(StoreTest, NoChangeStartsInsideAReadScope) {
  {
    const Store::ReadScope scope = m_store->BeginRead();
    EXPECT_THROW(m_store->Begin("import", m_anna), Error);
  }
  AddDoc("na", "Daarna wel.");  // the scope is over
  auto tx = m_store->Begin("import", m_anna);
  const Store::ReadScope inside = m_store->BeginRead();  // inside a change: does nothing
  tx.Commit();
  EXPECT_EQ(m_store->Documents().size(), 1u);
}

TEST_P(StoreTest, SettingsAreStoredAndLogged) {
  EXPECT_FALSE(m_store->Setting("zoeken.synoniemen"));
  auto tx = m_store->Begin("synoniemen", m_anna);
  m_store->SetSetting("zoeken.synoniemen", "schaamte ~ schamen\n");
  tx.Commit();
  EXPECT_EQ(m_store->Setting("zoeken.synoniemen"), "schaamte ~ schamen\n");
  auto replace = m_store->Begin("synoniemen anders", m_anna);
  m_store->SetSetting("zoeken.synoniemen", "één ~ 1");
  replace.Commit();
  EXPECT_EQ(m_store->Setting("zoeken.synoniemen"), "één ~ 1");
  const std::vector<ChangeOp> ops = m_store->ChangeOps(m_store->ChangeSets(1).at(0).id);
  ASSERT_EQ(ops.size(), 1u);
  EXPECT_EQ(ops[0].op, "update");
  EXPECT_NE(ops[0].before.find("schamen"), std::string::npos);
  auto remove = m_store->Begin("weg", m_anna);
  m_store->SetSetting("zoeken.synoniemen", "");
  remove.Commit();
  EXPECT_FALSE(m_store->Setting("zoeken.synoniemen"));
}

TEST_P(StoreTest, QuotesAreExactWithinAndAcrossChunks) {
  std::string text;
  for (int i = 0; text::CountCodePoints(text) < 3500; ++i)
    text += "Één geïnterviewde zegt 's avonds: ĳverig 👵🏽 oma helpt " + std::to_string(i) + ". ";
  const std::size_t length = text::CountCodePoints(text);
  const Document d = AddDoc("lang", text);
  const Document other = AddDoc("kort", "Kort 😅.");
  auto tx = m_store->Begin("codings", m_anna);
  Code code;
  code.name = "Steun";
  code = m_store->AddCode(code);
  const std::vector<std::pair<std::size_t, std::size_t>> ranges = {
      {0, 0},       {0, 10},      {5, 1024},  {1000, 1030}, {1024, 1024}, {1023, 2049},
      {10, 3000},   {2048, 3072}, {3071, 3073}, {length - 7, length}, {length, length}};
  for (const auto& [start, end] : ranges) m_store->AddCoding({0, "", d.id, code.id, m_anna, start, end, "", ""});
  m_store->AddCoding({0, "", other.id, code.id, m_anna, 5, 6, "", ""});
  tx.Commit();
  const std::vector<QuotedCoding> quoted = m_store->QuotedCodings({code.id, std::nullopt, std::nullopt});
  ASSERT_EQ(quoted.size(), ranges.size() + 1);
  for (const QuotedCoding& q : quoted) {
    SCOPED_TRACE(std::to_string(q.coding.start) + "-" + std::to_string(q.coding.end));
    const std::string& source = q.coding.document == d.id ? text : std::string("Kort 😅.");
    EXPECT_EQ(q.quote, text::SliceCodePoints(source, q.coding.start, q.coding.end));
    EXPECT_EQ(q.quote, m_store->DocumentSlice(q.coding.document, q.coding.start, q.coding.end));
  }
  EXPECT_EQ(m_store->DocumentText(d.id), text);
}

TEST_P(StoreTest, DeletingADocumentTakesItsTextChunks) {
  const Document d = AddDoc("weg", std::string(3000, 'x'));
  const Document kept = AddDoc("blijft", "Blijft staan.");
  auto tx = m_store->Begin("delete", m_anna);
  m_store->DeleteDocument(d.id);
  tx.Commit();
  EXPECT_EQ(m_store->DocumentText(d.id), "");
  EXPECT_EQ(m_store->DocumentText(kept.id), "Blijft staan.");
}

TEST_P(StoreTest, BulkCodingLogsEachRowAsTheTriggerWould) {
  const Document d = AddDoc("doc", "Ze schaamde zich, één keer 's avonds.");
  auto tx = m_store->Begin("codebook", m_anna);
  Code code;
  code.name = "Schaamte";
  code = m_store->AddCode(code);
  m_store->AddCoding({0, "", d.id, code.id, m_anna, 3, 12, "", "enkel"});
  tx.Commit();
  const ChangeOp single = m_store->ChangeOps(m_store->ChangeSets(1).at(0).id).at(1);

  auto bulk = m_store->Begin("bulk", m_anna);
  std::vector<Coding> codings = {{0, "", d.id, code.id, m_anna, 3, 12, "", "enkel"},
                                 {0, "", d.id, code.id, m_anna, 18, 22, "", ""}};
  // Enough for several many-row statements and a remainder, each row's id and memo checked.
  for (std::size_t i = 0; i < 150; ++i)
    codings.push_back({0, "", d.id, code.id, m_anna, i % 30, i % 30 + 5, "", "memo " + std::to_string(i)});
  m_store->AddCodings(codings);
  bulk.Commit();
  for (const Coding& c : codings) {
    const std::optional<Coding> stored = m_store->FindCodingByGuid(c.guid);
    ASSERT_TRUE(stored) << c.guid;
    EXPECT_EQ(stored->id, c.id);
    EXPECT_EQ(stored->memo, c.memo);
    EXPECT_EQ(stored->start, c.start);
  }
  const std::vector<ChangeOp> ops = m_store->ChangeOps(m_store->ChangeSets(1).at(0).id);
  ASSERT_EQ(ops.size(), codings.size());
  for (std::size_t i = 0; i < ops.size(); ++i) {
    EXPECT_EQ(ops[i].guid, codings[i].guid);
    EXPECT_EQ(ops[i].object, single.object);
    EXPECT_EQ(ops[i].op, single.op);
    EXPECT_EQ(ops[i].before, single.before);
    EXPECT_EQ(ops[i].after, single.after);
  }
  EXPECT_EQ(m_store->FindCodingByGuid(codings[0].guid)->memo, "enkel");

  auto after = m_store->Begin("single again", m_anna);
  m_store->AddCoding({0, "", d.id, code.id, m_anna, 0, 2, "", ""});
  after.Commit();
  EXPECT_EQ(m_store->ChangeOps(m_store->ChangeSets(1).at(0).id).size(), 1u) << "insert trigger not restored";
}

TEST_P(StoreTest, FailedBulkCodingLeavesNoTraceAndKeepsTheTrigger) {
  const Document d = AddDoc("doc", "Ze schaamde zich.");
  const Counts before = m_store->Count();
  {
    auto tx = m_store->Begin("bulk", m_anna);
    std::vector<Coding> codings = {{0, "", d.id, 9999, m_anna, 0, 2, "", ""}};  // no such code
    EXPECT_THROW(m_store->AddCodings(codings), Error);
  }
  EXPECT_EQ(m_store->Count().codings, before.codings);
  EXPECT_EQ(m_store->Count().changeSets, before.changeSets);
  auto tx = m_store->Begin("codebook", m_anna);
  Code code;
  code.name = "Schaamte";
  code = m_store->AddCode(code);
  m_store->AddCoding({0, "", d.id, code.id, m_anna, 0, 2, "", ""});
  tx.Commit();
  EXPECT_EQ(m_store->ChangeOps(m_store->ChangeSets(1).at(0).id).size(), 2u);
}

TEST_P(StoreTest, RolledBackTransactionLeavesNothing) {
  const Counts before = m_store->Count();
  {
    auto tx = m_store->Begin("abandoned", m_anna);
    Code code;
    code.name = "Wordt niets";
    m_store->AddCode(code);
  }
  const Counts after = m_store->Count();
  EXPECT_EQ(after.codes, before.codes);
  EXPECT_EQ(after.changeSets, before.changeSets);
}

TEST_P(StoreTest, WritesOutsideATransactionAreRefused) {
  Code code;
  code.name = "Los";
  EXPECT_THROW(m_store->AddCode(code), Error);
}

TEST_P(StoreTest, ConstraintViolationIsAConflictAndRollsBack) {
  auto tx = m_store->Begin("two names", m_anna);
  Code a;
  a.name = "Zelfde";
  m_store->AddCode(a);
  try {
    m_store->AddCode(a);
    FAIL() << "duplicate sibling name accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Conflict);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "OnDisk" : "InMemory"; });

TEST(StoreFile, ReopensWithEverything) {
  testing::TempDir dir;
  const std::string path = dir.File("mentor.duiding");
  std::string guid;
  {
    auto s = Store::Create(path, "Mentorschap", "anna");
    guid = s->Info().guid;
    auto tx = s->Begin("import", 1);
    Document d;
    d.name = "één";
    s->AddDocument(d, "Eén keer 👍🏽");
    tx.Commit();
  }
  auto s = Store::Open(path, OpenMode::ReadOnly);
  EXPECT_EQ(s->Info().guid, guid);
  EXPECT_EQ(s->DocumentText(s->FindDocument("één")->id), "Eén keer 👍🏽");
  EXPECT_THROW(s->Begin("write", 1), Error);
}

TEST(StoreFile, ProjectFilesArePrivate) {
  testing::TempDir dir;
  const std::string path = dir.File("privé.duiding");
  auto s = Store::Create(path, "AVG", "anna");
  for (const std::string& file : {path, path + "-wal", path + "-shm", path + ".lock"}) {
    struct stat info {};
    ASSERT_EQ(stat(file.c_str(), &info), 0) << file;
    EXPECT_EQ(info.st_mode & 0777, 0600u) << file;
  }
}

TEST(StoreFile, RefusesToOverwriteAnExistingFile) {
  testing::TempDir dir;
  const std::string path = dir.File("p.duiding");
  Store::Create(path, "A", "anna");
  try {
    Store::Create(path, "B", "bram");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("already exists"), std::string::npos);
  }
  EXPECT_EQ(Store::Open(path, OpenMode::ReadOnly)->Info().name, "A");
}

TEST(StoreFile, MissingFileIsInputError) {
  try {
    Store::Open("/nonexistent/x.duiding", OpenMode::ReadOnly);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/x.duiding"), std::string::npos);
  }
}

}  // namespace
}  // namespace duiding::store
