// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/agreement_report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "export/text_formats.h"

namespace duiding::exchange {
namespace {

using agreement::Result;
using agreement::UnitReport;

// ---------------------------------------------------------------------------------------------
// A table model both writers render, so the CSV and the HTML always carry the same columns.

struct Cell {
  enum class Kind { Empty, Text, List, Count, Measure };
  Kind kind = Kind::Empty;
  std::vector<std::string> text;  // Text: one entry; List: the items
  std::size_t count = 0;
  Result result;

  static Cell Of(std::string t) { return {Kind::Text, {std::move(t)}, 0, {}}; }
  static Cell Items(std::vector<std::string> items) { return {Kind::List, std::move(items), 0, {}}; }
  static Cell Number(std::size_t n) { return {Kind::Count, {}, n, {}}; }
  static Cell Measure(const Result& r) { return {Kind::Measure, {}, 0, r}; }
};

struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
};

struct UnitColumn {
  const char* name;
  Result UnitReport::*member;
};

constexpr UnitColumn kUnitColumns[] = {
    {"percent agreement", &UnitReport::percentAgreement},
    {"mean pairwise agreement", &UnitReport::meanPairwiseAgreement},
    {"Cohen's kappa", &UnitReport::cohenKappa},
    {"Scott's pi", &UnitReport::scottPi},
    {"Brennan-Prediger kappa_n", &UnitReport::brennanPrediger},
    {"Gwet's AC1", &UnitReport::gwetAc1},
    {"Fleiss' kappa", &UnitReport::fleissKappa},
    {"Conger's kappa", &UnitReport::congerKappa},
    {"Light's kappa", &UnitReport::lightKappa},
    {"Krippendorff's alpha (nominal)", &UnitReport::krippendorffAlpha},
};

constexpr const char* kSegmentCount = "segment agreements (count)";
constexpr const char* kSegmentMissCount = "segment non-agreements (count)";
constexpr const char* kSegment = "segment agreement";
constexpr const char* kDash = "\u2014";

std::vector<std::string> UnitHeaders(const std::string& first) {
  std::vector<std::string> headers = {first, "units", "complete units", "pairable units"};
  for (const UnitColumn& column : kUnitColumns) headers.emplace_back(column.name);
  return headers;
}

std::vector<Cell> UnitCells(const std::string& label, const UnitReport& units) {
  std::vector<Cell> cells = {Cell::Of(label), Cell::Number(units.units), Cell::Number(units.completeUnits),
                             Cell::Number(units.pairableUnits)};
  for (const UnitColumn& column : kUnitColumns) cells.push_back(Cell::Measure(units.*column.member));
  return cells;
}

Table SliceTable(const std::string& first, const std::vector<project::SliceAgreement>& slices) {
  Table table{UnitHeaders(first), {}};
  for (const project::SliceAgreement& slice : slices) table.rows.push_back(UnitCells(slice.label, slice.units));
  return table;
}

Table CodeUnitTable(const project::AgreementReport& report) {
  Table table{UnitHeaders("code"), {}};
  for (const project::CodeAgreement& code : report.codes) table.rows.push_back(UnitCells(code.path, code.units));
  return table;
}

Table CodeTextTable(const project::AgreementReport& report) {
  Table table{{"code", "character-level percent (mean)", "character-level percent (length-weighted)",
               "character-level kappa (mean)", "character-level kappa (length-weighted)", kSegmentCount,
               kSegmentMissCount, kSegment, "unitizing alpha (Krippendorff 1995)"},
              {}};
  for (const project::CodeAgreement& code : report.codes)
    table.rows.push_back({Cell::Of(code.path), Cell::Measure(code.characterPercentMean),
                          Cell::Measure(code.characterPercentWeighted), Cell::Measure(code.characterKappaMean),
                          Cell::Measure(code.characterKappaWeighted), Cell::Number(code.segments.agreements),
                          Cell::Number(code.segments.disagreements), Cell::Measure(code.segments.percentAgreement),
                          Cell::Measure(code.unitizingAlpha1995)});
  return table;
}

constexpr const char* kOverallLabel = "all codes (units x codes pooled)";

Table OverallUnitTable(const project::AgreementReport& report) {
  return {UnitHeaders("scope"), {UnitCells(kOverallLabel, report.overall)}};
}

Table OverallSegmentTable(const project::AgreementReport& report) {
  const agreement::SegmentAgreement& segments = report.segmentsOverall;
  return {{"scope", kSegmentCount, kSegmentMissCount, kSegment, "segment kappa (Brennan-Prediger)"},
          {{Cell::Of(kOverallLabel), Cell::Number(segments.agreements), Cell::Number(segments.disagreements),
            Cell::Measure(segments.percentAgreement), Cell::Measure(report.segmentKappa)}}};
}

Table DomainTable(const project::AgreementReport& report) {
  Table table{{"semantic domain", "codes", "u-alpha", "|u-alpha", "cu-alpha", "warnings"}, {}};
  for (const project::DomainAgreement& domain : report.domains)
    table.rows.push_back({Cell::Of(domain.path), Cell::Items(domain.codes), Cell::Measure(domain.family.uAlpha),
                          Cell::Measure(domain.family.binaryUAlpha), Cell::Measure(domain.family.cuAlpha),
                          Cell::Items(domain.warnings)});
  return table;
}

/// `right`'s columns after its first (the row label) appended to `left`'s rows, row by row.
Table Join(Table left, const Table& right) {
  left.headers.insert(left.headers.end(), right.headers.begin() + 1, right.headers.end());
  for (std::size_t r = 0; r < left.rows.size() && r < right.rows.size(); ++r)
    left.rows[r].insert(left.rows[r].end(), right.rows[r].begin() + 1, right.rows[r].end());
  return left;
}

std::vector<std::pair<std::string, std::string>> Definitions(const project::AgreementReport& report) {
  auto definitions = report.definitions;
  definitions.emplace_back("numbers", "Every value is rounded to 3 decimals. Percentages are shares from 0 to 1 "
                                      "(0.743 means 74.3 %). An undefined result has no number; its reason is given.");
  return definitions;
}

// ---------------------------------------------------------------------------------------------
// Numbers: locale-independent, so a Dutch locale never turns the point into a comma.

std::string Value(double value) { return Fixed(value, 3); }

/// "column: reason" for every undefined or conventional measure of a row.
std::vector<std::string> RowNotes(const std::vector<std::string>& headers, const std::vector<Cell>& row) {
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < row.size() && i < headers.size(); ++i) {
    if (row[i].kind != Cell::Kind::Measure) continue;
    const Result& r = row[i].result;
    if (!r.Defined()) notes.push_back(headers[i] + ": " + r.undefinedReason);
    else if (!r.convention.empty()) notes.push_back(headers[i] + ": " + r.convention);
  }
  return notes;
}

