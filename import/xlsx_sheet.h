// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/table.h"
#include "import/xml_document.h"

/// The parts of xlsx reading below the package: SpreadsheetML names, string items, cell
/// references and the cells of one worksheet. Used by xlsx.cpp only.
namespace duiding::import::xlsx {

/// Matches SpreadsheetML elements by local name under the prefix the part's root binds to the
/// SpreadsheetML namespace (transitional or strict), whatever prefix the producer chose.
class SpreadsheetNames {
 public:
  explicit SpreadsheetNames(pugi::xml_node root);
  bool Is(pugi::xml_node node, std::string_view local) const;
  pugi::xml_node Child(pugi::xml_node node, std::string_view local) const;

 private:
  std::string m_prefix;
};

/// The text of a string item (<si> in sharedStrings.xml, <is> in a cell): its <t>, or the <t>
/// of its rich-text runs joined; phonetic guides (<rPh>) left out; whitespace kept as written;
/// the escapes Excel writes for control characters ("_x000D_") decoded.
std::string StringItemText(pugi::xml_node item, const SpreadsheetNames& names);

/// A cell reference "C7": column 0-based (A = 0), row 1-based.
struct CellRef {
  std::size_t column = 0;
  std::size_t row = 0;
};

/// The reference `ref` ("C7", "AB12"), or nothing when it is none (or beyond XFD1048576).
std::optional<CellRef> ParseCellRef(std::string_view ref);

/// "A", "Z", "AA", ... for a 0-based column.
std::string ColumnLetters(std::size_t column);

/// The rows of the worksheet part `entry` of file `path` holding `xml`, with shared strings
/// resolved. Missing cells are empty fields, rows without any value are left out, and every
/// row is padded to the widest. `sheetName` names the sheet in row places ("sheet 'Blad1',
/// row 7"). Error(Input) "<path>: <entry>: cell B7 ..." for a cell that cannot be read.
TextTable ReadWorksheet(const std::string& path, const std::string& entry, std::string_view xml,
                        const std::vector<std::string>& sharedStrings, const std::string& sheetName);

}  // namespace duiding::import::xlsx
