// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Searching the index: hits at exact code points in Dutch text with emoji, synonyms, phrases and
// proximity, fields, ranking as Xapian's, KWIC lines and their orders. (The index as a cache of
// the store: index_sync_test.cpp.)
#include <gtest/gtest.h>

#include <algorithm>
#include <xapian.h>

#include "model/error.h"
#include "search/analyzer.h"
#include "search/index_terms.h"
#include "search/project_synonyms.h"
#include "search/query.h"
#include "search/query_compiler.h"
#include "tests/search/index_fixture.h"

namespace duiding::search {
namespace {

TEST_F(IndexTest, HitsPointAtTheOriginalTextAfterEmojiAndDiacritics) {
  // "last" and its starter synonym "tot last zijn" overlap: one hit, the longer span.
  const SearchResult r = Find("last");
  ASSERT_EQ(r.hits.size(), 3u);
  for (const Hit& h : r.hits) {
    const std::string text = m_store->DocumentText(h.document);
    EXPECT_EQ(text::SliceCodePoints(text, h.start, h.end), h.Match());
  }
  // The hit after the emoji in the interview: the emoji is one code point.
  const Hit& second = r.hits[1];
  EXPECT_EQ(second.documentName, "interview-moeder");
  EXPECT_EQ(second.speaker, "Moeder");
  EXPECT_EQ(second.Match(), "tot last zijn");
  EXPECT_EQ(second.Right().substr(0, 7), ", zeker");
  EXPECT_EQ(r.hits[2].Match(), "last");
  EXPECT_EQ(Matches("appel"), (std::vector<std::string>{"appèl", "beroep op"}));  // and its synonym
  EXPECT_EQ(Matches("EEN"), (std::vector<std::string>{"één"}));
}

// A turn's timestamp and speaker label are not words of it: "moeder" finds a mother mentioned,
// not every turn she speaks (spreker:moeder does that), and "40" no timestamp.
TEST_F(IndexTest, SpeakerLabelsAndTimestampsAreNotSearchedAsWords) {
  EXPECT_TRUE(Find("moeder").hits.empty()) << "the fixture says 'Moeder' only in labels";
  EXPECT_EQ(Find("last spreker:moeder").hits.size(), 2u);
  const std::string first = "[00:03:40] Moeder: Mijn moeder hielp 's avonds.", second = "[00:04:10] Oma: Ja, 40 keer.";
  auto tx = m_store->Begin("tijd", m_anna);
  Document d;
  d.name = "interview-tijd";
  d = m_store->AddDocument(d, first + "\n" + second + "\n");
  const std::size_t split = text::CountCodePoints(first) + 1;
  m_store->AddTurns({{d.id, 0, split - 1, "Moeder", 220000, std::nullopt, std::nullopt},
                     {d.id, split, split + text::CountCodePoints(second), "Oma", 250000, std::nullopt, std::nullopt}});
  tx.Commit();
  SyncIndex(*m_store, m_folder);
  const SearchResult mother = Find("moeder doc:interview-tijd");
  ASSERT_EQ(mother.hits.size(), 1u);
  EXPECT_EQ(mother.hits[0].start, 24u);  // "Mijn moeder", not the label
  EXPECT_EQ(mother.hits[0].speaker, "Moeder");
  const SearchResult forty = Find("40 doc:interview-tijd");
  ASSERT_EQ(forty.hits.size(), 1u);  // said, not the timestamp's seconds
  EXPECT_EQ(forty.hits[0].start, split + 20);
  EXPECT_TRUE(Find("oma doc:interview-tijd").hits.empty());
  EXPECT_TRUE(Find("\"avonds oma\"").hits.empty());  // no phrase across the label either
}

// Document order comes from the index (names sorted there), a first page of 8 documents and
// then the rest; relevance order carries each document's weight.
TEST_F(IndexTest, DocumentOrderRunsByNameOverManyDocuments) {
  std::vector<std::string> names;
  for (int i = 12; i >= 1; --i) {  // added in reverse order of their names
    const std::string name = "gesprek-" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    names.push_back(name);
    std::string text = "R:";
    for (int j = 0; j < i; ++j) text += " een last";  // more hits the later the name
    AddTranscript(name, text + "\n", "Achterhoek", "jongere");
  }
  SyncIndex(*m_store, m_folder);
  const SearchResult r = Find("last");
  std::vector<std::string> seen;
  for (const Hit& h : r.hits)
    if (seen.empty() || seen.back() != h.documentName) seen.push_back(h.documentName);
  std::vector<std::string> sorted = seen;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(seen, sorted);
  EXPECT_EQ(seen.size(), 14u);  // the two fixture transcripts and all twelve
  const SearchResult ranked = Find("last", HitOrder::Relevance);
  ASSERT_FALSE(ranked.hits.empty());
  EXPECT_GT(ranked.hits.front().relevance, 0.0);
  for (std::size_t i = 1; i < ranked.hits.size(); ++i) EXPECT_LE(ranked.hits[i].relevance, ranked.hits[i - 1].relevance);
}

TEST_F(IndexTest, StemsAndTheStarterSynonymsWidenAWord) {
  // schamen ~ schaam (same stem) ~ schaamte (a synonym in the starter list)
  // (document order: the focus group's name sorts first)
  EXPECT_EQ(Matches("schamen"), (std::vector<std::string>{"schaam", "schaamte", "schaam"}));
  // appèl ~ beroep op: a multi-word synonym matches as a phrase
  EXPECT_EQ(Matches("appèl"), (std::vector<std::string>{"appèl", "beroep op"}));
}

TEST_F(IndexTest, PhrasesNearAndAdj) {
  EXPECT_EQ(Matches("\"tot last\""), (std::vector<std::string>{"tot last", "tot last"}));
  // "last" brings its synonym "tot last zijn": the hit runs from "niemand" to the synonym's end
  EXPECT_EQ(Matches("last NEAR/3 niemand"), (std::vector<std::string>{"niemand tot last zijn"}));
  EXPECT_TRUE(Matches("last ADJ/3 niemand").empty());  // ADJ keeps the order
  EXPECT_EQ(Matches("niemand ADJ/2 last"), (std::vector<std::string>{"niemand tot last zijn"}));
  EXPECT_EQ(Matches("\"grote last\""), (std::vector<std::string>{"grote last"}));
  EXPECT_EQ(Matches("mentor* NEAR/2 natuurlijke"), (std::vector<std::string>{"natuurlijke mentor"}));
}

TEST_F(IndexTest, FieldsNarrowHitsToSpeakersRolesAttributesAndDocuments) {
  EXPECT_EQ(Find("last spreker:moeder").hits.size(), 2u);
  EXPECT_EQ(Find("last -spreker:moeder").hits.size(), 1u);  // the focus group's
  EXPECT_EQ(Find("last -spreker:moeder").hits[0].speaker, "Jongere 2");
  EXPECT_TRUE(Find("last spreker:moeder -spreker:moeder").hits.empty());
  EXPECT_EQ(Find("last rol:jongere").hits.size(), 1u);
  EXPECT_EQ(Find("last regio:achterhoek").hits.size(), 2u);
  EXPECT_EQ(Find("last -regio:achterhoek").hits.size(), 1u);
  EXPECT_EQ(Find("last doc:focusgroep-jongeren").hits.size(), 1u);
  EXPECT_EQ(Find("last -doc:focusgroep-jongeren").hits.size(), 2u);
  EXPECT_EQ(Find("schaam OR mentor").hits.size(), 3u);
}

// docs/query-language.md: words combine per transcript, fields per hit. "niemand" occurs in the
// interview only, so "-niemand" drops all of the interview's hits of "last", also those far from it.
TEST_F(IndexTest, ALeftOutWordLeavesOutWholeTranscripts) {
  const SearchResult all = Find("last");
  const SearchResult without = Find("last -niemand");
  ASSERT_LT(without.hits.size(), all.hits.size());
  ASSERT_FALSE(without.hits.empty());
  for (const Hit& h : without.hits) EXPECT_NE(h.document, m_interview) << h.Match();
  for (const Hit& h : all.hits) {
    if (h.document == m_interview) continue;
    EXPECT_TRUE(std::any_of(without.hits.begin(), without.hits.end(), [&](const Hit& w) { return w.start == h.start; }));
  }
  EXPECT_EQ(Find("last niemand").documents, 1u);  // both words: only the interview has both
}

// Words no transcript holds are dropped from the query before it runs: a synonym the project
// lacks costs nothing and changes nothing, and a word nobody said finds nothing, without an error.
TEST_F(IndexTest, WordsNoTranscriptHoldsFindNothingQuietly) {
  // grootouder, grootvader and grootmoeder occur nowhere; their set still finds opa and oma.
  EXPECT_EQ(Matches("grootmoeder"), (std::vector<std::string>{"opa", "oma"}));
  EXPECT_TRUE(Find("zwerfkattenasiel").hits.empty());
  EXPECT_TRUE(Find("zwerfkattenasiel NEAR/3 oma").hits.empty());
  EXPECT_TRUE(Find("\"oma zwerfkattenasiel\"").hits.empty());
  EXPECT_EQ(Find("zwerfkattenasiel OR oma").hits.size(), 2u);  // oma and, as its synonym, opa
}

TEST_F(IndexTest, CodeFieldsLookAtTheCodingsAroundAHit) {
  auto tx = m_store->Begin("code", m_anna);
  Code parent;
  parent.name = "Barrières";
  parent = m_store->AddCode(parent);
  Code child;
  child.name = "Tot last zijn";
  child.parent = parent.id;
  child = m_store->AddCode(child);
  const std::string text = m_store->DocumentText(m_interview);
  const std::size_t at = text::CountCodePoints(text.substr(0, text.find("niemand tot last")));
  m_store->AddCoding({0, "", m_interview, child.id, m_anna, at, at + 16, "", ""});
  tx.Commit();
  EXPECT_EQ(Find("last code:\"tot last zijn\"").hits.size(), 1u);
  EXPECT_EQ(Find("last code:barrieres").hits.size(), 1u);  // a code covers the codes below it
  EXPECT_EQ(Find("last code:barrieres codeur:anna").hits.size(), 1u);
  EXPECT_EQ(Find("last code:barrieres codeur:bram").hits.size(), 0u);
  EXPECT_EQ(Find("last -code:barrieres").hits.size(), 2u);
}

// A synonym group is indexed as one term of its own, so a search for any member reads one
// posting list. A list changed since indexing makes every transcript stale; until the index has
// caught up, a group it lacks is searched member by member, with the same hits.
TEST_F(IndexTest, ASynonymGroupIsOneIndexTermAndAChangedListReindexes) {
  Xapian::Database db(m_folder);
  const auto compiled = [&](const std::string& query, const Synonyms& synonyms) {
    return CompileQuery(ParseQuery(query), db, synonyms).query.get_description();
  };
  const Synonyms& starter = Synonyms::DutchStarter();
  const std::string oma = compiled("oma", starter);
  EXPECT_EQ(oma.find("Zoma"), std::string::npos) << oma;  // the group's term, not its members
  EXPECT_EQ(compiled("grootvader", starter), oma);
  EXPECT_EQ(compiled("opa OR oma", starter), oma);
  EXPECT_EQ(Matches("oma"), (std::vector<std::string>{"opa", "oma"}));

  const std::string list = "oma ~ opa ~ zus\n";
  auto tx = m_store->Begin("synoniemen", m_anna);
  m_store->SetSetting(kSynonymsSetting, list);
  tx.Commit();
  const Synonyms own = ProjectSynonyms(*m_store);
  const std::string before = compiled("oma", own);
  EXPECT_NE(before.find("Zoma"), std::string::npos) << before;  // not indexed yet: member by member
  SearchOptions options;
  options.synonyms = &own;
  options.order = HitOrder::Document;
  std::vector<std::string> members;
  for (const Hit& h : Searcher(*m_store, m_folder).Search("oma", options).hits) members.emplace_back(h.Match());
  EXPECT_EQ(members, (std::vector<std::string>{"opa", "oma", "zus"}));

  EXPECT_EQ(CheckIndex(*m_store, m_folder).stale, 2u);
  EXPECT_EQ(SyncIndex(*m_store, m_folder).indexed, 2u);
  db.reopen();
  const std::string after = compiled("zus", own);
  EXPECT_EQ(after.find("Zoma"), std::string::npos) << after;
  EXPECT_EQ(compiled("oma", own), after);
  std::vector<std::string> grouped;
  for (const Hit& h : Searcher(*m_store, m_folder).Search("oma", options).hits) grouped.emplace_back(h.Match());
  EXPECT_EQ(grouped, members);
  EXPECT_TRUE(CheckIndex(*m_store, m_folder).Consistent());
}

// Whether Xapian itself checks word positions decides how a search in name order pages.
TEST_F(IndexTest, ACompiledQueryKnowsWhetherXapianChecksPositions) {
  Xapian::Database db(m_folder);
  const auto positional = [&](const std::string& query) {
    return CompileQuery(ParseQuery(query), db, Synonyms::DutchStarter()).positional;
  };
  EXPECT_FALSE(positional("last"));  // "tot last zijn" only widens its hits
  EXPECT_FALSE(positional("oma OR opa"));
  EXPECT_FALSE(positional("last spreker:moeder"));
  // A phrase or proximity the whole query needs: Xapian gets its words, the hit finder the order.
  EXPECT_FALSE(positional("\"tot last\""));
  EXPECT_FALSE(positional("niemand NEAR/3 zus"));
  EXPECT_FALSE(positional("\"tot last\" oma -zus"));
  // One that a document may do without (in an OR) is checked by Xapian.
  EXPECT_TRUE(positional("\"tot last\" OR zus"));
  EXPECT_TRUE(positional("(niemand NEAR/3 zus) OR oma"));
  EXPECT_TRUE(positional("appèl"));  // "beroep op" is a phrase no one-word form finds
}

// A phrase or NEAR the query needs reaches Xapian as its words alone: a transcript with the words
// in another order has no hit of it, and so none at all, whatever else of the query it holds.
TEST_F(IndexTest, ATranscriptWithoutTheNeededPhraseOrProximityHasNoHits) {
  // The focus group says "niet tot last", the interview "niemand tot last"; both say "last".
  const SearchResult phrase = Find("\"niet tot\" last");
  ASSERT_FALSE(phrase.hits.empty());
  for (const Hit& h : phrase.hits) EXPECT_EQ(h.document, m_focus) << h.Match();
  EXPECT_EQ(phrase.documents, 1u);
  EXPECT_TRUE(Find("\"last tot\" niemand").hits.empty());  // the interview's words, not in this order
  // The interview holds zus, niemand and last, but zus and niemand far apart (an OR group in
  // NEAR, which Xapian could never check itself).
  EXPECT_TRUE(Find("(zus OR oma) NEAR/1 niemand last").hits.empty());
  EXPECT_EQ(Find("(zus OR oma) NEAR/1 mijn last").documents, 2u);  // "mijn zus", "mijn oma"
  EXPECT_EQ(Find("last NEAR/3 niemand -oma").documents, 1u);
}

// Asking Xapian for a needed phrase's words ranks as its phrase did: a phrase weighs what its
// words weigh, and only the transcripts that hold the phrase are left.
TEST_F(IndexTest, ANeededPhraseRanksAsXapiansPhraseWould) {
  for (int i = 1; i <= 6; ++i) {
    std::string text = "R:";
    for (int j = 0; j < i; ++j) text += i % 2 ? " tot last en" : " last en tot en";  // even ones: not the phrase
    for (int j = 0; j < 7 - i; ++j) text += " en verder niets";
    AddTranscript("gesprek-" + std::to_string(i), text + "\n", "Achterhoek", "jongere");
  }
  SyncIndex(*m_store, m_folder);
  SearchOptions options;
  options.order = HitOrder::Relevance;
  options.limit = 1000;
  const SearchResult ours = Searcher(*m_store, m_folder).Search("\"tot last\"", options);
  std::vector<std::pair<std::string, double>> ranked;  // each document once, in the order given
  for (const Hit& h : ours.hits)
    if (ranked.empty() || ranked.back().first != h.documentName) ranked.emplace_back(h.documentName, h.relevance);
  Xapian::Database db(m_folder);
  Xapian::Enquire enquire(db);
  const std::vector<std::string> words{terms::Stem("tot"), terms::Stem("last")};
  enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 2));
  std::vector<std::pair<std::string, double>> xapians;
  const Xapian::MSet all = enquire.get_mset(0, 100);
  for (auto it = all.begin(); it != all.end(); ++it) {
    xapians.emplace_back(it.get_document().get_value(terms::kNameSlot), it.get_weight());
  }
  ASSERT_EQ(ranked.size(), 5u);  // the fixture's two and gesprek-1, -3 and -5
  ASSERT_EQ(ranked.size(), xapians.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    EXPECT_EQ(ranked[i].first, xapians[i].first) << i;
    EXPECT_DOUBLE_EQ(ranked[i].second, xapians[i].second) << i;
  }
}

