// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/pseudonyms.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "model/error.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

using Kind = Pseudonym::Kind;

const std::vector<Pseudonym> kList = {
    {Kind::Person, "Sanne", "[jongere 3]"},
    {Kind::Person, "Jan van der Berg", "[mentor 1]"},
    {Kind::Person, "Kees de Vries", "[vader 2]"},
    {Kind::Person, "Anouk van 't Hof", "[moeder 4]"},
    {Kind::Place, "'t Harde", "[plaats 1]"},
    {Kind::Place, "Den Bosch", "[plaats 2]"},
    {Kind::Place, "Ede", "[plaats 3]"},
};

std::string Apply(std::string_view text, std::vector<Replacement>* replacements = nullptr) {
  return Pseudonymiser(kList).Apply(text, replacements);
}

// The error message of `action`, or "" when it throws no Error(Input).
std::string InputError(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.Kind() == ErrorKind::Input ? e.what() : "wrong kind";
  }
  return "";
}

// Every replacement lies where it says in the input, in code points.
void ExpectPositionsRight(std::string_view input, const std::vector<Replacement>& replacements) {
  for (const Replacement& r : replacements) {
    ASSERT_LE(r.start, r.end);
    EXPECT_EQ(text::SliceCodePoints(input, r.start, r.end), r.found) << r.name;
  }
}

TEST(PseudonymListTest, RoundTripIsExact) {
  const std::vector<Pseudonym> list = {
      {Kind::Person, "S\u00e4nne", "[jongere 3]"},
      {Kind::Person, "Anouk van \u2019t Hof", "[moeder 4]"},
      {Kind::Place, "'s-Hertogenbosch", "[plaats 1]"},
      {Kind::Other, "De Zonnebloem", "[school \U0001F3EB]"},
  };
  const std::string text = FormatPseudonyms(list);
  EXPECT_EQ(text,
            "persoon\tS\u00e4nne\t[jongere 3]\n"
            "persoon\tAnouk van \u2019t Hof\t[moeder 4]\n"
            "plaats\t's-Hertogenbosch\t[plaats 1]\n"
            "anders\tDe Zonnebloem\t[school \U0001F3EB]\n");
  EXPECT_EQ(ParsePseudonyms(text), list);
  EXPECT_EQ(FormatPseudonyms(ParsePseudonyms(text)), text);
  EXPECT_EQ(FormatPseudonyms({}), "");
  EXPECT_TRUE(ParsePseudonyms("").empty());
}

TEST(PseudonymListTest, SkipsCommentsAndBlankLines) {
  const std::vector<Pseudonym> list = ParsePseudonyms(
      "# soort\tnaam\tlabel\r\n"
      "\r\n"
      "persoon\tSanne\t[jongere 3]\r\n"
      "   \n"
      "  # een opmerking\n"
      "plaats \t Den Bosch \t[plaats 2]");  // no final line break; spaces around fields trimmed
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0], (Pseudonym{Kind::Person, "Sanne", "[jongere 3]"}));
  EXPECT_EQ(list[1], (Pseudonym{Kind::Place, "Den Bosch", "[plaats 2]"}));
}

TEST(PseudonymListTest, MalformedLinesNameTheLine) {
  const std::string good = "# lijst\npersoon\tSanne\t[jongere 3]\n";
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon Kees [vader 2]\n"); }),
            "pseudonym list, line 3: expected kind, name and label separated by tabs, found 1 field");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\tKees\n"); }),
            "pseudonym list, line 3: expected kind, name and label separated by tabs, found 2 fields");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\tKees\t[vader 2]\textra\n"); }),
            "pseudonym list, line 3: expected kind, name and label separated by tabs, found 4 fields");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "stad\tEde\t[plaats 3]\n"); }),
            "pseudonym list, line 3: unknown kind \"stad\" (expected persoon, plaats or anders)");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "Persoon\tKees\t[vader 2]\n"); }),
            "pseudonym list, line 3: unknown kind \"Persoon\" (expected persoon, plaats or anders)");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\t \t[vader 2]\n"); }),
            "pseudonym list, line 3: the name is empty");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\tKees\t\n"); }),
            "pseudonym list, line 3: the label for \"Kees\" is empty");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "anders\t\u2014 !\t[x]\n"); }),
            "pseudonym list, line 3: the name \"\u2014 !\" has no letters or digits");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\tS\u00c4NNE\t[jongere 5]\n"); }),
            "pseudonym list, line 3: \"S\u00c4NNE\" is already listed on line 2");
  EXPECT_EQ(InputError([&] { ParsePseudonyms(good + "persoon\tS\xff\t[x]\n"); }),
            "pseudonym list, line 3: not valid UTF-8");
}

