// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/speaker_turns.h"

#include <array>
#include <map>

#include "model/error.h"
#include "text/line_pattern.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

constexpr std::size_t kMaxLabelBytes = 80;
constexpr std::size_t kMaxLabelWords = 6;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<std::int64_t> Number(std::string_view digits) {
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  std::int64_t n = 0;
  for (const char c : digits) {
    if (!IsDigit(c)) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < s.size()) {
    const std::size_t next = s.find(' ', at);
    const std::string_view word = s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
    if (!word.empty()) words.push_back(word);
    if (next == std::string_view::npos) break;
    at = next + 1;
  }
  return words;
}

// The label without a trailing "(...)" qualifier such as a party or "(opa)".
std::string_view WithoutQualifier(std::string_view label) {
  const std::size_t open = label.find('(');
  return open == std::string_view::npos ? label : Trim(label.substr(0, open));
}

std::string FirstRoleWord(std::string_view label) {
  std::vector<std::string_view> words = Words(WithoutQualifier(label));
  std::size_t i = 0;
  while (i + 1 < words.size() && (text::FoldCase(words[i]) == "de" || text::FoldCase(words[i]) == "het")) ++i;
  return i < words.size() ? text::FoldCase(words[i]) : std::string();
}

struct RoleWords {
  const char* role;
  std::vector<std::string_view> words;
};

const std::array<RoleWords, 6>& Roles() {
  static const std::array<RoleWords, 6> roles = {{
      {"interviewer", {"i", "int", "interviewer", "interviewster", "onderzoeker", "moderator", "gespreksleider",
                       "voorzitter", "gespreksleiding"}},
      {"jongere", {"jongere", "jeugdige", "kind", "jongen", "meisje", "tiener", "puber", "j"}},
      {"ouder", {"ouder", "moeder", "vader", "pleegouder", "pleegmoeder", "pleegvader", "stiefmoeder",
                 "stiefvader", "mama", "papa", "ma", "pa"}},
      {"professional", {"professional", "hulpverlener", "jeugdhulpverlener", "jeugdprofessional", "gezinscoach",
                        "wijkcoach", "jeugdconsulent", "consulent", "medewerker", "gedragswetenschapper",
                        "jeugdbeschermer", "maatschappelijk", "casemanager", "p"}},
      {"netwerklid", {"netwerklid", "opa", "oma", "grootouder", "grootmoeder", "grootvader", "tante", "oom",
                      "buurvrouw", "buurman", "vriend", "vriendin", "mentor", "jim", "coach", "trainer", "juf",
                      "meester", "leraar", "lerares", "docent", "nicht", "neef", "zus", "broer", "steunfiguur"}},
      {"other", {"r", "respondent", "geïnterviewde", "deelnemer", "spreker", "speaker", "participant"}},
  }};
  return roles;
}

const char* RoleOfWord(std::string_view word) {
  for (const RoleWords& r : Roles())
    for (const std::string_view w : r.words)
      if (w == word) return r.role;
  return nullptr;
}

bool IsParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "heer", "la", "le", "von", "du", "da", "in"};
  for (const std::string_view p : kParticles)
    if (word == p) return true;
  return false;
}

bool StartsCapitalised(std::string_view word) {
  if (IsDigit(word.front())) return true;
  std::size_t pos = 0;
  text::DecodeNext(word, pos);
  const std::string_view first = word.substr(0, pos);
  return text::FoldCase(first) != first;
}

// Shape only: short, starts with a letter, no sentence punctuation outside the qualifier.
bool LooksLikeLabel(std::string_view label) {
  if (label.empty() || label.size() > kMaxLabelBytes) return false;
  const std::string_view core = WithoutQualifier(label);
  if (core.empty() || IsDigit(core.front()) || core.front() == '-' || core.front() == '\'') return false;
  if (core.find_first_of(",;!?\"()[]#") != std::string_view::npos) return false;
  if (core.find("\u201C") != std::string_view::npos || core.find("\u201D") != std::string_view::npos) return false;
  const std::size_t words = Words(core).size();
  return words >= 1 && words <= kMaxLabelWords;
}

