// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "model/error.h"
#include "store/migrate.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/temp_dir.h"

namespace duiding::store {
namespace {

void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

ErrorKind KindOfOpening(const std::string& path, OpenMode mode, std::string* message = nullptr) {
  try {
    Store::Open(path, mode);
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.Kind();
  }
  ADD_FAILURE() << "opened " << path;
  return ErrorKind::Internal;
}

TEST(Migrate, StepsAnOldFileForwardInOrder) {
  testing::TempDir dir;
  sqlite::Connection db(dir.File("m.db"), false);
  const std::vector<Migration> v1 = {{1, "CREATE TABLE note(id INTEGER PRIMARY KEY, text TEXT);"}};
  EXPECT_EQ(Migrate(db, v1), 0);
  db.Exec("INSERT INTO note(text) VALUES ('één')");
  const std::vector<Migration> v3 = {
      v1[0],
      {2, "ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT 'onbekend';"},
      {3, "CREATE INDEX note_by_author ON note(author);"},
  };
  EXPECT_EQ(Migrate(db, v3), 1);
  EXPECT_EQ(StoredSchemaVersion(db), 3);
  sqlite::Statement s = db.Prepare("SELECT text, author FROM note");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Text(0), "één");
  EXPECT_EQ(s.Text(1), "onbekend");
  EXPECT_EQ(Migrate(db, v3), 3);  // idempotent
}

TEST(Migrate, RefusesANewerFileAndLeavesItAlone) {
  testing::TempDir dir;
  const std::string path = dir.File("nieuw.duiding");
  Store::Create(path, "Nieuw", "anna");
  RawSql(path, "PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 5));
  for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
    std::string message;
    EXPECT_EQ(KindOfOpening(path, mode, &message), ErrorKind::Version);
    EXPECT_NE(message.find("newer Duiding"), std::string::npos) << message;
    EXPECT_NE(message.find(path), std::string::npos) << message;
  }
  sqlite::Connection db(path, true);
  EXPECT_EQ(StoredSchemaVersion(db), CurrentSchemaVersion() + 5);
}

TEST(Migrate, RefusesFilesThatAreNotProjects) {
  testing::TempDir dir;
  const std::string text = dir.File("notities.duiding");
  std::ofstream(text) << "Dit is gewoon tekst, geen project.\n";
  EXPECT_EQ(KindOfOpening(text, OpenMode::ReadWrite), ErrorKind::Version);
  const std::string other = dir.File("ander.sqlite");
  RawSql(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  EXPECT_EQ(KindOfOpening(other, OpenMode::ReadWrite), ErrorKind::Version);
  sqlite::Connection db(other, true);
  sqlite::Statement s = db.Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Text(0), "delete");  // we did not switch someone else's database to WAL
}

// A project written by schema 1 (insert ops carried the row image) upgrades in place and keeps
// its log; new inserts are logged by GUID.
TEST(Migrate, SchemaOneProjectUpgradesAndKeepsItsLog) {
  testing::TempDir dir;
  const std::string path = dir.File("v1.duiding");
  {
    sqlite::Connection db(path, false);
    const std::span<const Migration> all = ProjectMigrations();
    Migrate(db, all.first(1));
    db.Exec("INSERT INTO change_set(guid, at, label) VALUES ('33333333-3333-4333-8333-333333333333', 'x', 'create');"
            "INSERT INTO user(guid, name, created_at) VALUES ('11111111-1111-4111-8111-111111111111', 'anna', 'x');"
            "INSERT INTO project(id, guid, name, created_at) VALUES (1, '22222222-2222-4222-8222-222222222222', 'Oud', 'x');");
  }
  std::unique_ptr<Store> store = Store::Open(path, OpenMode::ReadWrite);
  EXPECT_EQ(store->Info().schemaVersion, CurrentSchemaVersion());
  EXPECT_EQ(store->Info().name, "Oud");
  const std::vector<ChangeOp> old = store->ChangeOps(store->ChangeSets(1).at(0).id);
  ASSERT_EQ(old.size(), 2u);
  EXPECT_NE(old[0].after.find("anna"), std::string::npos);  // schema 1's images are kept
  auto tx = store->Begin("code", store->Users().front().id);
  Code code;
  code.name = "Schaamte";
  code = store->AddCode(code);
  tx.Commit();
  const std::vector<ChangeOp> ops = store->ChangeOps(store->ChangeSets(1).at(0).id);
  ASSERT_EQ(ops.size(), 1u);
  EXPECT_EQ(ops[0].guid, code.guid);
  EXPECT_EQ(ops[0].after, "");
}

TEST(Migrate, SchemaThreeTurnsAndChunksMigrateIntact) {
  testing::TempDir dir;
  const std::string path = dir.File("v3.duiding");
  {
    sqlite::Connection db(path, false);
    Migrate(db, ProjectMigrations().first(3));
    db.Exec("INSERT INTO change_set(guid, at, label) VALUES ('33333333-3333-4333-8333-333333333333', 'x', 'import');"
            "INSERT INTO user(guid, name, created_at) VALUES ('11111111-1111-4111-8111-111111111111', 'anna', 'x');"
            "INSERT INTO project(id, guid, name, created_at) VALUES (1, '22222222-2222-4222-8222-222222222222', 'Oud', 'x');"
            "INSERT INTO document(guid, name, content_hash, length, created_at) VALUES"
            " ('44444444-4444-4444-8444-444444444444', 'gesprek', 'h', 60, 'x');"
            "INSERT INTO document_chunk(document_id, seq, text) VALUES (1, 1, 'tweede stuk 👍'), (1, 0, 'Eerste stuk, één ');"
            "INSERT INTO \"case\"(guid, name) VALUES ('55555555-5555-4555-8555-555555555555', 'Moeder · gesprek');"
            "INSERT INTO turn(guid, document_id, start_pos, end_pos, speaker, timestamp_ms, case_id, end_ms) VALUES"
            " ('66666666-6666-4666-8666-666666666666', 1, 30, 60, 'Moeder', 5000, 1, NULL),"
            " ('77777777-7777-4777-8777-777777777777', 1, 0, 29, 'Geïnterviewde', NULL, NULL, 4200);");
  }
  std::unique_ptr<Store> store = Store::Open(path, OpenMode::ReadWrite);
  EXPECT_EQ(store->Info().schemaVersion, CurrentSchemaVersion());
  EXPECT_EQ(store->DocumentText(1), "Eerste stuk, één tweede stuk 👍");  // chunks keyed in order (schema 5)
  const std::vector<Turn> turns = store->Turns(1);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0].speaker, "Geïnterviewde");
  EXPECT_EQ(turns[0].end, 29u);
  EXPECT_EQ(turns[0].endMs, 4200);
  EXPECT_EQ(turns[1].start, 30u);
  EXPECT_EQ(turns[1].timestampMs, 5000);
  EXPECT_EQ(turns[1].caseId, 1);
  EXPECT_EQ(store->Count().turns, 2);
  auto tx = store->Begin("turn", store->Users().front().id);
  store->AddTurn({1, 10, 20, "Vader\tmet tab", 1000, std::nullopt, std::nullopt});
  tx.Commit();
  const std::vector<Turn> after = store->Turns(1);
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[1].speaker, "Vader\tmet tab");
  EXPECT_EQ(after[2].caseId, 1);
  EXPECT_EQ(store->Count().turns, 3);
}

