// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <vector>

#include "import/imported.h"

/// Survey exports (.csv, .tsv, .txt or .xlsx, one row per respondent) as documents to code: one
/// document per open question, holding every respondent's answer to it.
namespace duiding::import {

/// Which columns of a survey export mean what. A column is named by its header (exactly, else
/// case-insensitively once trimmed) or by its 1-based number as text ("3").
struct SurveySpec {
  std::string idColumn;                       ///< respondent id column
  std::vector<std::string> openColumns;       ///< open-answer columns: one document each
  std::vector<std::string> attributeColumns;  ///< the respondents' attributes: group, region, age...
  char delimiter = 0;                         ///< csv: 0 detects it
  std::string encoding;                       ///< csv: empty detects it
  std::string sheet;                          ///< xlsx: empty reads the first visible sheet
};

/// Imports a survey export, chosen by extension: .csv, .tsv and .txt are CSV, .xlsx is a
/// workbook (refused when the content disagrees). One document per open column, named
/// "<file name> · <column header>", with attributes vraag (the header) and methode (enquête).
/// Its text is the non-empty answers in file order, each a paragraph (trimmed, canonical,
/// line breaks kept, blank lines inside it removed), separated by a blank line. Every answer is
/// a turn spanning exactly its text, spoken by "<file name> · <respondent id>"; that label is
/// a shared case (ImportedDocument::sharedCases) carrying the respondent's non-empty attribute
/// columns (a "regio" value in its canonical spelling, see CanonicalRegion). Error(Input) naming the file, and the line or row where there is one, for unknown
/// columns (the headers are listed), an empty or repeated respondent id, files over
/// limits.maxFileBytes and everything the CSV and xlsx readers refuse.
std::vector<ImportedDocument> ImportSurvey(const std::string& path, const SurveySpec& spec,
                                           const ImportLimits& limits = {});

}  // namespace duiding::import
