// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/fragments.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/atomic_file.h"
#include "export/zip_writer.h"
#include "model/error.h"
#include "text/clock_time.h"

#include "export/text_formats.h"

namespace duiding::exchange {
namespace {

constexpr const char* kNamespace = "urn:duiding:fragments:1";

/// A fragment's attributes sorted by name (stable, so equal names keep their order).
std::vector<std::pair<std::string, std::string>> SortedAttributes(const ExportedFragment& fragment) {
  auto attributes = fragment.attributes;
  std::stable_sort(attributes.begin(), attributes.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return attributes;
}

// ---------------------------------------------------------------------------------------------
// The table the CSV and the worksheet share.

struct Field {
  std::string text;
  bool number = false;
};

struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<Field>> rows;
};

const std::vector<std::string> kFixedHeaders = {"coding",  "code",         "code-guid", "document", "document-guid",
                                                "start",   "end",          "quote",     "speaker",  "role",
                                                "timestamp", "timestamp-ms", "coder",   "created",  "memo"};

/// The attribute columns: the union of the names, sorted.
std::vector<std::string> AttributeNames(const FragmentExport& data) {
  std::set<std::string> names;
  for (const ExportedFragment& fragment : data.fragments)
    for (const auto& [name, value] : fragment.attributes) names.insert(name);
  return {names.begin(), names.end()};
}

Table BuildTable(const FragmentExport& data) {
  const std::vector<std::string> attributes = AttributeNames(data);
  Table table{kFixedHeaders, {}};
  const std::set<std::string> fixed(kFixedHeaders.begin(), kFixedHeaders.end());
  // An attribute named like a fixed column ("code") gets a header of its own, so every header
  // names one column.
  for (const std::string& name : attributes) table.headers.push_back(fixed.contains(name) ? "attribute " + name : name);
  for (const ExportedFragment& f : data.fragments) {
    std::vector<Field> row = {{f.codingGuid},
                              {f.codePath},
                              {f.codeGuid},
                              {f.documentName},
                              {f.documentGuid},
                              {std::to_string(f.start), true},
                              {std::to_string(f.end), true},
                              {f.quote},
                              {f.speaker},
                              {f.role},
                              {text::FormatClockTime(f.timestampMs)},
                              {f.timestampMs ? std::to_string(*f.timestampMs) : "", f.timestampMs.has_value()},
                              {f.coder},
                              {f.createdAt},
                              {f.memo}};
    for (const std::string& name : attributes) {
      std::string value;
      for (const auto& [n, v] : f.attributes)
        if (n == name) {
          value = v;
          break;
        }
      row.push_back({value});
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180 quoting).

// ---------------------------------------------------------------------------------------------
// SpreadsheetML.

constexpr std::size_t kMaxCellUnits = 32767;  // Excel refuses a longer cell text (UTF-16 units)
constexpr std::size_t kMaxRows = 1048576;

/// Excel reads "_xHHHH_" in a string as an escaped character; a literal one is written with its
/// underscore escaped ("_x005F_xHHHH_") so the text comes back as written.
std::string EscapeExcelUnderscores(const std::string& text) {
  const auto isHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && isHex(text[i + 2]) && isHex(text[i + 3]) &&
        isHex(text[i + 4]) && isHex(text[i + 5]) && text[i + 6] == '_')
      out += "_x005F";
    out += text[i];
  }
  return out;
}

std::size_t Utf16Units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

/// `text` cut to what one cell holds, with an ellipsis where it was cut.
std::string FitCell(const std::string& text) {
  std::size_t units = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) units += Utf16Units(static_cast<unsigned char>(c));
  if (units <= kMaxCellUnits) return text;
  units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;
    if (units + Utf16Units(byte) > kMaxCellUnits - 1) return text.substr(0, i) + "\u2026";
    units += Utf16Units(byte);
  }
  return text;
}

std::string ColumnLetters(std::size_t column) {
  std::string letters;
  for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), char('A' + (c - 1) % 26));
  return letters;
}

std::string Cell(std::size_t column, std::size_t row, const Field& field, int style) {
  const std::string ref = ColumnLetters(column) + std::to_string(row);
  const std::string s = style ? " s=\"" + std::to_string(style) + "\"" : "";
  if (field.number) return "<c r=\"" + ref + "\"" + s + "><v>" + field.text + "</v></c>";
  return "<c r=\"" + ref + "\"" + s + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
         XmlEscape(EscapeExcelUnderscores(FitCell(XmlText(field.text)))) + "</t></is></c>";
}

