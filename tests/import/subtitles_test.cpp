// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/subtitles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

using namespace std::string_view_literals;

// The text of a turn, cut from the document by its code point offsets.
std::string Said(const ImportedDocument& d, const Turn& t) {
  return std::string(text::SliceCodePoints(d.text, t.start, t.end));
}

std::vector<std::string> Speakers(const ImportedDocument& d) {
  std::vector<std::string> names;
  for (const Turn& t : d.turns) names.push_back(t.speaker);
  return names;
}

std::vector<std::string> Saids(const ImportedDocument& d) {
  std::vector<std::string> said;
  for (const Turn& t : d.turns) said.push_back(Said(d, t));
  return said;
}

bool HasNote(const ImportedDocument& d, const std::string& note) {
  return std::find(d.notes.begin(), d.notes.end(), note) != d.notes.end();
}

// Every turn is one paragraph: it ends right before an LF, and the next starts right after it.
void ExpectParagraphPerTurn(const ImportedDocument& d) {
  std::size_t expectedStart = 0;
  for (const Turn& t : d.turns) {
    EXPECT_EQ(t.start, expectedStart);
    EXPECT_EQ(text::SliceCodePoints(d.text, t.end, t.end + 1), "\n");
    expectedStart = t.end + 1;
  }
  EXPECT_EQ(expectedStart, text::CountCodePoints(d.text));
}

// The one-line message of the Error(Input) `import` throws.
std::string InputErrorOf(const std::function<void()>& import) {
  try {
    import();
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input) << e.what();
    return e.what();
  }
  return "no error";
}

std::string SrtError(std::string_view bytes) {
  return InputErrorOf([&] { ImportSrtBytes("x.srt", bytes); });
}

std::string VttError(std::string_view bytes) {
  return InputErrorOf([&] { ImportVttBytes("x.vtt", bytes); });
}

TEST(Subtitles, SrtSpeakersByPrefixTimesAndOffsets) {
  const ImportedDocument d = ImportSrtBytes("/data/Noor bij oma.srt",
                                            "1\n"
                                            "00:00:01,000 --> 00:00:04,500\n"
                                            "INTERVIEWER: Hoe gaat het nu je bij je oma woont?\n"
                                            "\n"
                                            "2\n"
                                            "00:00:05,000 --> 00:00:09,250\n"
                                            "JONGERE 1: Beter. 's Avonds eten we samen.\n"
                                            "\n"
                                            "3\n"
                                            "00:00:09,300 --> 00:00:12,000\n"
                                            "- OMA: Ze helpt me met één ding: de ĳskast.\n"
                                            "\n"
                                            "4\n"
                                            "00:01:02,345 --> 00:01:05,000\n"
                                            "Coach Mirjam: Bel je me 's avonds?\n"
                                            "\n"
                                            "5\n"
                                            "01:00:00,000 --> 01:00:02,000\n"
                                            "Coach Mirjam: Dat is goed 👍🏽\n");
  EXPECT_EQ(d.name, "Noor bij oma");
  EXPECT_EQ(d.sourcePath, "/data/Noor bij oma.srt");
  EXPECT_EQ(d.text,
            "Hoe gaat het nu je bij je oma woont?\n"
            "Beter. 's Avonds eten we samen.\n"
            "Ze helpt me met één ding: de ĳskast.\n"
            "Bel je me 's avonds?\n"
            "Dat is goed 👍🏽\n");
  ASSERT_EQ(d.turns.size(), 5u);
  EXPECT_EQ(Speakers(d),
            (std::vector<std::string>{"Interviewer", "Jongere 1", "Oma", "Coach Mirjam", "Coach Mirjam"}));
  EXPECT_EQ(Said(d, d.turns[2]), "Ze helpt me met één ding: de ĳskast.");
  EXPECT_EQ(d.turns[2].start, 69u);
  EXPECT_EQ(d.turns[2].end, 105u);
  const std::vector<std::pair<std::int64_t, std::int64_t>> times = {
      {1000, 4500}, {5000, 9250}, {9300, 12000}, {62345, 65000}, {3600000, 3602000}};
  for (std::size_t i = 0; i < times.size(); ++i) {
    EXPECT_EQ(d.turns[i].timestampMs, times[i].first) << i;
    EXPECT_EQ(d.turns[i].endMs, times[i].second) << i;
  }
  ExpectParagraphPerTurn(d);
  EXPECT_EQ(d.notes, std::vector<std::string>{"5 cues read as speaker turns; 4 speakers"});
}