// Words, AND, OR, NOT and fields are ranked by the search's own ranker; a phrase Xapian has to
// check and a synonym phrase it has to combine stay Xapian's. Either way the documents come in
// the order, and with the weights, of Xapian's BM25, in relevance and in document order.
TEST_F(IndexTest, TheRankerRanksWhatItCanAsXapianWould) {
  for (int i = 1; i <= 6; ++i) {
    std::string text = "Moeder:";
    for (int j = 0; j < i; ++j) text += " ik wil niemand tot last zijn";
    for (int j = 0; j < 9 - i; ++j) text += i % 3 ? " en mijn oma helpt" : " de buurvrouw ook";
    AddTranscript("gesprek-" + std::to_string(i), text + "\n", "Achterhoek", i % 2 ? "ouder" : "jongere");
  }
  SyncIndex(*m_store, m_folder);
  Xapian::Database db(m_folder);
  const auto compiled = [&](const std::string& query) { return CompileQuery(ParseQuery(query), db, Synonyms::DutchStarter()); };
  EXPECT_TRUE(compiled("last").plan);
  EXPECT_TRUE(compiled("last spreker:moeder -oma").plan);
  EXPECT_TRUE(compiled("\"tot last\"").plan);  // its words: the hit finder checks their order
  EXPECT_TRUE(compiled("mentor*").plan);
  EXPECT_FALSE(compiled("\"tot last\" OR zus").plan);  // Xapian checks the phrase
  EXPECT_FALSE(compiled("appèl").plan);  // "beroep op" beside it: a synonym of a phrase
  for (const std::string query : {"last", "last OR buurvrouw", "last -oma", "niemand rol:ouder", "de last", "wil oma", "last last", "last OR (last oma)"}) {
    SearchOptions options;
    options.limit = 1000;
    const SearchResult ours = Searcher(*m_store, m_folder).Search(query, options);
    std::vector<std::pair<std::string, double>> ranked;  // each document once, in the order given
    for (const Hit& h : ours.hits)
      if (ranked.empty() || ranked.back().first != h.documentName) ranked.emplace_back(h.documentName, h.relevance);
    Xapian::Enquire enquire(db);
    enquire.set_query(compiled(query).query);
    std::vector<std::pair<std::string, double>> xapians;
    const Xapian::MSet all = enquire.get_mset(0, 100);
    for (auto it = all.begin(); it != all.end(); ++it)
      xapians.emplace_back(it.get_document().get_value(terms::kNameSlot), it.get_weight());
    ASSERT_EQ(ranked.size(), xapians.size()) << query;
    ASSERT_GT(ranked.size(), 1u) << query;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      EXPECT_EQ(ranked[i].first, xapians[i].first) << query << " at " << i;
      EXPECT_DOUBLE_EQ(ranked[i].second, xapians[i].second) << query << " at " << i;
    }
    std::vector<std::string> names;
    for (const Hit& h : Find(query).hits) names.push_back(h.documentName);
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end())) << query;
    EXPECT_EQ(names.size(), ours.hits.size()) << query;
  }
}