bool AllCapitalised(std::string_view label) {
  for (const std::string_view w : Words(WithoutQualifier(label)))
    if (!StartsCapitalised(w) && !IsParticle(text::FoldCase(w))) return false;
  return true;
}

struct Label {
  std::string speaker;
  std::optional<std::int64_t> timeMs;
  bool headerOnly = false;  ///< "Spreker 1 00:00:05" alone: the text follows on the next lines
};

// A leading "[00:12:03]", "(00:12:03)", "#00:12:03-4#" or "00:12:03" and the rest of the line.
std::optional<std::int64_t> TakeLeadingTime(std::string_view& line) {
  if (line.empty()) return std::nullopt;
  const char open = line.front();
  const char close = open == '[' ? ']' : open == '(' ? ')' : open == '#' ? '#' : '\0';
  std::size_t end = 0, skip = 0;
  if (close) {
    end = line.find(close, 1);
    if (end == std::string_view::npos) return std::nullopt;
    skip = end + 1;
  } else if (IsDigit(open)) {
    end = line.find_first_of(" \t");
    if (end == std::string_view::npos) return std::nullopt;
    skip = end;
  } else {
    return std::nullopt;
  }
  const std::optional<std::int64_t> ms = ParseClockTime(line.substr(close ? 1 : 0, close ? end - 1 : end));
  if (ms) line = Trim(line.substr(skip));
  return ms;
}

std::optional<Label> ParseLabelWith(const SpeakerPattern& pattern, std::string_view line) {
  const auto match = pattern.Compiled().MatchStart(line);
  if (!match) return std::nullopt;
  Label result;
  result.speaker = std::string(Trim(match->speaker));
  if (result.speaker.empty()) return std::nullopt;
  result.timeMs = ParseClockTime(Trim(match->time));
  result.headerOnly = Trim(line.substr(match->bytes)).empty();
  return result;
}

std::optional<Label> ParseLabel(std::string_view line) {
  line = Trim(line);
  Label result;
  result.timeMs = TakeLeadingTime(line);
  // The first colon that ends a label is followed by a space or the end of the line; colons
  // inside a "(01:02:03)" are not.
  std::size_t colon = line.find(':');
  while (colon != std::string_view::npos && colon + 1 < line.size() && line[colon + 1] != ' ' &&
         line[colon + 1] != '\t')
    colon = line.find(':', colon + 1);
  if (colon != std::string_view::npos && colon <= kMaxLabelBytes) {
    std::string_view label = Trim(line.substr(0, colon));
    if (label.ends_with(')')) {
      const std::size_t open = label.rfind('(');
      if (open != std::string_view::npos) {
        if (const auto ms = ParseClockTime(label.substr(open + 1, label.size() - open - 2))) {
          result.timeMs = ms;
          label = Trim(label.substr(0, open));
        }
      }
    }
    if (!LooksLikeLabel(label)) return std::nullopt;
    result.speaker = std::string(label);
    return result;
  }
  // "Spreker 1 00:00:05" alone on its line.
  const std::size_t space = line.find_last_of(" \t");
  if (result.timeMs || space == std::string_view::npos) return std::nullopt;
  const std::optional<std::int64_t> ms = ParseClockTime(line.substr(space + 1));
  const std::string_view label = Trim(line.substr(0, space));
  if (!ms || !LooksLikeLabel(label)) return std::nullopt;
  result.speaker = std::string(label);
  result.timeMs = ms;
  result.headerOnly = true;
  return result;
}

bool Accepted(const Label& label, const std::map<std::string, int>& uses) {
  if (RoleOfWord(FirstRoleWord(label.speaker))) return true;
  if (uses.at(label.speaker) >= 2) return true;
  return Words(WithoutQualifier(label.speaker)).size() >= 2 && AllCapitalised(label.speaker);
}

// f4/f5 time marks "#00:01:23-4#": the last one in a paragraph, and whether it ends it.
struct Mark {
  std::optional<std::int64_t> lastMs;
  bool atEnd = false;
};

