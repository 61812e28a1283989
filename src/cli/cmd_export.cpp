// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/output.h"
#include "export/atomic_file.h"
#include "export/project_export.h"
#include "import/imported.h"
#include "model/error.h"
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

}  // namespace

int RunExport(Context& ctx) {
  ctx.args.Allow({"code", "subcodes", "attr", "role", "coder", "agreed", "pseudonymise", "names", "report"});
  const std::string formatName = ctx.Positional(1, "format (xml, qdpx, qdc, html, odt, csv or xlsx)");
  const std::string path = ctx.Positional(2, "file to write");
  const std::optional<exchange::ExportFormat> format = exchange::ExportFormatNamed(formatName);
  if (!format) throw UsageError("export takes xml, qdpx, qdc, html, odt, csv or xlsx, not '" + formatName + "'");
  const bool pseudonymise = ctx.args.Flag("pseudonymise");
  // Pseudonymising may add the speakers to the project's pseudonym list.
  project::Project p = ctx.Open(pseudonymise ? store::OpenMode::ReadWrite : store::OpenMode::ReadOnly);
  exchange::ExportRequest request;
  request.options = OptionsOf(ctx);
  request.names = ctx.args.Flag("names");
  const exchange::ExportOutcome outcome = exchange::ExportProjectFile(p, *format, path, request);
  if (ctx.Json()) {
    ctx.out << "{\"file\":" << JsonQuote(path) << ",\"format\":" << JsonQuote(formatName) << ",\"items\":" << outcome.items
            << ",\"replacements\":" << outcome.replaced.size() << "}\n";
  } else {
    ctx.out << "Wrote " << path << " (" << outcome.items << " " << outcome.unit << ")\n";
    WriteReplacements(ctx, outcome.replaced);
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
