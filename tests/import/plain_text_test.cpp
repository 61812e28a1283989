// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/plain_text.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "model/error.h"

namespace duiding::import {
namespace {

TEST(PlainText, CanonicalisesBomLineEndingsAndNfc) {
  const ImportedDocument d = ImportPlainUtf8Bytes("/data/Interview één.txt", "\xEF\xBB\xBFI: Hoe ging he\u0301t?\r\nR: Goed.\r\n");
  EXPECT_EQ(d.name, "Interview één");
  EXPECT_EQ(d.text, "I: Hoe ging hét?\nR: Goed.\n");
  EXPECT_EQ(d.notes.size(), 3u);
}

TEST(PlainText, CleanTextIsKeptAsIsWithoutNotes) {
  const ImportedDocument d = ImportPlainUtf8Bytes("a.txt", "Geïnterviewde: 's avonds 👍🏽\n");
  EXPECT_EQ(d.text, "Geïnterviewde: 's avonds 👍🏽\n");
  EXPECT_TRUE(d.notes.empty());
}

TEST(PlainText, IllFormedUtf8NamesFileLineAndColumn) {
  try {
    ImportPlainUtf8Bytes("oud.txt", "Eerste regel\nTweede r\xE9gel");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_EQ(std::string(e.what()).rfind("oud.txt:2:9: not valid UTF-8", 0), 0u) << e.what();
  }
}

TEST(PlainText, ReadsTheDemoTranscripts) {
  const std::filesystem::path dir = std::filesystem::path(DUIDING_SOURCE_DIR) / "packaging/demo/transcripts";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const ImportedDocument d = ImportPlainUtf8(entry.path().string());
    EXPECT_GT(d.text.size(), 3000u) << d.name;
    ++count;
  }
  EXPECT_GE(count, 4);
}

TEST(PlainText, MissingFileIsAnInputError) {
  try {
    ImportPlainUtf8("/geen/bestand.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    EXPECT_NE(std::string(e.what()).find("/geen/bestand.txt"), std::string::npos);
  }
}

}  // namespace
}  // namespace duiding::import
