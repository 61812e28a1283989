// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <iomanip>

#include "cli/commands.h"
#include "cli/output.h"
#include "project/analysis.h"
#include "text/clock_time.h"
#include "text/utf8.h"

namespace duiding::cli {
namespace {

// --code A,B --all --subcodes --attr groep=ouder|jongere,regio=Achterhoek --role ouder --coder X
project::RetrievalQuery QueryFromOptions(Context& ctx) {
  project::RetrievalQuery q;
  q.codes = SplitList(ctx.args.Option("code"));
  q.match = ctx.args.Flag("all") ? project::RetrievalQuery::Match::All : project::RetrievalQuery::Match::Any;
  q.withSubcodes = ctx.args.Flag("subcodes");
  for (const std::string& pair : SplitList(ctx.args.Option("attr"))) {
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError("--attr takes name=value[|value] pairs, got '" + pair + "'");
    q.attributes[pair.substr(0, eq)] = SplitList(pair.substr(eq + 1), '|');
  }
  q.roles = SplitList(ctx.args.Option("role"));
  q.coders = SplitList(ctx.args.Option("coder"));
  return q;
}

// A CSV field: quoted when it holds a separator, quote or newline.
std::string Csv(const std::string& field) {
  if (field.find_first_of(",\"\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

int PrintFrequencies(Context& ctx, project::Project& p, const project::RetrievalQuery& q) {
  const auto freqs = project::Frequencies(p, q);
  JsonWriter json;
  json.BeginArray();
  if (!ctx.Json()) ctx.out << "fragments  documents  speakers  code\n";
  for (const project::CodeFrequency& f : freqs) {
    if (ctx.Json()) {
      json.BeginObject().Field("code", f.path).Field("fragments", f.fragments).Field("documents", f.documents);
      json.Field("speakers", f.speakers).EndObject();
    } else {
      ctx.out << std::setw(9) << f.fragments << "  " << std::setw(9) << f.documents << "  " << std::setw(8)
              << f.speakers << "  " << f.path << "\n";
    }
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  return 0;
}

}  // namespace

int RunRetrieve(Context& ctx) {
  ctx.args.Allow({"code", "all", "subcodes", "attr", "role", "coder", "counts", "limit"});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::RetrievalQuery q = QueryFromOptions(ctx);
  if (ctx.args.Flag("counts")) return PrintFrequencies(ctx, p, q);
  const std::vector<project::Fragment> fragments = project::Retrieve(p, q);
  const project::CodeTree tree = p.Codebook();
  const std::size_t limit = ctx.args.Count("limit").value_or(fragments.size());
  JsonWriter json;
  json.BeginArray();
  for (std::size_t i = 0; i < fragments.size() && i < limit; ++i) {
    const project::Fragment& f = fragments[i];
    std::string codes;
    for (RowId c : f.codes) codes += (codes.empty() ? "" : " + ") + tree.PathOf(c);
    if (ctx.Json()) {
      json.BeginObject().Field("coding", f.coding.guid).Field("code", codes).Field("document", f.documentName);
      json.Field("document_guid", f.documentGuid).Field("start", static_cast<std::int64_t>(f.coding.start));
      json.Field("end", static_cast<std::int64_t>(f.coding.end)).Field("speaker", f.speaker).Field("role", f.role);
      json.Field("timestamp", text::FormatClockTime(f.timestampMs)).Field("coder", f.coder).Field("memo", f.coding.memo);
      json.Field("quote", f.quote).EndObject();
    } else {
      ctx.out << f.documentName << "  " << f.coding.start << "-" << f.coding.end << "  " << codes << "  "
              << (f.speaker.empty() ? "-" : f.speaker) << (f.role.empty() ? "" : " (" + f.role + ")");
      if (f.timestampMs) ctx.out << " [" << text::FormatClockTime(f.timestampMs) << "]";
      ctx.out << "  " << f.coder << "\n    \"" << OneLine(f.quote, 160) << "\"\n";
    }
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  else ctx.out << Counted(fragments.size(), "fragment", "fragments") << "\n";
  return 0;
}

namespace {

void PrintTable(Context& ctx, const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                const std::vector<std::vector<std::int64_t>>& counts, bool csv) {
  if (csv) {
    ctx.out << "code";
    for (const std::string& c : columns) ctx.out << "," << Csv(c);
    ctx.out << "\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
      ctx.out << Csv(rows[r]);
      for (std::int64_t n : counts[r]) ctx.out << "," << n;
      ctx.out << "\n";
    }
    return;
  }
  // Widths in characters, not bytes: code names and values carry accents and middle dots.
  const auto pad = [&](const std::string& text, std::size_t width, bool left) {
    const std::size_t n = text::CountCodePoints(text);
    const std::string fill(width > n ? width - n : 0, ' ');
    ctx.out << (left ? text + fill : fill + text);
  };
  std::size_t width = 4;
  for (const std::string& r : rows) width = std::max(width, text::CountCodePoints(r));
  pad("code", width, true);
  for (const std::string& c : columns) ctx.out << "  " << c;
  ctx.out << "\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    pad(rows[r], width, true);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      ctx.out << "  ";
      pad(std::to_string(counts[r][c]), std::max<std::size_t>(text::CountCodePoints(columns[c]), 1), false);
    }
    ctx.out << "\n";
  }
}

int PrintCooccurrence(Context& ctx, project::Project& p, const project::RetrievalQuery& q, const std::string& mode) {
  project::Proximity proximity = project::Proximity::Overlap;
  if (mode == "turn") proximity = project::Proximity::SameTurn;
  else if (mode == "near") proximity = project::Proximity::Near;
  else if (mode != "overlap") throw UsageError("--cooccurrence takes overlap, turn or near, not '" + mode + "'");
  const std::size_t words = ctx.args.Count("words").value_or(10);
  const project::CooccurrenceMatrix m = project::Cooccurrence(p, q, proximity, words);
  const std::string format = ctx.Json() ? "json" : ctx.args.Option("format").value_or("table");
  if (format == "json") {
    JsonWriter json;
    json.BeginObject().Field("measure", mode == "overlap" ? "overlapping fragment pairs"
                                        : mode == "turn"  ? "speaker turns with both codes"
                                                          : "fragment pairs at most " + std::to_string(words) + " words apart");
    json.Key("codes").BeginArray();
    for (const std::string& path : m.paths) json.String(path);
    json.EndArray().Key("counts").BeginArray();
    for (const auto& row : m.counts) {
      json.BeginArray();
      for (std::int64_t n : row) json.Int(n);
      json.EndArray();
    }
    ctx.out << json.EndArray().EndObject().Text() << "\n";
    return 0;
  }
  PrintTable(ctx, m.paths, m.paths, m.counts, format == "csv");
  return 0;
}

}  // namespace

int RunMatrix(Context& ctx) {
  ctx.args.Allow({"code", "all", "subcodes", "attr", "role", "coder", "by", "count", "format", "cooccurrence", "words"});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::RetrievalQuery q = QueryFromOptions(ctx);
  if (const auto mode = ctx.args.Option("cooccurrence")) return PrintCooccurrence(ctx, p, q, *mode);
  const std::vector<std::string> by = SplitList(ctx.args.Option("by"));
  if (by.empty()) throw UsageError("matrix needs --by ATTRIBUTE[,ATTRIBUTE] or --cooccurrence overlap|turn|near");
  const std::string count = ctx.args.Option("count").value_or("fragments");
  if (count != "fragments" && count != "documents") throw UsageError("--count takes fragments or documents");
  const project::AttributeMatrix m = project::CodeByAttributes(p, q, by);
  std::vector<std::vector<std::int64_t>> counts(m.codes.size(), std::vector<std::int64_t>(m.columns.size()));
  for (std::size_t r = 0; r < m.codes.size(); ++r)
    for (std::size_t c = 0; c < m.columns.size(); ++c)
      counts[r][c] = count == "documents" ? m.documents[r][c] : static_cast<std::int64_t>(m.cells[r][c].size());
  const std::string format = ctx.Json() ? "json" : ctx.args.Option("format").value_or("table");
  if (format == "json") {
    std::map<RowId, std::string> guidOf;
    for (const Coding& c : p.Store().Codings({})) guidOf[c.id] = c.guid;
    JsonWriter json;
    json.BeginObject().Key("by").BeginArray();
    for (const std::string& a : m.attributes) json.String(a);
    json.EndArray().Key("columns").BeginArray();
    for (const std::string& c : m.columns) json.String(c);
    json.EndArray().Key("rows").BeginArray();
    for (std::size_t r = 0; r < m.codes.size(); ++r) {
      json.BeginObject().Field("code", m.paths[r]).Key("cells").BeginArray();
      for (std::size_t c = 0; c < m.columns.size(); ++c) {
        json.BeginObject().Field("fragments", static_cast<std::int64_t>(m.cells[r][c].size()));
        json.Field("documents", m.documents[r][c]).Key("codings").BeginArray();
        for (RowId id : m.cells[r][c]) json.String(guidOf[id]);
        json.EndArray().EndObject();
      }
      json.EndArray().EndObject();
    }
    ctx.out << json.EndArray().EndObject().Text() << "\n";
    return 0;
  }
  if (format != "table" && format != "csv") throw UsageError("--format takes table, csv or json");
  PrintTable(ctx, m.paths, m.columns, counts, format == "csv");
  return 0;
}

}  // namespace duiding::cli
