// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "tests/export/xmllint.h"
#include "export/fragments.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/quote_report.h"
#include "import/csv.h"
#include "import/imported.h"
#include "import/odt.h"
#include "import/xlsx.h"
#include "import/zip_archive.h"
#include "tests/store/temp_dir.h"

namespace duiding {
namespace {

using exchange::ExportedFragment;
using exchange::FragmentExport;
using exchange::FragmentsCsv;
using exchange::FragmentsXlsx;
using exchange::FragmentsXml;
using exchange::QuoteReport;
using exchange::QuoteReportHtml;
using exchange::QuoteReportOdt;
using testing::TempDir;

using duiding::testing::ReadAll;

constexpr const char* kXsd = DUIDING_SOURCE_DIR "/export/fragments.xsd";

::testing::AssertionResult ValidAgainstXsd(const std::string& xml) { return duiding::testing::ValidAgainstXsd(xml, kXsd); }
// <b>"één" & 😅</b>, with a line break and a double space inside.
const std::string kQuote = "<b>\"\u00e9\u00e9n\" & \U0001F605</b>\nNou,  ja: 'zo' is het.";
const std::string kQuoteHtml =
    "&lt;b&gt;&quot;\u00e9\u00e9n&quot; &amp; \U0001F605&lt;/b&gt;\nNou,  ja: &#39;zo&#39; is het.";

ExportedFragment Fragment(const std::string& code, const std::string& quote, const std::string& speaker,
                          const std::string& role, const std::string& group, const std::string& region) {
  ExportedFragment f;
  f.codingGuid = "c0d1a000-0000-4000-8000-00000000000" + std::to_string(code.size() % 10);
  f.codePath = code;
  f.codeGuid = "fe356545-31f8-43e1-8cd1-0444c9ef6852";
  f.quote = quote;
  f.documentName = "Interview 01, deel \"B\"";
  f.documentGuid = "0b7c6a52-1d2e-4f30-8a41-5b6c7d8e9f01";
  f.speaker = speaker;
  f.role = role;
  if (!group.empty()) f.attributes.emplace_back("groep", group);
  if (!region.empty()) f.attributes.emplace_back("regio", region);
  f.start = 120;
  f.end = 180;
  f.coder = "anna";
  f.createdAt = "2024-03-05T10:15:00Z";
  return f;
}

/// Every field filled in the first fragment; the second has only what it must.
FragmentExport Sample() {
  FragmentExport data;
  data.project = "Natuurlijk mentorschap & \"netwerk\"";
  data.filters = {{"codes", "Drempels/Schaamte"}, {"groep", "ouder"}};
  data.pseudonymised = true;
  ExportedFragment full = Fragment("Drempels/Schaamte", kQuote, "Sanne", "jongere", "ouder", "Noord-Holland");
  full.timestampMs = 3723456;  // 01:02:03.456
  full.attributes.emplace_back("methode", "interview");
  std::sort(full.attributes.begin(), full.attributes.end());
  full.memo = "Mooi voorbeeld,\nzie ook \u00e9\u00e9n ander.";
  ExportedFragment bare;
  bare.codingGuid = "2";
  bare.codePath = "Steunfiguren";
  bare.quote = "Kort.";
  bare.documentName = "Interview 02";
  bare.start = 0;
  bare.end = 5;
  data.fragments = {full, bare};
  return data;
}

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// ---------------------------------------------------------------------------------------------
// XML

TEST(FragmentsXml, ValidatesAgainstTheSchema) {
  EXPECT_TRUE(ValidAgainstXsd(FragmentsXml(Sample())));
  EXPECT_TRUE(ValidAgainstXsd(FragmentsXml(FragmentExport{})));
  FragmentExport roleOnly = Sample();
  roleOnly.fragments[1].role = "ouder";
  roleOnly.fragments[1].timestampMs = 0;
  EXPECT_TRUE(ValidAgainstXsd(FragmentsXml(roleOnly)));
}

TEST(FragmentsXml, SchemaRefusesWhatTheWriterNeverWrites) {
  std::string xml = FragmentsXml(Sample());
  const std::string ms = "<timestamp ms=\"3723456\">01:02:03</timestamp>";
  ASSERT_NE(xml.find(ms), std::string::npos);
  EXPECT_FALSE(ValidAgainstXsd(std::string(xml).replace(xml.find(ms), ms.size(), "<timestamp ms=\"1\">1:2</timestamp>")));
  EXPECT_FALSE(ValidAgainstXsd(std::string(xml).replace(xml.find("start=\"120\""), 11, "start=\"-1\"")));
  EXPECT_FALSE(ValidAgainstXsd(std::string(xml).replace(xml.find("<filters>"), 9, "<filters foo=\"1\">")));
}

TEST(FragmentsXml, HasTheDocumentedLayout) {
  FragmentExport data;
  data.project = "P";
  data.filters = {{"codes", "Drempels/Schaamte"}};
  ExportedFragment f = Fragment("Drempels/Schaamte", "Ik schaam me.", "Sanne", "jongere", "ouder", "");
  f.timestampMs = 59999;
  data.fragments = {f};
  EXPECT_EQ(FragmentsXml(data),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<fragments xmlns=\"urn:duiding:fragments:1\" project=\"P\" pseudonymised=\"false\">\n"
            "  <filters>\n"
            "    <filter name=\"codes\">Drempels/Schaamte</filter>\n"
            "  </filters>\n"
            "  <fragment coding=\"c0d1a000-0000-4000-8000-000000000007\" code=\"Drempels/Schaamte\" "
            "code-guid=\"fe356545-31f8-43e1-8cd1-0444c9ef6852\" document=\"Interview 01, deel &quot;B&quot;\" "
            "document-guid=\"0b7c6a52-1d2e-4f30-8a41-5b6c7d8e9f01\" start=\"120\" end=\"180\" coder=\"anna\" "
            "created=\"2024-03-05T10:15:00Z\">\n"
            "    <quote xml:space=\"preserve\">Ik schaam me.</quote>\n"
            "    <speaker role=\"jongere\">Sanne</speaker>\n"
            "    <timestamp ms=\"59999\">00:00:59</timestamp>\n"
            "    <attribute name=\"groep\">ouder</attribute>\n"
            "  </fragment>\n"
            "</fragments>\n");
}

TEST(FragmentsXml, LeavesOutWhatIsUnknown) {
  const std::string xml = FragmentsXml(Sample());
  const std::string bare = xml.substr(xml.find("code=\"Steunfiguren\""));
  EXPECT_EQ(bare.find("<speaker"), std::string::npos);
  EXPECT_EQ(bare.find("<timestamp"), std::string::npos);
  EXPECT_EQ(bare.find("<attribute"), std::string::npos);
  EXPECT_EQ(bare.find("<memo"), std::string::npos);
  EXPECT_NE(xml.find("pseudonymised=\"true\""), std::string::npos);
  EXPECT_EQ(xml.find('\r'), std::string::npos);
  EXPECT_EQ(FragmentsXml(FragmentExport{}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<fragments xmlns=\"urn:duiding:fragments:1\" project=\"\" pseudonymised=\"false\">\n"
            "  <filters />\n"
            "</fragments>\n");
}

TEST(FragmentsXml, EscapesAndRoundTripsTheQuote) {
  const std::string xml = FragmentsXml(Sample());
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
  EXPECT_NE(xml.find("&lt;b&gt;\"\u00e9\u00e9n\" &amp; \U0001F605&lt;/b&gt;"), std::string::npos);  // raw UTF-8
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8));
  const pugi::xml_node root = doc.child("fragments");
  EXPECT_STREQ(root.attribute("project").value(), "Natuurlijk mentorschap & \"netwerk\"");
  EXPECT_STREQ(root.child("filters").find_child_by_attribute("filter", "name", "groep").text().get(), "ouder");
  const pugi::xml_node first = root.child("fragment");
  EXPECT_EQ(std::string(first.child("quote").text().get()), kQuote);
  EXPECT_EQ(std::string(first.child("memo").text().get()), Sample().fragments[0].memo);
  EXPECT_STREQ(first.attribute("document").value(), "Interview 01, deel \"B\"");
  EXPECT_STREQ(first.child("speaker").text().get(), "Sanne");
  EXPECT_STREQ(first.child("speaker").attribute("role").value(), "jongere");
  EXPECT_STREQ(first.child("timestamp").attribute("ms").value(), "3723456");
  EXPECT_STREQ(first.child("timestamp").text().get(), "01:02:03");
  std::vector<std::string> attributes;
  for (const pugi::xml_node a : first.children("attribute"))
    attributes.push_back(std::string(a.attribute("name").value()) + "=" + a.text().get());
  EXPECT_EQ(attributes, (std::vector<std::string>{"groep=ouder", "methode=interview", "regio=Noord-Holland"}));
}

TEST(FragmentsXml, DropsControlCharactersXmlCannotHold) {
  FragmentExport data = Sample();
  data.fragments[0].quote = "a\x01" "b\r\nc\rd\te";
  const std::string xml = FragmentsXml(data);
  EXPECT_TRUE(ValidAgainstXsd(xml));
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  EXPECT_STREQ(doc.child("fragments").child("fragment").child("quote").text().get(), "ab\nc\nd\te");
}

TEST(FragmentsXml, IsDeterministic) { EXPECT_EQ(FragmentsXml(Sample()), FragmentsXml(Sample())); }

// Written in pieces to a file (large exports never sit in memory whole), with the same bytes,
// more than one piece's worth, and nothing but the file left behind.
TEST(FragmentsXml, StreamedToAFileGivesTheSameBytes) {
  const FragmentExport one = Sample();
  FragmentExport many = one;
  while (many.fragments.size() < 6000)
    many.fragments.insert(many.fragments.end(), one.fragments.begin(), one.fragments.end());
  const duiding::testing::TempDir dir;
  const std::string path = dir.File("fragmenten.xml");
  WriteFragmentsXml(many, path);
  std::ifstream in(path, std::ios::binary);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string whole = FragmentsXml(many);
  EXPECT_GT(whole.size(), std::size_t{1} << 20);
  EXPECT_EQ(written, whole);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.Path())) ++files;
  EXPECT_EQ(files, 1u);
}

