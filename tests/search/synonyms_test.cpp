// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "model/error.h"
#include "search/starter_synonyms.h"
#include "search/synonyms.h"

namespace duiding::search {
namespace {

using Words = std::vector<std::string>;

bool Contains(const Words& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The message of the Error(Input) that parsing `text` throws, or "" when it parses.
std::string ParseError(const std::string& text) {
  try {
    Synonyms::Parse(text, "lijst.txt");
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input);
    return e.what();
  }
  return "";
}

TEST(SynonymsParse, GroupsCommentsAndBlankLines) {
  const Synonyms list = Synonyms::Parse(
      "# eigen lijst\n"
      "\n"
      "schaamte ~ schamen ~ beschaamd   # gevoel\n"
      "   \t\n"
      "steunfiguur~natuurlijke mentor\n",
      "lijst.txt");
  EXPECT_EQ(list.GroupCount(), 2u);
  EXPECT_EQ(list.Alternatives("schaamte"), (Words{"schamen", "beschaamd"}));
  EXPECT_EQ(list.Alternatives("natuurlijke mentor"), (Words{"steunfiguur"}));
}

TEST(SynonymsParse, EmptyTextAndOnlyCommentsGiveNoGroups) {
  EXPECT_EQ(Synonyms::Parse("", "leeg.txt").GroupCount(), 0u);
  EXPECT_EQ(Synonyms::Parse("# a ~ b\n\n#\n", "leeg.txt").GroupCount(), 0u);
  EXPECT_EQ(Synonyms().GroupCount(), 0u);
  EXPECT_TRUE(Synonyms().Alternatives("schaamte").empty());
}

TEST(SynonymsParse, AcceptsByteOrderMarkAndCrLf) {
  const Synonyms list = Synonyms::Parse("\xEF\xBB\xBFopa ~ oma\r\nburen ~ buurman\r\n", "windows.txt");
  EXPECT_EQ(list.GroupCount(), 2u);
  EXPECT_EQ(list.Alternatives("opa"), (Words{"oma"}));
  EXPECT_EQ(list.Alternatives("buren"), (Words{"buurman"}));
}

TEST(SynonymsParse, MembersAreFoldedWordByWord) {
  const Synonyms list = Synonyms::Parse("Appèl ~ Beroep   OP ~ jeugdhulp-regio\n", "lijst.txt");
  EXPECT_EQ(list.Alternatives("appel"), (Words{"beroep op", "jeugdhulp regio"}));
  EXPECT_EQ(list.Alternatives("APPÈL"), (Words{"beroep op", "jeugdhulp regio"}));
  EXPECT_EQ(list.Alternatives("beroep op"), (Words{"appel", "jeugdhulp regio"}));
  EXPECT_EQ(list.Alternatives(" Beroep  Op "), (Words{"appel", "jeugdhulp regio"}));
  EXPECT_TRUE(list.Alternatives("beroep").empty());  // a phrase member is not its words
}

TEST(SynonymsAlternatives, UnionOfEveryGroupWithoutTheMemberOrRepeats) {
  const Synonyms list = Synonyms::Parse("mentor ~ maatje ~ buddy\nsteunfiguur ~ mentor ~ maatje\n", "lijst.txt");
  EXPECT_EQ(list.Alternatives("mentor"), (Words{"maatje", "buddy", "steunfiguur"}));
  EXPECT_EQ(list.Alternatives("buddy"), (Words{"mentor", "maatje"}));
  EXPECT_TRUE(list.Alternatives("oma").empty());
  EXPECT_TRUE(list.Alternatives("").empty());
  EXPECT_TRUE(list.Alternatives("\xFF").empty());
}

TEST(SynonymsParse, AGroupOfOneIsAnErrorWithItsLine) {
  const std::string message = ParseError("opa ~ oma\n# commentaar\nschaamte\nburen ~ buurman\n");
  EXPECT_EQ(message.rfind("lijst.txt: line 3: ", 0), 0u) << message;
  EXPECT_NE(message.find("schaamte"), std::string::npos) << message;
  EXPECT_NE(message.find('~'), std::string::npos) << message;
}

TEST(SynonymsParse, MembersThatFoldAlikeAreOneMember) {
  const std::string message = ParseError("opa ~ oma\nappel ~ Appèl\n");
  EXPECT_EQ(message.rfind("lijst.txt: line 2: ", 0), 0u) << message;
  EXPECT_EQ(Synonyms::Parse("appel ~ appèl ~ beroep op", "lijst.txt").Alternatives("appel"), (Words{"beroep op"}));
}

TEST(SynonymsParse, AnEmptyMemberIsAnErrorWithItsLineAndPlace) {
  EXPECT_EQ(ParseError("opa ~ oma\n\nschaamte ~ ~ schamen\n"), "lijst.txt: line 3: member 2 is empty");
  EXPECT_EQ(ParseError("schaamte ~ schamen ~\n"), "lijst.txt: line 1: member 3 is empty");
  EXPECT_EQ(ParseError("~ schaamte ~ schamen\n"), "lijst.txt: line 1: member 1 is empty");
  EXPECT_EQ(ParseError("opa ~ oma\r\nschaamte ~ !? ~ schamen\r\n"), "lijst.txt: line 2: member 2 ('!?') has no words");
}

TEST(SynonymsParse, InvalidUtf8IsAnErrorWithItsLine) {
  EXPECT_EQ(ParseError("opa ~ oma\nbur\xC3n ~ buurman\n"), "lijst.txt: line 2: not valid UTF-8");
}

TEST(SynonymsParse, CommentsMayFollowMembers) {
  EXPECT_NE(ParseError("schaamte\n"), "");
  EXPECT_EQ(ParseError("schaamte # ~ schamen\n"), ParseError("schaamte\n"));
  EXPECT_EQ(Synonyms::Parse("opa ~ oma # ~ grootvader", "lijst.txt").Alternatives("opa"), (Words{"oma"}));
}

TEST(SynonymsStarter, LoadsWithTheDomainGroups) {
  const Synonyms& starter = Synonyms::DutchStarter();
  EXPECT_GE(starter.GroupCount(), 20u);
  const Words shame = starter.Alternatives("schaamte");
  for (const char* word : {"schamen", "beschaamd", "schaamtegevoel", "schaamde", "geschaamd"})
    EXPECT_TRUE(Contains(shame, word)) << word;
  EXPECT_TRUE(Contains(starter.Alternatives("steunfiguur"), "natuurlijke mentor"));
  EXPECT_TRUE(Contains(starter.Alternatives("JIM"), "netwerklid"));
  EXPECT_TRUE(Contains(starter.Alternatives("appel"), "beroep op"));
  EXPECT_TRUE(Contains(starter.Alternatives("Beroep op"), "appel"));
  EXPECT_TRUE(Contains(starter.Alternatives("last"), "tot last zijn"));
  EXPECT_TRUE(Contains(starter.Alternatives("oma"), "grootouder"));
  EXPECT_TRUE(Contains(starter.Alternatives("buurvrouw"), "buren"));
  EXPECT_TRUE(Contains(starter.Alternatives("jeugdprofessional"), "hulpverlener"));
  EXPECT_TRUE(Contains(starter.Alternatives("sociaal netwerk"), "informeel netwerk"));
  EXPECT_TRUE(Contains(starter.Alternatives("coordinatie"), "afstemming"));
  EXPECT_EQ(&starter, &Synonyms::DutchStarter());
}

TEST(SynonymsStarter, IsTheShippedFileByteForByte) {
  const std::string path = std::string(DUIDING_SOURCE_DIR) + "/codebooks/synoniemen-jeugdhulp.txt";
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  const std::string file{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  EXPECT_EQ(StarterSynonymsText(), file);
  EXPECT_EQ(Synonyms::Parse(file, path).GroupCount(), Synonyms::DutchStarter().GroupCount());
}

}  // namespace
}  // namespace duiding::search
