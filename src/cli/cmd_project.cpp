// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "project/shipped_codebooks.h"
#include "cli/output.h"
#include "import/imported.h"
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
  ctx.args.Allow({"name", "codebook"});
  const std::string path = ctx.args.Positionals().size() > 1 ? ctx.Positional(1, "project file") : ctx.ProjectPath();
  if (ctx.args.Positionals().size() > 2) throw UsageError("init takes one project file");
  const std::string name = ctx.args.Option("name").value_or(import::DocumentNameFromPath(path));
  const std::string user = ctx.args.Option("user").value_or(EnvOr("DUIDING_USER", EnvOr("USER", "onderzoeker")));
  std::optional<Codebook> codebook;
  if (const auto shipped = ctx.args.Option("codebook")) {
    codebook = project::ShippedCodebook(*shipped);
    if (!codebook) throw UsageError("--codebook takes natuurlijk-mentorschap, not '" + *shipped + "'");
  }
  project::Project p = project::Project::Create(path, name, user);
  if (codebook) p.ImportCodebook(*codebook, ctx.args.Option("codebook").value_or(""));
  const ProjectInfo info = p.Store().Info();
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("file", path).Field("guid", info.guid).Field("name", info.name).Key("user");
    WriteJson(json, p.ActingUser());
    ctx.out << json.EndObject().Text() << "\n";
  } else {
    ctx.out << "Created project '" << info.name << "' in " << path << " (first user: " << p.ActingUser().name
            << ")\n";
    if (codebook)
      ctx.out << "Codebook: " << Counted(codebook->entries.size(), "code", "codes") << " from " << *ctx.args.Option("codebook")
              << "\n";
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
