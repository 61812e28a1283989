// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// The search tests' project: an interview and a focus group in Dutch with emoji, one turn a
// line, each speaker a case with a role, indexed in a folder of its own.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "search/index.h"
#include "search/search.h"
#include "store/store.h"
#include "tests/store/temp_dir.h"
#include "text/utf8.h"

namespace duiding::search {

inline constexpr const char* kInterview =
    "I: Voelt u schaamte als u hulp vraagt?\n"
    "Moeder: Ja, ik schaam me 😅. Ik wil niemand tot last zijn, zeker niet 's avonds.\n"
    "I: En het appèl van de hulpverlener?\n"
    "Moeder: Dat beroep op mijn zus voelde als één grote last.\n";

inline constexpr const char* kFocusgroep =
    "Moderator: Wie is jullie steunfiguur?\n"
    "Jongere 1: Mijn opa, hij is mijn natuurlijke mentor 👍.\n"
    "Jongere 2: Ik schaam me niet, maar ik wil mijn oma niet tot last zijn.\n";

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_store = store::Store::Create(m_dir.File("p.duiding"), "Zoeken", "anna");
    m_anna = m_store->Users().front().id;
    m_interview = AddTranscript("interview-moeder", kInterview, "Achterhoek", "ouder");
    m_focus = AddTranscript("focusgroep-jongeren", kFocusgroep, "Rivierenland", "jongere");
    m_folder = m_dir.File("index");
    SyncIndex(*m_store, m_folder);
  }

  // A transcript with one turn per line, each speaker a case with a role.
  RowId AddTranscript(const std::string& name, const std::string& text, const std::string& regio,
                      const std::string& rol) {
    auto tx = m_store->Begin("import " + name, m_anna);
    Document d;
    d.name = name;
    d = m_store->AddDocument(d, text);
    std::vector<Turn> turns;
    std::map<std::string, RowId> cases;
    std::size_t at = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t nl = text.find('\n', pos);
      const std::string line = text.substr(pos, nl - pos);
      const std::size_t length = text::CountCodePoints(line);
      const std::string speaker = line.substr(0, line.find(':'));
      if (!cases.count(speaker)) {
        Case c;
        c.name = speaker + " · " + name;
        cases[speaker] = m_store->AddCase(c).id;
        m_store->SetValue(Variable("rol"), {cases[speaker], std::nullopt},
                          std::string(speaker == "I" || speaker == "Moderator" ? "interviewer" : rol));
      }
      turns.push_back({d.id, at, at + length, speaker, static_cast<std::int64_t>(at * 100), std::nullopt, cases[speaker]});
      at += length + 1;
      pos = nl + 1;
    }
    m_store->AddTurns(turns);
    m_store->SetValue(Variable("regio"), {std::nullopt, d.id}, regio);
    tx.Commit();
    return d.id;
  }

  RowId Variable(const std::string& name) {
    for (const duiding::Variable& v : m_store->Variables())
      if (v.name == name) return v.id;
    duiding::Variable v;
    v.name = name;
    return m_store->AddVariable(v).id;
  }

  SearchResult Find(const std::string& query, HitOrder order = HitOrder::Document) {
    Searcher searcher(*m_store, m_folder);
    SearchOptions options;
    options.order = order;
    return searcher.Search(query, options);
  }

  // The index brought up to date, then `query` with `width` code points of context a side.
  SearchResult FindInContext(const std::string& query, std::size_t width) {
    SyncIndex(*m_store, m_folder);
    Searcher searcher(*m_store, m_folder);
    SearchOptions options;
    options.contextWidth = width;
    return searcher.Search(query, options);
  }

  std::vector<std::string> Matches(const std::string& query) {
    std::vector<std::string> out;
    for (const Hit& h : Find(query).hits) out.emplace_back(h.Match());
    return out;
  }

  ::duiding::testing::TempDir m_dir;
  std::unique_ptr<store::Store> m_store;
  RowId m_anna = 0, m_interview = 0, m_focus = 0;
  std::string m_folder;
};

}  // namespace duiding::search
