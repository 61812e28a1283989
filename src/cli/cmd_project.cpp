// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/output.h"
#include "import/importer.h"
#include "model/error.h"

namespace duiding::cli {
namespace {

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

std::string UserNames(store::Store& store) {
  std::map<RowId, std::string> names;
  for (const User& u : store.Users()) names[u.id] = u.name;
  std::string list;
  for (const auto& [id, name] : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

}  // namespace

std::string Context::ProjectPath() const {
  if (auto path = args.Option("project")) return *path;
  const std::string env = EnvOr("DUIDING_PROJECT", "");
  if (env.empty()) throw UsageError("no project given: use --project FILE or set DUIDING_PROJECT");
  return env;
}

project::Project Context::Open(store::OpenMode mode) const {
  project::Project p = project::Project::Open(ProjectPath(), mode);
  const std::string user = args.Option("user").value_or(EnvOr("DUIDING_USER", ""));
  if (!user.empty()) p.ActAs(user);
  return p;
}

const std::string& Context::Positional(std::size_t index, const char* what) const {
  if (args.Positionals().size() <= index) throw UsageError(std::string("missing ") + what);
  return args.Positionals()[index];
}

int RunInit(Context& ctx) {
  ctx.args.Allow({"name"});
  const std::string path = ctx.args.Positionals().size() > 1 ? ctx.Positional(1, "project file") : ctx.ProjectPath();
  if (ctx.args.Positionals().size() > 2) throw UsageError("init takes one project file");
  const std::string name = ctx.args.Option("name").value_or(import::DocumentNameFromPath(path));
  const std::string user = ctx.args.Option("user").value_or(EnvOr("DUIDING_USER", EnvOr("USER", "onderzoeker")));
  project::Project p = project::Project::Create(path, name, user);
  const ProjectInfo info = p.Store().Info();
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("file", path).Field("guid", info.guid).Field("name", info.name).Key("user");
    WriteJson(json, p.ActingUser());
    ctx.out << json.EndObject().Text() << "\n";
  } else {
    ctx.out << "Created project '" << info.name << "' in " << path << " (first user: " << p.ActingUser().name
            << ")\n";
  }
  return 0;
}

int RunInfo(Context& ctx) {
  ctx.args.Allow({});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  store::Store& s = p.Store();
  const ProjectInfo info = s.Info();
  const store::Counts n = s.Count();
  const std::vector<Document> docs = s.Documents();
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("file", s.Path()).Field("guid", info.guid).Field("name", info.name);
    json.Field("created", info.createdAt).Field("schema", info.schemaVersion).Key("counts").BeginObject();
    json.Field("users", n.users).Field("documents", n.documents).Field("codes", n.codes).Field("codings", n.codings);
    json.Field("turns", n.turns).Field("memos", n.memos).Field("cases", n.cases).Field("variables", n.variables);
    json.Field("changes", n.changeSets).EndObject().Key("documents").BeginArray();
    for (const Document& d : docs) WriteJson(json, d);
    ctx.out << json.EndArray().EndObject().Text() << "\n";
    return 0;
  }
  ctx.out << "Project:   " << info.name << "\nFile:      " << s.Path() << " (schema " << info.schemaVersion
          << ")\nGUID:      " << info.guid << "\nCreated:   " << info.createdAt << "\nUsers:     " << n.users << " ("
          << UserNames(s) << ")\nDocuments: " << n.documents << "\nCodes:     " << n.codes
          << "\nCodings:   " << n.codings << "\nChanges:   " << n.changeSets << "\n";
  for (const Document& d : docs) ctx.out << "  " << d.name << "  (" << d.length << " characters)\n";
  return 0;
}

namespace {

import::ImportOptions ImportOptionsOf(const Args& args) {
  import::ImportOptions options;
  if (auto format = args.Option("format")) {
    const auto parsed = import::ParseFormat(*format);
    if (!parsed) throw UsageError("unknown --format '" + *format + "' (auto, txt, docx, odt, srt or vtt)");
    options.format = *parsed;
  }
  options.encoding = args.Option("encoding").value_or("");
  if (auto mb = args.Count("max-mb")) options.limits.maxFileBytes = *mb * 1024 * 1024;
  const std::string attrs = args.Option("attr").value_or("");
  for (std::size_t at = 0; at < attrs.size();) {
    const std::size_t comma = std::min(attrs.find(',', at), attrs.size());
    const std::string pair = attrs.substr(at, comma - at);
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError("--attr takes key=value pairs, got '" + pair + "'");
    options.attributes[pair.substr(0, eq)] = pair.substr(eq + 1);
    at = comma + 1;
  }
  return options;
}

}  // namespace

int RunImport(Context& ctx) {
  ctx.args.Allow({"name", "format", "encoding", "attr", "max-mb", "skip-bad", "allow-duplicates"});
  const auto& pos = ctx.args.Positionals();
  if (pos.size() < 2) throw UsageError("missing file(s) to import");
  if (ctx.args.Option("name") && pos.size() != 2) throw UsageError("--name works with one file only");
  const import::ImportOptions options = ImportOptionsOf(ctx.args);
  std::vector<import::ImportedDocument> docs;
  std::vector<std::string> skipped;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    try {
      docs.push_back(import::ImportFile(pos[i], options));
    } catch (const Error& e) {
      if (!ctx.args.Flag("skip-bad") || e.Kind() != ErrorKind::Input) throw;
      skipped.push_back(e.what());
      continue;
    }
    if (auto name = ctx.args.Option("name")) docs.back().name = *name;
  }
  for (const std::string& s : skipped) std::cerr << "skipped " << s << "\n";
  if (docs.empty()) throw Error(ErrorKind::Input, "nothing to import: every file was skipped");
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  const std::vector<Document> stored = p.AddDocuments(docs, ctx.args.Flag("allow-duplicates"));
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginArray();
    for (const Document& d : stored) WriteJson(json, d);
    ctx.out << json.EndArray().Text() << "\n";
    return 0;
  }
  for (std::size_t i = 0; i < stored.size(); ++i) {
    ctx.out << "Imported '" << stored[i].name << "' (" << stored[i].length << " characters, "
            << docs[i].turns.size() << " speaker turns)";
    for (const std::string& note : docs[i].notes) ctx.out << "; " << note;
    ctx.out << "\n";
  }
  return 0;
}

