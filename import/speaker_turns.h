// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace duiding::text {
class LinePattern;
}

namespace duiding::import {

/// A research team's own speaker convention, for transcripts the built-in ones miss: a regular
/// expression (ICU syntax) that matches a speaker label at the start of a paragraph, with a
/// group (?<speaker>...) (or just the first group) and optionally (?<time>...) holding a clock
/// time. Example: (?<speaker>[A-Z]{2,3})>\s for "MB> ja, dat klopt". Cheap to copy.
class SpeakerPattern {
 public:
  /// Error(Input) "--speaker-pattern: ..." when the expression does not compile or has no group.
  explicit SpeakerPattern(std::string_view expression);
  const text::LinePattern& Compiled() const { return *m_pattern; }
  const std::string& Expression() const { return m_expression; }

 private:
  std::string m_expression;
  std::shared_ptr<const text::LinePattern> m_pattern;
};

/// Finds speaker turns in a transcript's canonical text, by the conventions Dutch researchers
/// and transcription tools use:
///   "I: …", "R: …", "Interviewer: …", "Jongere 1: …", "Mevrouw Bergkamp (D66): …"
///   "[00:12:03] Naam: …", "00:12:03 Naam: …", "Naam (00:12:03): …"
///   "Spreker 1 00:00:05" alone on a line, the turn's text below it (transcription services)
///   f4/f5 time marks "#00:01:23-4#" and "#00:01:23.456#" (a mark ends the paragraph it is in)
/// A turn runs on over later paragraphs until the next speaker. A label counts as a speaker
/// when it is a known role word ("I", "moeder", "jongere 2"), or every word is capitalised
/// apart from name particles ("De heer Van der Laan"), or it labels two or more paragraphs; so
/// "Ze zei: ..." or "Let op: ..." never make a speaker. Text before the first speaker (a title
/// block) belongs to no turn. Offsets are code points into `text`.
/// With a `pattern`, it alone decides which paragraphs open a turn: every match does (a match
/// that is the whole paragraph opens a turn whose text follows on the next lines).
std::vector<Turn> FindSpeakerTurns(std::string_view text, const SpeakerPattern* pattern = nullptr);

/// The role a speaker label suggests: interviewer, jongere, ouder, professional, netwerklid or
/// other ("Moeder" -> ouder, "Netwerklid (opa)" -> netwerklid, "I" -> interviewer).
std::string RoleOfSpeaker(std::string_view speaker);

/// Milliseconds of "01:02:03", "02:03", "01:02:03.456", "01:02:03,456" or "01:02:03-4".
std::optional<std::int64_t> ParseClockTime(std::string_view clock);

}  // namespace duiding::import
