// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <vector>

class wxStyledTextCtrl;

namespace duiding::workbench {
struct CodingMark;
}

namespace duiding::app {

/// The coding brackets beside the transcript, as the code stripes researchers know: one narrow
/// margin per lane (TranscriptModel gives each coding the lowest lane free of overlaps), each
/// coding a vertical stripe in its code's colour from its first line to its last. The first
/// kShownLanes lanes are drawn; codings in deeper lanes share one grey "more" stripe. The
/// stripes sit between the code-name margin and the text.
///
/// Scintilla draws them as markers (a full-height bar on the margin's left): a marker is one
/// colour, and a margin shows the markers in its mask, so each lane gets markers of its own for
/// the colours it uses. There are 24 for the lanes: when a transcript uses more lane colours
/// than that, the lanes' later colours share the lane's first markers.
class LaneMargins {
 public:
  static constexpr int kFirstMargin = 2;  ///< after the code-name and the old bar margin
  static constexpr int kShownLanes = 4;

  /// Adds the margins to `editor` (empty until Mark).
  explicit LaneMargins(wxStyledTextCtrl& editor);

  /// Draws the stripes of `marks` (markers already cleared by the caller); returns how many
  /// lanes are drawn (a "more" stripe counted as one).
  int Mark(const std::vector<workbench::CodingMark>& marks);
  /// Hides the margins.
  void Hide();
  /// The margins' total width in pixels (for tests).
  int Width() const;

 private:
  wxStyledTextCtrl& m_editor;
};

}  // namespace duiding::app
