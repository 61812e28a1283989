// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "tests/bench/generator.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace duiding::bench {
namespace {

TEST(Generator, SameSeedSameTranscript) {
  const import::ImportedDocument a = GenerateTranscript(7, 500, 42);
  const import::ImportedDocument b = GenerateTranscript(7, 500, 42);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.name, b.name);
  EXPECT_NE(GenerateTranscript(8, 500, 42).text, a.text);
  EXPECT_NE(GenerateTranscript(7, 500, 43).text, a.text);
}

TEST(Generator, TurnsCoverSpeakerLinesInCodePoints) {
  const import::ImportedDocument d = GenerateTranscript(4, 800, 1);  // a focus group
  ASSERT_GT(d.turns.size(), 6u);
  EXPECT_FALSE(text::FindInvalidUtf8(d.text));
  for (const Turn& t : d.turns) {
    const std::string_view line = text::SliceCodePoints(d.text, t.start, t.end);
    EXPECT_NE(line.find(t.speaker + ": "), std::string_view::npos) << line;
    EXPECT_EQ(line.find('\n'), std::string_view::npos);
  }
}

TEST(Generator, ProjectHasWhatWasAskedFor) {
  GeneratorParams params;
  params.documents = 6;
  params.wordsPerDocument = 300;
  params.codings = 90;
  project::Project p = GenerateProject(":memory:", params);
  const store::Counts n = p.Store().Count();
  EXPECT_EQ(n.documents, 6);
  EXPECT_EQ(n.codings, 90);
  EXPECT_EQ(n.users, 3);
  EXPECT_EQ(n.codes, static_cast<std::int64_t>(GeneratedCodebook().size()));
  for (const auto& q : p.Codings({}))
    EXPECT_EQ(text::CountCodePoints(q.quote), q.coding.end - q.coding.start);
}

}  // namespace
}  // namespace duiding::bench
