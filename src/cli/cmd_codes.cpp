// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>

#include "cli/commands.h"
#include "cli/output.h"
#include "model/error.h"

namespace duiding::cli {
namespace {

void PrintCode(Context& ctx, const char* verb, project::Project& p, const Code& code) {
  const std::string path = p.Codebook().PathOf(code.id);
  if (ctx.Json()) {
    JsonWriter json;
    WriteJson(json, code, path);
    ctx.out << json.Text() << "\n";
  } else {
    ctx.out << verb << " code '" << path << "'\n";
  }
}

int ListCodes(Context& ctx) {
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const project::CodeTree tree = p.Codebook();
  std::map<RowId, std::int64_t> counts;
  for (const Coding& c : p.Store().Codings({})) ++counts[c.code];
  JsonWriter json;
  json.BeginArray();
  for (const auto& [code, depth] : tree.DepthFirst()) {
    if (ctx.Json()) {
      json.BeginObject().Field("guid", code->guid).Field("name", code->name).Field("path", tree.PathOf(code->id));
      json.Field("color", code->color).Field("description", code->description).Field("codings", counts[code->id]);
      json.EndObject();
    } else {
      ctx.out << std::string(2 * static_cast<std::size_t>(depth), ' ') << code->name;
      if (!code->color.empty()) ctx.out << "  " << code->color;
      ctx.out << "  (" << counts[code->id] << ")\n";
    }
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  return 0;
}

project::CodingTarget Target(Context& ctx) {
  project::CodingTarget t;
  const auto doc = ctx.args.Option("doc");
  const auto code = ctx.args.Option("code");
  if (!doc) throw UsageError("missing --doc DOCUMENT");
  if (!code) throw UsageError("missing --code CODE");
  t.document = *doc;
  t.code = *code;
  t.start = ctx.args.Count("start");
  t.end = ctx.args.Count("end");
  t.quote = ctx.args.Option("quote");
  t.occurrence = ctx.args.Count("occurrence");
  if (t.quote && (t.start || t.end)) throw UsageError("give either --quote or --start/--end, not both");
  if (!t.quote && !(t.start && t.end)) throw UsageError("give --start and --end, or --quote");
  return t;
}

void PrintCoding(Context& ctx, const char* verb, project::Project& p, const Coding& c) {
  const Document doc = p.Store().GetDocument(c.document);
  const std::string path = p.Codebook().PathOf(c.code);
  const std::string quote = p.Store().DocumentSlice(c.document, c.start, c.end);
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("guid", c.guid).Field("document", doc.name).Field("code", path);
    json.Field("start", static_cast<std::int64_t>(c.start)).Field("end", static_cast<std::int64_t>(c.end));
    ctx.out << json.Field("quote", quote).EndObject().Text() << "\n";
  } else {
    ctx.out << verb << " '" << path << "' at " << c.start << "-" << c.end << " in '" << doc.name << "': \""
            << OneLine(quote, 80) << "\"\n";
  }
}

}  // namespace

int RunCodes(Context& ctx) {
  ctx.args.Allow({"parent", "color", "description", "top"});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "list";
  if (sub == "list") return ListCodes(ctx);
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  if (sub == "add") {
    project::CodeSpec spec;
    spec.name = ctx.Positional(2, "code name");
    spec.parent = ctx.args.Option("parent");
    spec.color = ctx.args.Option("color").value_or("");
    spec.description = ctx.args.Option("description").value_or("");
    PrintCode(ctx, "Added", p, p.AddCode(spec));
  } else if (sub == "rename") {
    PrintCode(ctx, "Renamed to", p, p.RenameCode(ctx.Positional(2, "code"), ctx.Positional(3, "new name")));
  } else if (sub == "move") {
    const auto parent = ctx.args.Option("parent");
    if (!parent && !ctx.args.Flag("top")) throw UsageError("codes move needs --parent CODE or --top");
    if (parent && ctx.args.Flag("top")) throw UsageError("give --parent or --top, not both");
    PrintCode(ctx, "Moved", p, p.MoveCode(ctx.Positional(2, "code"), parent));
  } else {
    throw UsageError("codes takes list, add, rename or move, not '" + sub + "'");
  }
  return 0;
}

int RunCode(Context& ctx) {
  ctx.args.Allow({"doc", "code", "start", "end", "quote", "occurrence", "memo", "guid"});
  const std::string& sub = ctx.Positional(1, "'add' or 'remove'");
  if (sub == "add") {
    const project::CodingTarget target = Target(ctx);
    project::Project p = ctx.Open(store::OpenMode::ReadWrite);
    PrintCoding(ctx, "Coded", p, p.AddCoding(target, ctx.args.Option("memo").value_or("")));
  } else if (sub == "remove") {
    if (const auto guid = ctx.args.Option("guid")) {
      project::Project p = ctx.Open(store::OpenMode::ReadWrite);
      const Coding removed = p.RemoveCodingByGuid(*guid);
      ctx.out << (ctx.Json() ? "{\"removed\":\"" + removed.guid + "\"}" : "Removed coding " + removed.guid) << "\n";
      return 0;
    }
    const project::CodingTarget target = Target(ctx);
    project::Project p = ctx.Open(store::OpenMode::ReadWrite);
    const Coding removed = p.RemoveCoding(target);
    ctx.out << (ctx.Json() ? "{\"removed\":\"" + removed.guid + "\"}" : "Removed coding " + removed.guid) << "\n";
  } else {
    throw UsageError("code takes add or remove, not '" + sub + "'");
  }
  return 0;
}

int RunCodings(Context& ctx) {
  ctx.args.Allow({"code", "doc", "coder"});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const std::vector<store::QuotedCoding> codings =
      p.Codings({ctx.args.Option("code"), ctx.args.Option("doc"), ctx.args.Option("coder")});
  const project::CodeTree tree = p.Codebook();
  std::map<RowId, std::string> docs, users;
  for (const Document& d : p.Store().Documents()) docs[d.id] = d.name;
  for (const User& u : p.Store().Users()) users[u.id] = u.name;
  JsonWriter json;
  json.BeginArray();
  for (const auto& [c, quote] : codings) {
    if (ctx.Json()) {
      json.BeginObject().Field("guid", c.guid).Field("document", docs[c.document]).Field("code", tree.PathOf(c.code));
      json.Field("coder", users[c.coder]).Field("start", static_cast<std::int64_t>(c.start));
      json.Field("end", static_cast<std::int64_t>(c.end)).Field("created", c.createdAt).Field("memo", c.memo);
      json.Field("quote", quote).EndObject();
    } else {
      ctx.out << docs[c.document] << "  " << c.start << "-" << c.end << "  " << tree.PathOf(c.code) << "  "
              << users[c.coder] << "  \"" << OneLine(quote, 100) << "\"\n";
    }
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  else if (codings.empty()) ctx.out << "No codings.\n";
  return 0;
}

}  // namespace duiding::cli
