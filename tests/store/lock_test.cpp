// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "model/error.h"
#include "store/store.h"
#include "tests/store/temp_dir.h"

namespace duiding::store {
namespace {

TEST(Lock, SecondWriterIsToldTheProjectIsOpenElsewhere) {
  testing::TempDir dir;
  const std::string path = dir.File("gedeeld.duiding");
  auto first = Store::Create(path, "Gedeeld", "anna");
  try {
    Store::Open(path, OpenMode::ReadWrite);
    FAIL() << "second writer allowed";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Locked);
    EXPECT_NE(std::string(e.what()).find("open elsewhere"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("process " + std::to_string(getpid())), std::string::npos) << e.what();
  }
}

TEST(Lock, ReadersSeeCommittedWorkWhileTheWriterWorks) {
  testing::TempDir dir;
  const std::string path = dir.File("gedeeld.duiding");
  auto writer = Store::Create(path, "Gedeeld", "anna");
  auto reader = Store::Open(path, OpenMode::ReadOnly);
  auto tx = writer->Begin("add code", 1);
  Code code;
  code.name = "Schaamte";
  writer->AddCode(code);
  EXPECT_EQ(reader->Count().codes, 0);  // uncommitted work is invisible
  tx.Commit();
  EXPECT_EQ(reader->Count().codes, 1);
}

TEST(Lock, ReleasedWhenTheWriterCloses) {
  testing::TempDir dir;
  const std::string path = dir.File("p.duiding");
  Store::Create(path, "P", "anna").reset();
  auto again = Store::Open(path, OpenMode::ReadWrite);
  EXPECT_EQ(again->Info().name, "P");
}

// Another process, not just another object: the child must be refused while the parent holds
// the project, and the project must be intact afterwards.
TEST(Lock, AnotherProcessIsRefused) {
  testing::TempDir dir;
  const std::string path = dir.File("p.duiding");
  auto parent = Store::Create(path, "P", "anna");
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    int code = 3;
    try {
      Store::Open(path, OpenMode::ReadWrite);
      code = 0;
    } catch (const Error& e) {
      code = e.Kind() == ErrorKind::Locked ? 1 : 2;
    }
    _exit(code);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  parent.reset();
  EXPECT_EQ(Store::Open(path, OpenMode::ReadWrite)->Info().name, "P");
}

}  // namespace
}  // namespace duiding::store
