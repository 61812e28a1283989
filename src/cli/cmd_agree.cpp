// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <charconv>
#include <cstdio>
#include <iomanip>
#include <sstream>

#include "cli/commands.h"
#include "cli/output.h"
#include "export/agreement_report.h"
#include "export/atomic_file.h"
#include "model/error.h"
#include "project/agreement.h"
#include "project/reliability_table.h"
#include "text/utf8.h"

namespace duiding::cli {
namespace {

// "0.9", "90" or "90%" -> 0.9.
double Share(Context& ctx, const char* option, double fallback) {
  std::string text = ctx.args.Option(option).value_or("");
  if (text.empty()) return fallback;
  const bool percent = text.back() == '%';
  if (percent) text.pop_back();
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 100)
    throw UsageError(std::string("--") + option + " takes a share such as 0.9 or 90%");
  return percent || value > 1 ? value / 100 : value;
}

std::string Value(const agreement::Result& r) {
  if (!r.Defined()) return "undefined";
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << *r.value;
  return out.str();
}

void Json(JsonWriter& json, const char* key, const agreement::Result& r) {
  json.Key(key);
  if (!r.Defined()) {
    json.BeginObject().Key("value").Null().Field("undefined", r.undefinedReason).EndObject();
    return;
  }
  json.BeginObject().Key("value").String(Value(r));
  if (!r.convention.empty()) json.Field("convention", r.convention);
  json.EndObject();
}

void Json(JsonWriter& json, const agreement::UnitReport& u) {
  json.BeginObject().Field("units", static_cast<std::int64_t>(u.units));
  json.Field("complete_units", static_cast<std::int64_t>(u.completeUnits));
  json.Field("pairable_units", static_cast<std::int64_t>(u.pairableUnits));
  Json(json, "percent agreement", u.percentAgreement);
  Json(json, "mean pairwise agreement", u.meanPairwiseAgreement);
  Json(json, "Cohen's kappa", u.cohenKappa);
  Json(json, "Scott's pi", u.scottPi);
  Json(json, "Brennan-Prediger kappa_n", u.brennanPrediger);
  Json(json, "Gwet's AC1", u.gwetAc1);
  Json(json, "Fleiss' kappa", u.fleissKappa);
  Json(json, "Conger's kappa", u.congerKappa);
  Json(json, "Light's kappa", u.lightKappa);
  Json(json, "Krippendorff's alpha", u.krippendorffAlpha);
  json.EndObject();
}

const char* LevelName(agreement::Level level) {
  switch (level) {
    case agreement::Level::Nominal: return "nominal";
    case agreement::Level::Ordinal: return "ordinal";
    case agreement::Level::Interval: return "interval";
    case agreement::Level::Ratio: return "ratio";
  }
  return "nominal";
}

void PrintUnitReport(Context& ctx, const agreement::UnitReport& u, const char* level, bool twoCoders) {
  const auto line = [&](const char* name, const agreement::Result& r) {
    ctx.out << "  " << std::left << std::setw(34) << name << std::right << Value(r);
    if (!r.Defined()) ctx.out << "  (" << r.undefinedReason << ")";
    ctx.out << "\n";
  };
  ctx.out << "  units " << u.units << ", coded by every coder " << u.completeUnits << ", pairable " << u.pairableUnits
          << "\n";
  line(twoCoders ? "percent agreement" : "percent agreement (all agree)", u.percentAgreement);
  if (twoCoders) {
    line("Cohen's kappa", u.cohenKappa);
    line("Scott's pi", u.scottPi);
    line("Brennan-Prediger kappa_n", u.brennanPrediger);
    line("Gwet's AC1", u.gwetAc1);
  } else {
    line("mean pairwise agreement", u.meanPairwiseAgreement);
    line("Fleiss' kappa", u.fleissKappa);
    line("Conger's kappa", u.congerKappa);
    line("Light's kappa", u.lightKappa);
    line("Randolph's free-marginal kappa", u.brennanPrediger);
  }
  line((std::string("Krippendorff's alpha (") + level + ")").c_str(), u.krippendorffAlpha);
}

int AgreeTable(Context& ctx, const std::string& path) {
  const std::string levelName = ctx.args.Option("level").value_or("nominal");
  agreement::Level level = agreement::Level::Nominal;
  if (levelName == "ordinal") level = agreement::Level::Ordinal;
  else if (levelName == "interval") level = agreement::Level::Interval;
  else if (levelName == "ratio") level = agreement::Level::Ratio;
  else if (levelName != "nominal") throw UsageError("--level takes nominal, ordinal, interval or ratio");
  // §2a: numeric scores may agree within a tolerance ("4" and "5" on a five-point scale).
  std::optional<double> tolerance;
  if (const auto text = ctx.args.Option("tolerance")) {
    double t = -1;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), t);
    if (ec != std::errc() || end != text->data() + text->size() || t < 0)
      throw UsageError("--tolerance takes a number of 0 or more, such as 1 or 0.5");
    if (level != agreement::Level::Interval && level != agreement::Level::Ratio)
      throw UsageError("--tolerance needs numbers: add --level interval or --level ratio");
    tolerance = t;
  }
  const project::ReliabilityTable table = project::ReadReliabilityTable(path, level, SplitList(ctx.args.Option("order")));
  const agreement::UnitReport report = agreement::ComputeUnitReport(table.data, level);
  const std::optional<agreement::Result> within =
      tolerance ? std::optional(agreement::AgreementWithin(table.data, *tolerance)) : std::nullopt;
  std::ostringstream name;
  if (tolerance) name << "percent agreement within " << *tolerance;
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("table", path).Field("level", LevelName(level)).Key("coders").BeginArray();
    for (const std::string& c : table.coders) json.String(c);
    json.EndArray().Key("categories").BeginArray();
    for (const std::string& c : table.data.categories) json.String(c);
    json.EndArray().Key("measures");
    Json(json, report);
    if (within) Json(json, name.str().c_str(), *within);
    ctx.out << json.EndObject().Text() << "\n";
    return 0;
  }
  ctx.out << path << ": " << table.units.size() << " units, " << table.coders.size() << " coders, "
          << table.data.categories.size() << " categories (" << LevelName(level) << ")\n";
  PrintUnitReport(ctx, report, LevelName(level), table.coders.size() == 2);
  if (within) {
    ctx.out << "  " << std::left << std::setw(34) << name.str() << std::right << Value(*within);
    if (!within->Defined()) ctx.out << "  (" << within->undefinedReason << ")";
    ctx.out << "\n";
  }
  return 0;
}