TEST(PseudonymListTest, FormatRefusesWhatCannotBeReadBack) {
  EXPECT_NE(InputError([] { FormatPseudonyms({{Kind::Person, "San\tne", "[j]"}}); }), "");
  EXPECT_NE(InputError([] { FormatPseudonyms({{Kind::Person, "Sanne", "[j]\n"}}); }), "");
  EXPECT_NE(InputError([] { FormatPseudonyms({{Kind::Person, " Sanne", "[j]"}}); }), "");
  EXPECT_NE(InputError([] { FormatPseudonyms({{Kind::Person, "", "[j]"}}); }), "");
  EXPECT_NE(InputError([] { FormatPseudonyms({{Kind::Person, "Sanne", "[j]"}, {Kind::Person, "sanne", "[k]"}}); }),
            "");
}

TEST(PseudonymiserTest, ReplacesSeveralNamesConsistently) {
  std::vector<Replacement> replacements;
  EXPECT_EQ(Apply("Sanne woont in Ede. Jan van der Berg is de mentor van Sanne; Sanne belt Jan elke week.",
                  &replacements),
            "[jongere 3] woont in [plaats 3]. [mentor 1] is de mentor van [jongere 3]; [jongere 3] belt [mentor 1] "
            "elke week.");
  ASSERT_EQ(replacements.size(), 6u);
  EXPECT_EQ(replacements[0].name, "Sanne");
  EXPECT_EQ(replacements[0].label, "[jongere 3]");
  EXPECT_EQ(replacements[2].name, "Jan van der Berg");
  EXPECT_EQ(replacements[2].found, "Jan van der Berg");
  EXPECT_EQ(replacements[5].found, "Jan");
  EXPECT_EQ(replacements[5].name, "Jan van der Berg");
  ExpectPositionsRight("Sanne woont in Ede. Jan van der Berg is de mentor van Sanne; Sanne belt Jan elke week.",
                       replacements);
}

TEST(PseudonymiserTest, IgnoresCaseAndDiacritics) {
  std::vector<Replacement> replacements;
  EXPECT_EQ(Apply("sanne, SANNE, S\u00e4nne, Sa\u0308nne en S\u00c1NNE", &replacements),
            "[jongere 3], [jongere 3], [jongere 3], [jongere 3] en [jongere 3]");
  ASSERT_EQ(replacements.size(), 5u);
  EXPECT_EQ(replacements[2].found, "S\u00e4nne");
  EXPECT_EQ(replacements[3].found, "Sa\u0308nne");
  EXPECT_EQ(Apply("Op de markt in \u00c9D\u00c9 en in \u00e9de"), "Op de markt in [plaats 3] en in [plaats 3]");
  // A name written with diacritics matches the plain spelling too.
  EXPECT_EQ(Pseudonymiser({{Kind::Person, "Ren\u00e9e", "[tante 1]"}}).Apply("Renee en REN\u00c9E"),
            "[tante 1] en [tante 1]");
}

TEST(PseudonymiserTest, WholeWordsOnly) {
  EXPECT_EQ(Apply("Het Edeveen, een bede, Ede-Wageningen en Ede."), "Het Edeveen, een bede, [plaats 3]-Wageningen en [plaats 3].");
  EXPECT_EQ(Apply("Janssen zag Jan in januari, niet Jannie."), "Janssen zag [mentor 1] in januari, niet Jannie.");
  EXPECT_EQ(Apply("Sannes moeder en Sanneke"), "Sannes moeder en Sanneke");  // the genitive without ' is another word
  EXPECT_EQ(Apply("\u00abSanne\u00bb (Sanne) \"Sanne\" Sanne!"), "\u00ab[jongere 3]\u00bb ([jongere 3]) \"[jongere 3]\" [jongere 3]!");
}

