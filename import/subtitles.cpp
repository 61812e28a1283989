// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/subtitles.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <utility>
#include <vector>

#include "model/error.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

constexpr std::size_t npos = std::string_view::npos;

enum class Format { Srt, Vtt };

// One line of the canonical input, with its 1-based number for messages.
struct Line {
  std::string_view text;
  std::size_t number = 0;
};

// One cue as read: its timing and its text with markup removed, lines joined by LF.
struct Cue {
  std::int64_t startMs = 0;
  std::int64_t endMs = 0;
  std::string text;
  std::string voice;  // the name in the cue's first WebVTT <v> tag, as written
};

[[noreturn]] void Fail(const std::string& path, const std::string& message) {
  throw Error(ErrorKind::Input, path + ": " + message);
}

[[noreturn]] void FailAt(const std::string& path, std::size_t line, const std::string& message) {
  throw Error(ErrorKind::Input, path + ":" + std::to_string(line) + ": " + message);
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool Contains(std::string_view s, std::string_view part) { return s.find(part) != npos; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool IsAllDigits(std::string_view s) {
  s = Trim(s);
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

// A line quoted in a message; long lines (junk, mostly) are cut so the message stays short.
std::string Quote(std::string_view line) {
  constexpr std::size_t kMax = 80;
  line = Trim(line);
  if (line.size() <= kMax) return "'" + std::string(line) + "'";
  std::size_t cut = kMax;
  while (!text::IsCodePointStart(line, cut)) --cut;
  return "'" + std::string(line.substr(0, cut)) + "...'";
}

// ---------------------------------------------------------------------------------------------
// Bytes, lines and blocks

// Refuses what cannot be subtitles before anything is parsed, and strips a byte order mark.
std::string_view CheckBytes(ImportedDocument& doc, std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    doc.notes.push_back("byte order mark removed");
  }
  if (bytes.find_first_not_of(" \t\r\n") == npos) Fail(doc.sourcePath, "empty file");
  if (bytes.find('\0') != npos) Fail(doc.sourcePath, "not a text file (contains NUL bytes)");
  return bytes;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t number = 1;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.push_back({text.substr(0, end), number++});
    if (end == npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// Blank lines separate blocks; a line of only spaces counts as blank, as players treat it so.
std::vector<std::vector<Line>> SplitBlocks(const std::vector<Line>& lines) {
  std::vector<std::vector<Line>> blocks(1);
  for (const Line& line : lines) {
    if (!Trim(line.text).empty()) {
      blocks.back().push_back(line);
    } else if (!blocks.back().empty()) {
      blocks.emplace_back();
    }
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Timing

// "[hours:]mm:ss,mmm" (or with '.') at the front of `s`, which is advanced past it. Hours may be
// left out: WebVTT allows it and lenient SubRip writers do it too. Minutes and seconds have two
// digits; the fraction has one to three, read as a decimal fraction of a second.
std::optional<std::int64_t> ReadTimestamp(std::string_view& s) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t from = pos;
    while (pos < s.size() && IsDigit(s[pos])) ++pos;
    if (pos == from) return std::nullopt;
    fields.push_back(s.substr(from, pos - from));
    if (pos < s.size() && s[pos] == ':' && fields.size() < 3) {
      ++pos;
      continue;
    }
    break;
  }
  if (fields.size() < 2 || pos >= s.size() || (s[pos] != ',' && s[pos] != '.')) return std::nullopt;
  const std::size_t fractionFrom = ++pos;
  while (pos < s.size() && IsDigit(s[pos])) ++pos;
  const std::string_view fraction = s.substr(fractionFrom, pos - fractionFrom);
  const std::string_view hours = fields.size() == 3 ? fields[0] : std::string_view("0");
  const std::string_view minutes = fields[fields.size() - 2];
  const std::string_view seconds = fields.back();
  if (hours.size() > 6 || minutes.size() != 2 || seconds.size() != 2 || fraction.empty() || fraction.size() > 3)
    return std::nullopt;
  const auto number = [](std::string_view digits) {
    std::int64_t value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
  };
  if (number(minutes) > 59 || number(seconds) > 59) return std::nullopt;
  std::int64_t ms = number(fraction);
  for (std::size_t i = fraction.size(); i < 3; ++i) ms *= 10;
  s.remove_prefix(pos);
  return ((number(hours) * 60 + number(minutes)) * 60 + number(seconds)) * 1000 + ms;
}

struct Timing {
  std::int64_t startMs = 0;
  std::int64_t endMs = 0;
};

// "start --> end", then, after white space, anything: WebVTT cue settings ("align:start") or
// the SubRip box coordinates some writers add. Neither says anything about the speech.
std::optional<Timing> ReadTiming(std::string_view line) {
  line = Trim(line);
  const auto start = ReadTimestamp(line);
  if (!start) return std::nullopt;
  line = Trim(line);
  if (!line.starts_with("-->")) return std::nullopt;
  line = Trim(line.substr(3));
  const auto end = ReadTimestamp(line);
  if (!end || (!line.empty() && !IsBlank(line.front()))) return std::nullopt;
  return Timing{*start, *end};
}

// A line meant as timing, even if it does not parse: it has the arrow, or starts like a time.
// Anything else at the start of a cue is its identifier (a SubRip index, a WebVTT id).
bool LooksLikeTiming(std::string_view line) {
  line = Trim(line);
  return Contains(line, "-->") || (!line.empty() && IsDigit(line.front()) && Contains(line, ":"));
}

// ---------------------------------------------------------------------------------------------
// Cue text

// "233" or "xE9" after "&#". Control characters, surrogates and values beyond Unicode stay
// undecoded text: they would break the document's line structure or its UTF-8.
std::optional<char32_t> NumericReference(std::string_view digits) {
  unsigned base = 10;
  if (!digits.empty() && (digits.front() == 'x' || digits.front() == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  char32_t value = 0;
  for (const char c : digits) {
    unsigned digit = 0;
    if (IsDigit(c)) {
      digit = static_cast<unsigned>(c - '0');
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = static_cast<unsigned>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    value = value * base + digit;
  }
  if ((value < 0x20 && value != '\t') || (value >= 0x7F && value < 0xA0) || (value >= 0xD800 && value < 0xE000) ||
      value > 0x10FFFF)
    return std::nullopt;
  return value;
}

// The character reference starting at raw[pos] ('&'), advancing `pos` past it. Named references
// are those subtitle writers use; an unknown one stays text, as a browser would show it.
std::optional<std::string> DecodeReference(std::string_view raw, std::size_t& pos) {
  static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
      {"amp", U'&'},      {"lt", U'<'},        {"gt", U'>'},        {"quot", U'"'},
      {"apos", U'\''},    {"nbsp", U'\u00A0'}, {"lrm", U'\u200E'},  {"rlm", U'\u200F'}};
  const std::size_t semicolon = raw.find(';', pos);
  if (semicolon == npos || semicolon - pos > 10) return std::nullopt;
  const std::string_view name = raw.substr(pos + 1, semicolon - pos - 1);
  std::optional<char32_t> cp;
  for (const auto& [named, value] : kNamed)
    if (name == named) cp = value;
  if (!cp && name.starts_with("#")) cp = NumericReference(name.substr(1));
  if (!cp) return std::nullopt;
  std::string decoded;
  text::AppendUtf8(decoded, *cp);
  pos = semicolon + 1;
  return decoded;
}

std::string DecodeReferences(std::string_view raw) {
  std::string out;
  for (std::size_t pos = 0; pos < raw.size();) {
    if (raw[pos] == '&') {
      if (const auto decoded = DecodeReference(raw, pos)) {
        out += *decoded;
        continue;
      }
    }
    out += raw[pos++];
  }
  return out;
}

// The annotation of a voice tag ("v Naam", "v.loud Naam"), or "" for any other tag.
std::string VoiceName(std::string_view tag) {
  if (tag.size() < 2 || tag[0] != 'v' || !(tag[1] == '.' || IsBlank(tag[1]) || tag[1] == '\n')) return {};
  const std::size_t gap = tag.find_first_of(" \t\n");
  if (gap == npos) return {};
  return DecodeReferences(Trim(tag.substr(gap)));
}

// WebVTT cue text. Every <...> is a tag, since a literal '<' must be written "&lt;": styling
// (<i>, <b>, <u>, <c.klasse>, <lang nl>, <ruby>, <rt>), inline timestamps (<00:00:01.000>) and
// voices all go, the first voice's name kept in `voice`. References are decoded only outside
// tags, so "&lt;i&gt;" stays visible text. A '<' never closed is kept as text.
std::string StripVttMarkup(std::string_view raw, std::string& voice) {
  std::string out;
  for (std::size_t pos = 0; pos < raw.size();) {
    if (raw[pos] == '<') {
      const std::size_t close = raw.find('>', pos);
      if (close != npos) {
        if (voice.empty()) voice = VoiceName(raw.substr(pos + 1, close - pos - 1));
        pos = close + 1;
        continue;
      }
    } else if (raw[pos] == '&') {
      if (const auto decoded = DecodeReference(raw, pos)) {
        out += *decoded;
        continue;
      }
    }
    out += raw[pos++];
  }
  return out;
}

// SubRip has no markup of its own, but players honour HTML-like <i>, <b>, <u>, <font ...> and
// ASS overrides like {\an8}, so writers use them; they go. A '<' not opening such a tag ("<3")
// is text, and SubRip has no character references to decode.
std::string StripSrtMarkup(std::string_view raw) {
  std::string out;
  for (std::size_t pos = 0; pos < raw.size();) {
    const std::size_t lineEnd = std::min(raw.find('\n', pos), raw.size());
    if (raw[pos] == '<') {
      std::size_t name = pos + 1;
      if (name < raw.size() && raw[name] == '/') ++name;
      const std::size_t close = raw.find('>', pos);
      if (name < raw.size() && IsAsciiLetter(raw[name]) && close < lineEnd) {
        pos = close + 1;
        continue;
      }
    } else if (raw.substr(pos).starts_with("{\\")) {
      const std::size_t close = raw.find('}', pos);
      if (close < lineEnd) {
        pos = close + 1;
        continue;
      }
    }
    out += raw[pos++];
  }
  return out;
}

// Lines trimmed, and lines left empty by markup removal dropped: a cue is one paragraph.
std::string TidyLines(std::string_view text) {
  std::string out;
  for (const Line& line : SplitLines(text)) {
    const std::string_view trimmed = Trim(line.text);
    if (trimmed.empty()) continue;
    if (!out.empty()) out += '\n';
    out += trimmed;
  }
  return out;
}

// Reads the cues of one block: [identifier] timing line, then text lines. A line with "-->" in
// the text starts the next cue (a blank line forgotten between cues, which players tolerate);
// a number just before it is that cue's index, not text.
void ReadCues(std::span<const Line> block, Format format, const std::string& path, std::vector<Cue>& cues) {
  std::size_t i = 0;
  while (i < block.size()) {
    const std::size_t timingAt = LooksLikeTiming(block[i].text) ? i : i + 1;
    if (timingAt >= block.size())
      FailAt(path, block[i].number, "expected a cue timing line after " + Quote(block[i].text));
    const Line& timingLine = block[timingAt];
    const auto timing = ReadTiming(timingLine.text);
    if (!timing) FailAt(path, timingLine.number, "cannot read cue timing " + Quote(timingLine.text));
    if (timing->endMs < timing->startMs)
      FailAt(path, timingLine.number, "cue ends before it starts (" + Quote(timingLine.text) + ")");

    std::size_t next = timingAt + 1;
    while (next < block.size() && !Contains(block[next].text, "-->")) ++next;
    std::size_t textEnd = next;
    if (next < block.size() && next > timingAt + 1 && IsAllDigits(block[next - 1].text)) --textEnd;

    std::string raw;
    for (std::size_t k = timingAt + 1; k < textEnd; ++k) {
      if (k > timingAt + 1) raw += '\n';
      raw += block[k].text;
    }
    Cue cue;
    cue.startMs = timing->startMs;
    cue.endMs = timing->endMs;
    cue.text = TidyLines(format == Format::Vtt ? StripVttMarkup(raw, cue.voice) : StripSrtMarkup(raw));
    cues.push_back(std::move(cue));
    i = textEnd;
  }
}

// "WEBVTT" alone or followed by white space and a title.
bool IsVttSignature(std::string_view line) {
  return line.starts_with("WEBVTT") && (line.size() == 6 || IsBlank(line[6]));
}

// NOTE (comments), STYLE (CSS) and REGION (layout) blocks hold no speech.
bool IsVttMetaBlock(std::string_view first) {
  for (const std::string_view keyword : {"NOTE", "STYLE", "REGION"})
    if (first.starts_with(keyword) && (first.size() == keyword.size() || IsBlank(first[keyword.size()])))
      return true;
  return false;
}

std::vector<Cue> ReadSrtCues(const std::vector<std::vector<Line>>& blocks, const std::string& path) {
  std::vector<Cue> cues;
  for (const auto& block : blocks) ReadCues(block, Format::Srt, path, cues);
  return cues;
}

std::vector<Cue> ReadVttCues(const std::vector<std::vector<Line>>& blocks, const std::string& path) {
  if (blocks.empty() || !IsVttSignature(blocks.front().front().text))
    FailAt(path, 1, "not a WebVTT file (no WEBVTT header)");
  std::vector<Cue> cues;
  // Header lines ("Kind: captions") are skipped; a cue written straight under them, without the
  // blank line the format asks for, is still read.
  const std::span<const Line> header = blocks.front();
  const auto firstCue = std::find_if(header.begin() + 1, header.end(),
                                     [](const Line& line) { return Contains(line.text, "-->"); });
  ReadCues(header.subspan(static_cast<std::size_t>(firstCue - header.begin())), Format::Vtt, path, cues);
  for (std::size_t b = 1; b < blocks.size(); ++b)
    if (!IsVttMetaBlock(blocks[b].front().text)) ReadCues(blocks[b], Format::Vtt, path, cues);
  return cues;
}

// ---------------------------------------------------------------------------------------------
// Speaker names

// The case of a code point. Only the text library may use a character database, so case comes
// from its case folding: a code point folding to one other code point is upper case.
char32_t FoldCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
  std::string one;
  text::AppendUtf8(one, cp);
  const std::string folded = text::FoldCase(one);
  std::size_t pos = 0;
  const char32_t first = folded.empty() ? cp : text::DecodeNext(folded, pos);
  return pos == folded.size() ? first : cp;
}

bool IsUpper(char32_t cp) { return FoldCodePoint(cp) != cp; }

// Lower-case letters of the scripts speaker names are written in (Latin, Greek, Cyrillic): enough
// to tell "MOEDER" from "Moeder". Other scripts count as caseless.
bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp < 0xDF) return false;
  if (cp <= 0xFF) return cp != 0xF7;
  const bool cased = cp <= 0x24F || (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F) ||
                     (cp >= 0x1E00 && cp <= 0x1EFF);
  return cased && !IsUpper(cp);
}

// Letters for the purpose of names: cased letters, and the letters of caseless scripts from
// Hebrew on (below General Punctuation), CJK and Hangul.
bool IsLetter(char32_t cp) {
  if (IsLower(cp) || IsUpper(cp)) return true;
  return (cp >= 0x5D0 && cp < 0x2000) || (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

std::vector<char32_t> CodePoints(std::string_view utf8) {
  std::vector<char32_t> cps;
  for (std::size_t pos = 0; pos < utf8.size();) cps.push_back(text::DecodeNext(utf8, pos));
  return cps;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < s.size();) {
    if (IsBlank(s[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < s.size() && !IsBlank(s[end])) ++end;
    words.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

// One to four words, starting with a letter, made of letters, digits, hyphens and apostrophes
// only: no sentence punctuation, so "Nou, zij zei" or "Dus... ja" are never names.
bool IsNameShaped(std::string_view name) {
  const std::vector<char32_t> cps = CodePoints(name);
  if (cps.empty() || !IsLetter(cps.front())) return false;
  for (const char32_t cp : cps)
    if (!(IsLetter(cp) || (cp >= '0' && cp <= '9') || cp == ' ' || cp == '\t' || cp == '-' || cp == '\'' ||
          cp == U'\u2019'))
      return false;
  const std::size_t words = Words(name).size();
  return words >= 1 && words <= 4;
}

bool IsAllCaps(std::string_view name) {
  const std::vector<char32_t> cps = CodePoints(name);
  return std::any_of(cps.begin(), cps.end(), IsUpper) && std::none_of(cps.begin(), cps.end(), IsLower);
}

// "JONGERE 1" -> "Jongere 1", "OPA-HENK" -> "Opa-Henk". The Dutch IJ is one letter, so it stays a
// capital pair: "IJSBRAND" -> "IJsbrand".
std::string TitleCase(std::string_view name) {
  std::string out;
  std::size_t letterInWord = 0;
  char32_t previous = 0;
  for (const char32_t cp : CodePoints(name)) {
    char32_t shown = cp;
    if (cp == ' ' || cp == '-') {
      letterInWord = 0;
    } else if (IsLetter(cp) || (cp >= '0' && cp <= '9')) {
      const bool keep = letterInWord == 0 || (letterInWord == 1 && previous == 'I' && cp == 'J');
      if (!keep) shown = FoldCodePoint(cp);
      ++letterInWord;
    }
    text::AppendUtf8(out, shown);
    previous = cp;
  }
  return out;
}

std::string CollapseBlanks(std::string_view name) {
  std::string collapsed;
  for (const std::string_view word : Words(name)) {
    if (!collapsed.empty()) collapsed += ' ';
    collapsed += word;
  }
  return collapsed;
}

// A name as shown: white space collapsed, and capitals (the transcription convention for
// speaker labels, not how the name is spelled) made Title case. Otherwise kept as written.
std::string NormaliseName(std::string_view name) {
  const std::string collapsed = CollapseBlanks(name);
  return IsAllCaps(collapsed) ? TitleCase(collapsed) : collapsed;
}

// Role words of Dutch interview transcripts, compared case-insensitively, optionally numbered
// ("Jongere 2", "ouder1").
bool IsRoleWord(std::string_view name) {
  static constexpr std::string_view kRoles[] = {"interviewer", "moderator",   "jongere",    "ouder",
                                                 "moeder",      "vader",       "professional", "respondent",
                                                 "spreker",     "deelnemer",   "opa",        "oma"};
  const std::string folded = text::FoldCase(name);
  std::string_view role = folded;
  while (!role.empty() && IsDigit(role.back())) role.remove_suffix(1);
  role = Trim(role);
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

// Every word capitalised, bar Dutch name particles: "Coach Mirjam", "Mevrouw de Vries", but not
// "Let op" or "Ze zei".
bool LooksLikePersonalName(std::string_view name) {
  static constexpr std::string_view kParticles[] = {"van", "de", "der", "den", "het", "'t",
                                                     "te",  "ter", "ten", "'s",  "la",  "le"};
  const std::vector<std::string_view> words = Words(name);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::vector<char32_t> cps = CodePoints(words[i]);
    const bool capital = IsUpper(cps.front()) || (cps.front() >= '0' && cps.front() <= '9');
    const bool particle = i > 0 && std::find(std::begin(kParticles), std::end(kParticles), words[i]) != std::end(kParticles);
    if (!capital && !particle) return false;
  }
  return !words.empty();
}

// A possible "Naam: " label at the start of a cue.
struct Label {
  std::string written;   // as in the cue, white space collapsed
  std::string name;      // as shown (NormaliseName)
  std::size_t speechAt;  // byte offset in the cue text where the speech starts
};

std::optional<Label> FindLabel(std::string_view text) {
  std::size_t pos = 0;
  // A dash opens a line of dialogue in subtitles: "- JONGERE 1: Ja."
  if (text.starts_with("-")) pos = 1;
  else if (text.starts_with("\u2013")) pos = 3;  // en dash
  while (pos > 0 && pos < text.size() && IsBlank(text[pos])) ++pos;
  const std::size_t lineEnd = std::min(text.find('\n'), text.size());
  const std::size_t colon = text.find(':', pos);
  if (colon == npos || colon > lineEnd) return std::nullopt;
  const std::size_t after = colon + 1;
  if (after >= text.size() || !(IsBlank(text[after]) || text[after] == '\n')) return std::nullopt;  // "12:30"
  const std::string_view name = Trim(text.substr(pos, colon - pos));
  if (!IsNameShaped(name)) return std::nullopt;
  std::size_t speechAt = after;
  while (speechAt < text.size() && (IsBlank(text[speechAt]) || text[speechAt] == '\n')) ++speechAt;
  if (speechAt == text.size()) return std::nullopt;  // a label with nothing said is not a turn
  const std::string written = CollapseBlanks(name);
  return Label{written, NormaliseName(written), speechAt};
}

struct Attribution {
  std::string speaker;      // "" when unknown
  std::size_t speechAt = 0;  // where the speech starts in the cue text, past a label
};

// Who speaks in each cue.
//
// A WebVTT voice tag (<v Naam>, <v.loud Naam>) names the speaker outright, and its cue is not
// searched for a label. Otherwise "X: " at the start of the cue (after an optional dialogue
// dash) may name the speaker, but prose has colons too ("Let op: morgen", "Ze zei: ik kom
// niet"), so X is a speaker only when it has the shape of a name -- one to four words, starting
// with a letter, no sentence punctuation, the colon followed by white space -- and also
//   1. X is written in capitals ("MOEDER", "JONGERE 1", "I"), the transcription convention; or
//   2. X is a role word in any case, optionally numbered: interviewer, moderator, jongere,
//      ouder, moeder, vader, professional, respondent, spreker, deelnemer, opa, oma; or
//   3. X is the name of a speaker elsewhere in the file: from a voice tag, from rule 1 or 2, or
//      the label of at least one other cue -- that last only when X looks like a personal name
//      (every word capitalised bar particles like "de"), so a repeated "Let op:" stays text.
// Names are compared case-insensitively. A label that counts is removed from the text; one that
// does not stays. A cue without a speaker gets "" (unknown): carrying the previous speaker on
// would be a guess, and a wrong speaker misleads coding more than a missing one.
std::vector<Attribution> AttributeSpeakers(const std::vector<Cue>& cues) {
  std::vector<std::optional<Label>> labels;
  std::set<std::string> known;                 // folded names that are speakers
  std::map<std::string, std::size_t> nameUses;  // folded personal-looking labels -> cues
  for (const Cue& cue : cues) {
    labels.push_back(cue.voice.empty() ? FindLabel(cue.text) : std::nullopt);
    if (!cue.voice.empty()) {
      known.insert(text::FoldCase(NormaliseName(cue.voice)));
    } else if (const auto& label = labels.back()) {
      if (IsAllCaps(label->written) || IsRoleWord(label->written)) {
        known.insert(text::FoldCase(label->name));
      } else if (LooksLikePersonalName(label->name)) {
        ++nameUses[text::FoldCase(label->name)];
      }
    }
  }
  for (const auto& [name, uses] : nameUses)
    if (uses >= 2) known.insert(name);

  std::vector<Attribution> who(cues.size());
  for (std::size_t i = 0; i < cues.size(); ++i) {
    if (!cues[i].voice.empty()) {
      who[i].speaker = NormaliseName(cues[i].voice);
    } else if (labels[i] && known.contains(text::FoldCase(labels[i]->name))) {
      who[i] = {labels[i]->name, labels[i]->speechAt};
    }
  }
  return who;
}

// ---------------------------------------------------------------------------------------------
// The document

std::string Counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// One paragraph and one turn per cue with text, in file order (overlapping cues included: they
// are two people talking at once).
void Assemble(ImportedDocument& doc, const std::vector<Cue>& cues) {
  const std::vector<Attribution> who = AttributeSpeakers(cues);
  std::string text;
  std::size_t at = 0;  // code points so far
  std::size_t skipped = 0;
  std::set<std::string> speakers;
  for (std::size_t i = 0; i < cues.size(); ++i) {
    // Removing markup can leave a combining mark next to a new base letter, so each cue is
    // normalised again; the input itself was canonicalised before parsing.
    const std::string speech = text::ToNfc(std::string_view(cues[i].text).substr(who[i].speechAt));
    if (speech.empty()) {
      ++skipped;
      continue;
    }
    Turn turn;
    turn.start = at;
    at += text::CountCodePoints(speech);
    turn.end = at;
    turn.speaker = who[i].speaker;
    turn.timestampMs = cues[i].startMs;
    turn.endMs = cues[i].endMs;
    if (!turn.speaker.empty()) speakers.insert(turn.speaker);
    doc.turns.push_back(std::move(turn));
    text += speech;
    text += '\n';
    ++at;
  }
  if (doc.turns.empty()) Fail(doc.sourcePath, "no subtitle cues with text");
  // Every cue is LF-only NFC, and an LF never combines with what is around it, so the joined
  // text is canonical as it is: SetCanonicalText would leave it unchanged, and the offsets above
  // index it exactly.
  doc.text = std::move(text);
  if (skipped > 0) doc.notes.push_back(Counted(skipped, "cue without text skipped", "cues without text skipped"));
  doc.notes.push_back(Counted(doc.turns.size(), "cue read as a speaker turn", "cues read as speaker turns") + "; " +
                      (speakers.empty() ? std::string("no speakers named")
                                        : Counted(speakers.size(), "speaker", "speakers")));
}

ImportedDocument ImportSubtitles(const std::string& path, std::string_view bytes, Format format) {
  ImportedDocument doc;
  doc.name = DocumentNameFromPath(path);
  doc.sourcePath = path;
  bytes = CheckBytes(doc, bytes);
  // The whole file is checked and canonicalised first: bad UTF-8 is reported at its place in the
  // file, and the parser only ever meets LF line endings and NFC text.
  SetCanonicalText(doc, bytes);
  const std::string input = std::move(doc.text);
  doc.text.clear();
  const std::vector<Line> lines = SplitLines(input);
  const std::vector<std::vector<Line>> blocks = SplitBlocks(lines);
  Assemble(doc, format == Format::Vtt ? ReadVttCues(blocks, path) : ReadSrtCues(blocks, path));
  return doc;
}

}  // namespace

ImportedDocument ImportSrtBytes(const std::string& path, std::string_view bytes) {
  return ImportSubtitles(path, bytes, Format::Srt);
}

ImportedDocument ImportVttBytes(const std::string& path, std::string_view bytes) {
  return ImportSubtitles(path, bytes, Format::Vtt);
}

}  // namespace duiding::import
