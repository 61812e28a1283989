// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/xlsx_sheet.h"

#include <algorithm>
#include <utility>

#include "model/error.h"
#include "text/utf8.h"

namespace duiding::import::xlsx {
namespace {

constexpr std::string_view kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kMainStrictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
constexpr std::size_t kMaxColumns = 16384;   // XFD, Excel's last column
constexpr std::size_t kMaxRows = 1048576;    // Excel's last row
constexpr std::size_t kMaxCells = 20000000;  // after padding; far beyond any survey

// The character data of an element, CDATA included.
std::string ElementText(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The code point of an escape "_xHHHH_" at `pos`, if there is one.
std::optional<char32_t> EscapeAt(std::string_view s, std::size_t pos) {
  if (s.size() - pos < 7 || s[pos] != '_' || s[pos + 1] != 'x' || s[pos + 6] != '_') return std::nullopt;
  char32_t cp = 0;
  for (std::size_t i = pos + 2; i < pos + 6; ++i) {
    const int digit = HexValue(s[i]);
    if (digit < 0) return std::nullopt;
    cp = cp * 16 + static_cast<char32_t>(digit);
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) return std::nullopt;  // half a surrogate pair: not a character
  return cp;
}

// Excel writes characters XML cannot hold as "_xHHHH_" (a carriage return as "_x000D_"), and
// an underscore that would start such an escape as "_x005F_".
std::string DecodeEscapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    if (const auto cp = EscapeAt(s, pos)) {
      text::AppendUtf8(out, *cp);
      pos += 7;
    } else {
      out += s[pos++];
    }
  }
  return out;
}

// A decimal number of at most `maxDigits` digits, or nothing.
std::optional<std::size_t> ParseDecimal(std::string_view digits, std::size_t maxDigits) {
  if (digits.empty() || digits.size() > maxDigits) return std::nullopt;
  std::size_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

class SheetReader {
 public:
  SheetReader(const std::string& path, const std::string& entry, const std::vector<std::string>& sharedStrings,
              const SpreadsheetNames& names)
      : m_path(path), m_entry(entry), m_shared(sharedStrings), m_names(names) {}

  std::vector<TextTable::Row> ReadRows(pugi::xml_node sheetData) {
    std::vector<TextTable::Row> rows;
    std::size_t number = 0;
    for (pugi::xml_node row : sheetData.children()) {
      if (!m_names.Is(row, "row")) continue;
      number = RowNumber(row, number + 1);
      std::vector<std::string> fields = ReadCells(row, number);
      while (!fields.empty() && fields.back().empty()) fields.pop_back();
      if (!fields.empty()) rows.push_back({std::move(fields), number});
    }
    return rows;
  }

  [[noreturn]] void Refuse(const std::string& message) const {
    throw Error(ErrorKind::Input, m_path + ": " + m_entry + ": " + message);
  }

 private:
  std::size_t RowNumber(pugi::xml_node row, std::size_t next) const {
    const pugi::xml_attribute r = row.attribute("r");
    if (!r) return next;
    const auto number = ParseDecimal(r.value(), 7);
    if (!number || *number == 0 || *number > kMaxRows)
      Refuse("row number '" + std::string(r.value()) + "' is not valid");
    return *number;
  }

  std::vector<std::string> ReadCells(pugi::xml_node row, std::size_t number) const {
    std::vector<std::string> fields;
    std::size_t column = 0;
    for (pugi::xml_node cell : row.children()) {
      if (!m_names.Is(cell, "c")) continue;
      column = CellColumn(cell, column);
      const std::string ref = ColumnLetters(column) + std::to_string(number);
      std::string value = CellValue(cell, ref);
      if (const auto bad = text::FindInvalidUtf8(value))
        Refuse("cell " + ref + ": not valid UTF-8 (byte " + std::to_string(*bad) + ")");
      if (column >= fields.size()) fields.resize(column + 1);
      fields[column] = std::move(value);
      ++column;
    }
    return fields;
  }

  // The column a cell's reference names; a cell without one follows the previous cell.
  std::size_t CellColumn(pugi::xml_node cell, std::size_t next) const {
    const pugi::xml_attribute r = cell.attribute("r");
    if (!r) {
      if (next >= kMaxColumns) Refuse("a row has more than " + std::to_string(kMaxColumns) + " cells");
      return next;
    }
    const auto ref = ParseCellRef(r.value());
    if (!ref) Refuse("cell reference '" + std::string(r.value()) + "' is not valid");
    return ref->column;
  }

  std::string CellValue(pugi::xml_node cell, const std::string& ref) const {
    const std::string_view type = cell.attribute("t").value();
    if (type == "inlineStr") return StringItemText(m_names.Child(cell, "is"), m_names);
    const std::string value = ElementText(m_names.Child(cell, "v"));
    if (value.empty()) return value;  // a cell that is only formatted
    if (type == "s") return SharedString(value, ref);
    if (type == "str") return DecodeEscapes(value);  // a formula's text result
    if (type == "b") return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
    return value;  // numbers (t="n" or none), errors ("#N/A"), ISO dates (t="d"): as written
  }

  std::string SharedString(const std::string& index, const std::string& ref) const {
    const auto i = ParseDecimal(index, 10);
    if (!i) Refuse("cell " + ref + ": shared string index '" + index + "' is not a number");
    if (*i >= m_shared.size()) {
      Refuse("cell " + ref + " refers to shared string " + index + ", there are " + std::to_string(m_shared.size()));
    }
    return m_shared[*i];
  }

  const std::string& m_path;
  const std::string& m_entry;
  const std::vector<std::string>& m_shared;
  const SpreadsheetNames& m_names;
};

}  // namespace

SpreadsheetNames::SpreadsheetNames(pugi::xml_node root) {
  if (auto prefix = NamespacePrefix(root, kMainNs)) {
    m_prefix = *prefix;
  } else if (auto strict = NamespacePrefix(root, kMainStrictNs)) {
    m_prefix = *strict;
  } else {
    m_prefix = std::string(SplitName(root.name()).prefix);
  }
}

bool SpreadsheetNames::Is(pugi::xml_node node, std::string_view local) const {
  if (node.type() != pugi::node_element) return false;
  const QName name = SplitName(node.name());
  return name.prefix == m_prefix && name.local == local;
}

pugi::xml_node SpreadsheetNames::Child(pugi::xml_node node, std::string_view local) const {
  for (pugi::xml_node child : node.children())
    if (Is(child, local)) return child;
  return {};
}

std::string StringItemText(pugi::xml_node item, const SpreadsheetNames& names) {
  std::string out;
  for (pugi::xml_node child : item.children()) {
    if (names.Is(child, "t")) {
      out += ElementText(child);
    } else if (names.Is(child, "r")) {
      out += ElementText(names.Child(child, "t"));
    }
  }
  return DecodeEscapes(out);
}

std::optional<CellRef> ParseCellRef(std::string_view ref) {
  std::size_t letters = 0, column = 0;
  while (letters < ref.size() && ref[letters] >= 'A' && ref[letters] <= 'Z') {
    column = column * 26 + static_cast<std::size_t>(ref[letters] - 'A' + 1);
    if (++letters > 3) return std::nullopt;
  }
  if (letters == 0 || column > kMaxColumns) return std::nullopt;
  const auto row = ParseDecimal(ref.substr(letters), 7);
  if (!row || *row == 0 || *row > kMaxRows) return std::nullopt;
  return CellRef{column - 1, *row};
}

std::string ColumnLetters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

TextTable ReadWorksheet(const std::string& path, const std::string& entry, std::string_view xml,
                        const std::vector<std::string>& sharedStrings, const std::string& sheetName) {
  const XmlDocument doc(path, entry, xml);
  const SpreadsheetNames names(doc.Root());
  SheetReader reader(path, entry, sharedStrings, names);
  if (!names.Is(doc.Root(), "worksheet")) reader.Refuse("not a worksheet");
  TextTable table;
  table.rowWord = "sheet '" + sheetName + "', row";
  table.rows = reader.ReadRows(names.Child(doc.Root(), "sheetData"));
  std::size_t width = 0;
  for (const TextTable::Row& row : table.rows) width = std::max(width, row.fields.size());
  if (width > 0 && table.rows.size() > kMaxCells / width)
    reader.Refuse("more than " + std::to_string(kMaxCells) + " cells; this is no survey export");
  for (TextTable::Row& row : table.rows) row.fields.resize(width);
  return table;
}

}  // namespace duiding::import::xlsx
