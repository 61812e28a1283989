// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/quote_report.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/zip_writer.h"

#include "export/text_formats.h"

namespace duiding::exchange {
namespace {

// ---------------------------------------------------------------------------------------------
// What both writers show: the groups, the counts and each quote's source line.

std::string AttributeValue(const ExportedFragment& fragment, const std::string& name) {
  for (const auto& [n, value] : fragment.attributes)
    if (n == name) return value;
  return "";
}

std::string GroupName(const QuoteReport& report) { return report.groupAttribute.empty() ? "groep" : report.groupAttribute; }

/// The label of quotes without a value for the group attribute.
std::string NoGroup(const QuoteReport& report) { return "(geen " + GroupName(report) + ")"; }

/// Counts of quotes per code (rows, in report order) and group (columns: the values sorted, then
/// the quotes without one when there are any).
struct Counts {
  std::vector<std::string> groups;
  std::vector<std::vector<std::size_t>> perCode;
  std::size_t max = 0, total = 0;

  std::size_t Total(std::size_t code) const {
    std::size_t sum = 0;
    for (const std::size_t n : perCode[code]) sum += n;
    return sum;
  }
};

std::string GroupOf(const QuoteReport& report, const ExportedFragment& quote) {
  const std::string value = AttributeValue(quote, report.groupAttribute);
  return value.empty() ? NoGroup(report) : value;
}

Counts Count(const QuoteReport& report) {
  std::set<std::string> values;
  bool ungrouped = false;
  for (const QuoteReport::Code& code : report.codes)
    for (const ExportedFragment& quote : code.quotes) {
      const std::string value = AttributeValue(quote, report.groupAttribute);
      if (value.empty()) ungrouped = true;
      else values.insert(value);
    }
  Counts counts;
  counts.groups.assign(values.begin(), values.end());
  if (ungrouped) counts.groups.push_back(NoGroup(report));
  for (const QuoteReport::Code& code : report.codes) {
    std::vector<std::size_t> row(counts.groups.size(), 0);
    for (const ExportedFragment& quote : code.quotes) {
      const std::string group = GroupOf(report, quote);
      const auto at = std::find(counts.groups.begin(), counts.groups.end(), group);
      ++row[static_cast<std::size_t>(at - counts.groups.begin())];
      ++counts.total;
    }
    for (const std::size_t n : row) counts.max = std::max(counts.max, n);
    counts.perCode.push_back(std::move(row));
  }
  return counts;
}

/// "jongere · ouder · Noord": the speaker's role, the group and the region, each when known; the
/// speaker's name first only when the report asks for names.
std::string SourceLine(const QuoteReport& report, const ExportedFragment& quote) {
  std::vector<std::string> parts;
  if (report.showSpeakerNames && !quote.speaker.empty()) parts.push_back(quote.speaker);
  if (!quote.role.empty()) parts.push_back(quote.role);
  const std::string group = AttributeValue(quote, report.groupAttribute);
  if (!group.empty()) parts.push_back(group);
  if (report.groupAttribute != "regio") {
    const std::string region = AttributeValue(quote, "regio");
    if (!region.empty()) parts.push_back(region);
  }
  std::string line;
  for (const std::string& part : parts) line += (line.empty() ? "" : " \u00b7 ") + part;
  return line;
}

// ---------------------------------------------------------------------------------------------
// HTML (house style of agreement_report.cpp).

std::string N(double v) { return Fixed(v, 1); }

constexpr const char* kStyle = R"(@page { size: A4; margin: 15mm 12mm; }
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #000; background: #fff;
       max-width: 186mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 12.5pt; margin: 1.4em 0 .4em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 1.2em 0 .3em; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10pt; margin: .8em 0 .2em; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; margin: .4em 0; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #444; padding: 2px 4px; vertical-align: top; }
th { background: #eee; text-align: left; font-weight: bold; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.meta { margin: .1em 0; }
.definition { white-space: pre-wrap; margin: .2em 0; }
.empty { font-style: italic; color: #555; }
.figure { margin: .5em 0; break-inside: avoid; page-break-inside: avoid; }
svg { max-width: 100%; height: auto; }
svg text { font-family: sans-serif; font-size: 11px; }
svg .axis { stroke: #000; stroke-width: 1; }
svg .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.chart-note { font-size: 8pt; color: #333; }
ol.quotes { padding-left: 1.6em; }
ol.quotes > li { margin-bottom: .7em; break-inside: avoid; page-break-inside: avoid; }
blockquote { white-space: pre-wrap; margin: .3em 0; padding: .2em .6em; border-left: 3px solid #888; }
.source { margin: .1em 0 0 .9em; font-size: 8.5pt; color: #333; }
)";

std::string Head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlEscape(title) +
         "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
}

std::string Section(const std::string& id, const std::string& heading, const std::string& body) {
  return "<div class=\"section\" id=\"" + id + "\">\n<h2>" + HtmlEscape(heading) + "</h2>\n" + body + "</div>\n";
}

std::string Header(const QuoteReport& report, const Counts& counts) {
  std::string out = "<div class=\"header\">\n<h1>" + HtmlEscape(report.title) + "</h1>\n<p class=\"meta\"><strong>Codes:</strong> " +
                    std::to_string(report.codes.size()) + " \u00b7 <strong>Citaten:</strong> " +
                    std::to_string(counts.total) + "</p>\n";
  out += report.showSpeakerNames
             ? "<p class=\"meta\">Bij elk citaat staan de naam en de rol van de spreker, de " + HtmlEscape(GroupName(report)) +
                   " en de regio, voor zover bekend.</p>\n"
             : "<p class=\"meta\">Bij elk citaat staan de rol van de spreker, de " + HtmlEscape(GroupName(report)) +
                   " en de regio, voor zover bekend; namen van sprekers staan er niet in.</p>\n";
  return out + "</div>\n";
}

// Okabe-Ito colours without the yellow, which is too light on paper.
constexpr const char* kColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999999"};

const char* Colour(std::size_t group) { return kColours[group % (sizeof kColours / sizeof kColours[0])]; }

constexpr double kLabelWidth = 230, kGap = 8, kScale = 380, kValueRoom = 40;
constexpr double kLegendLine = 16, kBar = 12, kBarGap = 2, kClusterGap = 12;

std::string Legend(const Counts& counts, double x) {
  std::string out;
  for (std::size_t g = 0; g < counts.groups.size(); ++g) {
    const double y = 4 + kLegendLine * static_cast<double>(g);
    out += "<rect class=\"swatch\" x=\"" + N(x) + "\" y=\"" + N(y) + "\" width=\"12\" height=\"12\" fill=\"" +
           Colour(g) + "\"/>\n";
    out += SvgText(x + 18, y + 10, "start", counts.groups[g]);
  }
  return out;
}

/// A grouped bar chart: per code a cluster of horizontal bars, one per group, each with its count.
std::string Chart(const QuoteReport& report, const Counts& counts) {
  if (report.codes.empty()) return "<p class=\"empty\">Geen codes gekozen.</p>\n";
  if (counts.total == 0) return "<p class=\"empty\">Geen citaten.</p>\n";
  const std::size_t groups = counts.groups.size();
  const double x0 = kLabelWidth + kGap;
  const double top = 4 + kLegendLine * static_cast<double>(groups) + 10;
  const double cluster = static_cast<double>(groups) * (kBar + kBarGap) - kBarGap;
  const double height = top + static_cast<double>(report.codes.size()) * (cluster + kClusterGap) + 4;
  const double width = x0 + kScale + kValueRoom;
  std::string out = "<div class=\"figure\">\n<svg width=\"" + N(width) + "\" height=\"" + N(height) +
                    "\" viewBox=\"0 0 " + N(width) + " " + N(height) +
                    "\" role=\"img\" aria-label=\"Aantal citaten per code en per " + HtmlEscape(GroupName(report)) + "\">\n";
  out += Legend(counts, x0);
  for (std::size_t c = 0; c < report.codes.size(); ++c) {
    const double y = top + static_cast<double>(c) * (cluster + kClusterGap);
    out += SvgText(kLabelWidth, y + cluster / 2 + 4, "end", TailOf(report.codes[c].path, 34));
    for (std::size_t g = 0; g < groups; ++g) {
      const std::size_t n = counts.perCode[c][g];
      const double barY = y + static_cast<double>(g) * (kBar + kBarGap);
      const double length = static_cast<double>(n) / static_cast<double>(counts.max) * kScale;
      out += "<rect class=\"bar\" x=\"" + N(x0) + "\" y=\"" + N(barY) + "\" width=\"" + N(length) + "\" height=\"" +
             N(kBar) + "\" fill=\"" + Colour(g) + "\" data-code=\"" + HtmlEscape(report.codes[c].path) +
             "\" data-group=\"" + HtmlEscape(counts.groups[g]) + "\" data-count=\"" + std::to_string(n) + "\"/>\n";
      out += SvgText(x0 + length + 4, barY + kBar - 2, "start", std::to_string(n), " class=\"value\"");
    }
  }
  out += "<line class=\"axis\" x1=\"" + N(x0) + "\" y1=\"" + N(top - 4) + "\" x2=\"" + N(x0) + "\" y2=\"" +
         N(height - 4) + "\"/>\n";
  return out + "</svg>\n<p class=\"chart-note\">Aantal citaten per code, per " + HtmlEscape(GroupName(report)) +
         "; het getal naast elke balk is het aantal.</p>\n</div>\n";
}

std::string CountTable(const QuoteReport& report, const Counts& counts) {
  if (report.codes.empty()) return "";
  std::string out = "<table class=\"counts\">\n<thead><tr><th scope=\"col\">code</th>";
  for (const std::string& group : counts.groups) out += "<th scope=\"col\">" + HtmlEscape(group) + "</th>";
  out += "<th scope=\"col\">totaal</th></tr></thead>\n<tbody>\n";
  for (std::size_t c = 0; c < report.codes.size(); ++c) {
    out += "<tr><th scope=\"row\">" + HtmlEscape(report.codes[c].path) + "</th>";
    for (const std::size_t n : counts.perCode[c]) out += "<td class=\"num\">" + std::to_string(n) + "</td>";
    out += "<td class=\"num\">" + std::to_string(counts.Total(c)) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string CodeCounts(const QuoteReport& report, const Counts& counts, std::size_t c) {
  std::string out = "<table class=\"counts\">\n<thead><tr><th scope=\"col\">" + HtmlEscape(GroupName(report)) +
                    "</th><th scope=\"col\">aantal</th></tr></thead>\n<tbody>\n";
  for (std::size_t g = 0; g < counts.groups.size(); ++g)
    out += "<tr><td>" + HtmlEscape(counts.groups[g]) + "</td><td class=\"num\">" + std::to_string(counts.perCode[c][g]) +
           "</td></tr>\n";
  return out + "<tr><th scope=\"row\">totaal</th><td class=\"num\">" + std::to_string(counts.Total(c)) +
         "</td></tr>\n</tbody>\n</table>\n";
}

std::string Quotes(const QuoteReport& report, const QuoteReport::Code& code) {
  if (code.quotes.empty()) return "<p class=\"empty\">Geen citaten.</p>\n";
  std::string out = "<ol class=\"quotes\">\n";
  for (const ExportedFragment& quote : code.quotes) {
    out += "<li>\n<blockquote>" + HtmlEscape(quote.quote) + "</blockquote>\n";
    const std::string source = SourceLine(report, quote);
    if (!source.empty()) out += "<p class=\"source\">" + HtmlEscape(source) + "</p>\n";
    out += "</li>\n";
  }
  return out + "</ol>\n";
}

std::string PerCode(const QuoteReport& report, const Counts& counts) {
  if (report.codes.empty()) return "<p class=\"empty\">Geen codes gekozen.</p>\n";
  std::string out;
  for (std::size_t c = 0; c < report.codes.size(); ++c) {
    const QuoteReport::Code& code = report.codes[c];
    out += "<div class=\"code\" id=\"code-" + std::to_string(c + 1) + "\">\n<h3>" + HtmlEscape(code.path) + "</h3>\n";
    out += "<h4>Definitie</h4>\n" + (code.definition.empty() ? std::string("<p class=\"empty\">Geen definitie.</p>\n")
                                                             : "<p class=\"definition\">" + HtmlEscape(code.definition) + "</p>\n");
    out += "<h4>Aantal citaten per " + HtmlEscape(GroupName(report)) + "</h4>\n" + CodeCounts(report, counts, c);
    out += "<h4>Citaten (" + std::to_string(code.quotes.size()) + ")</h4>\n" + Quotes(report, code) + "</div>\n";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// OpenDocument text.

/// XML 1.0 text: C0 controls other than tab and newline left out, CR and CRLF as LF, escaped.
std::string XmlHtmlEscape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n'; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

/// The content of a text:p: ODF collapses white space, so line breaks, tabs and every space that
/// a reader would drop are written as elements.
std::string OdtText(std::string_view text) {
  const std::string escaped = XmlHtmlEscape(text);
  std::string out;
  bool afterText = false;  // the previous character is one a single space may follow
  for (std::size_t i = 0; i < escaped.size();) {
    const char c = escaped[i];
    if (c == '\n') {
      out += "<text:line-break/>";
      afterText = false;
      ++i;
    } else if (c == '\t') {
      out += "<text:tab/>";
      afterText = false;
      ++i;
    } else if (c == ' ') {
      std::size_t n = 0;
      for (; i < escaped.size() && escaped[i] == ' '; ++i) ++n;
      const bool beforeText = i < escaped.size() && escaped[i] != '\n' && escaped[i] != '\t';
      if (afterText && beforeText) {
        out += ' ';
        --n;
      }
      if (n == 1) out += "<text:s/>";
      else if (n > 1) out += "<text:s text:c=\"" + std::to_string(n) + "\"/>";
      afterText = false;
    } else {
      out += c;
      afterText = true;
      ++i;
    }
  }
  return out;
}

std::string P(const std::string& style, std::string_view text) {
  return "<text:p text:style-name=\"" + style + "\">" + OdtText(text) + "</text:p>\n";
}

std::string H(int level, std::string_view text) {
  const std::string n = std::to_string(level);
  return "<text:h text:style-name=\"Heading_20_" + n + "\" text:outline-level=\"" + n + "\">" + OdtText(text) +
         "</text:h>\n";
}

std::string StringCell(const std::string& style, const std::string& text) {
  return "<table:table-cell office:value-type=\"string\">" + P(style, text) + "</table:table-cell>";
}

std::string NumberCell(std::size_t n) {
  const std::string v = std::to_string(n);
  return "<table:table-cell office:value-type=\"float\" office:value=\"" + v + "\">" + P("Tabelgetal", v) +
         "</table:table-cell>";
}

std::string OdtCountTable(const QuoteReport& report, const Counts& counts) {
  const std::size_t numbers = counts.groups.size() + 1;
  std::string out = "<table:table table:name=\"Aantallen\" table:style-name=\"Aantallen\">\n"
                    "<table:table-column table:style-name=\"Aantallen.A\"/>\n<table:table-column "
                    "table:style-name=\"Aantallen.B\" table:number-columns-repeated=\"" + std::to_string(numbers) +
                    "\"/>\n<table:table-header-rows>\n<table:table-row>" + StringCell("Table_20_Heading", "code");
  for (const std::string& group : counts.groups) out += StringCell("Table_20_Heading", group);
  out += StringCell("Table_20_Heading", "totaal") + "</table:table-row>\n</table:table-header-rows>\n";
  for (std::size_t c = 0; c < report.codes.size(); ++c) {
    out += "<table:table-row>" + StringCell("Table_20_Contents", report.codes[c].path);
    for (const std::size_t n : counts.perCode[c]) out += NumberCell(n);
    out += NumberCell(counts.Total(c)) + "</table:table-row>\n";
  }
  return out + "</table:table>\n";
}

std::string OdtCodeCounts(const Counts& counts, std::size_t c) {
  std::string line = "Aantal citaten: " + std::to_string(counts.Total(c));
  std::string parts;
  for (std::size_t g = 0; g < counts.groups.size(); ++g)
    parts += (parts.empty() ? "" : ", ") + counts.groups[g] + ": " + std::to_string(counts.perCode[c][g]);
  return parts.empty() ? line : line + " (" + parts + ")";
}

constexpr const char* kOdfNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " office:version=\"1.2\"";

std::string Content(const QuoteReport& report, const Counts& counts) {
  const double bWidth = 10.0 / static_cast<double>(counts.groups.size() + 1);
  std::string out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") +
                    kOdfNamespaces +
                    ">\n<office:automatic-styles>\n"
                    "<style:style style:name=\"Aantallen\" style:family=\"table\"><style:table-properties "
                    "style:width=\"17cm\" table:align=\"left\"/></style:style>\n"
                    "<style:style style:name=\"Aantallen.A\" style:family=\"table-column\"><style:table-column-properties "
                    "style:column-width=\"7cm\"/></style:style>\n"
                    "<style:style style:name=\"Aantallen.B\" style:family=\"table-column\"><style:table-column-properties "
                    "style:column-width=\"" + Fixed(bWidth, 3) + "cm\"/></style:style>\n"
                    "</office:automatic-styles>\n<office:body>\n<office:text>\n";
  out += H(1, report.title);
  out += P("Text_20_body", "Codes: " + std::to_string(report.codes.size()) + " \u00b7 Citaten: " +
                               std::to_string(counts.total));
  out += P("Text_20_body", report.showSpeakerNames
                               ? "Bij elk citaat staan de naam en de rol van de spreker, de " + GroupName(report) +
                                     " en de regio, voor zover bekend."
                               : "Bij elk citaat staan de rol van de spreker, de " + GroupName(report) +
                                     " en de regio, voor zover bekend; namen van sprekers staan er niet in.");
  out += H(2, "Aantal citaten per " + GroupName(report));
  out += report.codes.empty() ? P("Text_20_body", "Geen codes gekozen.") : OdtCountTable(report, counts);
  out += H(2, "Citaten per code");
  for (std::size_t c = 0; c < report.codes.size(); ++c) {
    const QuoteReport::Code& code = report.codes[c];
    out += H(3, code.path);
    out += P("Label", "Definitie");
    out += P("Text_20_body", code.definition.empty() ? "Geen definitie." : code.definition);
    out += P("Text_20_body", OdtCodeCounts(counts, c));
    if (code.quotes.empty()) out += P("Text_20_body", "Geen citaten.");
    for (const ExportedFragment& quote : code.quotes) {
      out += P("Citaat", quote.quote);
      const std::string source = SourceLine(report, quote);
      if (!source.empty()) out += P("Bron", source);
    }
  }
  return out + "</office:text>\n</office:body>\n</office:document-content>\n";
}

constexpr const char* kStylesBody =
    "<office:styles>\n"
    "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>"
    "<style:text-properties fo:font-size=\"11pt\" fo:language=\"nl\" fo:country=\"NL\"/></style:default-style>\n"
    "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
    "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0cm\" "
    "fo:margin-bottom=\"0.2cm\"/></style:style>\n"
    "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
    "style:next-style-name=\"Text_20_body\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.4cm\" "
    "fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/>"
    "</style:style>\n"
    "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\" "
    "style:class=\"text\"><style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\" "
    "style:class=\"text\"><style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Heading_20_3\" style:display-name=\"Heading 3\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"3\" "
    "style:class=\"text\"><style:text-properties fo:font-size=\"11.5pt\" fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Label\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" "
    "style:class=\"text\"><style:paragraph-properties fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"/>"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Citaat\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" "
    "style:class=\"text\"><style:paragraph-properties fo:margin-left=\"1cm\" fo:margin-right=\"1cm\" "
    "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"/>"
    "<style:text-properties fo:font-style=\"italic\"/></style:style>\n"
    "<style:style style:name=\"Bron\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" "
    "style:class=\"text\"><style:paragraph-properties fo:margin-left=\"1cm\" fo:margin-bottom=\"0.3cm\"/>"
    "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#444444\"/></style:style>\n"
    "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:class=\"extra\"/>\n"
    "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\"><style:text-properties "
    "fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Tabelgetal\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" "
    "style:class=\"extra\"><style:paragraph-properties fo:text-align=\"end\"/></style:style>\n"
    "</office:styles>\n"
    "<office:automatic-styles>\n"
    "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
    "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" "
    "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/></style:page-layout>\n"
    "</office:automatic-styles>\n"
    "<office:master-styles>\n<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>\n"
    "</office:master-styles>\n";

std::string Styles() {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + kOdfNamespaces + ">\n" +
         kStylesBody + "</office:document-styles>\n";
}

std::string Meta(const QuoteReport& report) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">\n<office:meta>\n"
         "<meta:generator>Duiding</meta:generator>\n<dc:title>" + XmlHtmlEscape(report.title) +
         "</dc:title>\n<dc:language>nl-NL</dc:language>\n</office:meta>\n</office:document-meta>\n";
}

constexpr const char* kMimetype = "application/vnd.oasis.opendocument.text";

constexpr const char* kManifest =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.2\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n";

}  // namespace

std::string QuoteReportHtml(const QuoteReport& report) {
  const Counts counts = Count(report);
  return Head(report.title) + Header(report, counts) +
         Section("aantallen", "Aantal citaten per " + GroupName(report), Chart(report, counts) + CountTable(report, counts)) +
         Section("citaten", "Citaten per code", PerCode(report, counts)) + "</body>\n</html>\n";
}

std::string QuoteReportOdt(const QuoteReport& report) {
  const Counts counts = Count(report);
  ZipWriter zip;
  zip.Add("mimetype", kMimetype, false);
  zip.Add("content.xml", Content(report, counts));
  zip.Add("styles.xml", Styles());
  zip.Add("meta.xml", Meta(report));
  zip.Add("META-INF/manifest.xml", kManifest);
  return zip.Finish();
}

}  // namespace duiding::exchange
