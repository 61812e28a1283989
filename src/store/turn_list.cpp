// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/turn_list.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

#include "model/error.h"

namespace duiding::store {
namespace {

void AppendEscaped(std::string& out, std::string_view label) {
  for (const char c : label) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
}

std::string Unescaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char next = s[++i];
    out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
  }
  return out;
}

template <typename Int>
void AppendNumber(std::string& out, Int value) {
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, end);
}

void AppendOptional(std::string& out, const std::optional<std::int64_t>& value) {
  out += '\t';
  if (value) AppendNumber(out, *value);
}

// Splits one line (without its '\n') at '\t' into `fields`.
void SplitLine(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  for (std::size_t f = 0;;) {
    const std::size_t tab = line.find('\t', f);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(f));
      return;
    }
    fields.push_back(line.substr(f, tab - f));
    f = tab + 1;
  }
}

// Splits `text` at '\n' and each line at '\t', calling `line(fields)`.
template <typename F>
void ForEachLine(std::string_view text, F&& line) {
  std::vector<std::string_view> fields;
  std::size_t number = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    SplitLine(text.substr(at, nl - at), fields);
    line(fields, ++number);
    at = nl + 1;
  }
}

[[noreturn]] void Damaged(RowId document, const char* part, std::size_t line) {
  throw Error(ErrorKind::Internal, "speaker turns of document " + std::to_string(document) + " are damaged (" +
                                       part + " line " + std::to_string(line) + ")");
}

template <typename Int>
bool ParseNumber(std::string_view field, Int& value) {
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  return ec == std::errc() && end == field.data() + field.size();
}

bool ParseOptional(std::string_view field, std::optional<std::int64_t>& value) {
  if (field.empty()) return true;
  std::int64_t n = 0;
  if (!ParseNumber(field, n)) return false;
  value = n;
  return true;
}

}  // namespace

TurnList EncodeTurns(const std::vector<Turn>& turns) {
  TurnList list;
  std::map<std::pair<std::string_view, RowId>, std::size_t> voiceIndex;
  list.turns.reserve(turns.size() * 24);
  for (const Turn& t : turns) {
    const auto [it, fresh] = voiceIndex.emplace(std::pair{std::string_view(t.speaker), t.caseId.value_or(0)},
                                                voiceIndex.size());
    if (fresh) {
      AppendEscaped(list.voices, t.speaker);
      list.voices += '\t';
      if (t.caseId) AppendNumber(list.voices, *t.caseId);
      list.voices += '\n';
    }
    AppendNumber(list.turns, t.start);
    list.turns += '\t';
    AppendNumber(list.turns, t.end);
    list.turns += '\t';
    AppendNumber(list.turns, it->second);
    AppendOptional(list.turns, t.timestampMs);
    AppendOptional(list.turns, t.endMs);
    list.turns += '\n';
  }
  return list;
}

namespace {

using Voices = std::vector<std::pair<std::string, std::optional<RowId>>>;

Voices ParseVoices(RowId document, std::string_view voices) {
  Voices list;
  ForEachLine(voices, [&](const std::vector<std::string_view>& f, std::size_t line) {
    std::optional<std::int64_t> caseId;
    if (f.size() != 2 || !ParseOptional(f[1], caseId)) Damaged(document, "voices", line);
    list.emplace_back(Unescaped(f[0]), caseId);
  });
  return list;
}

// One turn line's fields; nothing when they are not a turn.
std::optional<Turn> ParseTurn(RowId document, const Voices& voices, const std::vector<std::string_view>& f) {
  Turn t;
  t.document = document;
  std::size_t voice = 0;
  if (f.size() != 5 || !ParseNumber(f[0], t.start) || !ParseNumber(f[1], t.end) || !ParseNumber(f[2], voice) ||
      voice >= voices.size() || !ParseOptional(f[3], t.timestampMs) || !ParseOptional(f[4], t.endMs))
    return std::nullopt;
  t.speaker = voices[voice].first;
  t.caseId = voices[voice].second;
  return t;
}

}  // namespace

