// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// A table of text read from a CSV file or a worksheet, and what the readers of such tables
/// (surveys, batch manifests) share: naming rows in messages and finding columns by header.
namespace duiding::import {

/// Rows of UTF-8 fields, the header row first. Every row has as many fields as the header (a
/// CSV row that has not is refused; a worksheet's rows are padded with empty fields).
struct TextTable {
  struct Row {
    std::vector<std::string> fields;
    std::size_t number = 0;  ///< the physical line where a CSV record starts, or the worksheet row
  };
  std::vector<Row> rows;
  /// How a row is named in messages, before its number: "line" (CSV) or "sheet 'Blad1', row".
  std::string rowWord = "line";
  std::vector<std::string> notes;  ///< what the reader decided (the encoding it read), for the user
};

/// "line 12" or "sheet 'Blad1', row 12": the place of `row` in messages.
std::string RowPlace(const TextTable& table, const TextTable::Row& row);

/// A header or value as a label: canonical (LF, NFC), runs of white space (line breaks too)
/// become one space, and the ends are trimmed.
std::string CleanLabel(std::string_view utf8);

/// `utf8` without white space (line breaks and no-break spaces too) at either end.
std::string_view TrimSpace(std::string_view utf8);

/// The index of the column `wanted` names in the header row of `table`: the header of exactly
/// that name, else the one equal to it case-insensitively once both are cleaned (CleanLabel),
/// else, when `wanted` is a number, that column (1-based). Error(Input) naming `path` and
/// listing the headers when there is no such column, or naming both when two headers match.
std::size_t FindColumn(const std::string& path, const TextTable& table, std::string_view wanted);

/// The field `column` of `row`, or empty when the row is shorter.
inline const std::string& FieldAt(const TextTable::Row& row, std::size_t column) {
  static const std::string kEmpty;
  return column < row.fields.size() ? row.fields[column] : kEmpty;
}

}  // namespace duiding::import