std::string Joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(separator) : "") + items[i];
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180).

std::string CsvCell(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Empty: return "";
    case Cell::Kind::Text:
    case Cell::Kind::List: return Joined(cell.text, "; ");
    case Cell::Kind::Count: return std::to_string(cell.count);
    case Cell::Kind::Measure: return cell.result.Defined() ? Value(*cell.result.value) : "";
  }
  return "";
}

std::string CsvSection(const std::string& title, const Table& table) {
  std::vector<std::string> headers = table.headers;
  headers.emplace_back("note");
  std::string out = "# " + title + "\n" + CsvLine(headers);
  for (const std::vector<Cell>& row : table.rows) {
    std::vector<std::string> fields;
    for (const Cell& cell : row) fields.push_back(CsvCell(cell));
    fields.push_back(Joined(RowNotes(table.headers, row), "; "));
    out += CsvLine(fields);
  }
  return out;
}

std::string CsvDefinitions(const project::AgreementReport& report) {
  std::string out = "# Definitions\n" + CsvLine({"term", "definition"});
  for (const auto& [term, text] : Definitions(report)) out += CsvLine({term, text});
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML.

/// Reasons of one table, numbered in order of first appearance.
class Footnotes {
 public:
  std::size_t Number(const std::string& reason) {
    const auto it = std::find(m_reasons.begin(), m_reasons.end(), reason);
    if (it != m_reasons.end()) return static_cast<std::size_t>(it - m_reasons.begin()) + 1;
    m_reasons.push_back(reason);
    return m_reasons.size();
  }
  std::string Html() const {
    if (m_reasons.empty()) return "";
    std::string out = "<ol class=\"notes\">\n";
    for (const std::string& reason : m_reasons) out += "<li><small>" + HtmlEscape(reason) + "</small></li>\n";
    return out + "</ol>\n";
  }

 private:
  std::vector<std::string> m_reasons;
};

std::string Marked(const std::string& cls, const std::string& reason, const std::string& shown, Footnotes& notes) {
  return "<td class=\"" + cls + "\" title=\"" + HtmlEscape(reason) + "\">" + shown + "<sup>" +
         std::to_string(notes.Number(reason)) + "</sup></td>";
}

std::string MeasureTd(const Result& r, Footnotes& notes) {
  if (!r.Defined()) return Marked("num undefined", r.undefinedReason, "undefined", notes);
  if (!r.convention.empty()) return Marked("num convention", "convention: " + r.convention, Value(*r.value), notes);
  return "<td class=\"num\">" + Value(*r.value) + "</td>";
}

std::string ItemsHtml(const std::vector<std::string>& items) {
  if (items.empty()) return kDash;
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "<br>" : "") + HtmlEscape(items[i]);
  return out;
}

