// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/query.h"

#include <gtest/gtest.h>

namespace duiding::search {
namespace {

using Kind = QueryNode::Kind;

// The offset and message of the error `query` gives; fails the test when it parses.
std::pair<std::size_t, std::string> ErrorOf(const std::string& query) {
  try {
    ParseQuery(query);
  } catch (const QueryError& e) {
    return {e.Offset(), e.Message()};
  }
  ADD_FAILURE() << "parsed: " << query;
  return {0, ""};
}

TEST(Query, TheIssueExampleParsesAsExpected) {
  const QueryNode q = ParseQuery("last NEAR/5 (vragen OR hulp) groep:ouder -code:schaamte");
  ASSERT_EQ(q.kind, Kind::And);
  ASSERT_EQ(q.children.size(), 3u);
  const QueryNode& near = q.children[0];
  EXPECT_EQ(near.kind, Kind::Near);
  EXPECT_EQ(near.distance, 5u);
  ASSERT_EQ(near.children.size(), 2u);
  EXPECT_EQ(near.children[0].text, "last");
  EXPECT_EQ(near.children[1].kind, Kind::Or);
  EXPECT_EQ(q.children[1].kind, Kind::Field);
  EXPECT_EQ(q.children[1].field, "groep");
  EXPECT_EQ(q.children[1].text, "ouder");
  EXPECT_EQ(q.children[1].offset, 29u);
  EXPECT_EQ(q.children[2].kind, Kind::Not);
  EXPECT_EQ(q.children[2].children.at(0).field, "code");
  EXPECT_EQ(ToString(q), "last NEAR/5 (vragen OR hulp) groep:ouder -code:schaamte");
}

TEST(Query, WordsPhrasesPrefixesAndDutchSpellings) {
  const QueryNode q = ParseQuery("appèl \"'s avonds\" mentor* één geïnterviewde jeugdhulp-regio");
  ASSERT_EQ(q.kind, Kind::And);
  ASSERT_EQ(q.children.size(), 6u);
  EXPECT_EQ(q.children[0].text, "appèl");
  EXPECT_EQ(q.children[1].kind, Kind::Phrase);
  EXPECT_EQ(q.children[1].text, "'s avonds");
  EXPECT_TRUE(q.children[2].prefix);
  EXPECT_EQ(q.children[2].text, "mentor");
  EXPECT_EQ(q.children[5].text, "jeugdhulp-regio");
  EXPECT_EQ(q.children[3].offset, 26u);  // code points: "appèl" is 5, not 6 bytes
}

TEST(Query, PrecedenceOrLoosestThenAndThenNearThenNot) {
  const QueryNode q = ParseQuery("a b OR c NEAR/2 d -e");
  ASSERT_EQ(q.kind, Kind::Or);
  EXPECT_EQ(q.children[0].kind, Kind::And);
  const QueryNode& right = q.children[1];
  ASSERT_EQ(right.kind, Kind::And);
  EXPECT_EQ(right.children[0].kind, Kind::Near);
  EXPECT_EQ(right.children[1].kind, Kind::Not);
  EXPECT_EQ(ToString(q), "a b OR c NEAR/2 d -e");
}

TEST(Query, OperatorsOnlyInCapitals) {
  const QueryNode q = ParseQuery("oma en opa of niet");
  ASSERT_EQ(q.kind, Kind::And);
  EXPECT_EQ(q.children.size(), 5u);
  EXPECT_EQ(ParseQuery("oma AND opa").children.size(), 2u);
  EXPECT_EQ(ParseQuery("oma NOT opa").children[1].kind, Kind::Not);
}

TEST(Query, NearAndAdjChains) {
  const QueryNode q = ParseQuery("a NEAR/3 b NEAR/3 c");
  EXPECT_EQ(q.kind, Kind::Near);
  EXPECT_EQ(q.children.size(), 3u);
  EXPECT_EQ(ParseQuery("rechter ADJ/2 zitting").kind, Kind::Adj);
}

TEST(Query, QuotedFieldValuesAndCaseInsensitiveNames) {
  const QueryNode q = ParseQuery("last Code:\"Barrières/Schaamte\" SPREKER:\"Moeder 2\" regio:\"Food Valley\"");
  ASSERT_EQ(q.children.size(), 4u);
  EXPECT_EQ(q.children[1].field, "code");
  EXPECT_EQ(q.children[1].text, "Barrières/Schaamte");
  EXPECT_EQ(q.children[2].text, "Moeder 2");
  EXPECT_EQ(ToString(q), "last code:Barrières/Schaamte spreker:\"Moeder 2\" regio:\"Food Valley\"");
}

TEST(Query, RoundTripsThroughTheCanonicalForm) {
  for (const char* text : {"last", "\"tot last\" -school", "(a OR b) c", "a NEAR/4 (b OR c*)", "x -(y OR z)",
                           "doc:interview-3 codeur:anna schaam*"}) {
    const QueryNode q = ParseQuery(text);
    EXPECT_EQ(ToString(ParseQuery(ToString(q))), ToString(q)) << text;
  }
}

TEST(Query, ErrorsPointAtTheirPlaceInCodePoints) {
  EXPECT_EQ(ErrorOf("").first, 0u);
  EXPECT_EQ(ErrorOf("één (hulp").first, 4u);
  EXPECT_EQ(ErrorOf("één \"hulp").first, 4u);
  EXPECT_EQ(ErrorOf("last NEAR hulp").first, 5u);
  EXPECT_EQ(ErrorOf("last NEAR/0 hulp").first, 5u);
  EXPECT_EQ(ErrorOf("last NEAR/101 hulp").first, 5u);
  EXPECT_EQ(ErrorOf("a NEAR/2 b ADJ/2 c").first, 11u);
  EXPECT_EQ(ErrorOf("👍 sprekr:moeder").first, 2u);
  EXPECT_NE(ErrorOf("sprekr:moeder last").second.find("spreker, rol"), std::string::npos);
  EXPECT_EQ(ErrorOf("men*tor").first, 3u);
  EXPECT_EQ(ErrorOf("last )").first, 5u);
  EXPECT_EQ(ErrorOf("last OR").first, 7u);
  EXPECT_EQ(ErrorOf("-school").first, 0u);  // only excludes
  EXPECT_EQ(ErrorOf("last - school").first, 5u);
  EXPECT_EQ(ErrorOf("code: last").first, 0u);
  EXPECT_EQ(ErrorOf("last NEAR/3 spreker:moeder").first, 12u);
  const QueryError e(4, "x");
  EXPECT_STREQ(e.what(), "at character 5: x");
}

}  // namespace
}  // namespace duiding::search
