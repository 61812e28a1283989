// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Where each term stands in a document, as the hit finder reads it from the document file:
// every term of a dictionary of many blocks found with all its positions, absent terms before,
// between and after them not, a limit honoured, and damage an error, not a crash.
#include "search/term_positions.h"

#include <gtest/gtest.h>

#include "model/error.h"

namespace duiding::search {
namespace {

using Positions = std::map<std::string, std::vector<std::uint32_t>>;

// Stems as the index spells them (Z and a folded stem, S and a group digest), sharing prefixes.
Positions Dictionary() {
  Positions positions;
  const std::vector<std::string> stems = {"aanmeld", "aanvrag", "appel", "client", "cliëntgericht", "geinterviewd",
                                          "jeugdhulp", "jeugdhulpregio", "last", "mentor", "mentoraat", "netwerk",
                                          "oma", "opa", "rechter", "regie", "schaamt", "steun", "steunfigur", "vrag"};
  std::uint32_t next = 1;
  for (std::size_t i = 0; i < stems.size(); ++i)
    for (int round = 0; round < 3; ++round) {
      std::vector<std::uint32_t>& at = positions["Z" + stems[i] + (round ? std::to_string(round) : "")];
      for (std::size_t k = 0; k <= (i * 7 + static_cast<std::size_t>(round)) % 9; ++k) at.push_back(next += 1 + (k * 131) % 300);
    }
  positions["S4ad4faf9332c7ad2"] = {2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765};
  return positions;
}

TEST(TermPositions, EveryTermIsFoundWithAllItsPositions) {
  const Positions positions = Dictionary();
  ASSERT_GT(positions.size(), 3 * kTermsPerBlock);
  const std::string data = EncodeTermPositions(positions);
  const TermPositions reader(data);
  for (const auto& [term, at] : positions) {
    std::vector<std::uint32_t> found;
    ASSERT_TRUE(reader.Find(term, found, 1000)) << term;
    EXPECT_EQ(found, at) << term;
  }
}

TEST(TermPositions, AbsentTermsAreNotFound) {
  const std::string data = EncodeTermPositions(Dictionary());
  const TermPositions reader(data);
  std::vector<std::uint32_t> found;
  for (const std::string term : {"", "A", "Zaa", "Zclient0", "Zjeugd", "Zmentora", "Zzzz", "S4ad4faf9332c7ad", "S4ad4faf9332c7ad3"})
    EXPECT_FALSE(reader.Find(term, found, 1000)) << term;
  EXPECT_TRUE(found.empty());
  EXPECT_FALSE(TermPositions().Find("Zlast", found, 10));
  EXPECT_FALSE(TermPositions(EncodeTermPositions({})).Find("Zlast", found, 10));
}

TEST(TermPositions, ALimitTakesTheFirstPositions) {
  const std::string data = EncodeTermPositions(Dictionary());
  std::vector<std::uint32_t> found;
  ASSERT_TRUE(TermPositions(data).Find("S4ad4faf9332c7ad2", found, 4));
  EXPECT_EQ(found, (std::vector<std::uint32_t>{2, 3, 5, 8}));
}

TEST(TermPositions, ADamagedDictionaryIsAnErrorNotACrash) {
  const std::string data = EncodeTermPositions(Dictionary());
  for (std::size_t cut = 0; cut < data.size(); cut += 5) {
    try {  // any truncation either finds what it still holds or says the index is damaged
      const TermPositions reader(std::string_view(data).substr(0, cut));
      std::vector<std::uint32_t> found;
      reader.Find("Zoma", found, 100);
      reader.Find("Zvrag", found, 100);
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("search index"), std::string::npos) << cut;
    }
  }
  EXPECT_THROW(EncodeTermPositions({{"Zlast", {5, 3}}}), Error);  // positions must ascend
}

}  // namespace
}  // namespace duiding::search