TEST_F(IndexTest, KwicContextIsCutAtWordsAndSortable) {
  Searcher searcher(*m_store, m_folder);
  SearchOptions options;
  options.contextWidth = 12;
  options.order = HitOrder::Right;
  const SearchResult r = searcher.Search("last", options);
  ASSERT_EQ(r.hits.size(), 3u);
  for (const Hit& h : r.hits) {
    EXPECT_LE(text::CountCodePoints(h.Left()), 12u);
    EXPECT_EQ(h.Left().find('\n'), std::string::npos);
    EXPECT_NE(h.Left().front(), ' ') << h.Left();
  }
  // Right context by its words: "." has none and sorts first, then ", zeker ..."
  EXPECT_EQ(r.hits[0].Right(), ".");
  EXPECT_EQ(r.hits[1].Right(), ".");
  EXPECT_EQ(r.hits[2].Right(), ", zeker");
  options.order = HitOrder::Left;
  const SearchResult left = searcher.Search("last", options);
  EXPECT_EQ(left.hits[0].Left(), "één grote ");  // "grote" sorts before "tot"
}

// A lone word's positions are read only as far as the limit needs: the hits are still the
// document's first ones in text order, also where two words' occurrences interleave.
TEST_F(IndexTest, ALimitTakesTheFirstHitsOfLoneWords) {
  std::string line = "Ouder:";
  for (int i = 0; i < 30; ++i) line += i % 3 ? " oma" : " opa en zus";
  const RowId doc = AddTranscript("veel-oma", line + "\n", "Achterhoek", "ouder");
  SyncIndex(*m_store, m_folder);
  Searcher searcher(*m_store, m_folder);
  SearchOptions options;
  options.limit = 7;
  const std::string text = m_store->DocumentText(doc);
  for (const std::string query : {"oma doc:veel-oma", "zus OR opa doc:veel-oma", "oma zus doc:veel-oma"}) {
    const SearchResult all = searcher.Search(query);
    const SearchResult some = searcher.Search(query, options);
    ASSERT_GT(all.hits.size(), 7u) << query;
    ASSERT_EQ(some.hits.size(), 7u) << query;
    EXPECT_TRUE(some.more) << query;
    for (std::size_t i = 0; i < some.hits.size(); ++i) {
      EXPECT_EQ(some.hits[i].start, all.hits[i].start) << query << " " << i;
      EXPECT_EQ(some.hits[i].Match(), std::string(text::SliceCodePoints(text, some.hits[i].start, some.hits[i].end)));
    }
  }
}

