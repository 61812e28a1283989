// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "import/table.h"

/// CSV as spreadsheets and survey tools export it (RFC 4180): fields separated by a comma,
/// semicolon (Dutch Excel), tab or bar; a field in double quotes may hold the delimiter, line
/// breaks and doubled quotes ("").
namespace duiding::import {

struct CsvOptions {
  char delimiter = 0;    ///< ',', ';', '\t' or '|'; 0 detects it
  std::string encoding;  ///< empty detects it (see text::DecodeToUtf8)
};

/// The delimiter among ';', ',', '\t' and '|' that splits the first records of `utf8`
/// (quotes respected) into the same number of fields, more than one; of several, the one
/// giving the most fields. ',' when none does (a one-column file).
char DetectCsvDelimiter(std::string_view utf8);

/// Splits UTF-8 CSV text into rows (the header first), detecting the delimiter when
/// `delimiter` is 0. Empty lines between records are skipped; line breaks inside quoted fields
/// are kept as written. Error(Input) "<path>: line N: ..." (N the line where the record
/// starts) for a quote never closed, text after a closing quote, or a row with another number
/// of fields than the header; "<path>: empty file" when there is no record.
TextTable ParseCsv(const std::string& path, std::string_view utf8, char delimiter = 0);

/// Decodes `bytes` (UTF-8 with or without a byte order mark, UTF-16 with one, Windows-1252,
/// or `options.encoding`) and parses them as ParseCsv does. Empty and binary files are refused.
TextTable ReadCsvBytes(const std::string& path, std::string_view bytes, const CsvOptions& options = {});

}  // namespace duiding::import
