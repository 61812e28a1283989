// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iterator>

#include "export/project_export.h"
#include "import/plain_text.h"
#include "import/speaker_turns.h"
#include "model/error.h"
#include "project/exchange.h"
#include "project/export_data.h"
#include "project/project.h"
#include "tests/store/temp_dir.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

class ExportDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto doc = import::ImportPlainUtf8Bytes(
        "sanne.txt",
        "I: Wie helpt je?\n"
        "Sanne: Mijn tante in Ede, en soms Jan van der Berg van voetbal \U0001F605.\n"
        "Sanne: Van der Berg zegt dat ik het goed doe. \u00c9\u00e9n keer per week.\n");
    doc.turns = import::FindSpeakerTurns(doc.text);
    doc.attributes = {{"groep", "jongere"}, {"regio", "Food Valley"}};
    m_project.AddDocuments({doc});
    m_project.AddUser("bram");
    m_project.AddCode({"Steunfiguur", std::nullopt, "#2E86AB", "Iemand uit het netwerk die steunt."});
    m_project.AddCode({"Schaamte"});
    m_project.AddCoding({"sanne", "Steunfiguur", {}, {}, "Mijn tante in Ede", {}}, "Tante \u00e9n Ede");
    m_project.AddCoding({"sanne", "Steunfiguur", {}, {}, "Van der Berg zegt dat ik het goed doe", {}}, "");
    m_project.ActAs("bram");
    m_project.AddCoding({"sanne", "Steunfiguur", {}, {}, "Van der Berg zegt", {}}, "");
    m_project.AddCoding({"sanne", "Schaamte", {}, {}, "soms Jan van der Berg", {}}, "");
    m_project.ActAs("anna");
    SavePseudonyms(m_project, {{Pseudonym::Kind::Person, "Jan van der Berg", "[netwerklid 1]"},
                               {Pseudonym::Kind::Place, "Ede", "[plaats 1]"}});
  }
  Project m_project = Project::Create(":memory:", "Mentorschap", "anna");
};

TEST_F(ExportDataTest, FragmentsCarryEverythingAResearcherNeeds) {
  FragmentExportOptions options;
  options.query.codes = {"Steunfiguur"};
  const exchange::FragmentExport data = CollectFragments(m_project, options);
  ASSERT_EQ(data.fragments.size(), 3u);
  const exchange::ExportedFragment& f = data.fragments.front();
  EXPECT_EQ(f.codePath, "Steunfiguur");
  EXPECT_EQ(f.quote, "Mijn tante in Ede");
  EXPECT_EQ(f.documentName, "sanne");
  EXPECT_EQ(f.speaker, "Sanne");
  EXPECT_EQ(f.coder, "anna");
  EXPECT_EQ(f.memo, "Tante \u00e9n Ede");
  EXPECT_EQ(f.attributes, (std::vector<std::pair<std::string, std::string>>{{"groep", "jongere"}, {"regio", "Food Valley"}}));
  EXPECT_EQ(data.filters.front(), (std::pair<std::string, std::string>{"codes", "Steunfiguur"}));
}

TEST_F(ExportDataTest, OnlyAgreedFragmentsAreThoseEveryCoderMade) {
  FragmentExportOptions options;
  options.onlyAgreed = true;
  const exchange::FragmentExport data = CollectFragments(m_project, options);
  // anna's and bram's "Van der Berg" codings of Steunfiguur overlap; the rest is one coder's.
  ASSERT_EQ(data.fragments.size(), 2u);
  for (const auto& f : data.fragments) EXPECT_EQ(f.codePath, "Steunfiguur");
}