// Grouped by speaker: speakers in Dutch collation (case and accents aside), hits outside turns
// last, and within a speaker the document order.
TEST_F(IndexTest, HitsCanBeGroupedBySpeaker) {
  AddTranscript("interview-zus", "Émile: Een last.\nanna: Geen last.\nÉmile: Weer last.\n", "Achterhoek", "netwerk");
  {
    auto tx = m_store->Begin("add", m_anna);
    Document d;
    d.name = "notitie";
    m_store->AddDocument(d, "Zonder sprekers: een last.");  // no turns at all
    tx.Commit();
  }
  SyncIndex(*m_store, m_folder);
  const SearchResult r = Find("last", HitOrder::Speaker);
  std::vector<std::string> speakers;
  for (const Hit& h : r.hits) speakers.push_back(h.speaker);
  EXPECT_EQ(speakers, (std::vector<std::string>{"anna", "Émile", "Émile", "Jongere 2", "Moeder", "Moeder", ""}));
  EXPECT_LT(r.hits[1].start, r.hits[2].start);  // Émile's two, in text order
  EXPECT_EQ(r.hits.back().documentName, "notitie");
}

TEST_F(IndexTest, ManyHitsInOneDocumentShareOneReadOfItsText) {
  std::string line = "Moeder:";
  for (int i = 0; i < 12; ++i) line += " één last 👍 nummer " + std::to_string(i) + ",";
  const RowId doc = AddTranscript("veel-last", line + "\n", "Achterhoek", "ouder");
  const SearchResult r = FindInContext("last doc:veel-last", 15);
  ASSERT_EQ(r.hits.size(), 12u);  // each placed in the index's copy of the text by its bytes
  const std::string text = m_store->DocumentText(doc);
  for (const Hit& h : r.hits) {
    EXPECT_EQ(h.Match(), "last");
    EXPECT_EQ(text::SliceCodePoints(text, h.start, h.end), "last");
    EXPECT_NE(text.find(h.kwic), std::string::npos) << h.Left() << "|" << h.Right();
    EXPECT_TRUE(h.Left().ends_with("één ")) << h.Left();
  }
}

