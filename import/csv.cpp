// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/csv.h"

#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "model/error.h"
#include "text/encoding.h"

namespace duiding::import {
namespace {

constexpr char kCandidates[] = {';', ',', '\t', '|'};
constexpr std::size_t kDetectionRecords = 20;

bool IsLineBreak(char c) { return c == '\r' || c == '\n'; }

struct CsvProblem {
  std::size_t line = 0;
  std::string message;
};

// Reads records one at a time, counting physical lines (CRLF, LF and CR each end one). The
// delimiter and quotes are ASCII, so the UTF-8 text can be split byte by byte.
class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

  // The next record into `row`; false at the end or on a problem (then Problem() is set).
  bool Next(TextTable::Row& row) {
    SkipEmptyLines();
    if (m_pos >= m_text.size()) return false;
    row.fields.clear();
    row.number = m_line;
    for (;;) {
      std::string field;
      if (!ReadField(field, row)) return false;
      row.fields.push_back(std::move(field));
      if (m_pos >= m_text.size()) return true;
      if (m_text[m_pos] == m_delimiter) {
        ++m_pos;
        continue;
      }
      SkipLineBreak();
      return true;
    }
  }

  const std::optional<CsvProblem>& Problem() const { return m_problem; }

 private:
  bool ReadField(std::string& field, const TextTable::Row& row) {
    if (m_pos < m_text.size() && m_text[m_pos] == '"') return ReadQuoted(field, row);
    // A quote inside an unquoted field is an ordinary character, as spreadsheets read it.
    while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !IsLineBreak(m_text[m_pos]))
      field += m_text[m_pos++];
    return true;
  }

  bool ReadQuoted(std::string& field, const TextTable::Row& row) {
    ++m_pos;  // the opening quote
    for (;;) {
      if (m_pos >= m_text.size()) return Fail(row, "quoted field never closed");
      const char c = m_text[m_pos];
      if (c == '"' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
        field += '"';
        m_pos += 2;
      } else if (c == '"') {
        ++m_pos;
        break;
      } else {
        field += c;
        if (c == '\n' || (c == '\r' && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '\n'))) ++m_line;
        ++m_pos;
      }
    }
    if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !IsLineBreak(m_text[m_pos])) {
      return Fail(row, "field " + std::to_string(row.fields.size() + 1) +
                           ": text after the closing quote; a quote inside a quoted field must be doubled (\"\")");
    }
    return true;
  }

  bool Fail(const TextTable::Row& row, std::string message) {
    m_problem = CsvProblem{row.number, std::move(message)};
    return false;
  }

  void SkipLineBreak() {
    if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ++m_pos;
    ++m_pos;
    ++m_line;
  }

  void SkipEmptyLines() {
    while (m_pos < m_text.size() && IsLineBreak(m_text[m_pos])) SkipLineBreak();
  }

  std::string_view m_text;
  char m_delimiter;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
  std::optional<CsvProblem> m_problem;
};

// Field counts of the first records read with `delimiter`; empty when the first record
// cannot be read with it.
std::vector<std::size_t> SampleFieldCounts(std::string_view utf8, char delimiter) {
  CsvReader reader(utf8, delimiter);
  std::vector<std::size_t> counts;
  TextTable::Row row;
  while (counts.size() < kDetectionRecords && reader.Next(row)) counts.push_back(row.fields.size());
  return counts;
}

struct DelimiterScore {
  std::size_t consistent = 0;  // sampled records with as many fields as the header
  std::size_t sampled = 1;
  std::size_t fields = 0;  // fields in the header

  bool BetterThan(const DelimiterScore& other) const {
    const std::size_t mine = consistent * other.sampled, theirs = other.consistent * sampled;
    if (mine != theirs) return mine > theirs;
    return fields > other.fields;
  }
};

std::string DelimiterName(char delimiter) {
  return delimiter == '\t' ? std::string("tab") : "'" + std::string(1, delimiter) + "'";
}

[[noreturn]] void Refuse(const std::string& path, std::size_t line, const std::string& message) {
  throw Error(ErrorKind::Input, path + ": line " + std::to_string(line) + ": " + message);
}

void CheckFieldCounts(const std::string& path, const TextTable& table, char delimiter) {
  const std::size_t expected = table.rows.front().fields.size();
  for (const TextTable::Row& row : table.rows) {
    if (row.fields.size() == expected) continue;
    Refuse(path, row.number,
           std::to_string(row.fields.size()) + " fields, but the header has " + std::to_string(expected) +
               " (delimiter " + DelimiterName(delimiter) + ")");
  }
}

text::DecodedText Decode(const std::string& path, std::string_view bytes, const std::string& encoding) {
  try {
    return text::DecodeToUtf8(bytes, encoding);
  } catch (const std::invalid_argument& e) {
    throw Error(ErrorKind::Input, path + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw Error(ErrorKind::Input, path + ": " + e.what() + "; name the file's encoding");
  }
}

}  // namespace

char DetectCsvDelimiter(std::string_view utf8) {
  char best = ',';
  std::optional<DelimiterScore> bestScore;
  for (const char candidate : kCandidates) {
    const std::vector<std::size_t> counts = SampleFieldCounts(utf8, candidate);
    if (counts.empty() || counts.front() < 2) continue;
    DelimiterScore score{0, counts.size(), counts.front()};
    for (const std::size_t count : counts) score.consistent += count == counts.front() ? 1 : 0;
    if (!bestScore || score.BetterThan(*bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

TextTable ParseCsv(const std::string& path, std::string_view utf8, char delimiter) {
  if (delimiter == 0) delimiter = DetectCsvDelimiter(utf8);
  CsvReader reader(utf8, delimiter);
  TextTable table;
  TextTable::Row row;
  while (reader.Next(row)) table.rows.push_back(row);
  if (const auto& problem = reader.Problem()) Refuse(path, problem->line, problem->message);
  if (table.rows.empty()) throw Error(ErrorKind::Input, path + ": empty file");
  CheckFieldCounts(path, table, delimiter);
  return table;
}

TextTable ReadCsvBytes(const std::string& path, std::string_view bytes, const CsvOptions& options) {
  if (bytes.empty()) throw Error(ErrorKind::Input, path + ": empty file");
  const text::DecodedText decoded = Decode(path, bytes, options.encoding);
  std::string_view utf8 = decoded.utf8;
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  if (utf8.find('\0') != std::string_view::npos)
    throw Error(ErrorKind::Input, path + ": not a text file (contains NUL characters)");
  TextTable table = ParseCsv(path, utf8, options.delimiter);
  if (decoded.encoding != "UTF-8")
    table.notes.push_back("read as " + decoded.encoding + (decoded.detected ? " (detected)" : " (as asked)"));
  return table;
}

}  // namespace duiding::import
