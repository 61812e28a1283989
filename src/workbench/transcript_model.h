// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"
#include "text/offset_map.h"

namespace duiding::project {
class Project;
}

/// The workbench's view-models: everything the windows show, computed without wxWidgets, so
/// it is tested without a display. Positions toward the widget are UTF-8 byte offsets (what
/// wxStyledTextCtrl counts), converted from and to model code points here and nowhere else.
namespace duiding::workbench {

/// One speaker label or timestamp to style in the transcript.
struct StyledRange {
  enum class Kind { Speaker, Timestamp };
  Kind kind = Kind::Speaker;
  std::size_t startByte = 0, endByte = 0;
};

/// One coding as the transcript shows it: bytes to highlight, its colour and code, and the lane
/// of the margin bracket (overlapping codings get different lanes, the lowest free one).
struct CodingMark {
  Coding coding;
  std::size_t startByte = 0, endByte = 0;
  std::string codePath, codeName, color;  ///< color "#RRGGBB" (a default when the code has none)
  std::string coder;
  int lane = 0;
  std::size_t firstLine = 0, lastLine = 0;  ///< 0-based lines of the text the coding touches
};

/// A document prepared for the transcript view.
class TranscriptModel {
 public:
  /// Loads the document's text, turns and codings (codings of deleted codes are left out).
  /// `coders` restricts the codings shown (empty: every coder).
  TranscriptModel(project::Project& project, RowId document, const std::vector<RowId>& coders = {});
  // The offset map views the text it indexes: the model stays where it was built (hold it in a
  // unique_ptr to hand it around).
  TranscriptModel(const TranscriptModel&) = delete;
  TranscriptModel& operator=(const TranscriptModel&) = delete;

  const Document& GetDocument() const { return m_document; }
  const std::string& Text() const { return m_text; }  ///< UTF-8, as the widget gets it
  const std::vector<StyledRange>& Styles() const { return m_styles; }
  const std::vector<CodingMark>& Marks() const { return m_marks; }
  int LaneCount() const { return m_lanes; }

  /// Widget bytes <-> model code points; positions past the end are clamped to the end.
  std::size_t ByteOf(std::size_t codePoint) const {
    return m_map->ByteFromCodePoint(std::min(codePoint, m_map->CodePointCount()));
  }
  std::size_t CodePointOf(std::size_t byte) const { return m_map->CodePointFromByte(std::min(byte, m_text.size())); }

  /// The codings at a byte position (for the tooltip: code, coder, memo), innermost first.
  std::vector<const CodingMark*> MarksAt(std::size_t byte) const;
  /// The tooltip text for a byte position: one line per coding "code — coder" and its memo; empty
  /// when no coding is there.
  std::string TooltipAt(std::size_t byte) const;
  /// Margin text for a 0-based line: the names of the codings that start on it, by lane.
  std::string MarginLabel(std::size_t line) const;
  /// The byte range of a coding by GUID (to jump to it), or nothing.
  std::optional<std::pair<std::size_t, std::size_t>> RangeOf(const std::string& codingGuid) const;

 private:
  Document m_document;
  std::string m_text;
  std::unique_ptr<text::OffsetMap> m_map;
  std::vector<StyledRange> m_styles;
  std::vector<CodingMark> m_marks;
  std::vector<std::size_t> m_lineStarts;  ///< byte offsets of line starts
  int m_lanes = 0;
};

/// One row of the codebook pane: a code with its depth, colour and how many codings it has.
struct CodebookRow {
  Code code;
  std::string path;
  int depth = 0;
  std::int64_t codings = 0;  ///< its own codings (not its sub-codes')
  std::int64_t withSubcodes = 0;  ///< its own and all its sub-codes' codings
};
std::vector<CodebookRow> CodebookRows(project::Project& project);

/// One row of the documents pane: the document with its attribute values by name.
struct DocumentRow {
  Document document;
  std::vector<std::pair<std::string, std::string>> attributes;  ///< sorted by name
  std::int64_t codings = 0;
};
/// Every document with the union of attribute names (sorted) as the columns; `filter` keeps rows
/// whose name or any attribute value contains it (case- and accent-insensitive).
std::vector<DocumentRow> DocumentRows(project::Project& project, const std::string& filter,
                                      std::vector<std::string>* columns = nullptr);

/// The quick-code keys: codes 1..9 are the first nine codable codes in codebook order.
std::vector<Code> QuickCodes(project::Project& project);

}  // namespace duiding::workbench
