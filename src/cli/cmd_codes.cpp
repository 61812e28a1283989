// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>

#include "cli/commands.h"
#include "cli/output.h"
#include "model/error.h"

namespace duiding::cli {
namespace {

void PrintCode(Context& ctx, const char* verb, project::Project& p, const Code& code) {
  const std::string path = p.CodebookWithDeleted().PathOf(code.id);
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
  if (ctx.args.Flag("deleted")) {
    const project::CodeTree all = p.CodebookWithDeleted();
    for (const Code& c : all.All())
      if (!c.deletedAt.empty()) ctx.out << all.PathOf(c.id) << "  deleted " << c.deletedAt << "  " << c.guid << "\n";
    return 0;
  }
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

project::CodeSpec SpecFromOptions(Context& ctx, std::string name) {
  project::CodeSpec spec;
  spec.name = std::move(name);
  spec.parent = ctx.args.Option("parent");
  spec.color = ctx.args.Option("color").value_or("");
  spec.description = ctx.args.Option("description").value_or("");
  spec.nameEn = ctx.args.Option("name-en").value_or("");
  spec.inclusion = ctx.args.Option("inclusion").value_or("");
  spec.exclusion = ctx.args.Option("exclusion").value_or("");
  spec.memo = ctx.args.Option("memo").value_or("");
  if (const auto example = ctx.args.Option("example")) spec.examples.push_back({CodeExample::Kind::Typical, *example, {}});
  if (const auto example = ctx.args.Option("borderline"))
    spec.examples.push_back({CodeExample::Kind::Borderline, *example, {}});
  spec.isCodable = !ctx.args.Flag("category");
  spec.allowSimilar = ctx.args.Flag("allow-similar");
  return spec;
}

project::CodeEdit EditFromOptions(Context& ctx, project::Project& p, const std::string& code) {
  project::CodeEdit edit;
  edit.color = ctx.args.Option("color");
  edit.description = ctx.args.Option("description");
  edit.nameEn = ctx.args.Option("name-en");
  edit.inclusion = ctx.args.Option("inclusion");
  edit.exclusion = ctx.args.Option("exclusion");
  edit.memo = ctx.args.Option("memo");
  if (ctx.args.Flag("category")) edit.isCodable = false;
  if (ctx.args.Flag("codable")) edit.isCodable = true;
  const auto typical = ctx.args.Option("example"), borderline = ctx.args.Option("borderline");
  const auto linked = ctx.args.Option("example-coding"), linkedBorderline = ctx.args.Option("borderline-coding");
  if (typical || borderline || linked || linkedBorderline) {
    std::vector<CodeExample> examples = p.Codebook().Resolve(code).examples;
    if (typical) examples.push_back({CodeExample::Kind::Typical, *typical, {}});
    if (borderline) examples.push_back({CodeExample::Kind::Borderline, *borderline, {}});
    if (linked) examples.push_back({CodeExample::Kind::Typical, {}, *linked});
    if (linkedBorderline) examples.push_back({CodeExample::Kind::Borderline, {}, *linkedBorderline});
    edit.examples = std::move(examples);
  }
  if (ctx.args.Flag("clear-examples")) edit.examples = std::vector<CodeExample>{};
  return edit;
}

int SimilarCodes(Context& ctx) {
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const std::vector<project::SimilarCode> similar = p.SimilarCodes(ctx.Positional(2, "name"));
  JsonWriter json;
  json.BeginArray();
  for (const project::SimilarCode& s : similar) {
    if (ctx.Json()) json.BeginObject().Field("path", s.path).Field("guid", s.code.guid).Field("reason", s.reason).EndObject();
    else ctx.out << s.path << "  (" << s.reason << ")\n";
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  else if (similar.empty()) ctx.out << "No similar codes\n";
  return 0;
}

}  // namespace

int RunCodes(Context& ctx) {
  ctx.args.Allow({"parent", "color", "description", "top", "name-en", "inclusion", "exclusion", "memo", "example",
                  "borderline", "example-coding", "borderline-coding", "clear-examples", "category", "codable",
                  "allow-similar", "position", "codings", "deleted"});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "list";
  if (sub == "list") return ListCodes(ctx);
  if (sub == "similar") return SimilarCodes(ctx);
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  if (sub == "add") {
    PrintCode(ctx, "Added", p, p.AddCode(SpecFromOptions(ctx, ctx.Positional(2, "code name"))));
  } else if (sub == "rename") {
    PrintCode(ctx, "Renamed to", p,
              p.RenameCode(ctx.Positional(2, "code"), ctx.Positional(3, "new name"), ctx.args.Flag("allow-similar")));
  } else if (sub == "move") {
    const auto parent = ctx.args.Option("parent");
    const auto position = ctx.args.Count("position");
    if (!parent && !ctx.args.Flag("top") && !position)
      throw UsageError("codes move needs --parent CODE, --top or --position N");
    if (parent && ctx.args.Flag("top")) throw UsageError("give --parent or --top, not both");
    std::optional<std::string> newParent = parent;
    if (!parent && !ctx.args.Flag("top")) {  // only a new position: stay under the same parent
      const project::CodeTree tree = p.Codebook();
      const Code& code = tree.Resolve(ctx.Positional(2, "code"));
      if (code.parent) newParent = tree.Get(*code.parent).guid;
    }
    PrintCode(ctx, "Moved", p,
              p.MoveCode(ctx.Positional(2, "code"), newParent, position ? std::optional(*position - 1) : std::nullopt));
  } else if (sub == "edit") {
    const std::string code = ctx.Positional(2, "code");
    PrintCode(ctx, "Edited", p, p.EditCode(code, EditFromOptions(ctx, p, code)));
  } else if (sub == "merge") {
    const project::MergeReport r = p.MergeCodes(ctx.Positional(2, "code to merge"), ctx.Positional(3, "code to merge into"));
    const std::string into = p.Codebook().PathOf(r.into.id);
    if (ctx.Json())
      ctx.out << "{\"into\":" << JsonQuote(into) << ",\"moved\":" << r.moved << ",\"collapsed\":" << r.collapsed
              << ",\"children_moved\":" << r.childrenMoved << "}\n";
    else
      ctx.out << "Merged into '" << into << "': " << Counted(r.moved, "coding", "codings") << " moved, "
              << Counted(r.collapsed, "exact duplicate", "exact duplicates") << " collapsed, "
              << Counted(r.childrenMoved, "sub-code", "sub-codes") << " moved\n";
  } else if (sub == "split") {
    const auto codings = ctx.args.Option("codings");
    if (!codings) throw UsageError("codes split CODE NEW-NAME --codings GUID,GUID,...");
    const std::string from = ctx.Positional(2, "code to split");
    PrintCode(ctx, "Split off", p, p.SplitCode(from, SplitList(*codings), SpecFromOptions(ctx, ctx.Positional(3, "new code name"))));
  } else if (sub == "delete") {
    PrintCode(ctx, "Deleted", p, p.DeleteCode(ctx.Positional(2, "code")));
  } else if (sub == "restore") {
    PrintCode(ctx, "Restored", p, p.RestoreCode(ctx.Positional(2, "code")));
  } else {
    throw UsageError("codes takes list, add, rename, move, edit, merge, split, delete, restore or similar, not '" + sub + "'");
  }
  return 0;
}

int RunCode(Context& ctx) {
  ctx.args.Allow({"doc", "code", "start", "end", "quote", "occurrence", "memo", "guid", "parent"});
  const std::string& sub = ctx.Positional(1, "'add', 'remove' or 'invivo'");
  if (sub == "invivo") {
    project::CodingTarget target;
    target.document = ctx.args.Option("doc").value_or("");
    if (target.document.empty()) throw UsageError("missing --doc DOCUMENT");
    target.start = ctx.args.Count("start");
    target.end = ctx.args.Count("end");
    target.quote = ctx.args.Option("quote");
    target.occurrence = ctx.args.Count("occurrence");
    project::Project p = ctx.Open(store::OpenMode::ReadWrite);
    const auto [code, coding] = p.InVivoCode(target, ctx.args.Option("parent"));
    PrintCoding(ctx, "In-vivo code", p, coding);
    return 0;
  }
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
  } else if (sub == "edit") {
    const auto guid = ctx.args.Option("guid");
    if (!guid) throw UsageError("code edit --guid GUID [--memo TEXT] [--start N --end N]");
    const auto start = ctx.args.Count("start"), end = ctx.args.Count("end");
    if (start.has_value() != end.has_value()) throw UsageError("give --start and --end together");
    const auto memo = ctx.args.Option("memo");
    if (!memo && !start) throw UsageError("code edit needs --memo or --start/--end");
    project::Project p = ctx.Open(store::OpenMode::ReadWrite);
    std::optional<std::pair<std::size_t, std::size_t>> range;
    if (start) range = std::pair<std::size_t, std::size_t>{*start, *end};
    PrintCoding(ctx, "Edited", p, p.EditCoding(*guid, memo, range));
  } else {
    throw UsageError("code takes add, remove, edit or invivo, not '" + sub + "'");
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
