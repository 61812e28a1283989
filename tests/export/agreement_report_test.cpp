// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "tests/export/xmllint.h"
#include "export/agreement_report.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/store/temp_dir.h"

namespace duiding {
namespace {

using agreement::Result;
using agreement::UnitReport;
using exchange::AgreementCsv;
using exchange::AgreementHtml;

constexpr const char* kQuote = "<b>\"\xC3\xA9\xC3\xA9n\" & \xF0\x9F\x98\x85</b>";  // <b>"één" & 😅</b>
constexpr const char* kOneCategory = "expected disagreement is 0: only one category occurs among the pairable values";

UnitReport Defined(double base) {
  UnitReport r;
  r.units = 12;
  r.completeUnits = 10;
  r.pairableUnits = 11;
  r.percentAgreement = Result::Of(0.9166666);
  r.meanPairwiseAgreement = Result::Of(0.9166666);
  r.cohenKappa = Result::Of(base);
  r.scottPi = Result::Of(base - 0.01);
  r.brennanPrediger = Result::Of(0.8333333);
  r.gwetAc1 = Result::Of(0.86);
  r.fleissKappa = Result::Of(base - 0.01);
  r.congerKappa = Result::Of(base);
  r.lightKappa = Result::Of(base);
  r.krippendorffAlpha = Result::Of(base + 0.0004);
  return r;
}

UnitReport Undefined() {
  UnitReport r;
  r.units = 12;
  r.completeUnits = 12;
  r.pairableUnits = 12;
  r.percentAgreement = Result::Of(1.0);
  r.meanPairwiseAgreement = Result::Of(1.0);
  r.cohenKappa = r.scottPi = r.fleissKappa = r.congerKappa = r.lightKappa = r.krippendorffAlpha =
      Result::Undefined(kOneCategory);
  r.brennanPrediger = Result::Of(1.0);
  r.gwetAc1 = Result::Of(1.0);
  return r;
}

project::CodeAgreement SchaamteCode() {
  project::CodeAgreement code;
  code.code = 1;
  code.path = "Drempels/Schaamte";
  code.units = Defined(0.7428);
  code.characterPercentMean = Result::Of(0.95);
  code.characterPercentWeighted = Result::Of(0.9375);
  code.characterKappaMean = Result::Of(0.61);
  code.characterKappaWeighted = Result::Of(0.6);
  code.segments = {3, 1, Result::Of(0.75)};
  code.unitizingAlpha1995 = Result::Of(-0.125);
  return code;
}

project::CodeAgreement TotLastCode() {
  project::CodeAgreement code;
  code.code = 2;
  code.path = "Drempels/Tot last zijn";
  code.units = Undefined();
  code.characterPercentMean = Result::Undefined("undefined: the document is empty, there are no characters to compare");
  code.characterPercentWeighted = Result::Of(1.0);
  code.characterPercentWeighted.convention = "NVivo shows \u03ba = 1 when neither coder coded the document";
  code.characterKappaMean = Result::Undefined("no document is coded by every coder");
  code.characterKappaWeighted = Result::Undefined("no document is coded by every coder");
  code.segments = {0, 0, Result::Undefined("undefined: neither coder has a segment to compare")};
  code.unitizingAlpha1995 = Result::Undefined("undefined: the expected disagreement uD_e is 0 (no units of this category)");
  return code;
}

project::AgreementReport Report() {
  project::AgreementReport report;
  report.coders = {User{1, "guid-anna", "anna", ""}, User{2, "guid-bram", "bram", ""}};
  report.documents = {"Interview 01", "Interview 02, deel \"B\""};
  report.unit = project::UnitKind::Turn;
  report.unitCount = 12;
  report.codes = {SchaamteCode(), TotLastCode()};
  report.overall = Defined(0.81);
  report.segmentsOverall = {3, 1, Result::Of(0.75)};
  report.segmentKappa = Result::Of(0.5);
  report.perDocument = {{"Interview 01", Defined(0.7)}, {"Interview 02, deel \"B\"", Undefined()}};
  report.perPair = {{"anna \u2013 bram", Defined(0.7428)}};
  report.perGroup = {{"groep = jong", Defined(0.5)}};
  project::DomainAgreement domain;
  domain.category = 10;
  domain.path = "Drempels";
  domain.codes = {"Drempels/Schaamte", "Drempels/Tot last zijn"};
  domain.family.uAlpha = Result::Of(0.6);
  domain.family.binaryUAlpha = Result::Of(0.7);
  domain.family.cuAlpha = Result::Undefined("undefined: cu\u03b1 needs text that two coders both coded; there is none");
  domain.warnings = {"bram applied two codes of 'Drempels' to overlapping text in Interview 01"};
  report.domains = {domain};
  project::Disagreement d;
  d.document = 7;
  d.documentName = "Interview 01";
  d.documentGuid = "0b7c6a52-1d2e-4f30-8a41-5b6c7d8e9f01";
  d.start = 120;
  d.end = 180;
  d.quote = kQuote;
  d.codesByCoder = {{"Drempels/Schaamte", "Drempels/Tot last zijn"}, {}};
  report.disagreements = {d};
  report.definitions = {{"units", "Each speaker turn is a unit, \"gecodeerd\" or not."},
                        {"Krippendorff's alpha", "Krippendorff (2011), nominal."}};
  return report;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// The line after "# <title>" (the section's header row), and the rows up to the next blank line.
std::vector<std::string> CsvSectionLines(const std::string& csv, const std::string& title) {
  const std::vector<std::string> lines = Lines(csv);
  std::vector<std::string> section;
  bool in = false;
  for (const std::string& line : lines) {
    if (line == "# " + title) in = true;
    else if (in && line.empty()) break;
    else if (in) section.push_back(line);
  }
  return section;
}

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(AgreementReportCsv, HasEverySectionInOrder) {
  const std::string csv = AgreementCsv(Report());
  std::size_t last = 0;
  for (const char* title : {"# Per code\n", "# Overall\n", "# Per document\n", "# Per coder pair\n", "# Per group\n",
                            "# Per semantic domain\n", "# Definitions\n"}) {
    const std::size_t at = csv.find(title);
    ASSERT_NE(at, std::string::npos) << title;
    EXPECT_GE(at, last) << title;
    last = at;
  }
  EXPECT_EQ(csv.find('\r'), std::string::npos);
  EXPECT_EQ(csv.back(), '\n');
}

TEST(AgreementReportCsv, PerCodeColumnsAreNamedExactly) {
  const std::vector<std::string> section = CsvSectionLines(AgreementCsv(Report()), "Per code");
  ASSERT_EQ(section.size(), 3u);
  EXPECT_EQ(section[0],
            "code,units,complete units,pairable units,percent agreement,mean pairwise agreement,Cohen's kappa,"
            "Scott's pi,Brennan-Prediger kappa_n,Gwet's AC1,Fleiss' kappa,Conger's kappa,Light's kappa,"
            "Krippendorff's alpha (nominal),character-level percent (mean),character-level percent (length-weighted),"
            "character-level kappa (mean),character-level kappa (length-weighted),segment agreements (count),"
            "segment non-agreements (count),segment agreement,unitizing alpha (Krippendorff 1995),note");
  EXPECT_EQ(section[1],
            "Drempels/Schaamte,12,10,11,0.917,0.917,0.743,0.733,0.833,0.860,0.733,0.743,0.743,0.743,0.950,0.938,"
            "0.610,0.600,3,1,0.750,-0.125,");
}

TEST(AgreementReportCsv, UndefinedIsAnEmptyCellWithTheReasonInTheNote) {
  const std::vector<std::string> section = CsvSectionLines(AgreementCsv(Report()), "Per code");
  ASSERT_EQ(section.size(), 3u);
  const std::string reason = std::string("Cohen's kappa: ") + kOneCategory;
  EXPECT_EQ(section[2].rfind("Drempels/Tot last zijn,12,12,12,1.000,1.000,,,1.000,1.000,,,,,,1.000,,,0,0,,,\"", 0), 0u)
      << section[2];
  EXPECT_NE(section[2].find(reason + "; Scott's pi: " + kOneCategory), std::string::npos);
  EXPECT_NE(section[2].find("; character-level percent (length-weighted): NVivo shows"), std::string::npos);
  EXPECT_NE(section[2].find("unitizing alpha (Krippendorff 1995): undefined: the expected disagreement"),
            std::string::npos);
}

TEST(AgreementReportCsv, OtherSectionsHaveTheirColumns) {
  const std::string csv = AgreementCsv(Report());
  const std::vector<std::string> overall = CsvSectionLines(csv, "Overall");
  ASSERT_EQ(overall.size(), 2u);
  EXPECT_NE(overall[0].find(",Krippendorff's alpha (nominal),segment agreements (count),"
                            "segment non-agreements (count),segment agreement,segment kappa (Brennan-Prediger),note"),
            std::string::npos);
  const std::vector<std::string> domains = CsvSectionLines(csv, "Per semantic domain");
  ASSERT_EQ(domains.size(), 2u);
  EXPECT_EQ(domains[0], "semantic domain,codes,u-alpha,|u-alpha,cu-alpha,warnings,note");
  EXPECT_EQ(domains[1].rfind("Drempels,Drempels/Schaamte; Drempels/Tot last zijn,0.600,0.700,,bram applied", 0), 0u)
      << domains[1];
  EXPECT_NE(domains[1].find(",cu-alpha: undefined: cu\u03b1 needs text"), std::string::npos);
  EXPECT_EQ(CsvSectionLines(csv, "Per coder pair").size(), 2u);
  EXPECT_EQ(CsvSectionLines(csv, "Per group")[1].rfind("groep = jong,12,", 0), 0u);
}

TEST(AgreementReportCsv, QuotesCommasAndQuotes) {
  const std::string csv = AgreementCsv(Report());
  const std::vector<std::string> documents = CsvSectionLines(csv, "Per document");
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[2].rfind("\"Interview 02, deel \"\"B\"\"\",12,", 0), 0u) << documents[2];
  const std::vector<std::string> definitions = CsvSectionLines(csv, "Definitions");
  ASSERT_GE(definitions.size(), 3u);
  EXPECT_EQ(definitions[0], "term,definition");
  EXPECT_EQ(definitions[1], "units,\"Each speaker turn is a unit, \"\"gecodeerd\"\" or not.\"");
}

TEST(AgreementReportCsv, NumbersIgnoreTheLocaleAndNegativeZero) {
  project::AgreementReport report = Report();
  report.codes[0].units.cohenKappa = Result::Of(-0.0001);
  const std::vector<std::string> section = CsvSectionLines(AgreementCsv(report), "Per code");
  EXPECT_NE(section[1].find(",0.917,0.917,0.000,0.733,"), std::string::npos) << section[1];
}

TEST(AgreementReportCsv, IsDeterministic) { EXPECT_EQ(AgreementCsv(Report()), AgreementCsv(Report())); }

class AgreementReportHtml : public ::testing::Test {
 protected:
  std::string html = AgreementHtml(Report(), "Overeenstemming <Drempels> & co");
};

// Only the SVG tags libxml2's old HTML parser does not know are allowed as messages.
TEST_F(AgreementReportHtml, XmllintAcceptsIt) {
  const std::vector<std::string> problems = duiding::testing::HtmlProblems(html);
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST_F(AgreementReportHtml, IsSelfContainedAndPrintable) {
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_NE(html.find("<title>Overeenstemming &lt;Drempels&gt; &amp; co</title>"), std::string::npos);
}

TEST_F(AgreementReportHtml, ShowsWhatWasCompared) {
  EXPECT_NE(html.find("anna, bram"), std::string::npos);
  EXPECT_NE(html.find("<strong>Documents:</strong> 2<"), std::string::npos);
  EXPECT_NE(html.find("speaker turn (12 units)"), std::string::npos);
  EXPECT_NE(html.find("<dt>units</dt>\n<dd>Each speaker turn is a unit, &quot;gecodeerd&quot; or not.</dd>"),
            std::string::npos);
  for (const char* column : {"Cohen&#39;s kappa", "Krippendorff&#39;s alpha (nominal)", "Brennan-Prediger kappa_n",
                             "character-level kappa (length-weighted)", "unitizing alpha (Krippendorff 1995)",
                             "u-alpha", "|u-alpha", "cu-alpha", "pairable units"})
    EXPECT_NE(html.find(std::string("<th scope=\"col\">") + column + "</th>"), std::string::npos) << column;
}

TEST_F(AgreementReportHtml, EscapesTheQuote) {
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("<blockquote>&lt;b&gt;&quot;\xC3\xA9\xC3\xA9n&quot; &amp; \xF0\x9F\x98\x85&lt;/b&gt;</blockquote>"),
            std::string::npos);
  EXPECT_NE(html.find("<strong>anna:</strong> Drempels/Schaamte; Drempels/Tot last zijn</li>"), std::string::npos);
  EXPECT_NE(html.find("<strong>bram:</strong> \u2014</li>"), std::string::npos);
  EXPECT_NE(html.find("<code>duiding:0b7c6a52-1d2e-4f30-8a41-5b6c7d8e9f01#120-180</code>"), std::string::npos);
}

TEST_F(AgreementReportHtml, ChartHasOneBarPerDefinedAlpha) {
  const std::size_t svg = html.find("<svg"), end = html.find("</svg>");
  ASSERT_NE(svg, std::string::npos);
  const std::string chart = html.substr(svg, end - svg);
  EXPECT_EQ(Count(chart, "<rect class=\"bar\""), 1u);
  EXPECT_NE(chart.find(">Drempels/Schaamte</text>"), std::string::npos);
  EXPECT_NE(chart.find(">Drempels/Tot last zijn</text>"), std::string::npos);
  EXPECT_NE(chart.find("class=\"value\">0.743</text>"), std::string::npos);
  EXPECT_NE(chart.find("class=\"undefined\">undefined</text>"), std::string::npos);
  EXPECT_NE(chart.find(">0.800 reliable</text>"), std::string::npos);
  EXPECT_NE(chart.find(">0.667 tentative</text>"), std::string::npos);
  EXPECT_NE(chart.find("<line class=\"zero\""), std::string::npos);
}

TEST_F(AgreementReportHtml, ChartScalesFromMinusOneToOne) {
  project::AgreementReport report = Report();
  report.codes[1].units.krippendorffAlpha = Result::Of(-0.5);
  const std::string page = AgreementHtml(report, "t");
  EXPECT_EQ(Count(page, "<rect class=\"bar\""), 2u);
  // Scale from x = 276 (-1) to 676 (+1): -0.5 runs from 376 to the zero line at 476.
  EXPECT_NE(page.find("<rect class=\"bar\" x=\"376.0\""), std::string::npos);
  EXPECT_NE(page.find("<line class=\"zero\" x1=\"476.0\""), std::string::npos);
  EXPECT_NE(page.find("text-anchor=\"end\" class=\"value\">-0.500</text>"), std::string::npos);
}

TEST_F(AgreementReportHtml, UndefinedShowsTheReason) {
  const std::string cell = std::string("<td class=\"num undefined\" title=\"") +
                           "expected disagreement is 0: only one category occurs among the pairable values" +
                           "\">undefined<sup>1</sup></td>";
  EXPECT_NE(html.find(cell), std::string::npos);
  EXPECT_NE(html.find("<li><small>expected disagreement is 0: only one category occurs among the pairable "
                      "values</small></li>"),
            std::string::npos);
  EXPECT_NE(html.find("title=\"convention: NVivo shows \u03ba = 1 when neither coder coded the document\">1.000<sup>"),
            std::string::npos);
  EXPECT_NE(html.find("Drempels/Tot last zijn: undefined \u2014 expected disagreement is 0"), std::string::npos);
}

TEST_F(AgreementReportHtml, ShowsDomainsWithWarnings) {
  const std::size_t domains = html.find("<div class=\"section\" id=\"per-domain\">");
  ASSERT_NE(domains, std::string::npos);
  const std::string section = html.substr(domains, html.find("id=\"disagreements\"", domains) - domains);
  EXPECT_NE(section.find("<td>Drempels/Schaamte<br>Drempels/Tot last zijn</td>"), std::string::npos);
  EXPECT_NE(section.find("bram applied two codes of &#39;Drempels&#39; to overlapping text"), std::string::npos);
  EXPECT_NE(section.find("cu\u03b1 needs text"), std::string::npos);
}

TEST_F(AgreementReportHtml, IsDeterministic) { EXPECT_EQ(html, AgreementHtml(Report(), "Overeenstemming <Drempels> & co")); }

TEST(AgreementReportHtmlEmpty, EmptyReportStillRenders) {
  const std::string page = AgreementHtml(project::AgreementReport{}, "leeg");
  EXPECT_NE(page.find("No codes compared."), std::string::npos);
  EXPECT_NE(page.find("</html>\n"), std::string::npos);
}

}  // namespace
}  // namespace duiding