void PrintProjectReport(Context& ctx, const project::AgreementReport& r, std::size_t limit) {
  const bool two = r.coders.size() == 2;
  ctx.out << "Coders: ";
  for (std::size_t i = 0; i < r.coders.size(); ++i) ctx.out << (i ? ", " : "") << r.coders[i].name;
  ctx.out << "\nDocuments: " << r.documents.size() << "; units: " << r.unitCount << " (" << project::UnitKindName(r.unit)
          << ")\n\nPer code: Krippendorff's alpha (nominal) | " << (two ? "Cohen's kappa" : "Fleiss' kappa")
          << " | percent agreement | character kappa (length-weighted) | segment agreement | u-alpha 1995\n";
  for (const project::CodeAgreement& c : r.codes)
    ctx.out << "  " << c.path << ":  " << Value(c.units.krippendorffAlpha) << " | "
            << Value(two ? c.units.cohenKappa : c.units.fleissKappa) << " | " << Value(c.units.percentAgreement) << " | "
            << Value(c.characterKappaWeighted) << " | " << Value(c.segments.percentAgreement) << " | "
            << Value(c.unitizingAlpha1995) << "\n";
  ctx.out << "\nOverall (every unit x code decision):\n";
  PrintUnitReport(ctx, r.overall, "nominal", two);
  ctx.out << "  segment agreement                 " << Value(r.segmentsOverall.percentAgreement) << "  ("
          << r.segmentsOverall.agreements << " of " << r.segmentsOverall.agreements + r.segmentsOverall.disagreements
          << " segments); Brennan-Prediger kappa " << Value(r.segmentKappa) << "\n";
  if (r.coders.size() > 2) {
    ctx.out << "\nPer coder pair: Krippendorff's alpha | Cohen's kappa\n";
    for (const auto& p : r.perPair)
      ctx.out << "  " << p.label << ":  " << Value(p.units.krippendorffAlpha) << " | " << Value(p.units.cohenKappa) << "\n";
  }
  if (!r.perGroup.empty()) {
    ctx.out << "\nPer group: Krippendorff's alpha\n";
    for (const auto& g : r.perGroup) ctx.out << "  " << g.label << ":  " << Value(g.units.krippendorffAlpha) << "\n";
  }
  if (!r.domains.empty()) {
    ctx.out << "\nPer semantic domain: u-alpha | |u-alpha | cu-alpha\n";
    for (const auto& d : r.domains) {
      ctx.out << "  " << d.path << ":  " << Value(d.family.uAlpha) << " | " << Value(d.family.binaryUAlpha) << " | "
              << Value(d.family.cuAlpha) << "\n";
      for (const std::string& w : d.warnings) ctx.out << "    warning: " << w << "\n";
    }
  }
  ctx.out << "\n" << r.disagreementCount << " units where the coders differ";
  if (limit == 0) {
    ctx.out << " (list them with --disagreements)\n";
    return;
  }
  ctx.out << ":\n";
  for (std::size_t i = 0; i < r.disagreements.size() && i < limit; ++i) {
    const project::Disagreement& d = r.disagreements[i];
    ctx.out << "  " << d.documentName << " " << d.start << "-" << d.end << "  " << d.Anchor() << "\n    \""
            << OneLine(d.quote, 120) << "\"\n";
    for (std::size_t c = 0; c < r.coders.size(); ++c) {
      std::string codes;
      for (const std::string& code : d.codesByCoder[c]) codes += (codes.empty() ? "" : ", ") + code;
      ctx.out << "    " << r.coders[c].name << ": " << (codes.empty() ? "-" : codes) << "\n";
    }
  }
}