// ---------------------------------------------------------------------------------------------
// CSV

const std::string kHeader =
    "coding,code,code-guid,document,document-guid,start,end,quote,speaker,role,timestamp,timestamp-ms,coder,created,"
    "memo,groep,methode,regio";

TEST(FragmentsCsv, HasBomAndHeader) {
  const std::string csv = FragmentsCsv(Sample());
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_EQ(csv.substr(3, kHeader.size() + 1), kHeader + "\n");
  EXPECT_EQ(FragmentsCsv(FragmentExport{}),
            "\xEF\xBB\xBF" "coding,code,code-guid,document,document-guid,start,end,quote,speaker,role,timestamp,"
            "timestamp-ms,coder,created,memo\n");
}

TEST(FragmentsCsv, QuotesFieldsAsRfc4180) {
  const std::string csv = FragmentsCsv(Sample());
  EXPECT_NE(csv.find(",\"Interview 01, deel \"\"B\"\"\","), std::string::npos);
  EXPECT_NE(csv.find(",\"<b>\"\"\u00e9\u00e9n\"\" & \U0001F605</b>\nNou,  ja: 'zo' is het.\",Sanne,jongere,"
                     "01:02:03,3723456,anna,2024-03-05T10:15:00Z,"),
            std::string::npos);
  EXPECT_NE(csv.find("\n2,Steunfiguren,,Interview 02,,0,5,Kort.,,,,,,,,,,\n"), std::string::npos);
}