int RunUsers(Context& ctx) {
  ctx.args.Allow({});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "list";
  if (sub == "add") {
    project::Project p = ctx.Open(store::OpenMode::ReadWrite);
    const User user = p.AddUser(ctx.Positional(2, "user name"));
    if (ctx.Json()) {
      JsonWriter json;
      WriteJson(json, user);
      ctx.out << json.Text() << "\n";
    } else {
      ctx.out << "Added user '" << user.name << "'\n";
    }
    return 0;
  }
  if (sub != "list") throw UsageError("users takes 'list' or 'add NAME', not '" + sub + "'");
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const std::vector<User> users = p.Store().Users();
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginArray();
    for (const User& u : users) WriteJson(json, u);
    ctx.out << json.EndArray().Text() << "\n";
  } else {
    for (const User& u : users) ctx.out << u.name << "  " << u.guid << "\n";
  }
  return 0;
}

int RunLog(Context& ctx) {
  ctx.args.Allow({"limit"});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  std::map<RowId, std::string> names;
  for (const User& u : p.Store().Users()) names[u.id] = u.name;
  const std::vector<ChangeSet> sets = p.Store().ChangeSets(ctx.args.Count("limit").value_or(20));
  JsonWriter json;
  json.BeginArray();
  for (const ChangeSet& c : sets) {
    const std::size_t ops = p.Store().ChangeOps(c.id).size();
    const std::string who = c.user ? names[c.user] : std::string("-");
    if (ctx.Json())
      json.BeginObject().Field("guid", c.guid).Field("at", c.at).Field("user", who).Field("label", c.label)
          .Field("rows", static_cast<std::int64_t>(ops)).EndObject();
    else
      ctx.out << c.at << "  " << who << "  " << c.label << "  (" << ops << " rows)\n";
  }
  if (ctx.Json()) ctx.out << json.EndArray().Text() << "\n";
  return 0;
}

}  // namespace duiding::cli