TEST(PseudonymiserTest, SurnameWithParticles) {
  std::vector<Replacement> replacements;
  EXPECT_EQ(Apply("Jan van der Berg. van der Berg zei het. Van der Berg knikte. VAN DER BERG!", &replacements),
            "[mentor 1]. [mentor 1] zei het. [mentor 1] knikte. [mentor 1]!");
  ASSERT_EQ(replacements.size(), 4u);
  EXPECT_EQ(replacements[2].found, "Van der Berg");
  EXPECT_EQ(replacements[3].found, "VAN DER BERG");
  // The surname without its particles is not replaced on its own, nor are the particles.
  EXPECT_EQ(Apply("Hij klom de berg op, van der kant."), "Hij klom de berg op, van der kant.");
  // Only white space or hyphens may separate the words of a name.
  EXPECT_EQ(Apply("Jan van der Berg-Smit"), "[mentor 1]-Smit");
  EXPECT_EQ(Apply("van der, Berg"), "van der, Berg");
}

TEST(PseudonymiserTest, ParticleDeAndTheWordVries) {
  std::vector<Replacement> replacements;
  EXPECT_EQ(Apply("Kees de Vries en de Vries; Kees. De vriezer staat aan, ik vries bijna dood.", &replacements),
            "[vader 2] en [vader 2]; [vader 2]. De vriezer staat aan, ik vries bijna dood.");
  ASSERT_EQ(replacements.size(), 3u);
  EXPECT_EQ(replacements[1].found, "de Vries");
  EXPECT_EQ(replacements[2].found, "Kees");
  EXPECT_EQ(Apply("De Vries kwam niet."), "[vader 2] kwam niet.");
  EXPECT_EQ(Apply("Vries"), "Vries");
}

TEST(PseudonymiserTest, ElidedArticleInSurname) {
  EXPECT_EQ(Apply("Anouk van 't Hof en van 't Hof, Van \u2019t Hof, Anouk."),
            "[moeder 4] en [moeder 4], [moeder 4], [moeder 4].");
  EXPECT_EQ(Apply("Het hof en 't hof"), "Het hof en 't hof");
}

TEST(PseudonymiserTest, PlacesOfSeveralWords) {
  const Pseudonymiser places({{Kind::Place, "'t Harde", "[plaats 1]"},
                              {Kind::Place, "Den Bosch", "[plaats 2]"},
                              {Kind::Place, "Ede", "[plaats 3]"},
                              {Kind::Place, "'s-Hertogenbosch", "[plaats 4]"}});
  EXPECT_EQ(places.Apply("In 't Harde, \u2019t Harde, \u2018t Harde en 'T HARDE."),
            "In [plaats 1], [plaats 1], [plaats 1] en [plaats 1].");
  EXPECT_EQ(places.Apply("Harde woorden, 't is hard."), "Harde woorden, 't is hard.");
  EXPECT_EQ(places.Apply("Den Bosch, den bosch, Den\u00a0Bosch, Den\u202fBosch en Den\nBosch."),
            "[plaats 2], [plaats 2], [plaats 2], [plaats 2] en [plaats 2].");
  EXPECT_EQ(places.Apply("in den bosje, het bos, Bosch"), "in den bosje, het bos, Bosch");
  EXPECT_EQ(places.Apply("'s-Hertogenbosch en 's Hertogenbosch; 's avonds in Ede"),
            "[plaats 4] en [plaats 4]; 's avonds in [plaats 3]");
  // A place has no first name: "Den" of "Den Bosch" is not a variant.
  EXPECT_EQ(places.Apply("Den Haag"), "Den Haag");
}

TEST(PseudonymiserTest, LongestMatchWins) {
  const Pseudonymiser names({{Kind::Person, "Jan", "[broer 1]"},
                             {Kind::Person, "Jan van der Berg", "[mentor 1]"},
                             {Kind::Person, "Jan Willem de Boer", "[oom 5]"},
                             {Kind::Place, "Berg en Dal", "[plaats 9]"}});
  std::vector<Replacement> replacements;
  EXPECT_EQ(names.Apply("Jan van der Berg, Jan, Jan Willem de Boer, Jan Willem, Jan-Willem en Van der Berg", &replacements),
            "[mentor 1], [broer 1], [oom 5], [oom 5], [oom 5] en [mentor 1]");
  ASSERT_EQ(replacements.size(), 6u);
  EXPECT_EQ(replacements[1].name, "Jan");  // the entry "Jan" beats the first name of "Jan van der Berg"
  EXPECT_EQ(replacements[4].found, "Jan-Willem");
  // "Berg" alone is no variant; the place "Berg en Dal" still matches as a whole.
  EXPECT_EQ(names.Apply("van der Berg en Dal"), "[mentor 1] en Dal");
  EXPECT_EQ(names.Apply("Berg en Dal"), "[plaats 9]");
  // Two people with the same first name: the first in the list takes "Jan" alone.
  const Pseudonymiser twins({{Kind::Person, "Jan de Vries", "[a]"}, {Kind::Person, "Jan Bakker", "[b]"}});
  EXPECT_EQ(twins.Apply("Jan Bakker, Jan de Vries, Bakker, Jan"), "[b], [a], [b], [a]");
}