TEST(FragmentsCsv, ReadsBackFieldByField) {
  const import::TextTable table = import::ReadCsvBytes("fragments.csv", FragmentsCsv(Sample()));
  ASSERT_EQ(table.rows.size(), 3u);
  const std::vector<std::string>& first = table.rows[1].fields;
  ASSERT_EQ(first.size(), 18u);
  EXPECT_EQ(first[7], kQuote);
  EXPECT_EQ(first[3], "Interview 01, deel \"B\"");
  EXPECT_EQ(first[14], Sample().fragments[0].memo);
  EXPECT_EQ(first[15], "ouder");
  EXPECT_EQ(first[16], "interview");
  EXPECT_EQ(first[17], "Noord-Holland");
}

TEST(FragmentsCsv, NamesAnAttributeLikeAColumnApart) {
  FragmentExport data = Sample();
  data.fragments[1].attributes = {{"code", "x"}};
  const import::TextTable table = import::ReadCsvBytes("fragments.csv", FragmentsCsv(data));
  const std::vector<std::string>& header = table.rows[0].fields;
  EXPECT_EQ(header[15], "attribute code");
  EXPECT_EQ(table.rows[2].fields[15], "x");
}

TEST(FragmentsCsv, IsDeterministic) { EXPECT_EQ(FragmentsCsv(Sample()), FragmentsCsv(Sample())); }

