// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The search pane: KWIC lines that jump to the transcript, their orders and counts, coding all or
// some hits at a scope, and the project's synonym list edited in the workbench.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "app/coding_commands.h"
#include "app/results_panel.h"
#include "search/index.h"
#include "search/project_synonyms.h"
#include "search/search.h"
#include "tests/gui/workbench_fixture.h"
#include "text/clock_time.h"

namespace duiding::app {
namespace {

// Hits and documents each take their own plural: "1 hit in 1 document", not "1 hit in 1 documents";
// a hit's timestamp is in its row.
TEST_F(Workbench, TheSearchSummaryCountsInPluralsAndRowsShowTheTurnsTime) {
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("\"schaamde\"")));
  const std::string name = m_frame->Results().Result().hits.at(0).documentName;
  ASSERT_TRUE(m_frame->Results().RunSearch(wxString::FromUTF8("\"schaamde me echt kapot\" doc:" + name)));
  ASSERT_EQ(m_frame->Results().Result().hits.size(), 1u);
  EXPECT_EQ(m_frame->Results().Summary(), wxT("1 hit in 1 document"));
  // A hit in a timestamped turn shows the turn's time after its speaker.
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("Doetinchem")));
  const wxString row = m_frame->Results().RowText(0);
  EXPECT_TRUE(row.EndsWith(wxT("| Moderator | 00:00:08"))) << row;
}

// The hits can be listed as the CLI lists them: by relevance or by the words before or after
// (Dutch collation), by picking the order or clicking the column; the query runs again.
TEST_F(Workbench, SearchHitsCanBeOrderedByContextOrRelevance) {
  ResultsPanel& results = m_frame->Results();
  ASSERT_TRUE(results.RunSearch(wxT("last OR schamen")));
  const auto places = [](const search::SearchResult& r) {
    std::vector<std::pair<RowId, std::size_t>> at;
    for (const search::Hit& h : r.hits) at.emplace_back(h.document, h.start);
    return at;
  };
  const auto documentOrder = places(results.Result());
  ASSERT_GE(documentOrder.size(), 3u);
  for (const search::HitOrder order : {search::HitOrder::Left, search::HitOrder::Right, search::HitOrder::Speaker,
                                       search::HitOrder::Relevance}) {
    results.SetOrder(order);
    EXPECT_EQ(results.Order(), order);
    search::SearchOptions options;
    options.order = order;
    options.limit = 2000;
    const search::Synonyms synonyms = search::ProjectSynonyms(m_context.Project().Store());
    options.synonyms = &synonyms;
    const search::SearchResult direct =
        search::Searcher(m_context.Project().Store(), search::IndexFolder(m_context.Project().Store().Info().guid))
            .Search("last OR schamen", options);
    EXPECT_EQ(places(results.Result()), places(direct)) << static_cast<int>(order);
  }
  EXPECT_NE(places(results.Result()), documentOrder);  // relevance is not the document order here
  results.SetOrder(search::HitOrder::Document);
  EXPECT_EQ(places(results.Result()), documentOrder);
}

// The project's synonym list is edited in the workbench: shown as the starter list at first,
// a list that does not parse comes back with the error, a good one is kept and the last search
// runs again with it; emptied, the starter list is back.
TEST_F(Workbench, TheSearchSynonymsAreEditedInTheWorkbench) {
  ResultsPanel& results = m_frame->Results();
  ASSERT_TRUE(results.RunSearch(wxT("mentor")));
  const std::size_t before = results.Result().hits.size();
  const wxString mine = wxString::FromUTF8("# onze lijst\nmentor ~ steunfiguur ~ schaamte\n");
  m_prompter.edits = {wxT("mentor ~\n"), mine};  // first one member only: refused, then mended
  ASSERT_TRUE(results.EditSynonyms());
  ASSERT_EQ(m_prompter.edited.size(), 2u);
  EXPECT_NE(m_prompter.edited[0].Find(wxT("schaamte ~ schamen")), wxNOT_FOUND);  // the starter list to begin from
  EXPECT_EQ(m_prompter.edited[1], wxT("mentor ~\n"));                            // the refused text to mend
  ASSERT_EQ(m_prompter.errors.size(), 1u);
  EXPECT_NE(m_prompter.errors[0].find("line 1"), std::string::npos) << m_prompter.errors[0];
  EXPECT_EQ(search::SynonymText(m_context.Project().Store()), ToUtf8(mine));
  EXPECT_GT(results.Result().hits.size(), before);  // "mentor" now finds schaamte too: searched again
  bool schaamte = false;
  for (const search::Hit& h : results.Result().hits) schaamte = schaamte || h.Match().find("schaamte") != std::string::npos;
  EXPECT_TRUE(schaamte);
  m_prompter.edits = {wxEmptyString};
  ASSERT_TRUE(results.EditSynonyms());
  EXPECT_EQ(results.Result().hits.size(), before);
  EXPECT_EQ(search::SynonymText(m_context.Project().Store()), ToUtf8(m_prompter.edited[0]));
}