std::string Td(const Cell& cell, Footnotes& notes) {
  switch (cell.kind) {
    case Cell::Kind::Empty: return "<td></td>";
    case Cell::Kind::Text: return "<td>" + HtmlEscape(cell.text.front()) + "</td>";
    case Cell::Kind::List: return "<td>" + ItemsHtml(cell.text) + "</td>";
    case Cell::Kind::Count: return "<td class=\"num\">" + std::to_string(cell.count) + "</td>";
    case Cell::Kind::Measure: return MeasureTd(cell.result, notes);
  }
  return "<td></td>";
}

std::string HtmlTable(const Table& table) {
  if (table.rows.empty()) return "<p class=\"empty\">None.</p>\n";
  std::string out = "<table>\n<thead><tr>";
  for (const std::string& header : table.headers) out += "<th scope=\"col\">" + HtmlEscape(header) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  Footnotes notes;
  for (const std::vector<Cell>& row : table.rows) {
    out += "<tr>";
    for (const Cell& cell : row) out += Td(cell, notes);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n" + notes.Html();
}

std::string Section(const std::string& id, const std::string& heading, const std::string& body) {
  return "<div class=\"section\" id=\"" + id + "\">\n<h2>" + HtmlEscape(heading) + "</h2>\n" + body + "</div>\n";
}

constexpr const char* kStyle = R"(@page { size: A4; margin: 15mm 12mm; }
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #000; background: #fff;
       max-width: 186mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 12.5pt; margin: 1.4em 0 .4em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 1em 0 .3em; break-after: avoid; }
