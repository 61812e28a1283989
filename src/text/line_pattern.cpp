// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/line_pattern.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace duiding::text {

struct LinePattern::Compiled {
  std::unique_ptr<icu::RegexPattern> pattern;
  int speakerGroup = 1;
  int timeGroup = 0;  // 0: none
};

namespace {

int GroupNamed(const icu::RegexPattern& pattern, const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t group = pattern.groupNumberFromName(name, -1, status);
  return U_SUCCESS(status) ? group : 0;
}

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

LinePattern::LinePattern(std::string_view pattern) : m_compiled(std::make_unique<Compiled>()) {
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  m_compiled->pattern.reset(icu::RegexPattern::compile(source, 0, where, status));
  if (U_FAILURE(status))
    throw std::invalid_argument("not a valid pattern at character " + std::to_string(where.offset + 1) + " (" +
                                u_errorName(status) + ")");
  UErrorCode matcherStatus = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> probe(m_compiled->pattern->matcher(matcherStatus));
  const int32_t groups = U_SUCCESS(matcherStatus) ? probe->groupCount() : 0;
  if (const int named = GroupNamed(*m_compiled->pattern, "speaker")) m_compiled->speakerGroup = named;
  else if (groups < 1) throw std::invalid_argument("the pattern needs a group for the speaker: (?<speaker>...)");
  m_compiled->timeGroup = GroupNamed(*m_compiled->pattern, "time");
}

LinePattern::~LinePattern() = default;

std::optional<LinePattern::Match> LinePattern::MatchStart(std::string_view line) const {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(m_compiled->pattern->matcher(text, status));
  if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status)) return std::nullopt;
  Match match;
  const int32_t end = matcher->end(status);
  match.bytes = Utf8(text.tempSubString(0, end)).size();
  match.speaker = Utf8(matcher->group(m_compiled->speakerGroup, status));
  if (m_compiled->timeGroup) match.time = Utf8(matcher->group(m_compiled->timeGroup, status));
  if (U_FAILURE(status)) return std::nullopt;
  return match;
}

}  // namespace duiding::text
