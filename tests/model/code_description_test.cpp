// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include "model/codebook.h"

namespace duiding {
namespace {

using Kind = CodeExample::Kind;

Code StructuredCode() {
  Code code;
  code.nameEn = "Shame";
  code.description = "De ge\u00efnterviewde schaamt zich voor de hulpvraag of voor het gezin.";
  code.inclusion = "Uitingen van gene, verlegenheid of \u00e9\u00e9n keer \"het niet willen zeggen\".";
  code.exclusion = "Schuldgevoel zonder schaamte: gebruik Schuld.";
  code.examples = {
      {Kind::Typical, "Ik durfde het aan niemand te vertellen \U0001F60A", "6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"},
      {Kind::Borderline, "Het was een app\u00e8l op mijn trots.", ""},
      {Kind::Typical, "Ik schaamde me dood.", ""},
  };
  code.memo = "Vaak samen met Last zijn.";
  return code;
}

void ExpectSameStructuredFields(const Code& actual, const Code& expected) {
  EXPECT_EQ(actual.nameEn, expected.nameEn);
  EXPECT_EQ(actual.description, expected.description);
  EXPECT_EQ(actual.inclusion, expected.inclusion);
  EXPECT_EQ(actual.exclusion, expected.exclusion);
  EXPECT_EQ(actual.examples, expected.examples);
  EXPECT_EQ(actual.memo, expected.memo);
}

Code RoundTrip(const Code& code) {
  Code back;
  ParseCodeDescription(FormatCodeDescription(code), back);
  return back;
}

TEST(CodeDescription, FormatsLabelledSectionsInOrder) {
  EXPECT_EQ(FormatCodeDescription(StructuredCode()),
            "English: Shame\n\n"
            "Definitie: De ge\u00efnterviewde schaamt zich voor de hulpvraag of voor het gezin.\n\n"
            "Wel coderen: Uitingen van gene, verlegenheid of \u00e9\u00e9n keer \"het niet willen zeggen\".\n\n"
            "Niet coderen: Schuldgevoel zonder schaamte: gebruik Schuld.\n\n"
            "Typisch voorbeeld: Ik durfde het aan niemand te vertellen \U0001F60A"
            " [fragment 6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e]\n\n"
            "Grensgeval: Het was een app\u00e8l op mijn trots.\n\n"
            "Typisch voorbeeld: Ik schaamde me dood.\n\n"
            "Memo: Vaak samen met Last zijn.");
}

TEST(CodeDescription, RoundTripsDutchText) {
  const Code code = StructuredCode();
  ExpectSameStructuredFields(RoundTrip(code), code);
}

TEST(CodeDescription, RoundTripsMultiLineValues) {
  Code code;
  code.description = "Eerste regel.\nTweede regel.\n\nNa een lege regel.";
  code.inclusion = "- opsomming \u00e9\u00e9n\n- opsomming twee\n";
  code.exclusion = "\n\nbegint met lege regels";
  code.examples = {{Kind::Borderline, "I: En toen?\nR: Toen niets.\n\n", ""},
                   {Kind::Typical, "  ingesprongen\n  tekst  ", "a1b2c3d4-0000-4000-8000-000000000001"}};
  code.memo = "Memo met\n\n\nveel witruimte\n\n";
  ExpectSameStructuredFields(RoundTrip(code), code);
}

TEST(CodeDescription, RoundTripsTheBareDefinition) {
  Code code;
  code.description = "Alleen een definitie, met \u00e9\u00e9n emoji \U0001F60A.\n\nEn een tweede alinea.";
  EXPECT_EQ(FormatCodeDescription(code), code.description);
  ExpectSameStructuredFields(RoundTrip(code), code);
}

TEST(CodeDescription, BareDefinitionWithBlankLinesKeepsItsLabel) {
  Code code;
  code.description = "\nbegint met een lege regel";
  EXPECT_EQ(FormatCodeDescription(code), "Definitie: \nbegint met een lege regel");
  ExpectSameStructuredFields(RoundTrip(code), code);
}

TEST(CodeDescription, RoundTripsEveryFieldAlone) {
  Code nameOnly;
  nameOnly.nameEn = "Burden";
  ExpectSameStructuredFields(RoundTrip(nameOnly), nameOnly);
  Code memoOnly;
  memoOnly.memo = "Nog uitwerken.";
  ExpectSameStructuredFields(RoundTrip(memoOnly), memoOnly);
  Code linkedOnly;
  linkedOnly.examples = {{Kind::Typical, "", "6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"}};
  ExpectSameStructuredFields(RoundTrip(linkedOnly), linkedOnly);
}

TEST(CodeDescription, ReadsLinkedExamples) {
  Code code;
  ParseCodeDescription("Typisch voorbeeld: Ik wilde niemand tot last zijn"
                       " [fragment 0f8e2a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e]\n\n"
                       "Grensgeval: Zonder link [niet een fragment]",
                       code);
  ASSERT_EQ(code.examples.size(), 2u);
  EXPECT_EQ(code.examples[0], (CodeExample{Kind::Typical, "Ik wilde niemand tot last zijn",
                                            "0f8e2a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"}));
  EXPECT_EQ(code.examples[1], (CodeExample{Kind::Borderline, "Zonder link [niet een fragment]", ""}));
}

TEST(CodeDescription, ForeignDescriptionBecomesTheDefinition) {
  Code code;
  code.nameEn = "old";
  code.memo = "old";
  code.examples = {{Kind::Typical, "old", ""}};
  ParseCodeDescription("\n  Passages where the respondent feels ashamed.\nNote: see also guilt.\n\n", code);
  EXPECT_EQ(code.description, "  Passages where the respondent feels ashamed.\nNote: see also guilt.");
  EXPECT_TRUE(code.nameEn.empty());
  EXPECT_TRUE(code.memo.empty());
  EXPECT_TRUE(code.examples.empty());
}

TEST(CodeDescription, ReadsEnglishLabelsInAnyCase) {
  Code code;
  ParseCodeDescription("ENGLISH: Appeal\n"
                       "definition: The professional asks the network to take over.\n"
                       "\n\n"
                       "Include: Requests to family.\n"
                       "Exclude: Requests to other professionals.\n"
                       "Typical example:\n"
                       "  Kan jij niet voor hem zorgen?\n"
                       "Borderline example: Misschien later.\n"
                       "memo: From the pilot.\n",
                       code);
  EXPECT_EQ(code.nameEn, "Appeal");
  EXPECT_EQ(code.description, "The professional asks the network to take over.");
  EXPECT_EQ(code.inclusion, "Requests to family.");
  EXPECT_EQ(code.exclusion, "Requests to other professionals.");
  EXPECT_EQ(code.examples, (std::vector<CodeExample>{{Kind::Typical, "  Kan jij niet voor hem zorgen?", ""},
                                                     {Kind::Borderline, "Misschien later.", ""}}));
  EXPECT_EQ(code.memo, "From the pilot.");
}

TEST(CodeDescription, TextBeforeTheFirstLabelIsTheDefinition) {
  Code code;
  ParseCodeDescription("Een vrije inleiding.\n\nWel coderen: altijd", code);
  EXPECT_EQ(code.description, "Een vrije inleiding.");
  EXPECT_EQ(code.inclusion, "altijd");
}

TEST(CodeDescription, LabelsCountOnlyAtTheStartOfALine) {
  Code code;
  ParseCodeDescription("Definitie: zie ook Memo: elders\n\nMemoires: geen label", code);
  EXPECT_EQ(code.description, "zie ook Memo: elders\n\nMemoires: geen label");
  EXPECT_TRUE(code.memo.empty());
}

TEST(CodeDescription, EmptyCodeGivesEmptyText) {
  Code code;
  EXPECT_EQ(FormatCodeDescription(code), "");
  code.description = "old";
  code.inclusion = "old";
  ParseCodeDescription("", code);
  ExpectSameStructuredFields(code, Code{});
}

}  // namespace
}  // namespace duiding
