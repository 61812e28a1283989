// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/survey.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "import/csv.h"
#include "import/manifest.h"
#include "import/table.h"
#include "import/xlsx.h"
#include "import/zip_archive.h"
#include "model/error.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

const std::string kMethod = "enquête";

enum class SurveyFormat { Csv, Tsv, Xlsx };

struct Respondent {
  std::string label;  // "<file name> · <id>"
  std::map<std::string, std::string> attributes;
  const TextTable::Row* row = nullptr;
};

struct Question {
  std::string header;
  std::size_t column = 0;
};

SurveyFormat FormatOf(const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext == ".csv" || ext == ".txt") return SurveyFormat::Csv;
  if (ext == ".tsv") return SurveyFormat::Tsv;
  if (ext == ".xlsx") return SurveyFormat::Xlsx;
  if (ext == ".xls")
    throw Error(ErrorKind::Input, path + ": old Excel (.xls) workbook; save it as .xlsx or export it as CSV");
  throw Error(ErrorKind::Input, path + ": not a survey export by its extension; use .csv, .tsv, .txt or .xlsx");
}

TextTable ReadTable(const std::string& path, const SurveySpec& spec, const ImportLimits& limits) {
  const SurveyFormat format = FormatOf(path);
  const std::string bytes = ReadFileBytes(path, limits);
  const bool packaged = IsZipArchive(bytes) || IsOleCompoundFile(bytes);
  if (format == SurveyFormat::Xlsx) {
    if (!packaged)
      throw Error(ErrorKind::Input, path +
                                        ": named as an Excel (.xlsx) workbook, but the content is not one (no zip "
                                        "archive); export it again or rename it to .csv");
    return ReadXlsxBytes(path, bytes, spec.sheet, limits);
  }
  if (packaged)
    throw Error(ErrorKind::Input, path +
                                      ": named as CSV text, but the content is a zip or Office file (an Excel "
                                      "workbook?); rename it to .xlsx or export it as CSV");
  CsvOptions options;
  options.delimiter = spec.delimiter != 0 || format == SurveyFormat::Csv ? spec.delimiter : '\t';
  options.encoding = spec.encoding;
  return ReadCsvBytes(path, bytes, options);
}

bool IsEmptyRow(const TextTable::Row& row) {
  return std::all_of(row.fields.begin(), row.fields.end(),
                     [](const std::string& field) { return TrimSpace(field).empty(); });
}

std::string HeaderOf(const TextTable& table, std::size_t column) {
  const std::string header = CleanLabel(FieldAt(table.rows[0], column));
  return header.empty() ? "kolom " + std::to_string(column + 1) : header;
}

// The respondents of the data rows (rows without any value left out), their ids checked.
std::vector<Respondent> ReadRespondents(const std::string& path, const std::string& stem, const TextTable& table,
                                        std::size_t idColumn, const std::vector<std::size_t>& attributeColumns) {
  std::vector<Respondent> respondents;
  std::map<std::string, const TextTable::Row*> seen;
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    const TextTable::Row& row = table.rows[i];
    if (IsEmptyRow(row)) continue;
    const std::string id = CleanLabel(FieldAt(row, idColumn));
    const std::string where = path + ": " + RowPlace(table, row) + ": ";
    if (id.empty())
      throw Error(ErrorKind::Input, where + "no respondent id in column '" + HeaderOf(table, idColumn) + "'");
    const auto [first, fresh] = seen.emplace(id, &row);
    if (!fresh)
      throw Error(ErrorKind::Input, where + "respondent id '" + id + "' is used twice (first on " +
                                        RowPlace(table, *first->second) + ")");
    Respondent respondent{stem + " · " + id, {}, &row};
    for (const std::size_t column : attributeColumns) {
      std::string value = CleanLabel(FieldAt(row, column));
      const std::string header = HeaderOf(table, column);
      const std::string key = text::FoldCase(header);
      if (key == "regio" || key == "region") value = CanonicalRegion(value);
      if (!value.empty()) respondent.attributes[header] = std::move(value);
    }
    respondents.push_back(std::move(respondent));
  }
  return respondents;
}