TEST_F(ExportDataTest, PseudonymisationReplacesNamesEverywhereAndReportsIt) {
  FragmentExportOptions options;
  options.pseudonymise = true;
  std::vector<std::string> replaced;
  const exchange::FragmentExport data = CollectFragments(m_project, options, &replaced);
  for (const auto& f : data.fragments) {
    EXPECT_EQ(f.quote.find("Ede"), std::string::npos) << f.quote;
    EXPECT_EQ(f.quote.find("Berg"), std::string::npos) << f.quote;
    EXPECT_EQ(f.speaker.find("Sanne"), std::string::npos) << f.speaker;
    EXPECT_EQ(f.documentName.find("sanne"), std::string::npos) << f.documentName;
  }
  EXPECT_EQ(data.fragments.front().quote, "Mijn tante in [plaats 1]");
  EXPECT_EQ(data.fragments.front().speaker, "[persoon 1]");  // speakers join the list by themselves
  EXPECT_FALSE(replaced.empty());
  // The speaker was added to the project's list, so the next export uses the same label.
  bool listed = false;
  for (const Pseudonym& p : LoadPseudonyms(m_project)) listed |= p.name == "Sanne" && p.label == "[persoon 1]";
  EXPECT_TRUE(listed);
  EXPECT_EQ(CollectFragments(m_project, options).fragments.front().speaker, "[persoon 1]");
}

TEST_F(ExportDataTest, QuoteReportHoldsDefinitionsAndQuotesPerCode) {
  FragmentExportOptions options;
  options.query.codes = {"Steunfiguur", "Schaamte"};
  const exchange::QuoteReport report = CollectQuoteReport(m_project, options, false);
  ASSERT_EQ(report.codes.size(), 2u);
  EXPECT_EQ(report.codes[0].path, "Steunfiguur");
  EXPECT_EQ(report.codes[0].definition, "Iemand uit het netwerk die steunt.");
  EXPECT_EQ(report.codes[0].quotes.size(), 3u);
  EXPECT_FALSE(report.showSpeakerNames);
}

TEST_F(ExportDataTest, ExchangeRoundTripReproducesTheProject) {
  const ExchangeProject x = ToExchange(m_project);
  ASSERT_EQ(x.sources.size(), 1u);
  EXPECT_EQ(x.sources[0].selections.size(), 4u);
  Project copy = Project::Create(":memory:", "Kopie", "lead");
  const ExchangeImportReport r = ImportExchange(copy, x, "mentorschap.qdpx");
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  EXPECT_EQ(r.documents, 1);
  EXPECT_EQ(r.codings, 4);
  EXPECT_EQ(r.codes, 2);
  const auto ours = m_project.Codings({}), theirs = copy.Codings({});
  ASSERT_EQ(ours.size(), theirs.size());
  for (std::size_t i = 0; i < ours.size(); ++i) {
    EXPECT_EQ(ours[i].coding.guid, theirs[i].coding.guid);
    EXPECT_EQ(ours[i].quote, theirs[i].quote);
    EXPECT_EQ(ours[i].coding.memo, theirs[i].coding.memo);
  }
  EXPECT_EQ(copy.Store().Documents().front().guid, m_project.Store().Documents().front().guid);
  EXPECT_EQ(copy.Codebook().Resolve("Steunfiguur").color, "#2E86AB");
  // Importing the same again adds nothing.
  const ExchangeImportReport again = ImportExchange(copy, x, "mentorschap.qdpx");
  EXPECT_EQ(again.codings, 0);
  EXPECT_EQ(again.codingsKnown, 4);
  EXPECT_EQ(again.documentsMatched, 1);
}

TEST_F(ExportDataTest, PseudonymisedExchangeMovesPositionsWithTheNames) {
  const Pseudonymiser pseudonymiser(PseudonymsWithSpeakers(m_project));
  const ExchangeProject x = ToExchange(m_project, &pseudonymiser);
  const ExchangeSource& source = x.sources.front();
  EXPECT_EQ(source.text.find("Ede"), std::string::npos);
  for (const ExchangeSelection& sel : source.selections) {
    const std::string quote(text::SliceCodePoints(source.text, sel.start, sel.end));
    EXPECT_EQ(quote.find("Berg"), std::string::npos) << quote;
    EXPECT_FALSE(quote.empty());
  }
  // "Mijn tante in Ede" -> "Mijn tante in [plaats 1]": the selection grew with its name.
  const ExchangeSelection& first = source.selections.front();
  EXPECT_EQ(std::string(text::SliceCodePoints(source.text, first.start, first.end)), "Mijn tante in [plaats 1]");
}

