// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "workbench/transcript_model.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "import/speaker_turns.h"
#include "project/project.h"

namespace duiding::workbench {
namespace {

// Soft, distinguishable highlight colours for codes without their own colour.
constexpr std::array<const char*, 12> kPalette = {"#8DD3C7", "#FFD97A", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462",
                                                  "#B3DE69", "#FCCDE5", "#A6D8F0", "#BC80BD", "#CCEBC5", "#F2C48D"};

std::string DefaultColor(RowId code) {
  const auto n = static_cast<RowId>(kPalette.size());
  return kPalette[static_cast<std::size_t>(((code - 1) % n + n) % n)];
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Length in bytes of a leading "[01:02:03]", "(01:02:03)", "#00:01:02-3#" or bare "01:02:03" at
// the start of `line`, or 0 when the line does not start with a clock time.
std::size_t LeadingTimestamp(std::string_view line) {
  if (line.empty()) return 0;
  const char open = line.front();
  const char close = open == '[' ? ']' : open == '(' ? ')' : open == '#' ? '#' : '\0';
  if (close) {
    const std::size_t end = line.find(close, 1);
    if (end == std::string_view::npos || !import::ParseClockTime(line.substr(1, end - 1))) return 0;
    return end + 1;
  }
  if (open < '0' || open > '9') return 0;
  const std::size_t end = line.find_first_of(" \t");
  if (end == std::string_view::npos || !import::ParseClockTime(line.substr(0, end))) return 0;
  return end;
}

// Length of the speaker label "Naam: " (or "Naam (00:12:03): ") at the start of `rest`, or 0.
// Only a qualifier in parentheses may stand between the name and its colon, so a colon later
// in the sentence never turns the words before it into a label.
std::size_t SpeakerLabel(std::string_view rest, std::string_view speaker) {
  if (speaker.empty() || !rest.starts_with(speaker)) return 0;
  // The colon that ends a label is followed by a blank or the line end; those in "(00:12:03)" are not.
  std::size_t colon = rest.find(':', speaker.size());
  while (colon != std::string_view::npos && colon + 1 < rest.size() && !IsBlank(rest[colon + 1]))
    colon = rest.find(':', colon + 1);
  if (colon == std::string_view::npos) return 0;
  const std::string_view between = TrimBlanks(rest.substr(speaker.size(), colon - speaker.size()));
  const bool qualifier = between.size() >= 2 && between.front() == '(' && between.back() == ')' &&
                         between.find_first_of("()", 1) == between.size() - 1;
  if (!between.empty() && !qualifier) return 0;
  return colon + 1 == rest.size() ? colon + 1 : colon + 2;
}

// The timestamp and speaker label styles of a turn starting at byte `lineStart`.
void StyleTurn(std::string_view text, std::size_t lineStart, const std::string& speaker,
               std::vector<StyledRange>& styles) {
  std::string_view line = text.substr(lineStart);
  line = line.substr(0, line.find('\n'));
  std::size_t at = 0;
  while (at < line.size() && IsBlank(line[at])) ++at;
  if (const std::size_t stamp = LeadingTimestamp(line.substr(at))) {
    styles.push_back({StyledRange::Kind::Timestamp, lineStart + at, lineStart + at + stamp});
    at += stamp;
    while (at < line.size() && IsBlank(line[at])) ++at;
  }
  if (const std::size_t label = SpeakerLabel(line.substr(at), speaker))
    styles.push_back({StyledRange::Kind::Speaker, lineStart + at, lineStart + at + label});
}

std::vector<std::size_t> LineStarts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

std::size_t LineOf(const std::vector<std::size_t>& lineStarts, std::size_t byte) {
  return static_cast<std::size_t>(std::upper_bound(lineStarts.begin(), lineStarts.end(), byte) -
                                  lineStarts.begin()) - 1;
}

// The visible codings of a document: codes still in the codebook, by the wanted coders.
std::vector<Coding> ShownCodings(project::Project& project, RowId document, const project::CodeTree& codebook,
                                 const std::vector<RowId>& coders) {
  std::set<RowId> liveCodes;
  for (const Code& code : codebook.All()) liveCodes.insert(code.id);
  const std::set<RowId> wanted(coders.begin(), coders.end());
  store::CodingFilter filter;
  filter.document = document;
  std::vector<Coding> shown;
  for (Coding& coding : project.Store().Codings(filter))
    if (liveCodes.count(coding.code) && (wanted.empty() || wanted.count(coding.coder)))
      shown.push_back(std::move(coding));
  return shown;
}

// Greedy interval colouring: marks sorted by start each take the lowest lane free by then,
// so overlapping marks never share a lane and the lane count is the deepest overlap.
int AssignLanes(std::vector<CodingMark>& marks) {
  std::vector<std::size_t> laneEnds;
  for (CodingMark& mark : marks) {
    std::size_t lane = 0;
    while (lane < laneEnds.size() && laneEnds[lane] > mark.startByte) ++lane;
    if (lane == laneEnds.size()) laneEnds.push_back(0);
    laneEnds[lane] = std::max(mark.endByte, mark.startByte + 1);
    mark.lane = static_cast<int>(lane);
  }
  return static_cast<int>(laneEnds.size());
}

}  // namespace

TranscriptModel::TranscriptModel(project::Project& project, RowId document, const std::vector<RowId>& coders)
    : m_document(project.Store().GetDocument(document)), m_text(project.Store().DocumentText(document)),
      m_map(std::make_unique<text::OffsetMap>(m_text)), m_lineStarts(LineStarts(m_text)) {
  for (const Turn& turn : project.Store().Turns(document))
    if (turn.start < m_map->CodePointCount()) StyleTurn(m_text, ByteOf(turn.start), turn.speaker, m_styles);

  const project::CodeTree codebook = project.Codebook();
  std::map<RowId, std::string> coderNames;
  for (const User& user : project.Store().Users()) coderNames[user.id] = user.name;
  for (const Coding& coding : ShownCodings(project, document, codebook, coders)) {
    if (coding.end > m_map->CodePointCount() || coding.start > coding.end) continue;
    const Code& code = codebook.Get(coding.code);
    CodingMark mark;
    mark.coding = coding;
    mark.startByte = ByteOf(coding.start);
    mark.endByte = ByteOf(coding.end);
    mark.codePath = codebook.PathOf(code.id);
    mark.codeName = code.name;
    mark.color = code.color.empty() ? DefaultColor(code.id) : code.color;
    mark.coder = coderNames[coding.coder];
    mark.firstLine = LineOf(m_lineStarts, mark.startByte);
    mark.lastLine = mark.endByte > mark.startByte ? LineOf(m_lineStarts, mark.endByte - 1) : mark.firstLine;
    m_marks.push_back(std::move(mark));
  }
  // By start, the wider first, so an enclosing coding gets the outer (lower) lane.
  std::stable_sort(m_marks.begin(), m_marks.end(), [](const CodingMark& a, const CodingMark& b) {
    if (a.startByte != b.startByte) return a.startByte < b.startByte;
    return a.endByte > b.endByte;
  });
  m_lanes = AssignLanes(m_marks);
}

std::vector<const CodingMark*> TranscriptModel::MarksAt(std::size_t byte) const {
  std::vector<const CodingMark*> found;
  for (const CodingMark& mark : m_marks)
    if (mark.startByte <= byte && byte < mark.endByte) found.push_back(&mark);
  std::stable_sort(found.begin(), found.end(), [](const CodingMark* a, const CodingMark* b) {
    return a->endByte - a->startByte < b->endByte - b->startByte;
  });
  return found;
}

std::string TranscriptModel::TooltipAt(std::size_t byte) const {
  std::string tip;
  for (const CodingMark* mark : MarksAt(byte)) {
    if (!tip.empty()) tip += '\n';
    tip += mark->codePath + " \u2014 " + mark->coder;
    if (!mark->coding.memo.empty()) tip += "\n  " + mark->coding.memo;
  }
  return tip;
}

std::string TranscriptModel::MarginLabel(std::size_t line) const {
  std::vector<const CodingMark*> starting;
  for (const CodingMark& mark : m_marks)
    if (mark.firstLine == line) starting.push_back(&mark);
  std::stable_sort(starting.begin(), starting.end(),
                   [](const CodingMark* a, const CodingMark* b) { return a->lane < b->lane; });
  std::string label;
  std::set<std::string> named;
  for (const CodingMark* mark : starting) {
    // Two coders' codings of one code say the same thing in the narrow margin: name it once.
    if (!named.insert(mark->codeName).second) continue;
    if (!label.empty()) label += ", ";
    label += mark->codeName;
  }
  return label;
}

std::optional<std::pair<std::size_t, std::size_t>> TranscriptModel::RangeOf(const std::string& codingGuid) const {
  for (const CodingMark& mark : m_marks)
    if (mark.coding.guid == codingGuid) return std::make_pair(mark.startByte, mark.endByte);
  return std::nullopt;
}

}  // namespace duiding::workbench