double ColumnWidth(const std::string& header) {
  if (header == "quote") return 80;
  if (header == "memo") return 40;
  if (header == "code" || header == "document") return 30;
  if (header == "start" || header == "end") return 9;
  return 16;
}

constexpr int kBold = 1, kWrapped = 2;

std::string Worksheet(const Table& table) {
  const std::size_t columns = table.headers.size();
  const std::size_t lastRow = table.rows.size() + 1;
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<dimension ref=\"A1:" + ColumnLetters(columns - 1) + std::to_string(lastRow) + "\"/>"
      "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
      "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
      "<sheetFormatPr defaultRowHeight=\"15\"/><cols>";
  for (std::size_t c = 0; c < columns; ++c) {
    const std::string n = std::to_string(c + 1);
    xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + std::to_string(static_cast<int>(ColumnWidth(table.headers[c]))) +
           "\" customWidth=\"1\"/>";
  }
  xml += "</cols><sheetData>\n<row r=\"1\">";
  for (std::size_t c = 0; c < columns; ++c) xml += Cell(c, 1, {table.headers[c]}, kBold);
  xml += "</row>\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    xml += "<row r=\"" + std::to_string(r + 2) + "\">";
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const Field& field = table.rows[r][c];
      if (field.text.empty()) continue;
      xml += Cell(c, r + 2, field, table.headers[c] == "quote" || table.headers[c] == "memo" ? kWrapped : 0);
    }
    xml += "</row>\n";
  }
  return xml + "</sheetData></worksheet>\n";
}

constexpr const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>\n";

constexpr const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/>"
    "</Relationships>\n";

constexpr const char* kWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
    "<sheets><sheet name=\"Fragmenten\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
    "</workbook>\n";

constexpr const char* kWorkbookRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>\n";

// Style 0 normal, 1 bold (the header), 2 wrapped and top-aligned (quote and memo).
constexpr const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\">"
    "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "</fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"3\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>\n";

}  // namespace

namespace {

// Written straight into one string: a DOM of 200,000 fragments cost more than everything else
// in an export. The layout is pugixml's indented one (two spaces, a text-only element on one line,
// an empty element as <name />).
class XmlOut {
 public:
  using Sink = std::function<void(std::string_view)>;
  /// With a sink, the text goes there a megabyte at a time; without one it is kept for Take().
  explicit XmlOut(std::size_t reserve, Sink sink = {}) : m_sink(std::move(sink)) {
    m_out.reserve(m_sink ? kChunk + 65536 : reserve);
  }
  void Flush() {
    if (m_sink) {
      m_sink(m_out);
      m_out.clear();
    }
  }
  void MaybeFlush() {
    if (m_sink && m_out.size() >= kChunk) Flush();
  }
  void Raw(std::string_view text) { m_out += text; }
  void Attribute(std::string_view name, std::string_view value) {
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    Escaped(value, true);
    m_out += '"';
  }
  // <name attributes...>text</name>, or <name attributes... /> when the text is empty.
  void Leaf(int depth, std::string_view name, std::initializer_list<std::pair<std::string_view, std::string_view>> attributes,
            std::string_view text) {
    m_out.append(static_cast<std::size_t>(depth) * 2, ' ');
    m_out += '<';
    m_out += name;
    for (const auto& [n, v] : attributes) Attribute(n, v);
    if (text.empty()) {
      m_out += " />\n";
      return;
    }
    m_out += '>';
    Escaped(text, false);
    m_out += "</";
    m_out += name;
    m_out += ">\n";
  }
  void Escaped(std::string_view text, bool attribute) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      // Runs of ordinary characters (nearly all of a quote) are copied at once.
      std::size_t run = i;
      while (run < text.size() && Plain(text[run], attribute)) ++run;
      if (run > i) {
        m_out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
      }
      const char c = text[i];
      switch (c) {
        case '&': m_out += "&amp;"; break;
        case '<': m_out += "&lt;"; break;
        case '>': m_out += "&gt;"; break;
        case '"': m_out += attribute ? "&quot;" : "\""; break;
        case '\n': m_out += attribute ? "&#10;" : "\n"; break;
        case '\t': m_out += attribute ? "&#9;" : "\t"; break;
        case '\r':  // a parser reads CR and CRLF as LF; write what it will read
          if (i + 1 == text.size() || text[i + 1] != '\n') m_out += attribute ? "&#10;" : "\n";
          break;
        default:
          if (static_cast<unsigned char>(c) >= 0x20) m_out += c;  // other C0 controls cannot be in XML 1.0
      }
    }
  }
  std::string Take() { return std::move(m_out); }
  static constexpr std::size_t kChunk = 1 << 20;

  static bool Plain(char c, bool attribute) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20) return !attribute && c == '\n';
    return c != '&' && c != '<' && c != '>' && (!attribute || c != '"');
  }

 private:
  Sink m_sink;
  std::string m_out;
};

