// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "search/query.h"

namespace duiding::search {
namespace {

using Kind = QueryNode::Kind;

// The tree without offsets, written independently of ToString so that each can catch the other:
// a word as typed (with '*' when a prefix), a phrase in quotes, a field as name{value}, and the
// rest as And(...), Or(...), Not(...), Near5(...), Adj1(...).
std::string Tree(const QueryNode& node) {
  std::string out;
  switch (node.kind) {
    case Kind::Word: return node.text + (node.prefix ? "*" : "");
    case Kind::Phrase: return "\"" + node.text + "\"";
    case Kind::Field: return node.field + "{" + node.text + "}";
    case Kind::And: out = "And"; break;
    case Kind::Or: out = "Or"; break;
    case Kind::Not: out = "Not"; break;
    case Kind::Near: out = "Near" + std::to_string(node.distance); break;
    case Kind::Adj: out = "Adj" + std::to_string(node.distance); break;
  }
  out += "(";
  for (std::size_t i = 0; i < node.children.size(); ++i) out += (i ? ", " : "") + Tree(node.children[i]);
  return out + ")";
}

std::string Parsed(std::string_view query) { return Tree(ParseQuery(query)); }

// Every node's offset, depth first.
void CollectOffsets(const QueryNode& node, std::vector<std::size_t>& out) {
  out.push_back(node.offset);
  for (const QueryNode& child : node.children) CollectOffsets(child, out);
}
std::vector<std::size_t> Offsets(std::string_view query) {
  std::vector<std::size_t> out;
  CollectOffsets(ParseQuery(query), out);
  return out;
}

struct Failure {
  std::size_t offset = 0;
  std::string message;
  bool operator==(const Failure&) const = default;
};
void PrintTo(const Failure& f, std::ostream* os) { *os << "{" << f.offset << ", \"" << f.message << "\"}"; }

// Offset and message of the QueryError for `query`; the tree in the message when it parses.
Failure ErrorOf(std::string_view query) {
  try {
    return {std::string::npos, "parsed as " + Parsed(query)};
  } catch (const QueryError& e) {
    return {e.Offset(), e.Message()};
  }
}

const char* const kIssueExample = "last NEAR/5 (vragen OR hulp) groep:ouder -code:schaamte";

// --- Words, phrases, fields -----------------------------------------------------------------

TEST(QueryWords, OneWordIsAWordNode) {
  const QueryNode q = ParseQuery("last");
  EXPECT_EQ(q.kind, Kind::Word);
  EXPECT_EQ(q.text, "last");
  EXPECT_FALSE(q.prefix);
  EXPECT_EQ(q.offset, 0u);
  EXPECT_TRUE(q.children.empty());
}

TEST(QueryWords, LowerCaseOperatorsAndDutchConnectivesAreWords) {
  EXPECT_EQ(Parsed("kind en ouder of niet"), "And(kind, en, ouder, of, niet)");
  EXPECT_EQ(Parsed("and or not near adj"), "And(and, or, not, near, adj)");
  EXPECT_EQ(Parsed("And Or Not Near"), "And(And, Or, Not, Near)");
  EXPECT_EQ(Parsed("NEARBY ADJUST ORANJE NOTARIS ANDERS"), "And(NEARBY, ADJUST, ORANJE, NOTARIS, ANDERS)");
}

TEST(QueryWords, DiacriticsAndOtherScriptsAreKeptAsTyped) {
  EXPECT_EQ(Parsed("appèl één geïnterviewde"), "And(appèl, één, geïnterviewde)");
  EXPECT_EQ(Parsed("Özlem Ελένη Мария ĳsbaan Straße"), "And(Özlem, Ελένη, Мария, ĳsbaan, Straße)");
  // A decomposed é (e + U+0301) is one word too.
  EXPECT_EQ(Parsed("e\xCC\x81\xC3\xA9n"), "e\xCC\x81\xC3\xA9n");
}

TEST(QueryWords, ApostrophesLeadOrStandInside) {
  EXPECT_EQ(Parsed("'s avonds zo'n auto's ’s-Hertogenbosch"), "And('s, avonds, zo'n, auto's, ’s-Hertogenbosch)");
}

TEST(QueryWords, HyphenatedWordStaysOneWord) {
  const QueryNode q = ParseQuery("jeugdhulp-regio");
  EXPECT_EQ(q.kind, Kind::Word);
  EXPECT_EQ(q.text, "jeugdhulp-regio");
  EXPECT_EQ(Parsed("16-jarige ex-cliënt 2024"), "And(16-jarige, ex-cliënt, 2024)");
}

TEST(QueryWords, TrailingStarMakesAPrefix) {
  const QueryNode q = ParseQuery("mentor*");
  EXPECT_EQ(q.kind, Kind::Word);
  EXPECT_EQ(q.text, "mentor");
  EXPECT_TRUE(q.prefix);
  EXPECT_EQ(Parsed("jeugdhulp-reg* 's-Herto* één*"), "And(jeugdhulp-reg*, 's-Herto*, één*)");
}

TEST(QueryPhrases, TextIsKeptAsTyped) {
  const QueryNode q = ParseQuery("\"hulp vragen\"");
  EXPECT_EQ(q.kind, Kind::Phrase);
  EXPECT_EQ(q.text, "hulp vragen");
  EXPECT_EQ(q.offset, 0u);
  EXPECT_EQ(ParseQuery("\"  Beroep  op, 12:30 \"").text, "  Beroep  op, 12:30 ");
  EXPECT_EQ(ParseQuery("\"AND OR NOT (\"").text, "AND OR NOT (");
  EXPECT_EQ(ParseQuery("\"blij 😀\"").text, "blij 😀");
}

TEST(QueryPhrases, TypographicQuotesWork) {
  EXPECT_EQ(Parsed("„hulp vragen” “op tijd”"), "And(\"hulp vragen\", \"op tijd\")");
}

TEST(QueryPhrases, OneWordInQuotesIsAPhrase) {
  EXPECT_EQ(ParseQuery("\"schaamte\"").kind, Kind::Phrase);
  EXPECT_EQ(Parsed("\"hulp\"vragen"), "And(\"hulp\", vragen)");
}

TEST(QueryFields, EveryKnownFieldParses) {
  EXPECT_EQ(QueryFields(), (std::vector<std::string>{"spreker", "rol", "regio", "groep", "methode", "doc", "code", "codeur"}));
  for (const std::string& field : QueryFields()) {
    const QueryNode q = ParseQuery(field + ":waarde");
    EXPECT_EQ(q.kind, Kind::Field) << field;
    EXPECT_EQ(q.field, field);
    EXPECT_EQ(q.text, "waarde");
  }
}

TEST(QueryFields, QuotedValuesKeepSpacesAndPunctuation) {
  EXPECT_EQ(Parsed("code:\"Barrières/Schaamte\" spreker:\"Moeder 2\" regio:„Food Valley”"),
            "And(code{Barrières/Schaamte}, spreker{Moeder 2}, regio{Food Valley})");
  EXPECT_EQ(Parsed("code:\"a*\""), "code{a*}");
}

TEST(QueryFields, BareValuesRunToTheNextSpaceOrParenthesis) {
  EXPECT_EQ(Parsed("code:Barrières/Schaamte doc:interview_03.docx"),
            "And(code{Barrières/Schaamte}, doc{interview_03.docx})");
  EXPECT_EQ(Parsed("(groep:ouder)"), "groep{ouder}");
  EXPECT_EQ(Parsed("code:AND code:-x"), "And(code{AND}, code{-x})");
}

TEST(QueryFields, NamesAreCaseInsensitiveValuesAsTyped) {
  EXPECT_EQ(Parsed("Spreker:Moeder SPREKER:moeder rol:JONGERE"), "And(spreker{Moeder}, spreker{moeder}, rol{JONGERE})");
}

TEST(QueryFields, FieldsMayStandInOr) {
  EXPECT_EQ(Parsed("hulp (regio:Achterhoek OR regio:\"Food Valley\")"),
            "And(hulp, Or(regio{Achterhoek}, regio{Food Valley}))");
}

// --- Operators and precedence ---------------------------------------------------------------

TEST(QueryOperators, JuxtapositionIsAnd) {
  EXPECT_EQ(Parsed("last hulp"), "And(last, hulp)");
  EXPECT_EQ(Parsed("last AND hulp"), "And(last, hulp)");
  EXPECT_EQ(Parsed("a AND b c"), "And(a, b, c)");
}

TEST(QueryOperators, Or) { EXPECT_EQ(Parsed("vragen OR hulp OR steun"), "Or(vragen, hulp, steun)"); }

TEST(QueryOperators, NotAndMinusExcludeTheNextPart) {
  EXPECT_EQ(Parsed("last NOT hulp"), "And(last, Not(hulp))");
  EXPECT_EQ(Parsed("last AND NOT hulp"), "And(last, Not(hulp))");
  EXPECT_EQ(Parsed("last -hulp"), "And(last, Not(hulp))");
  EXPECT_EQ(Parsed("last -code:schaamte -\"hulp vragen\" -mentor* -(a OR b)"),
            "And(last, Not(code{schaamte}), Not(\"hulp vragen\"), Not(mentor*), Not(Or(a, b)))");
  EXPECT_EQ(Parsed("-a b"), "And(Not(a), b)");
  EXPECT_EQ(Parsed("x -(a -b)"), "And(x, Not(And(a, Not(b))))");
}

TEST(QueryOperators, ParenthesesGroupAndSameKindGroupsMerge) {
  EXPECT_EQ(Parsed("(a OR b) c"), "And(Or(a, b), c)");
  EXPECT_EQ(Parsed("a (b c)"), "And(a, b, c)");
  EXPECT_EQ(Parsed("a OR (b OR c)"), "Or(a, b, c)");
  EXPECT_EQ(Parsed("a (-b -c)"), "And(a, Not(b), Not(c))");
  EXPECT_EQ(Parsed("((a))"), "a");
}

TEST(QueryPrecedence, OrIsLoosest) {
  EXPECT_EQ(Parsed("a b OR c d"), "Or(And(a, b), And(c, d))");
  EXPECT_EQ(Parsed("a AND b OR c AND d"), "Or(And(a, b), And(c, d))");
  EXPECT_EQ(Parsed("a OR b c"), "Or(a, And(b, c))");
}

TEST(QueryPrecedence, NearBindsTighterThanAndAndOr) {
  EXPECT_EQ(Parsed("a NEAR/3 b c"), "And(Near3(a, b), c)");
  EXPECT_EQ(Parsed("a b NEAR/3 c"), "And(a, Near3(b, c))");
  EXPECT_EQ(Parsed("a OR b NEAR/3 c"), "Or(a, Near3(b, c))");
  EXPECT_EQ(Parsed("a ADJ/1 b AND c"), "And(Adj1(a, b), c)");
}

TEST(QueryPrecedence, NotBindsTightest) {
  EXPECT_EQ(Parsed("NOT a b"), "And(Not(a), b)");
  EXPECT_EQ(Parsed("b NOT a OR c"), "Or(And(b, Not(a)), c)");
  // -a NEAR/3 b is (-a) NEAR/3 b, which NEAR does not take.
  EXPECT_EQ(ErrorOf("-a NEAR/3 b").offset, 0u);
}

TEST(QueryProximity, ChainIsOneNode) {
  EXPECT_EQ(Parsed("a NEAR/3 b NEAR/3 c"), "Near3(a, b, c)");
  EXPECT_EQ(Parsed("a ADJ/2 b ADJ/2 c ADJ/2 d"), "Adj2(a, b, c, d)");
  EXPECT_EQ(Parsed("\"hulp vragen\" NEAR/10 mentor*"), "Near10(\"hulp vragen\", mentor*)");
}

TEST(QueryProximity, DistanceRunsFromOneToHundred) {
  EXPECT_EQ(ParseQuery("a NEAR/1 b").distance, 1u);
  EXPECT_EQ(ParseQuery("a ADJ/100 b").distance, 100u);
  EXPECT_EQ(ParseQuery("a NEAR/007 b").distance, 7u);
}

TEST(QueryProximity, OrGroupsOfWordsMayBeOperands) {
  EXPECT_EQ(Parsed("(a OR b*) NEAR/2 (\"c d\" OR (e OR f))"), "Near2(Or(a, b*), Or(\"c d\", e, f))");
}

TEST(QueryProximity, IssueExample) {
  EXPECT_EQ(Parsed(kIssueExample), "And(Near5(last, Or(vragen, hulp)), groep{ouder}, Not(code{schaamte}))");
  const QueryNode q = ParseQuery(kIssueExample);
  ASSERT_EQ(q.kind, Kind::And);
  EXPECT_EQ(q.children[0].kind, Kind::Near);
  EXPECT_EQ(q.children[0].distance, 5u);
  EXPECT_EQ(q.children[1].field, "groep");
  EXPECT_EQ(q.children[2].children[0].field, "code");
}

// --- Offsets ---------------------------------------------------------------------------------

TEST(QueryOffsets, EveryNodeKnowsWhereItStarts) {
  // And, Near, last, Or "(", vragen, hulp, groep, Not "-", code
  EXPECT_EQ(Offsets(kIssueExample), (std::vector<std::size_t>{0, 0, 0, 12, 13, 23, 29, 41, 42}));
  EXPECT_EQ(Offsets("  x (a)"), (std::vector<std::size_t>{2, 2, 5}));  // a lone word keeps its own place
  EXPECT_EQ(Offsets("x NOT \"y\""), (std::vector<std::size_t>{0, 0, 2, 6}));
}

TEST(QueryOffsets, CountCodePointsNotBytes) {
  EXPECT_EQ(Offsets("één appèl -geïnterviewde"), (std::vector<std::size_t>{0, 0, 4, 10, 11}));
  EXPECT_EQ(Offsets("\"😀 blij\" hulp"), (std::vector<std::size_t>{0, 0, 9}));
}

// --- Canonical form --------------------------------------------------------------------------

TEST(QueryToString, WritesTheCanonicalForm) {
  EXPECT_EQ(ToString(ParseQuery(kIssueExample)), kIssueExample);
  EXPECT_EQ(ToString(ParseQuery("  last   AND\thulp ")), "last hulp");
  EXPECT_EQ(ToString(ParseQuery("a NOT b")), "a -b");
  EXPECT_EQ(ToString(ParseQuery("Spreker:\"Moeder 2\" CODE:\"schaamte\"")), "spreker:\"Moeder 2\" code:schaamte");
  EXPECT_EQ(ToString(ParseQuery("code:\"a*\" doc:\"x(1)\"")), "code:\"a*\" doc:\"x(1)\"");
  EXPECT_EQ(ToString(ParseQuery("(a b) OR c")), "a b OR c");
  EXPECT_EQ(ToString(ParseQuery("(a OR b) c")), "(a OR b) c");
  EXPECT_EQ(ToString(ParseQuery("x -(a OR b) -(a b) -(a NEAR/2 b)")), "x -(a OR b) -(a b) -(a NEAR/2 b)");
  EXPECT_EQ(ToString(ParseQuery("„hulp vragen” mentor*")), "\"hulp vragen\" mentor*");
  EXPECT_EQ(ToString(ParseQuery("a ADJ/005 b")), "a ADJ/5 b");
}

TEST(QueryToString, HandBuiltTreesGetParenthesesWhereNeeded) {
  QueryNode a, b, inner, outer;
  a.text = "a";
  b.text = "b";
  inner.kind = Kind::And;
  inner.children = {a, b};
  outer.kind = Kind::And;
  outer.children = {inner, a};
  EXPECT_EQ(ToString(outer), "(a b) a");
  QueryNode no;
  no.kind = Kind::Not;
  no.children = {a};
  QueryNode twice;
  twice.kind = Kind::Not;
  twice.children = {no};
  EXPECT_EQ(ToString(twice), "-(-a)");
}

TEST(QueryToString, RoundTripsToTheSameTree) {
  const char* const queries[] = {
      kIssueExample,
      "last",
      "mentor* OR \"natuurlijke mentor\"",
      "a b OR c d",
      "(a OR b) (c OR d) -e",
      "a NEAR/3 b NEAR/3 c",
      "(a OR b*) ADJ/2 \"c d\"",
      "x -(a -b) -(a OR b) -(a NEAR/2 b)",
      "code:\"Barrières/Schaamte\" spreker:\"Moeder 2\" regio:„Food Valley” doc:interview_03.docx",
      "hulp (regio:Achterhoek OR regio:\"Food Valley\")",
      "'s avonds zo'n jeugdhulp-regio één* ’s",
      "CODEUR:Anna  AND  methode:focusgroep NOT rol:\"ouder\"",
      "code:\"a*\" doc:\"x(1)\" code:\"\tTab\"",
  };
  for (const char* query : queries) {
    const QueryNode tree = ParseQuery(query);
    const std::string written = ToString(tree);
    EXPECT_EQ(Parsed(written), Tree(tree)) << query << "\nwritten as " << written;
    EXPECT_EQ(ToString(ParseQuery(written)), written) << query;
  }
}

// --- Errors, each with its exact place ------------------------------------------------------

TEST(QueryErrors, WhatCountsCharactersFromOne) {
  try {
    ParseQuery("kind ouder (hulp");
    FAIL() << "parsed";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.Offset(), 11u);
    EXPECT_STREQ(e.what(), "at character 12: \"(\" is never closed");
  }
  try {
    ParseQuery("a b NEAR c");
    FAIL() << "parsed";
  } catch (const QueryError& e) {
    EXPECT_STREQ(e.what(), "at character 5: NEAR needs a distance, like NEAR/5");
  }
  try {
    ParseQuery("sprekr:moeder");
    FAIL() << "parsed";
  } catch (const QueryError& e) {
    EXPECT_STREQ(e.what(),
                 "at character 1: unknown field \"sprekr:\"; known fields: spreker, rol, regio, groep, methode, doc, "
                 "code, codeur");
  }
}

TEST(QueryErrors, EmptyQuery) {
  EXPECT_EQ(ErrorOf(""), (Failure{0, "the query is empty"}));
  EXPECT_EQ(ErrorOf(" \t\n "), (Failure{0, "the query is empty"}));
}

TEST(QueryErrors, Parentheses) {
  EXPECT_EQ(ErrorOf("last (hulp OR vragen"), (Failure{5, "\"(\" is never closed"}));
  EXPECT_EQ(ErrorOf("((a) b"), (Failure{0, "\"(\" is never closed"}));
  EXPECT_EQ(ErrorOf("a AND ("), (Failure{6, "\"(\" is never closed"}));
  EXPECT_EQ(ErrorOf("(((a)"), (Failure{1, "\"(\" is never closed"}));
  EXPECT_EQ(ErrorOf("hulp)"), (Failure{4, "\")\" has no \"(\" before it"}));
  EXPECT_EQ(ErrorOf(") hulp"), (Failure{0, "\")\" has no \"(\" before it"}));
  EXPECT_EQ(ErrorOf("a ()"), (Failure{2, "\"()\" holds nothing to search for"}));
}

TEST(QueryErrors, NestingDeeperThanHundred) {
  const auto nested = [](int depth) { return std::string(depth, '(') + "a" + std::string(depth, ')'); };
  EXPECT_EQ(Parsed(nested(100)), "a");
  EXPECT_EQ(ErrorOf(nested(101)), (Failure{100, "parentheses nest more than 100 deep"}));
}

TEST(QueryErrors, Quotes) {
  EXPECT_EQ(ErrorOf("a \"hulp vragen"), (Failure{2, "the quote that starts this phrase is never closed"}));
  EXPECT_EQ(ErrorOf("code:\"Barrières"), (Failure{5, "the quote that starts this value is never closed"}));
  EXPECT_EQ(ErrorOf("x \"\""), (Failure{2, "the phrase holds no word to search for"}));
  EXPECT_EQ(ErrorOf("\" ?! \""), (Failure{0, "the phrase holds no word to search for"}));
  EXPECT_EQ(ErrorOf("\"de mentor*\""), (Failure{10, "\"*\" does not work inside a phrase; use it after a word, like mentor*"}));
}

TEST(QueryErrors, ProximityDistance) {
  EXPECT_EQ(ErrorOf("a NEAR b"), (Failure{2, "NEAR needs a distance, like NEAR/5"}));
  EXPECT_EQ(ErrorOf("a NEAR/ b"), (Failure{2, "NEAR needs a distance, like NEAR/5"}));
  EXPECT_EQ(ErrorOf("a NEAR/x b"), (Failure{2, "NEAR needs a distance, like NEAR/5"}));
  EXPECT_EQ(ErrorOf("a ADJ b"), (Failure{2, "ADJ needs a distance, like ADJ/5"}));
  EXPECT_EQ(ErrorOf("a NEAR/0 b"), (Failure{2, "the distance of NEAR/0 must be from 1 to 100"}));
  EXPECT_EQ(ErrorOf("a ADJ/101 b"), (Failure{2, "the distance of ADJ/101 must be from 1 to 100"}));
  EXPECT_EQ(ErrorOf("a NEAR/99999999999999999999 b"),
            (Failure{2, "the distance of NEAR/99999999999999999999 must be from 1 to 100"}));
}

TEST(QueryErrors, OperatorsInLowerCaseWithADistance) {
  EXPECT_EQ(ErrorOf("a near/5 b"), (Failure{2, "operators are written in capitals, like NEAR/5"}));
  EXPECT_EQ(ErrorOf("a Adj/2 b"), (Failure{2, "operators are written in capitals, like ADJ/5"}));
}

TEST(QueryErrors, ProximityChainsCannotMix) {
  EXPECT_EQ(ErrorOf("a NEAR/3 b ADJ/3 c"), (Failure{11, "NEAR and ADJ cannot be mixed in one chain"}));
  EXPECT_EQ(ErrorOf("a NEAR/3 b NEAR/5 c"), (Failure{11, "one chain has one distance: NEAR/5 after NEAR/3"}));
}

TEST(QueryErrors, OperatorWithoutOperand) {
  EXPECT_EQ(ErrorOf("AND a"), (Failure{0, "AND needs a word or group before it"}));
  EXPECT_EQ(ErrorOf("a AND"), (Failure{2, "AND needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("a AND AND b"), (Failure{2, "AND needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("OR a"), (Failure{0, "OR needs a word or group before it"}));
  EXPECT_EQ(ErrorOf("a OR"), (Failure{2, "OR needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("a OR OR b"), (Failure{2, "OR needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("(a OR) b"), (Failure{3, "OR needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("b (OR a)"), (Failure{3, "OR needs a word or group before it"}));
  EXPECT_EQ(ErrorOf("NEAR/5 a"), (Failure{0, "NEAR/5 needs a word or group before it"}));
  EXPECT_EQ(ErrorOf("a NEAR/05"), (Failure{2, "NEAR/5 needs a word or group after it"}));
  EXPECT_EQ(ErrorOf("a ADJ/2 )"), (Failure{2, "ADJ/2 needs a word or group after it"}));
}

TEST(QueryErrors, NotWithoutOperand) {
  EXPECT_EQ(ErrorOf("a NOT"), (Failure{2, "NOT needs something after it to leave out, like NOT code:schaamte"}));
  EXPECT_EQ(ErrorOf("(a NOT) b"), (Failure{3, "NOT needs something after it to leave out, like NOT code:schaamte"}));
  EXPECT_EQ(ErrorOf("a NOT OR b"), (Failure{2, "NOT needs something after it to leave out, like NOT code:schaamte"}));
  const std::string minus = "\"-\" must stand right before what it leaves out, like -code:schaamte";
  EXPECT_EQ(ErrorOf("a - b"), (Failure{2, minus}));
  EXPECT_EQ(ErrorOf("a -"), (Failure{2, minus}));
  EXPECT_EQ(ErrorOf("(a -)"), (Failure{3, minus}));
  EXPECT_EQ(ErrorOf("a -OR b"), (Failure{2, minus}));
}

TEST(QueryErrors, NotCannotBeDoubled) {
  EXPECT_EQ(ErrorOf("a NOT NOT b"), (Failure{6, "NOT and \"-\" cannot be doubled"}));
  EXPECT_EQ(ErrorOf("a --b"), (Failure{3, "NOT and \"-\" cannot be doubled"}));
  EXPECT_EQ(ErrorOf("a -(-b)"), (Failure{4, "NOT and \"-\" cannot be doubled"}));
}

TEST(QueryErrors, OnlyNegative) {
  const std::string only = "says only what to leave out; add what to look for, like: last -code:schaamte";
  EXPECT_EQ(ErrorOf("-code:schaamte"), (Failure{0, "the query " + only}));
  EXPECT_EQ(ErrorOf("NOT a -b"), (Failure{0, "the query " + only}));
  EXPECT_EQ(ErrorOf("  (-a -b)"), (Failure{2, "the query " + only}));
  EXPECT_EQ(ErrorOf("a OR (-b -c)"), (Failure{5, "this group " + only}));
  EXPECT_EQ(ErrorOf("x -(-a -b)"), (Failure{3, "this group " + only}));
}

TEST(QueryErrors, NotInsideOr) {
  const std::string message = "NOT and \"-\" cannot stand inside OR; put them beside the group: (a OR b) -c";
  EXPECT_EQ(ErrorOf("a OR -b"), (Failure{5, message}));
  EXPECT_EQ(ErrorOf("NOT a OR b"), (Failure{0, message}));
  EXPECT_EQ(ErrorOf("x (a OR NOT code:y)"), (Failure{8, message}));
}

TEST(QueryErrors, ProximityOperands) {
  const std::string near = "NEAR/3 joins words, prefixes, phrases and OR groups of them, not ";
  EXPECT_EQ(ErrorOf("code:x NEAR/3 a"), (Failure{0, near + "fields"}));
  EXPECT_EQ(ErrorOf("a NEAR/3 -b"), (Failure{9, near + "NOT or \"-\""}));
  EXPECT_EQ(ErrorOf("-a NEAR/3 b"), (Failure{0, near + "NOT or \"-\""}));
  EXPECT_EQ(ErrorOf("(a b) NEAR/3 c"), (Failure{0, near + "AND groups"}));
  EXPECT_EQ(ErrorOf("a NEAR/3 (b OR c d)"), (Failure{15, near + "AND groups"}));
  EXPECT_EQ(ErrorOf("(a ADJ/2 b) NEAR/3 c"), (Failure{0, near + "another NEAR or ADJ"}));
  EXPECT_EQ(ErrorOf("a ADJ/2 (b OR code:x)"),
            (Failure{14, "ADJ/2 joins words, prefixes, phrases and OR groups of them, not fields"}));
}

TEST(QueryErrors, Wildcards) {
  EXPECT_EQ(ErrorOf("*"), (Failure{0, "\"*\" needs a word before it, like mentor*"}));
  EXPECT_EQ(ErrorOf("a *"), (Failure{2, "\"*\" needs a word before it, like mentor*"}));
  EXPECT_EQ(ErrorOf("a -*"), (Failure{3, "\"*\" needs a word before it, like mentor*"}));
  EXPECT_EQ(ErrorOf("*tor"), (Failure{0, "\"*\" needs a word before it, like mentor*"}));
  EXPECT_EQ(ErrorOf("men*tor"), (Failure{3, "\"*\" can only end a word, like mentor*"}));
  EXPECT_EQ(ErrorOf("mentor**"), (Failure{6, "\"*\" can only end a word, like mentor*"}));
  EXPECT_EQ(ErrorOf("code:schaam*"),
            (Failure{11, "\"*\" does not work in a field value; put a value with \"*\" in quotes"}));
}

TEST(QueryErrors, CharactersThatAreNoWordPart) {
  const std::string word = " cannot be part of a word (letters and digits, with ' and - inside)";
  const std::string quote = "; put text with punctuation in quotes, like \"12:30\"";
  EXPECT_EQ(ErrorOf("hulp 😀"), (Failure{5, "\"😀\" (U+1F600)" + word}));
  EXPECT_EQ(ErrorOf("één😀"), (Failure{3, "\"😀\" (U+1F600)" + word}));  // bytes would say 5
  EXPECT_EQ(ErrorOf("appèl 👍🏽 hulp"), (Failure{6, "\"👍\" (U+1F44D)" + word}));
  EXPECT_EQ(ErrorOf("hulp, vragen"), (Failure{4, "\",\"" + word + quote}));
  EXPECT_EQ(ErrorOf("12:30"), (Failure{2, "\":\"" + word + quote}));
  EXPECT_EQ(ErrorOf("jeugdhulp-regio:x"), (Failure{15, "\":\"" + word + quote}));
  EXPECT_EQ(ErrorOf("hulp\u200Dvragen"), (Failure{4, "U+200D" + word}));
  EXPECT_EQ(ErrorOf("a\x01"), (Failure{1, "U+0001" + word}));
  EXPECT_EQ(ErrorOf("‘hulp’"), (Failure{0, "\"‘\" (U+2018)" + word}));
  EXPECT_EQ(ErrorOf("x €5"), (Failure{2, "\"€\" (U+20AC)" + word}));
}

TEST(QueryErrors, ApostrophesAndHyphens) {
  const std::string apostrophe = "an apostrophe must stand before a letter or digit, as in 's or zo'n";
  EXPECT_EQ(ErrorOf("kinders'"), (Failure{7, apostrophe}));
  EXPECT_EQ(ErrorOf("' s"), (Failure{0, apostrophe}));
  EXPECT_EQ(ErrorOf("a''b"), (Failure{1, apostrophe}));
  const std::string hyphen = "a hyphen must stand between two parts of a word, as in jeugdhulp-regio";
  EXPECT_EQ(ErrorOf("jeugd- en gezinszorg"), (Failure{5, hyphen}));
  EXPECT_EQ(ErrorOf("a--b"), (Failure{1, hyphen}));
  EXPECT_EQ(ErrorOf("jeugd-*"), (Failure{5, hyphen}));
}

TEST(QueryErrors, UnknownFieldsListTheKnownOnes) {
  const std::string known = "; known fields: spreker, rol, regio, groep, methode, doc, code, codeur";
  EXPECT_EQ(ErrorOf("sprekr:moeder"), (Failure{0, "unknown field \"sprekr:\"" + known}));
  EXPECT_EQ(ErrorOf("hulp Régio:\"Food Valley\""), (Failure{5, "unknown field \"Régio:\"" + known}));
  EXPECT_EQ(ErrorOf("zie http://x"), (Failure{4, "unknown field \"http:\"" + known}));
}

TEST(QueryErrors, FieldWithoutValue) {
  EXPECT_EQ(ErrorOf("a code: schaamte"),
            (Failure{2, "\"code:\" needs a value right after the colon, like code:waarde or code:\"twee woorden\""}));
  EXPECT_EQ(ErrorOf("Regio:"),
            (Failure{0, "\"Regio:\" needs a value right after the colon, like regio:waarde or regio:\"twee woorden\""}));
  EXPECT_EQ(ErrorOf("a code:\"\"").offset, 2u);
  EXPECT_EQ(ErrorOf("a code:\" \t\"").offset, 2u);
  EXPECT_EQ(ErrorOf("a code:(x)").offset, 2u);
}

TEST(QueryErrors, InvalidUtf8PointsAtTheBadByte) {
  EXPECT_EQ(ErrorOf("één \xC3"), (Failure{4, "the query is not valid UTF-8 here"}));
  EXPECT_EQ(ErrorOf("a\xFF" "b"), (Failure{1, "the query is not valid UTF-8 here"}));
}

}  // namespace
}  // namespace duiding::search