TEST(Subtitles, VttVoiceTagsStylingEntitiesAndSkippedBlocks) {
  const ImportedDocument d = ImportVttBytes("Gesprek Noor.vtt",
                                            "WEBVTT - Gesprek met Noor\n"
                                            "Kind: captions\n"
                                            "Language: nl\n"
                                            "\n"
                                            "NOTE Namen zijn veranderd.\n"
                                            "De geïnterviewde is 17.\n"
                                            "\n"
                                            "STYLE\n"
                                            "::cue(v[voice=\"Coach\"]) { color: yellow; }\n"
                                            "\n"
                                            "REGION\n"
                                            "id:boven width:40%\n"
                                            "\n"
                                            "intro\n"
                                            "00:00.000 --> 00:03.500 align:start position:10%\n"
                                            "<v Coach>Welkom, fijn dat je er bent.</v>\n"
                                            "\n"
                                            "00:03.600 --> 00:07.000\n"
                                            "<v.loud NOOR><i>Dank</i> je &amp; graag&nbsp;gedaan &lt;3</v>\n"
                                            "\n"
                                            "3\n"
                                            "01:02.345 --> 01:05.000 line:0 region:boven\n"
                                            "<v Oma Ria><c.geel>Ze</c> slaapt <01:03.000>'s avonds slecht.</v>\n"
                                            "\n"
                                            "NOTE tussendoor: de jeugdzorgmedewerker komt binnen\n"
                                            "\n"
                                            "1:00:00.000 --> 1:00:01.000\n"
                                            "&lrm;<b>Geïnterviewde</b> knikt &#x1F44D;&#127997; &lt;i&gt;\n");
  EXPECT_EQ(d.name, "Gesprek Noor");
  EXPECT_EQ(Saids(d), (std::vector<std::string>{"Welkom, fijn dat je er bent.", "Dank je & graag\u00A0gedaan <3",
                                                 "Ze slaapt 's avonds slecht.",
                                                 "\u200EGeïnterviewde knikt 👍🏽 <i>"}));
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Coach", "Noor", "Oma Ria", ""}));
  const std::vector<std::pair<std::int64_t, std::int64_t>> times = {
      {0, 3500}, {3600, 7000}, {62345, 65000}, {3600000, 3601000}};
  for (std::size_t i = 0; i < times.size(); ++i) {
    EXPECT_EQ(d.turns[i].timestampMs, times[i].first) << i;
    EXPECT_EQ(d.turns[i].endMs, times[i].second) << i;
  }
  ExpectParagraphPerTurn(d);
  EXPECT_EQ(d.notes, std::vector<std::string>{"4 cues read as speaker turns; 3 speakers"});
}

TEST(Subtitles, MultiLineCuesStayOneTurn) {
  const ImportedDocument d = ImportSrtBytes("x.srt",
                                            "1\n"
                                            "00:00:01,000 --> 00:00:03,000\n"
                                            "MOEDER: Ze komt\n"
                                            "<i>pas laat</i> thuis, {\\an8}'s avonds.\n"
                                            "\n"
                                            "2\n"
                                            "00:00:03,500 --> 00:00:06,000\n"
                                            "VADER:\n"
                                            "Klopt. <3\n");
  EXPECT_EQ(d.text, "Ze komt\npas laat thuis, 's avonds.\nKlopt. <3\n");
  EXPECT_EQ(Saids(d), (std::vector<std::string>{"Ze komt\npas laat thuis, 's avonds.", "Klopt. <3"}));
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Moeder", "Vader"}));
  EXPECT_EQ(d.turns[1].start, 35u);
}

TEST(Subtitles, BomCrlfNoIndexAndNoFinalBlankLine) {
  const ImportedDocument d = ImportSrtBytes("x.srt",
                                            "\xEF\xBB\xBF"
                                            "00:00:01,000 --> 00:00:02,000\r\n"
                                            "RESPONDENT: Één keer per week.\r\n"
                                            "\r\n"
                                            "00:00:02,500 --> 00:00:04,000\r\n"
                                            "Dat is genoeg, zegt de geïnterviewde.");
  EXPECT_EQ(d.text, "Één keer per week.\nDat is genoeg, zegt de geïnterviewde.\n");
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Respondent", ""}));
  EXPECT_EQ(d.turns[1].timestampMs, 2500);
  EXPECT_EQ(d.turns[1].endMs, 4000);
  ExpectParagraphPerTurn(d);
  EXPECT_EQ(d.notes, (std::vector<std::string>{"byte order mark removed", "line endings unified to LF",
                                                "2 cues read as speaker turns; 1 speaker"}));
}

