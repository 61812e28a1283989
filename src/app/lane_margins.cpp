// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/lane_margins.h"

#include <wx/stc/stc.h>

#include <algorithm>
#include <map>
#include <string>

#include "app/wx_text.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

constexpr int kLaneMarkers = 24;        // markers 0..23 for the lanes
constexpr int kMoreMarker = kLaneMarkers;  // 24: the grey "more" stripe (25 and up: folding)
constexpr int kMoreMargin = LaneMargins::kFirstMargin + LaneMargins::kShownLanes;
constexpr int kMargins = kMoreMargin + 1;

// Each lane's colours, in order of appearance, get markers round-robin over the lanes until the
// markers run out; a colour without one shares a marker of its lane.
std::vector<std::map<std::string, int>> AssignMarkers(const std::vector<workbench::CodingMark>& marks,
                                                      std::vector<int>& laneMask) {
  std::vector<std::vector<std::string>> colours(LaneMargins::kShownLanes);
  for (const auto& mark : marks)
    if (mark.lane < LaneMargins::kShownLanes) {
      auto& list = colours[static_cast<std::size_t>(mark.lane)];
      if (std::find(list.begin(), list.end(), mark.color) == list.end()) list.push_back(mark.color);
    }
  std::vector<std::map<std::string, int>> markerOf(LaneMargins::kShownLanes);
  std::vector<std::vector<int>> owned(LaneMargins::kShownLanes);
  int next = 0;
  for (std::size_t round = 0; next < kLaneMarkers; ++round) {
    bool any = false;
    for (std::size_t lane = 0; lane < colours.size() && next < kLaneMarkers; ++lane)
      if (round < colours[lane].size()) {
        markerOf[lane][colours[lane][round]] = next;
        owned[lane].push_back(next++);
        any = true;
      }
    if (!any) break;
  }
  laneMask.assign(LaneMargins::kShownLanes, 0);
  for (std::size_t lane = 0; lane < colours.size(); ++lane) {
    for (std::size_t i = 0; i < colours[lane].size(); ++i)
      if (!markerOf[lane].count(colours[lane][i]))
        markerOf[lane][colours[lane][i]] = owned[lane][i % owned[lane].size()];
    for (const int marker : owned[lane]) laneMask[lane] |= 1 << marker;
  }
  return markerOf;
}

}  // namespace

LaneMargins::LaneMargins(wxStyledTextCtrl& editor) : m_editor(editor) {
  m_editor.SetMarginCount(std::max(m_editor.GetMarginCount(), kMargins));
  for (int margin = kFirstMargin; margin < kMargins; ++margin) {
    m_editor.SetMarginType(margin, wxSTC_MARGIN_SYMBOL);
    m_editor.SetMarginMask(margin, 0);
    m_editor.SetMarginWidth(margin, 0);
  }
  m_editor.SetMarginMask(kMoreMargin, 1 << kMoreMarker);
  const wxColour grey(0xA0, 0xA0, 0xA0);
  m_editor.MarkerDefine(kMoreMarker, wxSTC_MARK_LEFTRECT, grey, grey);
}

void LaneMargins::Hide() {
  for (int margin = kFirstMargin; margin < kMargins; ++margin) m_editor.SetMarginWidth(margin, 0);
}

int LaneMargins::Width() const {
  int width = 0;
  for (int margin = kFirstMargin; margin < kMargins; ++margin) width += m_editor.GetMarginWidth(margin);
  return width;
}

// One marker mask per line, so a line under many codings gets one call, not one per coding.
int LaneMargins::Mark(const std::vector<workbench::CodingMark>& marks) {
  std::vector<int> laneMask;
  const auto markerOf = AssignMarkers(marks, laneMask);
  for (std::size_t lane = 0; lane < markerOf.size(); ++lane)
    for (const auto& [colour, marker] : markerOf[lane])
      m_editor.MarkerDefine(marker, wxSTC_MARK_LEFTRECT, ColourOf(colour), ColourOf(colour));
  std::vector<int> lines(static_cast<std::size_t>(m_editor.GetLineCount()), 0);
  int deepest = -1;
  for (const workbench::CodingMark& mark : marks) {
    const bool shown = mark.lane < kShownLanes;
    const int bit = 1 << (shown ? markerOf[static_cast<std::size_t>(mark.lane)].at(mark.color) : kMoreMarker);
    for (std::size_t line = mark.firstLine; line <= mark.lastLine && line < lines.size(); ++line) lines[line] |= bit;
    deepest = std::max(deepest, std::min(mark.lane, kShownLanes));
  }
  for (std::size_t line = 0; line < lines.size(); ++line)
    if (lines[line]) m_editor.MarkerAddSet(static_cast<int>(line), lines[line]);
  const int width = m_editor.FromDIP(6);
  for (int lane = 0; lane < kShownLanes; ++lane) {
    m_editor.SetMarginMask(kFirstMargin + lane, laneMask[static_cast<std::size_t>(lane)]);
    m_editor.SetMarginWidth(kFirstMargin + lane, lane <= deepest ? width : 0);
  }
  m_editor.SetMarginWidth(kMoreMargin, deepest >= kShownLanes ? width : 0);
  return deepest + 1;
}

}  // namespace duiding::app
