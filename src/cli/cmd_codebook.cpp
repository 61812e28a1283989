// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "cli/commands.h"
#include "cli/output.h"
#include "export/qdc_writer.h"
#include "import/qdc_reader.h"
#include "model/error.h"
#include "project/shipped_codebooks.h"

namespace duiding::cli {
namespace {

void PrintSection(Context& ctx, const char* label, const std::string& text, int depth) {
  if (text.empty()) return;
  ctx.out << std::string(2 * static_cast<std::size_t>(depth) + 4, ' ') << label << ": " << OneLine(text, 400) << "\n";
}

int ShowCodebook(Context& ctx) {
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::CodeTree tree = p.Codebook();
  JsonWriter json;
  json.BeginArray();
  for (const auto& [code, depth] : tree.DepthFirst()) {
    if (ctx.Json()) {
      WriteJson(json, *code, tree.PathOf(code->id));
      continue;
    }
    ctx.out << std::string(2 * static_cast<std::size_t>(depth), ' ') << code->name;
    if (!code->nameEn.empty()) ctx.out << "  (" << code->nameEn << ")";
    if (!code->color.empty()) ctx.out << "  " << code->color;
    if (!code->isCodable) ctx.out << "  [categorie]";
    ctx.out << "\n";
    PrintSection(ctx, "Definitie", code->description, depth);
    PrintSection(ctx, "Wel coderen", code->inclusion, depth);
    PrintSection(ctx, "Niet coderen", code->exclusion, depth);
    for (const CodeExample& e : code->examples)
      PrintSection(ctx, e.kind == CodeExample::Kind::Borderline ? "Grensgeval" : "Voorbeeld", e.text, depth);
    PrintSection(ctx, "Memo", code->memo, depth);
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  return 0;
}

int ImportCodebook(Context& ctx) {
  Codebook book;
  std::vector<std::string> warnings;
  std::string source;
  if (const auto shipped = ctx.args.Option("shipped")) {
    auto found = project::ShippedCodebook(*shipped);
    if (!found) throw Error(ErrorKind::NotFound, "no shipped codebook '" + *shipped + "' (there is natuurlijk-mentorschap)");
    book = std::move(*found);
    source = *shipped;
  } else {
    source = ctx.Positional(2, "codebook file (.qdc) or --shipped NAME");
    import::QdcResult read = import::ReadQdcFile(source);
    book = std::move(read.codebook);
    warnings = std::move(read.warnings);
  }
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  project::CodebookImportReport report = p.ImportCodebook(book, source);
  warnings.insert(warnings.end(), report.warnings.begin(), report.warnings.end());
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("added", report.added).Field("updated", report.updated);
    json.Field("unchanged", report.unchanged).Key("warnings").BeginArray();
    for (const std::string& w : warnings) json.String(w);
    ctx.out << json.EndArray().EndObject().Text() << "\n";
  } else {
    ctx.out << "Codebook " << source << ": " << Counted(report.added, "code", "codes") << " added, " << report.updated << " updated, "
            << report.unchanged << " unchanged\n";
    for (const std::string& w : warnings) ctx.out << "warning: " << w << "\n";
  }
  return 0;
}

int ExportCodebook(Context& ctx) {
  const std::string path = ctx.Positional(2, "file to write (.qdc)");
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const Codebook book = p.ExportCodebook();
  exchange::WriteQdcFile(book, path);
  if (ctx.Json())
    ctx.out << "{\"file\":" << JsonQuote(path) << ",\"codes\":" << book.entries.size() << "}\n";
  else
    ctx.out << "Wrote " << Counted(book.entries.size(), "code", "codes") << " to " << path << "\n";
  return 0;
}

void PrintUndone(Context& ctx, const char* verb, const std::optional<ChangeSet>& set) {
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject();
    if (set) json.Field(verb, set->label).Field("change", set->guid);
    ctx.out << json.EndObject().Text() << "\n";
    return;
  }
  if (set)
    ctx.out << (std::string(verb) == "undone" ? "Undone: " : "Redone: ") << set->label << "\n";
  else
    ctx.out << (std::string(verb) == "undone" ? "Nothing to undo\n" : "Nothing to redo\n");
}

}  // namespace

int RunCodebook(Context& ctx) {
  ctx.args.Allow({"shipped"});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "show";
  if (sub == "show") return ShowCodebook(ctx);
  if (sub == "import") return ImportCodebook(ctx);
  if (sub == "export") return ExportCodebook(ctx);
  throw UsageError("codebook takes show, import or export, not '" + sub + "'");
}

int RunUndo(Context& ctx) {
  ctx.args.Allow({"list"});
  project::Project p = ctx.Open(ctx.args.Flag("list") ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
  if (ctx.args.Flag("list")) {
    const store::Store::UndoStacks stacks = p.UndoRedoStacks();
    JsonWriter json;
    json.BeginObject().Key("undo").BeginArray();
    for (auto it = stacks.undo.rbegin(); it != stacks.undo.rend(); ++it) {
      if (ctx.Json()) json.String(it->label);
      else ctx.out << "undo  " << it->at << "  " << it->label << "\n";
    }
    json.EndArray().Key("redo").BeginArray();
    for (auto it = stacks.redo.rbegin(); it != stacks.redo.rend(); ++it) {
      if (ctx.Json()) json.String(it->label);
      else ctx.out << "redo  " << it->at << "  " << it->label << "\n";
    }
    if (ctx.Json()) ctx.out << json.EndArray().EndObject().Text() << "\n";
    return 0;
  }
  PrintUndone(ctx, "undone", p.Undo());
  return 0;
}

int RunRedo(Context& ctx) {
  ctx.args.Allow({});
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  PrintUndone(ctx, "redone", p.Redo());
  return 0;
}

}  // namespace duiding::cli