TEST(Subtitles, VttWithBomAndCrlf) {
  const ImportedDocument d = ImportVttBytes("x.vtt",
                                            "\xEF\xBB\xBFWEBVTT\r\n\r\n"
                                            "00:01.000 --> 00:02.000\r\n"
                                            "<v Oma>Kom je zondag?\r\n");
  EXPECT_EQ(d.text, "Kom je zondag?\n");
  EXPECT_EQ(Speakers(d), std::vector<std::string>{"Oma"});
  EXPECT_TRUE(HasNote(d, "byte order mark removed"));
  EXPECT_TRUE(HasNote(d, "line endings unified to LF"));
}

TEST(Subtitles, OffsetsCountCodePointsNotBytes) {
  const ImportedDocument d = ImportVttBytes("x.vtt",
                                            "WEBVTT\n\n"
                                            "00:01.000 --> 00:02.000\n"
                                            "👍🏽👍🏽\n\n"
                                            "00:02.000 --> 00:03.000\n"
                                            "<v Sanne>Oké, ĳs eten 's avonds.\n");
  ASSERT_EQ(d.turns.size(), 2u);
  EXPECT_EQ(d.turns[0].end, 4u);    // two emoji of two code points each (eight bytes each)
  EXPECT_EQ(d.turns[1].start, 5u);  // the byte offset would be 17
  EXPECT_EQ(d.text.find("Oké"), 17u);
  EXPECT_EQ(d.turns[1].end, 28u);
  EXPECT_EQ(Said(d, d.turns[1]), "Oké, ĳs eten 's avonds.");
  EXPECT_EQ(d.turns[1].speaker, "Sanne");
}

TEST(Subtitles, TextIsNfcEvenWhereMarkupSplitALetter) {
  // The input is NFC (the accent follows '>'), but once <i> goes it follows the 'e'.
  const ImportedDocument d = ImportVttBytes("x.vtt",
                                            "WEBVTT\n\n"
                                            "00:01.000 --> 00:02.000\n"
                                            "<i>Caf<b>e</b></i>\u0301 en e\u0301e\u0301n\n");
  EXPECT_EQ(d.text, "Café en één\n");
  EXPECT_EQ(d.turns[0].end, 11u);
  EXPECT_TRUE(HasNote(d, "text normalised to Unicode NFC"));
}

TEST(Subtitles, CapitalNamesBecomeTitleCase) {
  const ImportedDocument d = ImportSrtBytes("x.srt",
                                            "00:00:01,000 --> 00:00:02,000\n"
                                            "GEÏNTERVIEWDE: Ja.\n\n"
                                            "00:00:02,000 --> 00:00:03,000\n"
                                            "ĲSBRAND: Nee.\n\n"
                                            "00:00:03,000 --> 00:00:04,000\n"
                                            "IJSBRAND DE VRIES: Misschien.\n\n"
                                            "00:00:04,000 --> 00:00:05,000\n"
                                            "- JONGERE 2: Eén keer.\n\n"
                                            "00:00:05,000 --> 00:00:06,000\n"
                                            "OPA-HENK: Ik ook.\n\n"
                                            "00:00:06,000 --> 00:00:07,000\n"
                                            "I: Hoe oud ben je?\n");
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Geïnterviewde", "Ĳsbrand", "IJsbrand De Vries", "Jongere 2",
                                                    "Opa-Henk", "I"}));
  EXPECT_EQ(Saids(d), (std::vector<std::string>{"Ja.", "Nee.", "Misschien.", "Eén keer.", "Ik ook.",
                                                 "Hoe oud ben je?"}));
  ExpectParagraphPerTurn(d);
}

