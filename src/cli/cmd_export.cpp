// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/output.h"
#include "export/atomic_file.h"
#include "export/fragments.h"
#include "export/qdc_writer.h"
#include "export/qdpx_writer.h"
#include "export/quote_report.h"
#include "import/imported.h"
#include "model/error.h"
#include "project/exchange.h"
#include "project/export_data.h"

namespace duiding::cli {
namespace {

project::FragmentExportOptions OptionsOf(Context& ctx) {
  project::FragmentExportOptions o;
  o.query.codes = SplitList(ctx.args.Option("code"));
  o.query.withSubcodes = ctx.args.Flag("subcodes");
  for (const std::string& pair : SplitList(ctx.args.Option("attr"))) {
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError("--attr takes name=value[|value] pairs, got '" + pair + "'");
    o.query.attributes[pair.substr(0, eq)] = SplitList(pair.substr(eq + 1), '|');
  }
  o.query.roles = SplitList(ctx.args.Option("role"));
  o.query.coders = SplitList(ctx.args.Option("coder"));
  o.onlyAgreed = ctx.args.Flag("agreed");
  o.pseudonymise = ctx.args.Flag("pseudonymise");
  return o;
}

void WriteReplacements(Context& ctx, const std::vector<std::string>& replaced) {
  if (const auto report = ctx.args.Option("report")) {
    std::string text;
    for (const std::string& line : replaced) text += line + "\n";
    exchange::WriteFileAtomically(*report, text);
  }
  if (ctx.args.Flag("pseudonymise"))
    ctx.out << replaced.size() << " names replaced" << (ctx.args.Option("report") ? " (listed in " + *ctx.args.Option("report") + ")" : "")
            << "\n";
}

// Speaker names leave only when asked, or as their pseudonyms.
void DropNames(Context& ctx, std::vector<exchange::ExportedFragment>& fragments) {
  if (ctx.args.Flag("names") || ctx.args.Flag("pseudonymise")) return;
  for (exchange::ExportedFragment& f : fragments) f.speaker.clear();
}

}  // namespace

int RunExport(Context& ctx) {
  ctx.args.Allow({"code", "subcodes", "attr", "role", "coder", "agreed", "pseudonymise", "names", "report"});
  const std::string format = ctx.Positional(1, "format (xml, qdpx, qdc, html, odt, csv or xlsx)");
  const std::string path = ctx.Positional(2, "file to write");
  const bool pseudonymise = ctx.args.Flag("pseudonymise");
  project::Project p = ctx.Open(pseudonymise ? store::OpenMode::ReadWrite : store::OpenMode::ReadOnly);
  const project::FragmentExportOptions options = OptionsOf(ctx);
  std::vector<std::string> replaced;
  std::size_t count = 0;
  if (format == "xml" || format == "csv" || format == "xlsx") {
    exchange::FragmentExport data = project::CollectFragments(p, options, &replaced);
    DropNames(ctx, data.fragments);
    count = data.fragments.size();
    if (format == "xml")
      exchange::WriteFragmentsXml(data, path);
    else
      exchange::WriteFileAtomically(path, format == "csv" ? exchange::FragmentsCsv(data) : exchange::FragmentsXlsx(data));
  } else if (format == "html" || format == "odt") {
    const exchange::QuoteReport report = project::CollectQuoteReport(p, options, ctx.args.Flag("names"), &replaced);
    for (const auto& c : report.codes) count += c.quotes.size();
    exchange::WriteFileAtomically(path, format == "html" ? exchange::QuoteReportHtml(report) : exchange::QuoteReportOdt(report));
  } else if (format == "qdc") {
    const Codebook book = p.ExportCodebook();
    count = book.entries.size();
    exchange::WriteQdcFile(book, path);
  } else if (format == "qdpx") {
    std::optional<project::Pseudonymiser> pseudonymiser;
    if (pseudonymise) pseudonymiser.emplace(project::PseudonymsWithSpeakers(p));
    const ExchangeProject x = project::ToExchange(p, pseudonymiser ? &*pseudonymiser : nullptr);
    for (const auto& s : x.sources) count += s.selections.size();
    exchange::WriteFileAtomically(path, exchange::WriteQdpx(x));
  } else {
    throw UsageError("export takes xml, qdpx, qdc, html, odt, csv or xlsx, not '" + format + "'");
  }
  if (ctx.Json()) {
    ctx.out << "{\"file\":" << JsonQuote(path) << ",\"format\":" << JsonQuote(format) << ",\"items\":" << count
            << ",\"replacements\":" << replaced.size() << "}\n";
  } else {
    ctx.out << "Wrote " << path << " (" << count << (format == "qdc" ? " codes" : format == "qdpx" ? " codings" : " fragments")
            << ")\n";
    WriteReplacements(ctx, replaced);
  }
  return 0;
}

int RunPseudonyms(Context& ctx) {
  ctx.args.Allow({"kind"});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "show";
  if (sub == "show") {
    project::Project p = ctx.Open(store::OpenMode::ReadOnly);
    ctx.out << project::FormatPseudonyms(project::LoadPseudonyms(p));
    return 0;
  }
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  if (sub == "set") {
    const std::string file = ctx.Positional(2, "file with the list (kind<TAB>name<TAB>label per line)");
    project::SavePseudonyms(p, project::ParsePseudonyms(import::ReadFileBytes(file)));
  } else if (sub == "add") {
    const std::string kind = ctx.args.Option("kind").value_or("persoon");
    auto list = project::LoadPseudonyms(p);
    const auto parsed = project::ParsePseudonyms(kind + "\t" + ctx.Positional(2, "name") + "\t" + ctx.Positional(3, "label"));
    list.insert(list.end(), parsed.begin(), parsed.end());
    project::SavePseudonyms(p, list);
  } else if (sub == "speakers") {
    project::PseudonymsWithSpeakers(p);
  } else {
    throw UsageError("pseudonyms takes show, set FILE, add NAME LABEL [--kind persoon|plaats|anders] or speakers");
  }
  ctx.out << project::FormatPseudonyms(project::LoadPseudonyms(p));
  return 0;
}

}  // namespace duiding::cli