void PrintProjectJson(Context& ctx, const project::AgreementReport& r) {
  JsonWriter json;
  json.BeginObject().Key("coders").BeginArray();
  for (const User& u : r.coders) json.String(u.name);
  json.EndArray().Field("unit", project::UnitKindName(r.unit)).Field("units", static_cast<std::int64_t>(r.unitCount));
  json.Key("definitions").BeginObject();
  for (const auto& [name, text] : r.definitions) json.Field(name, text);
  json.EndObject().Key("codes").BeginArray();
  for (const project::CodeAgreement& c : r.codes) {
    json.BeginObject().Field("code", c.path).Key("unit-based");
    Json(json, c.units);
    Json(json, "character-level percent (mean)", c.characterPercentMean);
    Json(json, "character-level percent (length-weighted)", c.characterPercentWeighted);
    Json(json, "character-level kappa (mean)", c.characterKappaMean);
    Json(json, "character-level kappa (length-weighted)", c.characterKappaWeighted);
    json.Field("segments agreeing", static_cast<std::int64_t>(c.segments.agreements));
    json.Field("segments not agreeing", static_cast<std::int64_t>(c.segments.disagreements));
    Json(json, "segment agreement", c.segments.percentAgreement);
    Json(json, "unitizing alpha (Krippendorff 1995)", c.unitizingAlpha1995);
    json.EndObject();
  }
  json.EndArray().Key("overall");
  Json(json, r.overall);
  Json(json, "segment agreement", r.segmentsOverall.percentAgreement);
  Json(json, "segment kappa (Brennan-Prediger)", r.segmentKappa);
  for (const auto& [key, slices] : {std::pair{"per document", &r.perDocument}, std::pair{"per coder pair", &r.perPair},
                                    std::pair{"per group", &r.perGroup}}) {
    json.Key(key).BeginArray();
    for (const auto& s : *slices) {
      json.BeginObject().Field("label", s.label).Key("unit-based");
      Json(json, s.units);
      json.EndObject();
    }
    json.EndArray();
  }
  json.Key("domains").BeginArray();
  for (const auto& d : r.domains) {
    json.BeginObject().Field("domain", d.path);
    Json(json, "u-alpha", d.family.uAlpha);
    Json(json, "|u-alpha", d.family.binaryUAlpha);
    Json(json, "cu-alpha", d.family.cuAlpha);
    json.Key("warnings").BeginArray();
    for (const std::string& w : d.warnings) json.String(w);
    json.EndArray().EndObject();
  }
  json.EndArray().Field("disagreement_count", static_cast<std::int64_t>(r.disagreementCount));
  json.Key("disagreements").BeginArray();
  for (const project::Disagreement& d : r.disagreements) {
    json.BeginObject().Field("document", d.documentName).Field("anchor", d.Anchor());
    json.Field("start", static_cast<std::int64_t>(d.start)).Field("end", static_cast<std::int64_t>(d.end));
    json.Field("quote", d.quote).Key("codes").BeginObject();
    for (std::size_t c = 0; c < r.coders.size(); ++c) {
      json.Key(r.coders[c].name).BeginArray();
      for (const std::string& code : d.codesByCoder[c]) json.String(code);
      json.EndArray();
    }
    json.EndObject().EndObject();
  }
  ctx.out << json.EndArray().EndObject().Text() << "\n";
}

}  // namespace

