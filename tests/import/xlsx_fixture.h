// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Builds .xlsx test workbooks in memory (with libzip, through zip_fixture.h): the parts Excel
// writes, with the sheets' XML and shared strings each test gives.

#include <string>
#include <vector>

#include "tests/import/zip_fixture.h"

namespace duiding::import::fixture {

constexpr const char* kXmlDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr const char* kSpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct SheetFixture {
  std::string name;
  std::string xml;  ///< the whole worksheet part; see WorksheetXml
  bool hidden = false;
};

/// A worksheet part whose sheetData holds `rows` (<row> elements).
inline std::string WorksheetXml(const std::string& rows) {
  return std::string(kXmlDeclaration) + "<worksheet xmlns=\"" + kSpreadsheetNs + "\" xmlns:r=\"" + kRelationshipsNs +
         "\"><dimension ref=\"A1:E9\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
         "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>" +
         rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\"/></worksheet>";
}

inline std::string Row(int number, const std::string& cells) {
  return "<row r=\"" + std::to_string(number) + "\" spans=\"1:5\">" + cells + "</row>";
}

/// A cell holding shared string `index`.
inline std::string SharedCell(const std::string& ref, int index) {
  return "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(index) + "</v></c>";
}

/// A number cell, its value as Excel writes it.
inline std::string NumberCell(const std::string& ref, const std::string& value) {
  return "<c r=\"" + ref + "\" s=\"1\"><v>" + value + "</v></c>";
}

/// An inline string cell; `content` is the inside of <is> (a <t> or rich-text runs).
inline std::string InlineCell(const std::string& ref, const std::string& content) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is>" + content + "</is></c>";
}

/// The parts of a workbook with `sheets` and the shared strings `items` (the inside of each
/// <si>); without items there is no sharedStrings part.
inline std::vector<ZipEntry> XlsxPackage(const std::vector<SheetFixture>& sheets,
                                         const std::vector<std::string>& items) {
  std::string types = std::string(kXmlDeclaration) +
                      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                      R"(<Default Extension="xml" ContentType="application/xml"/>)";
  std::string workbook = std::string(kXmlDeclaration) + "<workbook xmlns=\"" + kSpreadsheetNs + "\" xmlns:r=\"" +
                         kRelationshipsNs + "\"><bookViews><workbookView/></bookViews><sheets>";
  std::string rels = std::string(kXmlDeclaration) +
                     R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  std::vector<ZipEntry> entries;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\"" +
                (sheets[i].hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRelationshipsNs + "/worksheet\" Target=\"worksheets/sheet" +
            n + ".xml\"/>";
    types += "<Override PartName=\"/xl/worksheets/sheet" + n +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    entries.push_back({"xl/worksheets/sheet" + n + ".xml", sheets[i].xml});
  }
  workbook += "</sheets><calcPr calcId=\"191029\"/></workbook>";
  rels += "<Relationship Id=\"rId90\" Type=\"" + std::string(kRelationshipsNs) + "/styles\" Target=\"styles.xml\"/>";
  if (!items.empty()) {
    rels += "<Relationship Id=\"rId91\" Type=\"" + std::string(kRelationshipsNs) +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    std::string shared = std::string(kXmlDeclaration) + "<sst xmlns=\"" + kSpreadsheetNs + "\" count=\"" +
                         std::to_string(items.size()) + "\" uniqueCount=\"" + std::to_string(items.size()) + "\">";
    for (const std::string& item : items) shared += "<si>" + item + "</si>";
    entries.push_back({"xl/sharedStrings.xml", shared + "</sst>"});
  }
  rels += "</Relationships>";
  entries.insert(
      entries.begin(),
      {{"[Content_Types].xml", types + "</Types>"},
       {"_rels/.rels", std::string(kXmlDeclaration) +
                           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId1" Type=")" +
                           kRelationshipsNs + R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
       {"xl/workbook.xml", workbook},
       {"xl/_rels/workbook.xml.rels", rels},
       {"xl/styles.xml", std::string(kXmlDeclaration) + "<styleSheet xmlns=\"" + kSpreadsheetNs +
                             "\"><numFmts count=\"0\"/></styleSheet>"}});
  return entries;
}

inline std::string MakeXlsx(const std::vector<SheetFixture>& sheets, const std::vector<std::string>& items) {
  return MakeZip(XlsxPackage(sheets, items));
}

/// `entries` with the content of entry `name` replaced.
inline std::vector<ZipEntry> Replaced(std::vector<ZipEntry> entries, const std::string& name,
                                      const std::string& content) {
  for (ZipEntry& entry : entries)
    if (entry.name == name) entry.content = content;
  return entries;
}

}  // namespace duiding::import::fixture