TEST(Migrate, SchemaSixCodesGainTheStructuredFieldsAndOldChangesCannotBeUndone) {
  testing::TempDir dir;
  const std::string path = dir.File("v6.duiding");
  {
    sqlite::Connection db(path, false);
    Migrate(db, ProjectMigrations().first(6));
    db.Exec("INSERT INTO change_set(guid, at, label) VALUES ('33333333-3333-4333-8333-333333333333', 'x', 'codes');"
            "INSERT INTO user(guid, name, created_at) VALUES ('11111111-1111-4111-8111-111111111111', 'anna', 'x');"
            "INSERT INTO project(id, guid, name, created_at) VALUES (1, '22222222-2222-4222-8222-222222222222', 'Oud', 'x');"
            "INSERT INTO code(guid, name, created_at) VALUES ('44444444-4444-4444-8444-444444444444', 'Schaamte', 'x');");
  }
  std::unique_ptr<Store> store = Store::Open(path, OpenMode::ReadWrite);
  EXPECT_EQ(store->Info().schemaVersion, CurrentSchemaVersion());
  Code code = store->Codes().at(0);
  EXPECT_EQ(code.name, "Schaamte");
  EXPECT_TRUE(code.inclusion.empty());
  EXPECT_TRUE(code.deletedAt.empty());
  EXPECT_TRUE(store->UndoRedo().undo.empty());  // changes from before undo existed stay put
  // The code's change-log images now hold the new fields.
  auto tx = store->Begin("edit", store->Users().front().id, ChangeKind::Do);
  code.inclusion = "Zich schamen voor de situatie thuis";
  code.examples = {{CodeExample::Kind::Borderline, "\"Ik zeg het liever niet\"\tmet tab", ""}};
  store->UpdateCode(code);
  tx.Commit();
  const std::vector<ChangeOp> ops = store->ChangeOps(store->ChangeSets(1).at(0).id);
  ASSERT_EQ(ops.size(), 1u);
  EXPECT_NE(ops[0].after.find("Zich schamen"), std::string::npos);
  EXPECT_NE(ops[0].before.find("\"inclusion\":\"\""), std::string::npos);
  EXPECT_EQ(store->Codes().at(0).examples, code.examples);
  ASSERT_EQ(store->UndoRedo().undo.size(), 1u);
  const RowId edit = store->UndoRedo().undo.back().id;
  auto undo = store->Begin("undo", std::nullopt, ChangeKind::Undo, edit);
  store->Revert(edit);
  undo.Commit();
  EXPECT_TRUE(store->Codes().at(0).inclusion.empty());
  EXPECT_TRUE(store->Codes().at(0).examples.empty());
}

TEST(Migrate, CurrentSchemaIsCreatedFromScratch) {
  testing::TempDir dir;
  const std::string path = dir.File("p.duiding");
  Store::Create(path, "P", "anna");
  EXPECT_EQ(Store::Open(path, OpenMode::ReadOnly)->Info().schemaVersion, CurrentSchemaVersion());
}

}  // namespace
}  // namespace duiding::store