TEST(Subtitles, ColonsInProseAreNotSpeakers) {
  const ImportedDocument d = ImportSrtBytes("x.srt",
                                            "1\n00:00:01,000 --> 00:00:02,000\n"
                                            "Ze zei: ik kom niet.\n\n"
                                            "2\n00:00:02,000 --> 00:00:03,000\n"
                                            "Let op: morgen is de afspraak bij jeugdzorg.\n\n"
                                            "3\n00:00:03,000 --> 00:00:04,000\n"
                                            "Om 12:30 begint de training.\n\n"
                                            "4\n00:00:04,000 --> 00:00:05,000\n"
                                            "Nou, zij zei: nee.\n\n"
                                            "5\n00:00:05,000 --> 00:00:06,000\n"
                                            "Dus wat ik wil zeggen is: niets.\n\n"
                                            "6\n00:00:06,000 --> 00:00:07,000\n"
                                            "Let op: nog één keer.\n\n"
                                            "7\n00:00:07,000 --> 00:00:08,000\n"
                                            "Ze zei: ik kom niet, echt niet.\n\n"
                                            "8\n00:00:08,000 --> 00:00:09,000\n"
                                            "Tijd:12 uur.\n");
  EXPECT_EQ(Speakers(d), std::vector<std::string>(8, ""));
  EXPECT_EQ(Said(d, d.turns[0]), "Ze zei: ik kom niet.");
  EXPECT_EQ(Said(d, d.turns[1]), "Let op: morgen is de afspraak bij jeugdzorg.");
  EXPECT_EQ(Said(d, d.turns[6]), "Ze zei: ik kom niet, echt niet.");
  EXPECT_EQ(d.notes, std::vector<std::string>{"8 cues read as speaker turns; no speakers named"});
}

TEST(Subtitles, RoleWordsAndNamesUsedElsewhereAreSpeakers) {
  const ImportedDocument d = ImportVttBytes("x.vtt",
                                            "WEBVTT\n\n"
                                            "00:01.000 --> 00:02.000\n"
                                            "<v Sanne>Hoi oma.\n\n"
                                            "00:02.000 --> 00:03.000\n"
                                            "oma: Dag lieverd.\n\n"
                                            "00:03.000 --> 00:04.000\n"
                                            "sanne: Hoe is het?\n\n"
                                            "00:04.000 --> 00:05.000\n"
                                            "Interviewer 2: Mag ik iets vragen?\n\n"
                                            "00:05.000 --> 00:06.000\n"
                                            "Coach Mirjam: Eén keer.\n\n"
                                            "00:06.000 --> 00:07.000\n"
                                            "<v Opa>MOEDER: nee, zei ze.\n\n"
                                            "00:07.000 --> 00:08.000\n"
                                            "Dit gaat over jeugdzorg.\n");
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Sanne", "oma", "sanne", "Interviewer 2", "", "Opa", ""}));
  EXPECT_EQ(Saids(d), (std::vector<std::string>{"Hoi oma.", "Dag lieverd.", "Hoe is het?", "Mag ik iets vragen?",
                                                 "Coach Mirjam: Eén keer.", "MOEDER: nee, zei ze.",
                                                 "Dit gaat over jeugdzorg."}));
  // Names are kept as written, so "sanne" and "Sanne" count apart.
  EXPECT_EQ(d.notes, std::vector<std::string>{"7 cues read as speaker turns; 5 speakers"});
}

TEST(Subtitles, OverlapsMissingBlankLinesAndEmptyCues) {
  const ImportedDocument d = ImportSrtBytes("x.srt",
                                            "1\n"
                                            "00:00:01,000 --> 00:00:05,000\n"
                                            "OMA: Ik praat\n"
                                            "2\n"
                                            "00:00:02,000 --> 00:00:03,000 X1:10 X2:20 Y1:5 Y2:9\n"
                                            "JONGERE: Ik ook.\n"
                                            "\n\n"
                                            "3\n"
                                            "00:00:06,000 --> 00:00:06,000\n"
                                            "\n"
                                            "4\n"
                                            "00:00:07,000 --> 00:00:08,000\n"
                                            "<i> </i>\n"
                                            "\n"
                                            "5\n"
                                            "00:00:09,000 --> 00:00:10,000\n"
                                            "Klaar.\n\n\n");
  EXPECT_EQ(d.text, "Ik praat\nIk ook.\nKlaar.\n");
  EXPECT_EQ(Speakers(d), (std::vector<std::string>{"Oma", "Jongere", ""}));
  EXPECT_EQ(d.turns[1].timestampMs, 2000);
  EXPECT_EQ(d.turns[0].endMs, 5000);
  EXPECT_EQ(d.notes, (std::vector<std::string>{"2 cues without text skipped",
                                                "3 cues read as speaker turns; 2 speakers"}));
}