// Outside speaker turns the context may run over line ends and tabs: they show as spaces, in
// the one-read path (many hits) and the per-hit path (few) alike.
TEST_F(IndexTest, LineBreaksAndTabsInTheContextShowAsSpaces) {
  std::string many, few = "Aantekening:\tde last\r\nvan één dag\n";
  for (int i = 0; i < 10; ++i) many += "regel " + std::to_string(i) + "\tmet\r\nlast\nérna\t👍 ";
  auto tx = m_store->Begin("notities", m_anna);
  Document a, b;
  a.name = "notities-veel";
  b.name = "notities-weinig";
  m_store->AddDocument(a, many);
  m_store->AddDocument(b, few);
  tx.Commit();
  const SearchResult r = FindInContext("last doc:notities-veel", 12);
  ASSERT_EQ(r.hits.size(), 10u);
  for (const Hit& h : r.hits) {
    EXPECT_TRUE(h.Left().ends_with(" met  ")) << "[" << h.Left() << "]";  // CR and LF: a space each
    EXPECT_TRUE(h.Right().starts_with(" érna 👍")) << h.Right();
    for (const std::string_view part : {h.Left(), h.Right()})
      EXPECT_EQ(part.find_first_of("\n\r\t"), std::string::npos) << part;
  }
  const SearchResult one = FindInContext("last doc:notities-weinig", 12);
  ASSERT_EQ(one.hits.size(), 1u);
  EXPECT_EQ(one.hits[0].Left(), "de ");  // the tab ends the word cut off at the window's edge
  EXPECT_EQ(one.hits[0].Right(), "  van één");
}

