// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The ranker against Xapian's own matcher: the same documents, in the same order, with the same
// BM25 weights, for every kind of query it runs, on an index with documents of many lengths.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>
#include <xapian.h>

#include "search/ranker.h"
#include "tests/store/temp_dir.h"

namespace duiding::search {
namespace {

using Kind = RankPlan::Kind;

RankPlan Term(const std::string& term) { return {Kind::Term, term, {}}; }
RankPlan Join(Kind kind, std::vector<RankPlan> parts) { return {kind, "", std::move(parts)}; }

// The plan as Xapian's query.
Xapian::Query ToXapian(const RankPlan& plan) {
  std::vector<Xapian::Query> parts;
  for (const RankPlan& p : plan.parts) parts.push_back(ToXapian(p));
  switch (plan.kind) {
    case Kind::Term: return Xapian::Query(plan.term);
    case Kind::And: return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    case Kind::Or: return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    case Kind::AndNot: return Xapian::Query(Xapian::Query::OP_AND_NOT, parts.at(0), parts.at(1));
    case Kind::Filter:
      return Xapian::Query(Xapian::Query::OP_FILTER, parts.at(0),
                           Xapian::Query(Xapian::Query::OP_AND, parts.begin() + 1, parts.end()));
    case Kind::Unweighted: return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, parts.at(0), 0.0);
  }
  return {};
}

class RankerTest : public ::testing::Test {
 protected:
  // 400 documents of 5 to about 900 words: "al" in every one, "half" in every other, "tiende"
  // in every tenth, "zeldzaam" in three, a filter term in every third, names in slot 2 in
  // another order than the documents'. A few are deleted, leaving gaps in the docids.
  void SetUp() override {
    Xapian::WritableDatabase db(m_dir.File("index"), Xapian::DB_CREATE_OR_OVERWRITE);
    std::uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000; };
    for (int i = 0; i < 400; ++i) {
      Xapian::Document doc;
      doc.add_term("Zal", 1 + next() % 40);
      if (i % 2 == 0) doc.add_term("Zhalf", 1 + next() % 9);
      if (i % 10 == 3) doc.add_term("Ztiende", 1 + next() % 5);
      if (i == 17 || i == 200 || i == 333) doc.add_term("Zzeldzaam", 1 + i % 4);
      if (i % 3 == 0) doc.add_boolean_term("XFrol:ouder");
      doc.add_term("Zvulling", 4 + next() % 860);
      doc.add_value(2, "gesprek-" + std::to_string((i * 37) % 400));
      db.add_document(doc);
    }
    for (Xapian::docid gone : {5u, 6u, 150u}) db.delete_document(gone);
    db.commit();
    m_db = Xapian::Database(m_dir.File("index"));
  }

  std::vector<RankedDocument> Xapians(const RankPlan& plan) {
    Xapian::Enquire enquire(m_db);
    enquire.set_query(ToXapian(plan));
    std::vector<RankedDocument> out;
    const Xapian::MSet all = enquire.get_mset(0, m_db.get_doccount());
    for (auto it = all.begin(); it != all.end(); ++it) out.push_back({*it, it.get_weight()});
    return out;
  }

  // The ranker's documents best first, taken in pages of growing size.
  std::vector<RankedDocument> Ours(const RankPlan& plan) {
    IndexStats stats(m_db);
    BestFirst best(MatchDocuments(m_db, stats, plan));
    std::vector<RankedDocument> out;
    for (std::size_t page = 1;; page *= 3) {
      const std::vector<RankedDocument> next = best.Next(page);
      if (next.empty()) return out;
      out.insert(out.end(), next.begin(), next.end());
    }
  }

  void ExpectSameAsXapian(const RankPlan& plan) {
    const std::vector<RankedDocument> ours = Ours(plan), xapians = Xapians(plan);
    const std::string what = ToXapian(plan).get_description();
    ASSERT_EQ(ours.size(), xapians.size()) << what;
    for (std::size_t i = 0; i < ours.size(); ++i) {
      EXPECT_EQ(ours[i].id, xapians[i].id) << what << " at " << i;
      EXPECT_DOUBLE_EQ(ours[i].weight, xapians[i].weight) << what << " at " << i;
    }
  }