TEST(Subtitles, BadTimingNamesFileLineAndText) {
  EXPECT_EQ(SrtError("1\n00:00:01,000 --> 00:00:02,000\nEén.\n\n"
                     "2\n00:00:02,000 --> 00:00:03,000\nTwee.\n\n"
                     "3\n00:00:03,000 --> 00:00:04,000\nDrie.\n\n"
                     "4\n00:01:02 -> 00:01:04\nVier.\n"),
            "x.srt:14: cannot read cue timing '00:01:02 -> 00:01:04'");
  EXPECT_EQ(SrtError("1\n00:00:01,000 --> \nHoi\n"),
            "x.srt:2: cannot read cue timing '00:00:01,000 -->'");
  EXPECT_EQ(SrtError("1\n00:00:01,000 --> 00:00:02,000x\nHoi\n"),
            "x.srt:2: cannot read cue timing '00:00:01,000 --> 00:00:02,000x'");
  EXPECT_EQ(SrtError("1\nHallo oma\n"), "x.srt:2: cannot read cue timing 'Hallo oma'");
  EXPECT_EQ(SrtError("00:00:01,000 --> 00:00:02,000\nHoi\n\n7\n"), "x.srt:4: expected a cue timing line after '7'");
  EXPECT_EQ(VttError("WEBVTT\n\n00:61.000 --> 01:02.000\nHoi\n"),
            "x.vtt:3: cannot read cue timing '00:61.000 --> 01:02.000'");
  EXPECT_EQ(VttError("WEBVTT\n\n00:01.0000 --> 00:02.000\nHoi\n"),
            "x.vtt:3: cannot read cue timing '00:01.0000 --> 00:02.000'");
}

TEST(Subtitles, CueEndingBeforeItStartsIsRefused) {
  EXPECT_EQ(SrtError("1\n00:00:05,000 --> 00:00:04,000\nTe laat.\n"),
            "x.srt:2: cue ends before it starts ('00:00:05,000 --> 00:00:04,000')");
  EXPECT_EQ(VttError("WEBVTT\n\nid\n01:00.000 --> 00:59.999\nTe laat.\n"),
            "x.vtt:4: cue ends before it starts ('01:00.000 --> 00:59.999')");
}

TEST(Subtitles, EmptyAndBinaryFilesAreRefused) {
  EXPECT_EQ(SrtError(""), "x.srt: empty file");
  EXPECT_EQ(SrtError("\xEF\xBB\xBF\r\n  \n"), "x.srt: empty file");
  EXPECT_EQ(VttError(""), "x.vtt: empty file");
  EXPECT_EQ(SrtError("1\n00:00:01,000 --> 00:00:02,000\nH\0i\n"sv), "x.srt: not a text file (contains NUL bytes)");
  EXPECT_EQ(VttError("\xFF\xFEW\0E\0B\0V\0T\0T\0"sv), "x.vtt: not a text file (contains NUL bytes)");
}

TEST(Subtitles, VttNeedsItsHeader) {
  EXPECT_EQ(VttError("00:00.000 --> 00:01.000\nHoi\n"), "x.vtt:1: not a WebVTT file (no WEBVTT header)");
  EXPECT_EQ(VttError("WEBVTTX\n\n00:00.000 --> 00:01.000\nHoi\n"), "x.vtt:1: not a WebVTT file (no WEBVTT header)");
  EXPECT_EQ(VttError("1\n00:00:01,000 --> 00:00:02,000\nHoi\n"), "x.vtt:1: not a WebVTT file (no WEBVTT header)");
}

TEST(Subtitles, FilesWithoutSpeechAreRefused) {
  EXPECT_EQ(VttError("WEBVTT\n\nNOTE alleen een notitie\n"), "x.vtt: no subtitle cues with text");
  EXPECT_EQ(SrtError("1\n00:00:01,000 --> 00:00:02,000\n\n"), "x.srt: no subtitle cues with text");
}

TEST(Subtitles, IllFormedUtf8NamesFileLineAndColumn) {
  const std::string message = SrtError("1\n00:00:01,000 --> 00:00:02,000\nT\xE9st\n");
  EXPECT_EQ(message.rfind("x.srt:3:2: not valid UTF-8", 0), 0u) << message;
}

TEST(Subtitles, VttCueRightUnderTheHeaderIsRead) {
  const ImportedDocument d = ImportVttBytes("x.vtt",
                                            "WEBVTT\n"
                                            "00:00:01.000 --> 00:00:02.500\n"
                                            "PROFESSIONAL: Welkom bij de coach.\n");
  EXPECT_EQ(d.text, "Welkom bij de coach.\n");
  EXPECT_EQ(Speakers(d), std::vector<std::string>{"Professional"});
  EXPECT_EQ(d.turns[0].endMs, 2500);
}

}  // namespace
}  // namespace duiding::import