int RunAgree(Context& ctx) {
  ctx.args.Allow({"table", "level", "order", "tolerance", "coder", "code", "doc", "unit", "overlap", "threshold",
                  "group-by", "measures", "csv", "html", "disagreements", "limit"});
  if (const auto table = ctx.args.Option("table")) return AgreeTable(ctx, *table);
  project::AgreementOptions options;
  options.coders = SplitList(ctx.args.Option("coder"));
  options.codes = SplitList(ctx.args.Option("code"));
  options.documents = SplitList(ctx.args.Option("doc"));
  if (const auto unit = ctx.args.Option("unit")) {
    const auto kind = project::ParseUnitKind(*unit);
    if (!kind) throw UsageError("--unit takes sentence, turn, paragraph or answer");
    options.unit = *kind;
  }
  options.unitOverlap = Share(ctx, "overlap", 0.0);
  options.segmentThreshold = Share(ctx, "threshold", 0.9);
  options.groupBy = ctx.args.Option("group-by").value_or("");
  options.disagreementLimit = ctx.args.Count("limit").value_or(options.disagreementLimit);
  if (const auto measures = ctx.args.Option("measures")) {
    const std::vector<std::string> chosen = SplitList(measures);
    const auto has = [&](const char* m) { return std::find(chosen.begin(), chosen.end(), m) != chosen.end(); };
    for (const std::string& m : chosen)
      if (m != "unit" && m != "character" && m != "segment" && m != "unitizing")
        throw UsageError("--measures takes unit, character, segment and unitizing, not '" + m + "'");
    options.characterLevel = has("character");
    options.segments = has("segment");
    options.unitizing = has("unitizing");
  }
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::AgreementReport report = project::ComputeAgreement(p, options);
  const std::string title = "Intercoderbetrouwbaarheid \u2014 " + p.Store().Info().name;
  if (const auto csv = ctx.args.Option("csv")) exchange::WriteFileAtomically(*csv, exchange::AgreementCsv(report));
  if (const auto html = ctx.args.Option("html")) exchange::WriteFileAtomically(*html, exchange::AgreementHtml(report, title));
  if (ctx.Json()) {
    PrintProjectJson(ctx, report);
    return 0;
  }
  const std::size_t limit = ctx.args.Flag("disagreements") ? ctx.args.Count("limit").value_or(50) : 0;
  PrintProjectReport(ctx, report, limit);
  return 0;
}

int RunPackage(Context& ctx) {
  ctx.args.Allow({"coder", "out"});
  const auto coder = ctx.args.Option("coder");
  const auto out = ctx.args.Option("out");
  if (!coder || !out) throw UsageError("package --coder NAME --out FILE.duiding");
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::PackageReport r = p.MakeCoderPackage(*coder, *out);
  if (ctx.Json())
    ctx.out << "{\"file\":" << JsonQuote(r.path) << ",\"coder\":" << JsonQuote(r.coder.name)
            << ",\"codings\":" << r.codingsKept << ",\"hidden\":" << r.codingsHidden << "}\n";
  else
    ctx.out << "Wrote coder package " << r.path << " for " << r.coder.name << " (" << r.codingsKept
            << " of their codings; " << Counted(r.codingsHidden, "coding", "codings") << " of others left out)\n";
  return 0;
}

int RunMerge(Context& ctx) {
  ctx.args.Allow({});
  const auto& files = ctx.args.Positionals();
  if (files.size() < 2) throw UsageError("merge PACKAGE.duiding...");
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  JsonWriter json;
  json.BeginArray();
  for (std::size_t i = 1; i < files.size(); ++i) {
    const project::PackageMergeReport r = p.MergeCoderPackage(files[i]);
    if (ctx.Json()) {
      json.BeginObject().Field("file", files[i]).Field("coder", r.coder.name).Field("added", r.added);
      json.Field("updated", r.updated).Field("removed", r.removed).Field("unchanged", r.unchanged);
      json.Field("codes_added", r.codesAdded).Key("conflicts").BeginArray();
      for (const std::string& c : r.conflicts) json.String(c);
      json.EndArray().EndObject();
      continue;
    }
    ctx.out << "Merged " << files[i] << " (" << r.coder.name << "): " << Counted(r.added, "coding", "codings")
            << " added, " << r.updated << " updated, " << r.removed << " removed, " << r.unchanged << " unchanged, "
            << Counted(r.codesAdded, "code", "codes") << " added\n";
    for (const std::string& c : r.conflicts) ctx.out << "conflict: " << c << "\n";
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  return 0;
}

}  // namespace duiding::cli