// An answer as it goes into the document: canonical, trimmed, and with the blank lines inside
// it removed so that it stays one paragraph (`removedBlankLines` tells when there were any).
std::string CleanAnswer(std::string_view raw, bool& removedBlankLines) {
  const std::string canonical = text::Canonicalize(raw);
  std::string answer;
  bool blankPending = false;
  std::size_t start = 0;
  while (start <= canonical.size()) {
    const std::size_t end = std::min(canonical.find('\n', start), canonical.size());
    const std::string_view line = std::string_view(canonical).substr(start, end - start);
    if (TrimSpace(line).empty()) {
      blankPending = !answer.empty();
    } else {
      if (!answer.empty()) answer += '\n';
      removedBlankLines = removedBlankLines || blankPending;
      blankPending = false;
      answer += line;
    }
    start = end + 1;
  }
  return std::string(TrimSpace(answer));
}

// One question's document: the answers in respondent order, a turn for each.
ImportedDocument QuestionDocument(const std::string& path, const std::string& stem, const Question& question,
                                  const std::vector<Respondent>& respondents, const std::vector<std::string>& notes) {
  ImportedDocument doc;
  doc.name = stem + " · " + question.header;
  doc.sourcePath = path;
  doc.attributes = {{"vraag", question.header}, {"methode", kMethod}};
  doc.notes = notes;
  std::string text;
  std::size_t length = 0;  // of `text`, in code points
  bool removedBlankLines = false;
  for (const Respondent& respondent : respondents) {
    const std::string answer = CleanAnswer(FieldAt(*respondent.row, question.column), removedBlankLines);
    if (answer.empty()) continue;
    if (!text.empty()) {
      text += "\n\n";
      length += 2;
    }
    Turn turn;
    turn.start = length;
    length += text::CountCodePoints(answer);
    turn.end = length;
    turn.speaker = respondent.label;
    text += answer;
    doc.turns.push_back(std::move(turn));
    doc.sharedCases[respondent.label] = respondent.attributes;
  }
  SetCanonicalText(doc, text);
  if (doc.text != text) throw Error(ErrorKind::Internal, path + ": survey text changed by canonicalisation");
  if (removedBlankLines)
    doc.notes.push_back("blank lines inside answers removed, so that each answer is one paragraph");
  if (doc.turns.empty()) doc.notes.push_back("no respondent answered '" + question.header + "'");
  return doc;
}

std::vector<Question> FindQuestions(const std::string& path, const TextTable& table,
                                    const std::vector<std::string>& openColumns) {
  if (openColumns.empty()) throw Error(ErrorKind::Input, path + ": no open-answer column given");
  std::vector<Question> questions;
  for (const std::string& name : openColumns) {
    const std::size_t column = FindColumn(path, table, name);
    for (const Question& earlier : questions) {
      if (earlier.column == column)
        throw Error(ErrorKind::Input, path + ": column '" + earlier.header + "' is named twice as an open question");
    }
    questions.push_back({HeaderOf(table, column), column});
  }
  return questions;
}

}  // namespace

std::vector<ImportedDocument> ImportSurvey(const std::string& path, const SurveySpec& spec,
                                           const ImportLimits& limits) {
  if (TrimSpace(spec.idColumn).empty()) throw Error(ErrorKind::Input, path + ": no respondent id column given");
  const TextTable table = ReadTable(path, spec, limits);
  const std::size_t idColumn = FindColumn(path, table, spec.idColumn);
  const std::vector<Question> questions = FindQuestions(path, table, spec.openColumns);
  std::vector<std::size_t> attributeColumns;
  for (const std::string& name : spec.attributeColumns) attributeColumns.push_back(FindColumn(path, table, name));

  const std::string stem = DocumentNameFromPath(path);
  const std::vector<Respondent> respondents = ReadRespondents(path, stem, table, idColumn, attributeColumns);
  std::vector<ImportedDocument> documents;
  for (const Question& question : questions)
    documents.push_back(QuestionDocument(path, stem, question, respondents, table.notes));
  return documents;
}

}  // namespace duiding::import
