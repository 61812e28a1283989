// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/xlsx.h"

#include <algorithm>
#include <map>
#include <vector>

#include "import/xlsx_sheet.h"
#include "import/xml_document.h"
#include "import/zip_archive.h"
#include "model/error.h"
#include "text/unicode.h"

namespace duiding::import {
namespace {

const std::string kWorkbookEntry = "xl/workbook.xml";
const std::string kWorkbookRelsEntry = "xl/_rels/workbook.xml.rels";
const std::string kDefaultSharedStrings = "xl/sharedStrings.xml";
constexpr std::string_view kRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kRelationshipsStrictNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";

struct Relationship {
  std::string type;
  std::string target;
  bool external = false;
};
using Relationships = std::map<std::string, Relationship>;

struct SheetInfo {
  std::string name;
  std::string relationshipId;
  bool hidden = false;
};

[[noreturn]] void Refuse(const std::string& path, const std::string& where, const std::string& message) {
  throw Error(ErrorKind::Input, path + ": " + where + (where.empty() ? "" : ": ") + message);
}

// A zip entry name for a relationship target of the workbook: absolute targets start at the
// package root, relative ones at xl/; "." and ".." segments are resolved.
std::string ResolvePart(std::string_view target) {
  const std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t slash = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string part;
  for (const std::string& segment : segments) part += (part.empty() ? "" : "/") + segment;
  return part;
}

Relationships ReadRelationships(const ZipArchive& zip, const std::string& path) {
  if (!zip.Contains(kWorkbookRelsEntry)) Refuse(path, kWorkbookRelsEntry, "not found; the workbook is damaged");
  const XmlDocument rels(path, kWorkbookRelsEntry, zip.Read(kWorkbookRelsEntry));
  Relationships found;
  for (pugi::xml_node node : rels.Root().children()) {
    if (SplitName(node.name()).local != "Relationship") continue;
    found[node.attribute("Id").value()] = {node.attribute("Type").value(), node.attribute("Target").value(),
                                           std::string_view(node.attribute("TargetMode").value()) == "External"};
  }
  return found;
}

std::vector<SheetInfo> ListSheets(pugi::xml_node workbook) {
  const xlsx::SpreadsheetNames names(workbook);
  const std::string r = NamespacePrefix(workbook, kRelationshipsNs)
                            .value_or(NamespacePrefix(workbook, kRelationshipsStrictNs).value_or("r"));
  const std::string idAttribute = r.empty() ? "id" : r + ":id";
  std::vector<SheetInfo> sheets;
  for (pugi::xml_node sheet : names.Child(workbook, "sheets").children()) {
    if (!names.Is(sheet, "sheet")) continue;
    const std::string_view state = sheet.attribute("state").value();
    sheets.push_back({sheet.attribute("name").value(), sheet.attribute(idAttribute.c_str()).value(),
                      state == "hidden" || state == "veryHidden"});
  }
  return sheets;
}

bool IsWorksheet(const Relationships& rels, const SheetInfo& sheet) {
  const auto rel = rels.find(sheet.relationshipId);
  return rel != rels.end() && rel->second.type.ends_with("/worksheet");
}

std::string ListSheetNames(const std::vector<SheetInfo>& sheets) {
  std::string list;
  for (const SheetInfo& sheet : sheets) list += (list.empty() ? "'" : ", '") + sheet.name + "'";
  return list;
}

const SheetInfo& ChooseSheet(const std::string& path, const std::vector<SheetInfo>& sheets, const std::string& wanted,
                             const Relationships& rels) {
  if (sheets.empty()) Refuse(path, kWorkbookEntry, "the workbook lists no sheets");
  if (wanted.empty()) {
    for (const SheetInfo& sheet : sheets)
      if (!sheet.hidden && IsWorksheet(rels, sheet)) return sheet;
    Refuse(path, "", "the workbook has no visible worksheet; name the sheet to read");
  }
  for (const SheetInfo& sheet : sheets)
    if (sheet.name == wanted) return sheet;
  const std::string key = text::FoldCase(CleanLabel(wanted));
  for (const SheetInfo& sheet : sheets)
    if (text::FoldCase(CleanLabel(sheet.name)) == key) return sheet;
  Refuse(path, "", "no sheet '" + wanted + "'; the sheets are: " + ListSheetNames(sheets));
}

// The zip entry of a sheet's part, by its relationship.
std::string SheetPart(const std::string& path, const SheetInfo& sheet, const Relationships& rels) {
  const auto rel = rels.find(sheet.relationshipId);
  if (rel == rels.end() || rel->second.external) {
    Refuse(path, kWorkbookRelsEntry,
           "no relationship '" + sheet.relationshipId + "' for sheet '" + sheet.name + "'; the workbook is damaged");
  }
  if (!rel->second.type.ends_with("/worksheet"))
    Refuse(path, "", "sheet '" + sheet.name + "' is a chart or dialog sheet, not a worksheet with cells");
  return ResolvePart(rel->second.target);
}

std::vector<std::string> ReadSharedStrings(const ZipArchive& zip, const std::string& path, const Relationships& rels) {
  std::string entry;
  for (const auto& [id, rel] : rels)
    if (rel.type.ends_with("/sharedStrings") && !rel.external) entry = ResolvePart(rel.target);
  if (entry.empty() && zip.Contains(kDefaultSharedStrings)) entry = kDefaultSharedStrings;
  if (entry.empty()) return {};  // a workbook with inline strings only
  const XmlDocument doc(path, entry, zip.Read(entry));
  const xlsx::SpreadsheetNames names(doc.Root());
  std::vector<std::string> strings;
  for (pugi::xml_node item : doc.Root().children())
    if (names.Is(item, "si")) strings.push_back(xlsx::StringItemText(item, names));
  return strings;
}

}  // namespace

TextTable ReadXlsxBytes(const std::string& path, std::string_view bytes, const std::string& sheet,
                        const ImportLimits& limits) {
  if (IsOleCompoundFile(bytes))
    Refuse(path, "", "password-protected or encrypted Excel file; remove the password and import again");
  const ZipArchive zip(path, bytes, limits, "Excel");
  if (!zip.Contains(kWorkbookEntry)) Refuse(path, kWorkbookEntry, "not found; this is not an Excel (.xlsx) workbook");
  const XmlDocument workbook(path, kWorkbookEntry, zip.Read(kWorkbookEntry));
  const Relationships rels = ReadRelationships(zip, path);
  const std::vector<SheetInfo> sheets = ListSheets(workbook.Root());
  const SheetInfo& chosen = ChooseSheet(path, sheets, sheet, rels);
  const std::string entry = SheetPart(path, chosen, rels);
  const std::vector<std::string> shared = ReadSharedStrings(zip, path, rels);
  TextTable table = xlsx::ReadWorksheet(path, entry, zip.Read(entry), shared, chosen.name);
  if (table.rows.empty()) Refuse(path, "", "sheet '" + chosen.name + "' is empty");
  return table;
}

}  // namespace duiding::import