TEST(PseudonymiserTest, NameWithoutParticles) {
  const Pseudonymiser names({{Kind::Person, "Sanne Jansen", "[jongere 3]"}, {Kind::Person, "Mo", "[jongere 7]"}});
  EXPECT_EQ(names.Apply("Sanne Jansen, mevrouw Jansen, Sanne en Mo"),
            "[jongere 3], mevrouw [jongere 3], [jongere 3] en [jongere 7]");
}

TEST(PseudonymiserTest, PossessiveKeepsItsEnding) {
  std::vector<Replacement> replacements;
  EXPECT_EQ(Apply("Sanne's moeder en Sanne\u2019s vader; Ede's raad; Van der Berg's auto", &replacements),
            "[jongere 3]'s moeder en [jongere 3]\u2019s vader; [plaats 3]'s raad; [mentor 1]'s auto");
  ASSERT_EQ(replacements.size(), 4u);
  EXPECT_EQ(replacements[0].found, "Sanne");
  EXPECT_EQ(replacements[3].found, "Van der Berg");
  ExpectPositionsRight("Sanne's moeder en Sanne\u2019s vader; Ede's raad; Van der Berg's auto", replacements);
  // A possessive ends a name: it is not the middle of a longer one.
  EXPECT_EQ(Pseudonymiser({{Kind::Place, "Den Bosch", "[plaats 2]"}}).Apply("Den's Bosch"), "Den's Bosch");
  // Other words with an apostrophe are left alone.
  EXPECT_EQ(Apply("auto's en Sanne'tje"), "auto's en Sanne'tje");
}

TEST(PseudonymiserTest, PositionsAreCodePointsOfTheInput) {
  const std::string input =
      "\U0001F605 \u00c9\u00e9n keer zei S\u00e4nne: \u201cik ga naar \u2019t Harde\u201d \U0001F3E0\U0001F3E0 met "
      "Van der Berg \u2014 en Sa\u0308nne\U0001F605";
  std::vector<Replacement> replacements;
  const std::string output = Pseudonymiser(kList).Apply(input, &replacements);
  EXPECT_EQ(output,
            "\U0001F605 \u00c9\u00e9n keer zei [jongere 3]: \u201cik ga naar [plaats 1]\u201d \U0001F3E0\U0001F3E0 met "
            "[mentor 1] \u2014 en [jongere 3]\U0001F605");
  ASSERT_EQ(replacements.size(), 4u);
  EXPECT_EQ(replacements[0].start, 15u);
  EXPECT_EQ(replacements[0].end, 20u);
  EXPECT_EQ(replacements[1].found, "\u2019t Harde");
  EXPECT_EQ(replacements[1].start, 34u);
  EXPECT_EQ(replacements[1].end, 42u);
  EXPECT_EQ(replacements[3].found, "Sa\u0308nne");
  EXPECT_EQ(replacements[3].end, text::CountCodePoints(input) - 1);
  ExpectPositionsRight(input, replacements);
}

TEST(PseudonymiserTest, TextAroundIsKeptByteExact) {
  const std::string input = "  Sanne\t\r\nEde  \u00a0\n";
  EXPECT_EQ(Apply(input), "  [jongere 3]\t\r\n[plaats 3]  \u00a0\n");
  EXPECT_EQ(Apply(""), "");
  EXPECT_EQ(Apply("Niemand hier."), "Niemand hier.");
  std::vector<Replacement> replacements = {Replacement{"oud", "oud", "oud", 1, 2}};
  EXPECT_EQ(Pseudonymiser({}).Apply("Sanne", &replacements), "Sanne");
  EXPECT_TRUE(replacements.empty());
}

}  // namespace
}  // namespace duiding::project