void WriteXml(const FragmentExport& data, XmlOut& out) {
  out.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fragments");
  out.Attribute("xmlns", kNamespace);
  out.Attribute("project", data.project);
  out.Attribute("pseudonymised", data.pseudonymised ? "true" : "false");
  out.Raw(">\n");
  if (data.filters.empty()) {
    out.Raw("  <filters />\n");
  } else {
    out.Raw("  <filters>\n");
    for (const auto& [name, value] : data.filters) out.Leaf(2, "filter", {{"name", name}}, value);
    out.Raw("  </filters>\n");
  }
  for (const ExportedFragment& f : data.fragments) {
    const std::string start = std::to_string(f.start), end = std::to_string(f.end);
    out.Raw("  <fragment");
    out.Attribute("coding", f.codingGuid);
    out.Attribute("code", f.codePath);
    out.Attribute("code-guid", f.codeGuid);
    out.Attribute("document", f.documentName);
    out.Attribute("document-guid", f.documentGuid);
    out.Attribute("start", start);
    out.Attribute("end", end);
    out.Attribute("coder", f.coder);
    out.Attribute("created", f.createdAt);
    out.Raw(">\n");
    out.Leaf(2, "quote", {{"xml:space", "preserve"}}, f.quote);
    if (!f.speaker.empty() || !f.role.empty()) {
      if (f.role.empty()) out.Leaf(2, "speaker", {}, f.speaker);
      else out.Leaf(2, "speaker", {{"role", f.role}}, f.speaker);
    }
    if (f.timestampMs) out.Leaf(2, "timestamp", {{"ms", std::to_string(*f.timestampMs)}}, text::FormatClockTime(*f.timestampMs));
    const auto byName = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (std::is_sorted(f.attributes.begin(), f.attributes.end(), byName)) {  // as collected: no copy
      for (const auto& [name, value] : f.attributes) out.Leaf(2, "attribute", {{"name", name}}, value);
    } else {
      for (const auto& [name, value] : SortedAttributes(f)) out.Leaf(2, "attribute", {{"name", name}}, value);
    }
    if (!f.memo.empty()) out.Leaf(2, "memo", {{"xml:space", "preserve"}}, f.memo);
    out.Raw("  </fragment>\n");
    out.MaybeFlush();
  }
  out.Raw("</fragments>\n");
  out.Flush();
}

}  // namespace

std::string FragmentsXml(const FragmentExport& data) {
  std::size_t estimate = 4096;
  for (const ExportedFragment& f : data.fragments) estimate += 600 + f.quote.size() + f.memo.size();
  XmlOut out(estimate);
  WriteXml(data, out);
  return out.Take();
}

void WriteFragmentsXml(const FragmentExport& data, const std::string& path) {
  AtomicFileWriter file(path);
  XmlOut out(0, [&](std::string_view bytes) { file.Write(bytes); });
  WriteXml(data, out);
  file.Commit();
}

std::string FragmentsCsv(const FragmentExport& data) {
  const Table table = BuildTable(data);
  std::string out = "\xEF\xBB\xBF" + CsvLine(table.headers);
  for (const std::vector<Field>& row : table.rows) {
    std::vector<std::string> fields;
    for (const Field& field : row) fields.push_back(field.text);
    out += CsvLine(fields);
  }
  return out;
}

std::string FragmentsXlsx(const FragmentExport& data) {
  if (data.fragments.size() + 1 > kMaxRows)
    throw Error(ErrorKind::Input, "too many fragments for one worksheet (" + std::to_string(data.fragments.size()) +
                                      "; at most " + std::to_string(kMaxRows - 1) + "); export them as CSV or XML");
  ZipWriter zip;
  zip.Add("[Content_Types].xml", kContentTypes);
  zip.Add("_rels/.rels", kRootRels);
  zip.Add("xl/workbook.xml", kWorkbook);
  zip.Add("xl/_rels/workbook.xml.rels", kWorkbookRels);
  zip.Add("xl/styles.xml", kStyles);
  zip.Add("xl/worksheets/sheet1.xml", Worksheet(BuildTable(data)));
  return zip.Finish();
}

}  // namespace duiding::exchange