Mark TimeMarks(std::string_view line) {
  Mark mark;
  for (std::size_t open = line.find('#'); open != std::string_view::npos; open = line.find('#', open + 1)) {
    const std::size_t close = line.find('#', open + 1);
    if (close == std::string_view::npos) break;
    if (const auto ms = ParseClockTime(line.substr(open + 1, close - open - 1))) {
      mark.lastMs = ms;
      mark.atEnd = Trim(line.substr(close + 1)).empty();
      open = close;
    }
  }
  return mark;
}

struct Paragraph {
  std::string_view line;
  std::size_t startCp, endCp;  // without the newline
};

std::vector<Paragraph> Paragraphs(std::string_view text) {
  std::vector<Paragraph> lines;
  std::size_t cp = 0;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(at, end - at);
    const std::size_t length = text::CountCodePoints(line);
    lines.push_back({line, cp, cp + length});
    cp += length + 1;
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return lines;
}

}  // namespace

std::optional<std::int64_t> ParseClockTime(std::string_view clock) {
  std::int64_t fraction = 0;
  if (const std::size_t sep = clock.find_first_of(".,-"); sep != std::string_view::npos) {
    const std::string_view digits = clock.substr(sep + 1);
    const std::optional<std::int64_t> n = Number(digits);
    if (!n || digits.size() > 3) return std::nullopt;
    fraction = *n * (digits.size() == 1 ? 100 : digits.size() == 2 ? 10 : 1);
    clock = clock.substr(0, sep);
  }
  std::vector<std::int64_t> parts;
  for (std::size_t at = 0;;) {
    const std::size_t colon = clock.find(':', at);
    const std::string_view part = clock.substr(at, colon == std::string_view::npos ? std::string_view::npos : colon - at);
    const std::optional<std::int64_t> n = Number(part);
    if (!n || part.size() > 2) return std::nullopt;
    parts.push_back(*n);
    if (colon == std::string_view::npos) break;
    at = colon + 1;
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  const std::int64_t seconds = parts.back(), minutes = parts[parts.size() - 2];
  const std::int64_t hours = parts.size() == 3 ? parts[0] : 0;
  if (seconds >= 60 || (parts.size() == 3 && minutes >= 60)) return std::nullopt;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

std::string RoleOfSpeaker(std::string_view speaker) {
  if (const char* role = RoleOfWord(FirstRoleWord(speaker))) return role;
  const std::size_t open = speaker.find('(');
  if (open != std::string_view::npos) {
    const std::string_view inner = speaker.substr(open + 1, speaker.find(')', open) - open - 1);
    if (const char* role = RoleOfWord(FirstRoleWord(inner))) return role;
  }
  return "other";
}

SpeakerPattern::SpeakerPattern(std::string_view expression) : m_expression(expression) {
  try {
    m_pattern = std::make_shared<const text::LinePattern>(expression);
  } catch (const std::invalid_argument& e) {
    throw Error(ErrorKind::Input, "--speaker-pattern '" + m_expression + "': " + e.what());
  }
}

std::vector<Turn> FindSpeakerTurns(std::string_view text, const SpeakerPattern* pattern) {
  const std::vector<Paragraph> paragraphs = Paragraphs(text);
  std::vector<std::optional<Label>> labels;
  std::map<std::string, int> uses;
  for (const Paragraph& p : paragraphs) {
    labels.push_back(pattern ? ParseLabelWith(*pattern, p.line) : ParseLabel(p.line));
    if (labels.back()) ++uses[labels.back()->speaker];
  }
  std::vector<Turn> turns;
  std::optional<std::int64_t> previousMark;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    const Mark mark = TimeMarks(p.line);
    if (labels[i] && (pattern || Accepted(*labels[i], uses))) {
      Turn t;
      t.start = p.startCp;
      t.end = p.endCp;
      t.speaker = labels[i]->speaker;
      t.timestampMs = labels[i]->timeMs ? labels[i]->timeMs : previousMark;
      turns.push_back(t);
    } else if (!turns.empty() && !Trim(p.line).empty()) {
      turns.back().end = p.endCp;  // the turn runs on over this paragraph
    }
    if (!turns.empty() && mark.atEnd && turns.back().end == p.endCp) turns.back().endMs = mark.lastMs;
    previousMark = mark.atEnd ? mark.lastMs : std::nullopt;
  }
  return turns;
}

}  // namespace duiding::import