  duiding::testing::TempDir m_dir;
  Xapian::Database m_db;
};

TEST_F(RankerTest, OneWordRanksAsXapianDoes) {
  ExpectSameAsXapian(Term("Zal"));       // in every document: the weight is all length and count
  ExpectSameAsXapian(Term("Zhalf"));
  ExpectSameAsXapian(Term("Zzeldzaam"));
  EXPECT_TRUE(Ours(Term("Zafwezig")).empty());
}

TEST_F(RankerTest, AndOrAndNotAndFiltersRankAsXapianDoes) {
  ExpectSameAsXapian(Join(Kind::And, {Term("Zal"), Term("Zhalf")}));
  ExpectSameAsXapian(Join(Kind::And, {Term("Zhalf"), Term("Ztiende"), Term("Zal")}));
  ExpectSameAsXapian(Join(Kind::Or, {Term("Ztiende"), Term("Zzeldzaam")}));
  ExpectSameAsXapian(Join(Kind::Or, {Term("Zhalf"), Term("Zafwezig")}));
  ExpectSameAsXapian(Join(Kind::AndNot, {Term("Zal"), Term("Zhalf")}));
  ExpectSameAsXapian(Join(Kind::AndNot, {Term("Ztiende"), Join(Kind::Or, {Term("Zzeldzaam"), Term("XFrol:ouder")})}));
  ExpectSameAsXapian(Join(Kind::Filter, {Term("Zal"), Term("XFrol:ouder")}));
  ExpectSameAsXapian(Join(Kind::Filter, {Join(Kind::And, {Term("Zhalf"), Term("Zal")}), Term("XFrol:ouder"), Term("Ztiende")}));
  EXPECT_TRUE(Ours(Join(Kind::And, {Term("Zal"), Term("Zafwezig")})).empty());
}

// A rare part first: the common word is then skipped along to the few documents left.
TEST_F(RankerTest, ARarePartNarrowsTheRestToItsDocuments) {
  ExpectSameAsXapian(Join(Kind::And, {Term("Zal"), Term("Zzeldzaam")}));
  ExpectSameAsXapian(Join(Kind::Filter, {Term("Zal"), Term("Zzeldzaam")}));
  ExpectSameAsXapian(Join(Kind::AndNot, {Term("Zzeldzaam"), Term("Zal")}));
}

// A stop word has to be there but weighs nothing, alone or beside a word that does.
TEST_F(RankerTest, AnUnweightedPartMatchesButAddsNoWeight) {
  const RankPlan stop = Join(Kind::Unweighted, {Term("Zal")});
  ExpectSameAsXapian(stop);
  for (const RankedDocument& d : Ours(stop)) EXPECT_EQ(d.weight, 0.0);
  ExpectSameAsXapian(Join(Kind::And, {stop, Term("Ztiende")}));
}

// Document order as Xapian sorts by a value: bytewise, the docid breaking ties.
TEST_F(RankerTest, ValueOrderIsXapiansSortByValue) {
  IndexStats stats(m_db);
  const std::vector<std::uint32_t>& place = stats.ValueOrder(m_db, 2);
  std::vector<RankedDocument> ours = MatchDocuments(m_db, stats, Term("Zhalf"));
  std::sort(ours.begin(), ours.end(), [&](const RankedDocument& a, const RankedDocument& b) { return place[a.id] < place[b.id]; });
  Xapian::Enquire enquire(m_db);
  enquire.set_query(Xapian::Query("Zhalf"));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(2, false);
  const Xapian::MSet all = enquire.get_mset(0, m_db.get_doccount());
  ASSERT_EQ(ours.size(), all.size());
  std::size_t i = 0;
  for (auto it = all.begin(); it != all.end(); ++it, ++i) EXPECT_EQ(ours[i].id, *it) << i;
}

}  // namespace
}  // namespace duiding::search