std::vector<Turn> DecodeTurns(RowId document, std::string_view voices, std::string_view turns) {
  const Voices voiceList = ParseVoices(document, voices);
  std::vector<Turn> result;
  ForEachLine(turns, [&](const std::vector<std::string_view>& f, std::size_t line) {
    std::optional<Turn> t = ParseTurn(document, voiceList, f);
    if (!t) Damaged(document, "turns", line);
    result.push_back(std::move(*t));
  });
  return result;
}

namespace {

// The number a turn line starts with (its start), read from the digits at `at`.
std::size_t StartAt(std::string_view turns, std::size_t at) {
  std::size_t start = 0;
  for (; at < turns.size() && turns[at] >= '0' && turns[at] <= '9'; ++at)
    start = start * 10 + static_cast<std::size_t>(turns[at] - '0');
  return start;
}

// The first line start at or after byte `at` (turns.size() when none).
std::size_t NextLineStart(std::string_view turns, std::size_t at) {
  if (at == 0) return 0;
  const std::size_t nl = turns.find('\n', at - 1);
  return nl == std::string_view::npos ? turns.size() : nl + 1;
}

// By bisection over the bytes: the start of the last line whose turn starts at or before
// `position`, given that the line at `lo` does. For a few positions in a long list.
std::size_t LastLineBy(std::string_view turns, std::size_t position, std::size_t lo) {
  std::size_t hi = turns.size();  // every line starting at or after hi starts after position
  while (NextLineStart(turns, lo + 1) < hi) {
    const std::size_t mid = std::max(lo + 1, lo + (hi - lo) / 2);
    const std::size_t line = NextLineStart(turns, mid);
    if (line >= hi) hi = mid;
    else if (StartAt(turns, line) <= position) lo = line;
    else hi = line;
  }
  return lo;
}

}  // namespace

std::vector<std::optional<Turn>> FindTurns(RowId document, std::string_view voices, std::string_view turns,
                                           const std::vector<std::size_t>& positions) {
  std::vector<std::optional<Turn>> found(positions.size());
  if (positions.empty() || turns.empty() || StartAt(turns, 0) > positions.back()) return found;
  const Voices voiceList = ParseVoices(document, voices);
  // Many positions: one walk over the lines. A few (a rare word, a phrase): bisection, so a
  // transcript of hundreds of turns is not read line by line for two hits.
  const bool bisect = positions.size() * 64 < turns.size() / 24;
  std::size_t at = 0;        // the next line to look at, when walking
  std::size_t current = 0;   // the start of the last line starting at or before the position
  bool known = false;        // whether `current` is such a line yet
  std::size_t parsedLine = std::string_view::npos;
  std::vector<std::string_view> fields;
  Turn turn;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (bisect) {
      if (StartAt(turns, 0) > positions[i]) continue;
      current = LastLineBy(turns, positions[i], known ? current : 0);
      known = true;
    } else {
      for (; at < turns.size() && StartAt(turns, at) <= positions[i]; at = NextLineStart(turns, at + 1)) {
        current = at;
        known = true;
      }
      if (!known) continue;
    }
    if (current != parsedLine) {  // hits in one turn decode it once
      const std::size_t nl = turns.find('\n', current);
      SplitLine(turns.substr(current, (nl == std::string_view::npos ? turns.size() : nl) - current), fields);
      std::optional<Turn> t = ParseTurn(document, voiceList, fields);
      if (!t) Damaged(document, "turns", static_cast<std::size_t>(std::count(turns.begin(), turns.begin() + static_cast<std::ptrdiff_t>(current), '\n')) + 1);
      turn = std::move(*t);
      parsedLine = current;
    }
    if (positions[i] < turn.end || positions[i] == turn.start) found[i] = turn;
  }
  return found;
}

}  // namespace duiding::store