TEST_F(IndexTest, ManyHitsFarIntoALongDocumentGetTheirOwnContext) {
  // The hits start chunks into the text and lie chunks apart: the read starts at a chunk
  // boundary before the first, and each context is found by walking on from the one before.
  std::string line = "Moeder:";
  for (int i = 0; i < 700; ++i) line += " één ĳs 👍";
  for (int i = 0; i < 10; ++i) {
    line += " voor" + std::to_string(i) + " last na" + std::to_string(i);
    for (int j = 0; j < 60 * i; ++j) line += " ü";
  }
  const RowId doc = AddTranscript("lang-last", line + "\n", "Achterhoek", "ouder");
  const SearchResult r = FindInContext("last doc:lang-last", 10);
  ASSERT_EQ(r.hits.size(), 10u);
  const std::string text = m_store->DocumentText(doc);
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    const Hit& h = r.hits[i];
    EXPECT_EQ(text::SliceCodePoints(text, h.start, h.end), "last");
    EXPECT_TRUE(h.Left().ends_with("voor" + std::to_string(i) + " ")) << h.Left();
    EXPECT_TRUE(h.Right().starts_with(" na" + std::to_string(i))) << h.Right();
  }
}

// A KWIC line shows the words of the hit's own speaker: the context stops at the turn, and the
// turn's timestamp and speaker label (the columns beside it) are left out.
TEST_F(IndexTest, KwicContextStaysInTheSpeakersTurn) {
  AddTranscript("kwic-beurt", "I: Hoe ging dat toen met je, vertel eens?\nMoeder: Ik schaamde me echt.\nI: Dat snap ik.\n",
                "Achterhoek", "ouder");
  SyncIndex(*m_store, m_folder);
  Searcher searcher(*m_store, m_folder);
  const SearchResult r = searcher.Search("schaamde doc:kwic-beurt");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].speaker, "Moeder");
  EXPECT_TRUE(r.hits[0].inTurn);
  EXPECT_EQ(r.hits[0].Left(), "Ik ");
  EXPECT_EQ(r.hits[0].Right(), " me echt.");
  {  // a turn as imported: timestamp and label inside it, the window starting among them
    auto tx = m_store->Begin("import", m_anna);
    Document d;
    d.name = "kwic-tijd";
    const std::string line = "[00:11:30] Moderator: Ik hoor een paar dingen: schaamte, privacy.";
    d = m_store->AddDocument(d, line + "\n");
    m_store->AddTurns({{d.id, 0, text::CountCodePoints(line), "Moderator", 690000, std::nullopt, std::nullopt}});
    tx.Commit();
  }
  SyncIndex(*m_store, m_folder);
  const SearchResult timed = searcher.Search("schaamte doc:kwic-tijd");
  ASSERT_EQ(timed.hits.size(), 1u);
  EXPECT_EQ(timed.hits[0].Left(), "Ik hoor een paar dingen: ");
}

TEST_F(IndexTest, HitsKnowTheirSentenceWhenAsked) {
  Searcher searcher(*m_store, m_folder);
  SearchOptions options;
  options.sentences = true;
  const SearchResult r = searcher.Search("niemand doc:interview-moeder", options);
  ASSERT_EQ(r.hits.size(), 1u);
  const std::string text = m_store->DocumentText(m_interview);
  EXPECT_EQ(text::SliceCodePoints(text, r.hits[0].sentenceStart, r.hits[0].sentenceEnd),
            "Ik wil niemand tot last zijn, zeker niet 's avonds.");
  EXPECT_EQ(searcher.Search("niemand").hits[0].sentenceEnd, 0u);  // not asked: not computed
}

TEST_F(IndexTest, QueryErrorsPointIntoTheQuery) {
  Searcher searcher(*m_store, m_folder);
  try {
    searcher.Search("last code:schaamte (hulp");
    FAIL() << "accepted an unclosed parenthesis";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.Offset(), 19u);
  }
  EXPECT_THROW(searcher.Search("regio:achterhoek"), QueryError);  // nothing to look for
}

}  // namespace
}  // namespace duiding::search