table { border-collapse: collapse; margin: .4em 0; font-size: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #444; padding: 2px 4px; vertical-align: top; }
th { background: #eee; text-align: left; font-weight: bold; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.undefined { font-style: italic; color: #555; }
sup { font-size: 6.5pt; }
ol.notes { font-size: 7.5pt; margin: .2em 0 1em; padding-left: 2em; color: #333; }
dl { margin: 0; } dt { font-weight: bold; margin-top: .4em; } dd { margin: 0 0 0 1.5em; }
.meta { margin: .1em 0; }
.figure { margin: .5em 0; break-inside: avoid; page-break-inside: avoid; }
svg { max-width: 100%; height: auto; }
svg text { font-family: sans-serif; font-size: 11px; }
svg .bar { fill: #4a6fa5; } svg .zero { stroke: #000; stroke-width: 1.2; } svg .grid { stroke: #ccc; }
svg .reference { stroke: #a33; stroke-dasharray: 4 3; } svg .undefined { font-style: italic; fill: #666; }
svg .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.chart-note { font-size: 8pt; color: #333; }
ol.disagreements > li { margin-bottom: .8em; break-inside: avoid; page-break-inside: avoid; }
blockquote { white-space: pre-wrap; margin: .3em 0; padding: .2em .6em; border-left: 3px solid #888; }
ul.coders { list-style: none; margin: 0; padding: 0; }
code { font-family: monospace; font-size: 8.5pt; word-break: break-all; }
)";

std::string Head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlEscape(title) +
         "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
}

std::string Header(const project::AgreementReport& report, const std::string& title) {
  std::vector<std::string> coders;
  for (const User& coder : report.coders) coders.push_back(coder.name);
  return "<div class=\"header\">\n<h1>" + HtmlEscape(title) + "</h1>\n<p class=\"meta\"><strong>Coders:</strong> " +
         HtmlEscape(Joined(coders, ", ")) + "</p>\n<p class=\"meta\"><strong>Documents:</strong> " +
         std::to_string(report.documents.size()) + "</p>\n<p class=\"meta\"><strong>Unit:</strong> " +
         HtmlEscape(project::UnitKindName(report.unit)) + " (" + std::to_string(report.unitCount) + " units)</p>\n" +
         "</div>\n";
}

std::string DefinitionList(const project::AgreementReport& report) {
  std::string out = "<dl>\n";
  for (const auto& [term, text] : Definitions(report))
    out += "<dt>" + HtmlEscape(term) + "</dt>\n<dd>" + HtmlEscape(text) + "</dd>\n";
  return out + "</dl>\n";
}

// ---------------------------------------------------------------------------------------------
// The α chart: one row per code on a −1..1 scale.

constexpr double kLabelWidth = 230, kPad = 46, kScale = 400, kValueRoom = 50;
constexpr double kTop = 34, kRow = 20, kBar = 12, kAxisRoom = 26;

double X(double alpha) { return kLabelWidth + kPad + (std::clamp(alpha, -1.0, 1.0) + 1) / 2 * kScale; }
std::string N(double v) { return Fixed(v, 1); }

std::string SvgLine(double x1, double y1, double x2, double y2, const std::string& cls) {
  return "<line class=\"" + cls + "\" x1=\"" + N(x1) + "\" y1=\"" + N(y1) + "\" x2=\"" + N(x2) + "\" y2=\"" + N(y2) +
         "\"/>\n";
}

std::string ChartGrid(double bottom) {
  std::string out;
  for (const double tick : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
    out += SvgLine(X(tick), kTop - 4, X(tick), bottom, tick == 0 ? "zero" : "grid");
    out += SvgText(X(tick), bottom + 14, "middle", Fixed(tick, 1));
  }
  out += SvgLine(X(0.667), kTop - 16, X(0.667), bottom, "reference");
  out += SvgLine(X(0.8), kTop - 16, X(0.8), bottom, "reference");
  out += SvgText(X(0.667) - 3, kTop - 20, "end", "0.667 tentative");
  out += SvgText(X(0.8) + 3, kTop - 20, "start", "0.800 reliable");
  return out;
}

std::string ChartRow(const project::CodeAgreement& code, double y) {
  std::string out = SvgText(kLabelWidth - 6, y + kBar - 2, "end", TailOf(code.path, 34));
  const Result& alpha = code.units.krippendorffAlpha;
  if (!alpha.Defined())
    return out + SvgText(X(0) + 4, y + kBar - 2, "start", "undefined", " class=\"undefined\"");
  const double v = *alpha.value, left = std::min(X(0), X(v));
  out += "<rect class=\"bar\" x=\"" + N(left) + "\" y=\"" + N(y) + "\" width=\"" + N(std::abs(X(v) - X(0))) +
         "\" height=\"" + N(kBar) + "\"/>\n";
  const bool negative = v < 0;
  return out + SvgText(X(v) + (negative ? -4 : 4), y + kBar - 2, negative ? "end" : "start", Value(v),
                       " class=\"value\"");
}

std::string ChartNotes(const project::AgreementReport& report) {
  std::string items;
  for (const project::CodeAgreement& code : report.codes)
    if (!code.units.krippendorffAlpha.Defined())
      items += "<li>" + HtmlEscape(code.path) + ": undefined \u2014 " + HtmlEscape(code.units.krippendorffAlpha.undefinedReason) +
               "</li>\n";
  if (items.empty()) return "";
  return "<p class=\"chart-note\">No bar where alpha is undefined:</p>\n<ul class=\"chart-note\">\n" + items + "</ul>\n";
}

std::string AlphaChart(const project::AgreementReport& report) {
  if (report.codes.empty()) return "<p class=\"empty\">No codes compared.</p>\n";
  const double bottom = kTop + kRow * static_cast<double>(report.codes.size());
  const double width = kLabelWidth + kPad + kScale + kValueRoom, height = bottom + kAxisRoom;
  std::string out = "<div class=\"figure\">\n<svg width=\"" + N(width) + "\" height=\"" + N(height) + "\" viewBox=\"0 0 " +
                    N(width) + " " + N(height) +
                    "\" role=\"img\" aria-label=\"Krippendorff's alpha (nominal) per code, scale -1 to 1\">\n";
  out += ChartGrid(bottom);
  for (std::size_t i = 0; i < report.codes.size(); ++i)
    out += ChartRow(report.codes[i], kTop + kRow * static_cast<double>(i) + (kRow - kBar) / 2);
  return out + "</svg>\n<p class=\"chart-note\">Krippendorff's alpha (nominal) per code. Dashed lines: "
               "Krippendorff's conventional thresholds, 0.800 for relying on the data and 0.667 as the lowest "
               "for tentative conclusions.</p>\n</div>\n" + ChartNotes(report);
}

// ---------------------------------------------------------------------------------------------
// Disagreements.

std::string CoderLines(const project::AgreementReport& report, const project::Disagreement& d) {
  const std::size_t coders = std::max(report.coders.size(), d.codesByCoder.size());
  std::string out = "<ul class=\"coders\">\n";
  for (std::size_t c = 0; c < coders; ++c) {
    const std::string name = c < report.coders.size() ? report.coders[c].name : "coder " + std::to_string(c + 1);
    const std::vector<std::string> codes = c < d.codesByCoder.size() ? d.codesByCoder[c] : std::vector<std::string>{};
    out += "<li><strong>" + HtmlEscape(name) + ":</strong> " + (codes.empty() ? kDash : HtmlEscape(Joined(codes, "; "))) +
           "</li>\n";
  }
  return out + "</ul>\n";
}

std::string DisagreementItem(const project::AgreementReport& report, const project::Disagreement& d) {
  return "<li>\n<p><strong>" + HtmlEscape(d.documentName) + "</strong>, characters " + std::to_string(d.start) +
         "\u2013" + std::to_string(d.end) + " \u00b7 <code>" + HtmlEscape(d.Anchor()) + "</code></p>\n<blockquote>" +
         HtmlEscape(d.quote) + "</blockquote>\n" + CoderLines(report, d) + "</li>\n";
}

std::string Disagreements(const project::AgreementReport& report) {
  if (report.disagreements.empty()) return "<p class=\"empty\">None.</p>\n";
  std::string out;
  if (report.disagreementCount > report.disagreements.size())
    out += "<p>The first " + std::to_string(report.disagreements.size()) + " of " +
           std::to_string(report.disagreementCount) + " units where the coders differ, in document order.</p>\n";
  out += "<ol class=\"disagreements\">\n";
  for (const project::Disagreement& d : report.disagreements) out += DisagreementItem(report, d);
  return out + "</ol>\n";
}

std::string PerCode(const project::AgreementReport& report) {
  return "<h3>Predefined units</h3>\n" + HtmlTable(CodeUnitTable(report)) +
         "<h3>Character level, segments and unitizing</h3>\n" + HtmlTable(CodeTextTable(report));
}

std::string Overall(const project::AgreementReport& report) {
  return HtmlTable(OverallUnitTable(report)) + HtmlTable(OverallSegmentTable(report));
}

}  // namespace

std::string AgreementCsv(const project::AgreementReport& report) {
  return CsvSection("Per code", Join(CodeUnitTable(report), CodeTextTable(report))) + "\n" +
         CsvSection("Overall", Join(OverallUnitTable(report), OverallSegmentTable(report))) + "\n" +
         CsvSection("Per document", SliceTable("document", report.perDocument)) + "\n" +
         CsvSection("Per coder pair", SliceTable("coder pair", report.perPair)) + "\n" +
         CsvSection("Per group", SliceTable("group", report.perGroup)) + "\n" +
         CsvSection("Per semantic domain", DomainTable(report)) + "\n" + CsvDefinitions(report);
}

std::string AgreementHtml(const project::AgreementReport& report, const std::string& title) {
  return Head(title) + Header(report, title) + Section("definitions", "Definitions", DefinitionList(report)) +
         Section("per-code", "Per code", PerCode(report)) +
         Section("alpha-chart", "Krippendorff's alpha per code", AlphaChart(report)) +
         Section("overall", "Overall", Overall(report)) +
         Section("per-document", "Per document", HtmlTable(SliceTable("document", report.perDocument))) +
         Section("per-pair", "Per coder pair", HtmlTable(SliceTable("coder pair", report.perPair))) +
         Section("per-group", "Per group", HtmlTable(SliceTable("group", report.perGroup))) +
         Section("per-domain", "Per semantic domain", HtmlTable(DomainTable(report))) +
         Section("disagreements", "Disagreements", Disagreements(report)) + "</body>\n</html>\n";
}

}  // namespace duiding::exchange