TEST_F(Workbench, SearchListsKwicLinesThatJumpAndCodeAllHits) {
  ASSERT_TRUE(m_frame->Results().RunSearch(wxT("\"schaamde\"")));  // quoted: the word itself, no synonyms
  const search::SearchResult& result = m_frame->Results().Result();
  ASSERT_GE(result.hits.size(), 2u);
  const wxString row = m_frame->Results().RowText(0);
  EXPECT_NE(row.Lower().Find(wxT("| schaamde |")), wxNOT_FOUND) << row;
  EXPECT_EQ(m_frame->Results().Summary(), wxString::Format(wxT("%zu hits in %zu documents"), result.hits.size(), result.documents));
  EXPECT_NE(row.Find(ToWx(result.hits[0].documentName)), wxNOT_FOUND) << row;

  m_frame->Results().ActivateRow(1);
  const search::Hit& hit = result.hits[1];
  EXPECT_EQ(m_frame->Transcript().Document(), hit.document);
  EXPECT_EQ(m_context.CurrentSelection().start, hit.start);
  EXPECT_EQ(m_context.CurrentSelection().end, hit.end);

  m_frame->Results().SelectRows({});  // nothing selected: every hit, no question which
  m_prompter.answers = {wxString::FromUTF8("Barrières/Schaamte"), wxT("Just the hit")};
  ASSERT_TRUE(m_frame->Results().CodeAllHits());
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  const std::string count = std::to_string(result.hits.size());
  EXPECT_NE(m_prompter.questions[0].find("New codings: " + count + ","), std::string::npos) << m_prompter.questions[0];
  EXPECT_EQ(CodingsOf("Schaamte").size(), result.hits.size());
  ASSERT_TRUE(m_frame->Commands().Undo());  // all of them at once
  EXPECT_TRUE(CodingsOf("Schaamte").empty());
}

// A chosen subset: the rows selected, each coded with the sentence it is in.
TEST_F(Workbench, SelectedHitsAreCodedWithTheirSentences) {
  ResultsPanel& results = m_frame->Results();
  ASSERT_TRUE(results.RunSearch(wxT("last OR schamen")));
  const search::SearchResult found = results.Result();
  ASSERT_GE(found.hits.size(), 4u);
  results.SelectRows({0, 2});
  m_prompter.answers = {wxT("The 2 selected hits"), wxString::FromUTF8("Barrières/Schaamte"), wxT("The sentence it is in")};
  ASSERT_TRUE(results.CodeAllHits());
  ASSERT_EQ(m_prompter.questions.size(), 1u);
  EXPECT_NE(m_prompter.questions[0].find("Code 2 hits"), std::string::npos) << m_prompter.questions[0];
  const auto codings = CodingsOf("Schaamte");
  ASSERT_EQ(codings.size(), 2u);
  for (const std::size_t row : {0u, 2u}) {
    const search::Hit& hit = found.hits[row];
    const bool covered = std::any_of(codings.begin(), codings.end(), [&](const store::QuotedCoding& c) {
      return c.coding.document == hit.document && c.coding.start <= hit.start && hit.end <= c.coding.end &&
             c.coding.end - c.coding.start > hit.end - hit.start;  // more than the hit: its sentence
    });
    EXPECT_TRUE(covered) << hit.Match();
  }
  ASSERT_TRUE(m_frame->Commands().Undo());  // one change
  EXPECT_TRUE(CodingsOf("Schaamte").empty());
}

// KWIC lines leave as tab-separated text, for a report or a spreadsheet: the selected ones, or
// all when none is selected.
TEST_F(Workbench, KwicLinesAreCopiedAsTabSeparatedText) {
  ResultsPanel& results = m_frame->Results();
  ASSERT_TRUE(results.RunSearch(wxT("Doetinchem OR schaamte")));
  const search::SearchResult& found = results.Result();
  ASSERT_GE(found.hits.size(), 3u);
  results.SelectRows({1});
  const wxString one = results.CopyHits();
  const search::Hit& hit = found.hits[1];
  EXPECT_EQ(one, ToWx(hit.Left()) + wxT("\t") + ToWx(hit.Match()) + wxT("\t") + ToWx(hit.Right()) + wxT("\t") +
                     ToWx(hit.documentName) + wxT("\t") + ToWx(hit.speaker) + wxT("\t") +
                     (hit.timestampMs ? ToWx(text::FormatClockTime(*hit.timestampMs)) : wxString()) + wxT("\n"));
  results.SelectRows({});
  const wxString all = results.CopyHits();
  EXPECT_EQ(static_cast<std::size_t>(all.Freq('\n')), found.hits.size());
  EXPECT_NE(all.Find(wxT("Doetinchem\t")), wxNOT_FOUND);
  EXPECT_NE(all.Find(wxT("\tModerator\t00:00:08\n")), wxNOT_FOUND) << all;  // the turn's time last
}

}  // namespace
}  // namespace duiding::app