// ---------------------------------------------------------------------------------------------
// XLSX

TEST(FragmentsXlsx, IsAMinimalSpreadsheetPackage) {
  const std::string bytes = FragmentsXlsx(Sample());
  const import::ZipArchive zip("fragments.xlsx", bytes, import::ImportLimits{}, "Excel");
  EXPECT_EQ(zip.EntryNames(), (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                                          "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                                          "xl/worksheets/sheet1.xml"}));
  for (const std::string& entry : zip.EntryNames()) {
    pugi::xml_document doc;
    const std::string xml = zip.Read(entry);
    EXPECT_TRUE(doc.load_buffer(xml.data(), xml.size())) << entry;
  }
  pugi::xml_document workbook;
  const std::string xml = zip.Read("xl/workbook.xml");
  ASSERT_TRUE(workbook.load_buffer(xml.data(), xml.size()));
  EXPECT_STREQ(workbook.child("workbook").child("sheets").child("sheet").attribute("name").value(), "Fragmenten");
  const std::string styles = zip.Read("xl/styles.xml");
  EXPECT_NE(styles.find("<font><b/>"), std::string::npos);
}

TEST(FragmentsXlsx, SheetHasBoldFrozenHeaderInlineStringsAndNumbers) {
  const std::string bytes = FragmentsXlsx(Sample());
  const import::ZipArchive zip("fragments.xlsx", bytes, import::ImportLimits{}, "Excel");
  const std::string xml = zip.Read("xl/worksheets/sheet1.xml");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(xml.data(), xml.size()));
  const pugi::xml_node sheet = doc.child("worksheet");
  const pugi::xml_node pane = sheet.child("sheetViews").child("sheetView").child("pane");
  EXPECT_STREQ(pane.attribute("state").value(), "frozen");
  EXPECT_STREQ(pane.attribute("ySplit").value(), "1");
  EXPECT_STREQ(pane.attribute("topLeftCell").value(), "A2");
  std::vector<pugi::xml_node> rows;
  for (const pugi::xml_node row : sheet.child("sheetData").children("row")) rows.push_back(row);
  ASSERT_EQ(rows.size(), 3u);
  std::vector<std::string> header;
  for (const pugi::xml_node c : rows[0].children("c")) {
    EXPECT_STREQ(c.attribute("s").value(), "1");
    EXPECT_STREQ(c.attribute("t").value(), "inlineStr");
    header.push_back(c.child("is").child("t").text().get());
  }
  EXPECT_EQ(header.size(), 18u);
  EXPECT_EQ(header.front(), "coding");
  EXPECT_EQ(header.back(), "regio");
  const pugi::xml_node start = rows[1].find_child_by_attribute("c", "r", "F2");
  EXPECT_STREQ(start.attribute("t").value(), "");
  EXPECT_STREQ(start.child("v").text().get(), "120");
  EXPECT_STREQ(rows[1].find_child_by_attribute("c", "r", "G2").child("v").text().get(), "180");
  EXPECT_STREQ(rows[1].find_child_by_attribute("c", "r", "L2").child("v").text().get(), "3723456");
  const pugi::xml_node quote = rows[1].find_child_by_attribute("c", "r", "H2");
  EXPECT_STREQ(quote.attribute("t").value(), "inlineStr");
  EXPECT_EQ(std::string(quote.child("is").child("t").text().get()), kQuote);
  EXPECT_STREQ(rows[2].find_child_by_attribute("c", "r", "F3").child("v").text().get(), "0");
  EXPECT_TRUE(rows[2].find_child_by_attribute("c", "r", "I3").empty());  // no speaker: no cell
}

TEST(FragmentsXlsx, ReadsBackAsTheCsvDoes) {
  FragmentExport data = Sample();
  data.fragments[1].quote = "_x0041_ blijft _x0041_";
  const import::TextTable sheet = import::ReadXlsxBytes("fragments.xlsx", FragmentsXlsx(data), "Fragmenten");
  const import::TextTable csv = import::ReadCsvBytes("fragments.csv", FragmentsCsv(data));
  ASSERT_EQ(sheet.rows.size(), csv.rows.size());
  for (std::size_t r = 0; r < csv.rows.size(); ++r) EXPECT_EQ(sheet.rows[r].fields, csv.rows[r].fields) << "row " << r;
  EXPECT_EQ(sheet.rows[2].fields[7], "_x0041_ blijft _x0041_");
}

TEST(FragmentsXlsx, CutsATextLongerThanACellHolds) {
  FragmentExport data = Sample();
  data.fragments[1].quote = std::string(40000, 'a');
  const import::TextTable sheet = import::ReadXlsxBytes("fragments.xlsx", FragmentsXlsx(data));
  EXPECT_EQ(sheet.rows[2].fields[7], std::string(32766, 'a') + "\u2026");
}

TEST(FragmentsXlsx, IsDeterministic) { EXPECT_EQ(FragmentsXlsx(Sample()), FragmentsXlsx(Sample())); }

// ---------------------------------------------------------------------------------------------
// Quote report

QuoteReport Report() {
  QuoteReport report;
  report.title = "Drempels <in> de handreiking & meer";
  QuoteReport::Code schaamte;
  schaamte.path = "Drempels/Schaamte";
  schaamte.definition = "G\u00eane of een gevoel van falen.";
  schaamte.quotes = {Fragment("Drempels/Schaamte", kQuote, "Sanne", "jongere", "jongere", "Noord-Holland"),
                     Fragment("Drempels/Schaamte", "Je wilt niet lastig zijn.", "Karel", "ouder", "ouder", "Utrecht"),
                     Fragment("Drempels/Schaamte", "Dat vertel je niet.", "Mo", "jongere", "jongere", "")};
  QuoteReport::Code steun;
  steun.path = "Steunfiguren";
  steun.quotes = {Fragment("Steunfiguren", "Mijn oom was er altijd.", "Sanne", "jongere", "jongere", "Utrecht"),
                  Fragment("Steunfiguren", "Zonder groep.", "", "", "", "")};
  report.codes = {schaamte, steun};
  return report;
}

class QuoteReportHtmlTest : public ::testing::Test {
 protected:
  std::string html = QuoteReportHtml(Report());
};

// Only the SVG tags libxml2's old HTML parser does not know are allowed as messages.
TEST_F(QuoteReportHtmlTest, XmllintAcceptsIt) {
  const std::vector<std::string> problems = duiding::testing::HtmlProblems(html);
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST_F(QuoteReportHtmlTest, IsSelfContainedAndPrintable) {
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  for (const char* outside : {"http", "src=", "href=", "<script", "@import", "url("})
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  EXPECT_NE(html.find("<title>Drempels &lt;in&gt; de handreiking &amp; meer</title>"), std::string::npos);
  for (const char* heading : {"<h2>Aantal citaten per groep</h2>", "<h2>Citaten per code</h2>", "<h4>Definitie</h4>",
                              "<h4>Aantal citaten per groep</h4>"})
    EXPECT_NE(html.find(heading), std::string::npos) << heading;
}

TEST_F(QuoteReportHtmlTest, ShowsNoSpeakerNamesUnlessAsked) {
  for (const char* name : {"Sanne", "Karel", "Mo \u00b7", ">Mo"}) EXPECT_EQ(html.find(name), std::string::npos) << name;
  QuoteReport named = Report();
  named.showSpeakerNames = true;
  const std::string page = QuoteReportHtml(named);
  EXPECT_NE(page.find("<p class=\"source\">Sanne \u00b7 jongere \u00b7 jongere \u00b7 Noord-Holland</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<p class=\"source\">Karel \u00b7 ouder \u00b7 ouder \u00b7 Utrecht</p>"), std::string::npos);
}

TEST_F(QuoteReportHtmlTest, ShowsRoleGroupAndRegion) {
  EXPECT_NE(html.find("<blockquote>" + kQuoteHtml + "</blockquote>\n<p class=\"source\">jongere \u00b7 jongere \u00b7 "
                      "Noord-Holland</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<blockquote>Je wilt niet lastig zijn.</blockquote>\n<p class=\"source\">ouder \u00b7 ouder "
                      "\u00b7 Utrecht</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<blockquote>Dat vertel je niet.</blockquote>\n<p class=\"source\">jongere \u00b7 jongere</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<blockquote>Zonder groep.</blockquote>\n</li>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"definition\">G\u00eane of een gevoel van falen.</p>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"empty\">Geen definitie.</p>"), std::string::npos);
  EXPECT_EQ(html.find("Interview 01"), std::string::npos);  // documents can name people
  EXPECT_EQ(html.find("anna"), std::string::npos);
}

TEST_F(QuoteReportHtmlTest, CountsPerGroup) {
  // Groups sorted, then the quotes without one.
  EXPECT_NE(html.find("<thead><tr><th scope=\"col\">code</th><th scope=\"col\">jongere</th><th scope=\"col\">ouder</th>"
                      "<th scope=\"col\">(geen groep)</th><th scope=\"col\">totaal</th></tr></thead>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><th scope=\"row\">Drempels/Schaamte</th><td class=\"num\">2</td><td class=\"num\">1</td>"
                      "<td class=\"num\">0</td><td class=\"num\">3</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><th scope=\"row\">Steunfiguren</th><td class=\"num\">1</td><td class=\"num\">0</td>"
                      "<td class=\"num\">1</td><td class=\"num\">2</td></tr>"),
            std::string::npos);
  const std::size_t steun = html.find("<h3>Steunfiguren</h3>");
  ASSERT_NE(steun, std::string::npos);
  EXPECT_NE(html.find("<tr><td>jongere</td><td class=\"num\">1</td></tr>\n<tr><td>ouder</td><td class=\"num\">0</td>"
                      "</tr>\n<tr><td>(geen groep)</td><td class=\"num\">1</td></tr>\n<tr><th scope=\"row\">totaal</th>"
                      "<td class=\"num\">2</td></tr>",
                      steun),
            std::string::npos);
  EXPECT_NE(html.find("<strong>Citaten:</strong> 5<"), std::string::npos);
}

TEST_F(QuoteReportHtmlTest, ChartHasOneBarPerCodeAndGroup) {
  const std::size_t svg = html.find("<svg"), end = html.find("</svg>");
  ASSERT_NE(svg, std::string::npos);
  const std::string chart = html.substr(svg, end - svg);
  EXPECT_EQ(Count(chart, "<rect class=\"bar\""), 6u);  // 2 codes x 3 groups
  for (const char* bar : {"data-code=\"Drempels/Schaamte\" data-group=\"jongere\" data-count=\"2\"",
                          "data-code=\"Drempels/Schaamte\" data-group=\"ouder\" data-count=\"1\"",
                          "data-code=\"Drempels/Schaamte\" data-group=\"(geen groep)\" data-count=\"0\"",
                          "data-code=\"Steunfiguren\" data-group=\"jongere\" data-count=\"1\"",
                          "data-code=\"Steunfiguren\" data-group=\"ouder\" data-count=\"0\"",
                          "data-code=\"Steunfiguren\" data-group=\"(geen groep)\" data-count=\"1\""})
    EXPECT_EQ(Count(chart, bar), 1u) << bar;
  // The longest bar (2) spans the whole scale; a bar of 1 half of it; values next to the bars.
  EXPECT_NE(chart.find("width=\"380.0\" height=\"12.0\" fill=\"#0072B2\" data-code=\"Drempels/Schaamte\""),
            std::string::npos);
  EXPECT_NE(chart.find("width=\"190.0\" height=\"12.0\" fill=\"#E69F00\" data-code=\"Drempels/Schaamte\""),
            std::string::npos);
  EXPECT_EQ(Count(chart, "class=\"value\">2</text>"), 1u);
  EXPECT_EQ(Count(chart, "class=\"value\">1</text>"), 3u);
  EXPECT_EQ(Count(chart, "class=\"value\">0</text>"), 2u);
  // A legend entry per group, a label per code.
  EXPECT_EQ(Count(chart, "<rect class=\"swatch\""), 3u);
  for (const char* label : {">jongere</text>", ">ouder</text>", ">(geen groep)</text>", ">Drempels/Schaamte</text>",
                            ">Steunfiguren</text>"})
    EXPECT_EQ(Count(chart, label), 1u) << label;
}

TEST_F(QuoteReportHtmlTest, CountsPerAnotherAttribute) {
  QuoteReport report = Report();
  report.groupAttribute = "regio";
  const std::string page = QuoteReportHtml(report);
  EXPECT_NE(page.find("<h2>Aantal citaten per regio</h2>"), std::string::npos);
  EXPECT_NE(page.find("data-code=\"Steunfiguren\" data-group=\"Utrecht\" data-count=\"1\""), std::string::npos);
  EXPECT_NE(page.find("data-code=\"Drempels/Schaamte\" data-group=\"(geen regio)\" data-count=\"1\""),
            std::string::npos);
  // The region is the group now: shown once.
  EXPECT_NE(page.find("<p class=\"source\">ouder \u00b7 Utrecht</p>"), std::string::npos);
}

TEST_F(QuoteReportHtmlTest, SaysSoWhenThereIsNothing) {
  QuoteReport empty;
  empty.title = "Leeg";
  const std::string page = QuoteReportHtml(empty);
  EXPECT_EQ(page.find("<svg"), std::string::npos);
  EXPECT_NE(page.find("Geen codes gekozen."), std::string::npos);
  QuoteReport noQuotes = Report();
  for (QuoteReport::Code& code : noQuotes.codes) code.quotes.clear();
  EXPECT_NE(QuoteReportHtml(noQuotes).find("<p class=\"empty\">Geen citaten.</p>"), std::string::npos);
}

TEST_F(QuoteReportHtmlTest, IsDeterministic) { EXPECT_EQ(html, QuoteReportHtml(Report())); }

// ---------------------------------------------------------------------------------------------
// Quote report as OpenDocument text

constexpr const char* kOdtType = "application/vnd.oasis.opendocument.text";

TEST(QuoteReportOdt, HasTheMimetypeFirstAndStored) {
  const std::string bytes = QuoteReportOdt(Report());
  const import::ZipArchive zip("report.odt", bytes, import::ImportLimits{}, "LibreOffice");
  const std::vector<std::string> names = zip.EntryNames();
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.front(), "mimetype");
  for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
    EXPECT_TRUE(zip.Contains(part)) << part;
  EXPECT_EQ(zip.Read("mimetype"), kOdtType);
  // Stored, without an extra field: the name at offset 30 and the type right after it, as
  // programs that sniff the file type expect.
  ASSERT_GT(bytes.size(), 38u + std::string(kOdtType).size());
  EXPECT_EQ(bytes.substr(30, 8), "mimetype");
  EXPECT_EQ(bytes.substr(38, std::string(kOdtType).size()), kOdtType);
  EXPECT_EQ(bytes.substr(8, 2), std::string("\0\0", 2));  // compression method 0: stored
}

TEST(QuoteReportOdt, PartsAreWellFormedAndListed) {
  const std::string bytes = QuoteReportOdt(Report());
  const import::ZipArchive zip("report.odt", bytes, import::ImportLimits{}, "LibreOffice");
  for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
    pugi::xml_document doc;
    const std::string xml = zip.Read(part);
    EXPECT_TRUE(doc.load_buffer(xml.data(), xml.size())) << part;
  }
  const std::string manifest = zip.Read("META-INF/manifest.xml");
  for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
    EXPECT_NE(manifest.find(std::string("manifest:full-path=\"") + part + "\""), std::string::npos) << part;
  EXPECT_NE(manifest.find(std::string("manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"") +
                          kOdtType + "\""),
            std::string::npos);
  EXPECT_NE(zip.Read("meta.xml").find("<dc:title>Drempels &lt;in&gt; de handreiking &amp; meer</dc:title>"),
            std::string::npos);
}

TEST(QuoteReportOdt, ContentHoldsHeadingsQuotesAndCounts) {
  const std::string bytes = QuoteReportOdt(Report());
  const import::ZipArchive zip("report.odt", bytes, import::ImportLimits{}, "LibreOffice");
  const std::string content = zip.Read("content.xml");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(content.data(), content.size()));
  const pugi::xml_node text = doc.child("office:document-content").child("office:body").child("office:text");
  std::vector<std::string> headings, quotes, sources;
  for (const pugi::xml_node node : text.children()) {
    if (std::string(node.name()) == "text:h") headings.push_back(node.child_value());
    if (std::string(node.attribute("text:style-name").value()) == "Citaat") quotes.push_back(node.first_child().value());
    if (std::string(node.attribute("text:style-name").value()) == "Bron") sources.push_back(node.child_value());
  }
  EXPECT_EQ(headings, (std::vector<std::string>{"Drempels <in> de handreiking & meer", "Aantal citaten per groep",
                                                "Citaten per code", "Drempels/Schaamte", "Steunfiguren"}));
  ASSERT_EQ(quotes.size(), 5u);
  EXPECT_EQ(quotes[0], "<b>\"\u00e9\u00e9n\" & \U0001F605</b>");  // up to the line break
  EXPECT_EQ(quotes[1], "Je wilt niet lastig zijn.");
  EXPECT_EQ(sources, (std::vector<std::string>{"jongere \u00b7 jongere \u00b7 Noord-Holland",
                                               "ouder \u00b7 ouder \u00b7 Utrecht", "jongere \u00b7 jongere",
                                               "jongere \u00b7 jongere \u00b7 Utrecht"}));
  EXPECT_EQ(content.find("Sanne"), std::string::npos);
  EXPECT_NE(content.find("Nou, <text:s/>ja"), std::string::npos);
  // The counts table: header, then one row per code with numbers as numbers.
  const pugi::xml_node table = text.child("table:table");
  ASSERT_FALSE(table.empty());
  std::vector<std::string> cells;
  for (const pugi::xml_node row : table.child("table:table-header-rows").children("table:table-row"))
    for (const pugi::xml_node cell : row.children("table:table-cell")) cells.push_back(cell.child("text:p").child_value());
  EXPECT_EQ(cells, (std::vector<std::string>{"code", "jongere", "ouder", "(geen groep)", "totaal"}));
  cells.clear();
  for (const pugi::xml_node row : table.children("table:table-row"))
    for (const pugi::xml_node cell : row.children("table:table-cell"))
      cells.push_back(cell.attribute("office:value").empty() ? cell.child("text:p").child_value()
                                                             : cell.attribute("office:value").value());
  EXPECT_EQ(cells, (std::vector<std::string>{"Drempels/Schaamte", "2", "1", "0", "3", "Steunfiguren", "1", "0", "1",
                                             "2"}));
}

TEST(QuoteReportOdt, ReadsBackWithLineBreaksAndSpaces) {
  const import::ImportedDocument doc = import::ImportOdtBytes("report.odt", QuoteReportOdt(Report()));
  EXPECT_NE(doc.text.find(kQuote + "\n"), std::string::npos) << doc.text;
  EXPECT_NE(doc.text.find("Aantal citaten: 3 (jongere: 2, ouder: 1, (geen groep): 0)\n"), std::string::npos);
  EXPECT_NE(doc.text.find("Definitie\nG\u00eane of een gevoel van falen.\n"), std::string::npos);
  EXPECT_EQ(doc.text.find("Sanne"), std::string::npos);
  QuoteReport named = Report();
  named.showSpeakerNames = true;
  EXPECT_NE(import::ImportOdtBytes("report.odt", QuoteReportOdt(named)).text.find("Sanne \u00b7 jongere"),
            std::string::npos);
}

TEST(QuoteReportOdt, IsDeterministic) { EXPECT_EQ(QuoteReportOdt(Report()), QuoteReportOdt(Report())); }

}  // namespace
}  // namespace duiding