TEST(ExportFormatTest, NamesAndExtensionsChooseTheFormat) {
  EXPECT_EQ(exchange::ExportFormatNamed("qdpx"), exchange::ExportFormat::Qdpx);
  EXPECT_FALSE(exchange::ExportFormatNamed("QDPX"));  // a format name is written as documented
  EXPECT_FALSE(exchange::ExportFormatNamed("pdf"));
  EXPECT_EQ(exchange::ExportFormatOf("/tmp/citaten.HTM"), exchange::ExportFormat::Html);
  EXPECT_EQ(exchange::ExportFormatOf("C:\\data\\fragmenten.Xlsx"), exchange::ExportFormat::Xlsx);
  EXPECT_EQ(exchange::ExportFormatOf("codeboek.qdc"), exchange::ExportFormat::Qdc);
  EXPECT_FALSE(exchange::ExportFormatOf("map.met.punt/bestand"));  // the dot is in a folder
  EXPECT_FALSE(exchange::ExportFormatOf("geen-extensie"));
  for (const char* name : {"xml", "csv", "xlsx", "html", "odt", "qdc", "qdpx"})
    EXPECT_EQ(exchange::ExportFormatName(*exchange::ExportFormatNamed(name)), name);
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every format through the one entry both front ends use: what it counts, and that speaker names
// leave only when asked (the document is "sanne", its speaker "Sanne").
TEST_F(ExportDataTest, EveryFormatIsWrittenThroughOneEntry) {
  testing::TempDir dir;
  const std::vector<std::tuple<exchange::ExportFormat, std::size_t, std::string>> expected = {
      {exchange::ExportFormat::Xml, 4, "fragments"},  {exchange::ExportFormat::Csv, 4, "fragments"},
      {exchange::ExportFormat::Xlsx, 4, "fragments"}, {exchange::ExportFormat::Html, 4, "fragments"},
      {exchange::ExportFormat::Odt, 4, "fragments"},  {exchange::ExportFormat::Qdc, 2, "codes"},
      {exchange::ExportFormat::Qdpx, 4, "codings"}};
  for (const auto& [format, items, unit] : expected) {
    const std::string path = dir.File("uit." + std::string(exchange::ExportFormatName(format)));
    const exchange::ExportOutcome outcome = exchange::ExportProjectFile(m_project, format, path, {});
    EXPECT_EQ(outcome.items, items) << path;
    EXPECT_EQ(outcome.unit, unit) << path;
    EXPECT_FALSE(ReadAll(path).empty()) << path;
  }
  EXPECT_EQ(ReadAll(dir.File("uit.csv")).find("Sanne"), std::string::npos);
  EXPECT_EQ(ReadAll(dir.File("uit.xml")).find("Sanne"), std::string::npos);
  exchange::ExportRequest withNames;
  withNames.names = true;
  exchange::ExportProjectFile(m_project, exchange::ExportFormat::Csv, dir.File("namen.csv"), withNames);
  EXPECT_NE(ReadAll(dir.File("namen.csv")).find("Sanne"), std::string::npos);
  exchange::ExportRequest pseudonymised;
  pseudonymised.options.pseudonymise = true;
  const exchange::ExportOutcome outcome =
      exchange::ExportProjectFile(m_project, exchange::ExportFormat::Csv, dir.File("pseudo.csv"), pseudonymised);
  EXPECT_FALSE(outcome.replaced.empty());
  const std::string csv = ReadAll(dir.File("pseudo.csv"));
  EXPECT_EQ(csv.find("Sanne"), std::string::npos);
  EXPECT_EQ(csv.find("Ede"), std::string::npos);
}

}  // namespace
}  // namespace duiding::project
