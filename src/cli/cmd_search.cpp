// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <unistd.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <cstdlib>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "cli/json.h"
#include "cli/output.h"
#include "cli/progress_line.h"
#include "model/error.h"
#include "search/index.h"
#include "search/project_synonyms.h"
#include "search/query.h"
#include "search/search.h"
#include "text/clock_time.h"
#include "text/utf8.h"

namespace duiding::cli {
namespace {

std::string IndexFolderOf(project::Project& p) { return search::IndexFolder(p.Store().Info().guid); }

// Searches the project with its own synonym list, bringing the index up to date first (it is a
// cache); a malformed query is bad input naming its place.
search::SearchResult SearchProject(project::Project& p, const std::string& query, search::SearchOptions options) {
  const std::string folder = IndexFolderOf(p);
  search::SyncIndex(p.Store(), folder);
  const search::Synonyms synonyms = search::ProjectSynonyms(p.Store());
  options.synonyms = &synonyms;
  try {
    return search::Searcher(p.Store(), folder).Search(query, options);
  } catch (const search::QueryError& e) {
    throw Error(ErrorKind::Input, "query: " + std::string(e.what()));
  }
}

void PrintReport(Context& ctx, const search::IndexReport& r, const std::string& folder) {
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("folder", folder).Field("documents", static_cast<std::int64_t>(r.documents));
    json.Field("indexed", static_cast<std::int64_t>(r.indexed)).Field("removed", static_cast<std::int64_t>(r.removed));
    json.Field("missing", static_cast<std::int64_t>(r.missing)).Field("stale", static_cast<std::int64_t>(r.stale));
    json.Field("extra", static_cast<std::int64_t>(r.extra)).Key("consistent").Bool(r.Consistent());
    ctx.out << json.EndObject().Text() << "\n";
    return;
  }
  ctx.out << "Index: " << folder << "\n" << Counted(r.documents, "document", "documents") << " in the project";
  if (!ctx.args.Flag("check")) ctx.out << "; " << r.indexed << " indexed now, " << r.removed << " removed";
  if (r.rebuilt) ctx.out << " (built afresh)";
  ctx.out << "\n";
}


// The last `width` code points of `text`, padded on the left: KWIC columns line up.
std::string RightAligned(std::string_view text, std::size_t width) {
  const std::size_t n = text::CountCodePoints(text);
  if (n >= width) return std::string(text.substr(text::ByteOffsetOfCodePoint(text, n - width)));
  return std::string(width - n, ' ') + std::string(text);
}

search::HitOrder OrderOf(const Args& args) {
  const std::string order = args.Option("order").value_or("relevance");
  if (order == "relevance") return search::HitOrder::Relevance;
  if (order == "document") return search::HitOrder::Document;
  if (order == "left") return search::HitOrder::Left;
  if (order == "right") return search::HitOrder::Right;
  if (order == "speaker") return search::HitOrder::Speaker;
  throw UsageError("--order takes relevance, document, left, right or speaker, not '" + order + "'");
}

std::string GroupKey(const search::Hit& h, const std::string& by) {
  if (by == "document") return h.documentName;
  if (by == "speaker") return h.speaker.empty() ? "(no speaker)" : h.speaker;
  if (by == "sentence") return h.documentName + " @" + std::to_string(h.sentenceStart);
  return h.documentName + " @" + std::to_string(h.turnStart) + " " + h.speaker;  // turn
}

void PrintJson(Context& ctx, const search::SearchResult& r) {
  JsonWriter json;
  json.BeginObject().Field("documents", static_cast<std::int64_t>(r.documents)).Key("more").Bool(r.more);
  json.Key("hits").BeginArray();
  for (const search::Hit& h : r.hits) {
    json.BeginObject().Field("document", h.documentName).Field("start", static_cast<std::int64_t>(h.start));
    json.Field("end", static_cast<std::int64_t>(h.end)).Field("speaker", h.speaker);
    if (h.timestampMs) json.Field("timestamp_ms", *h.timestampMs);
    json.Field("turn_start", static_cast<std::int64_t>(h.turnStart)).Field("turn_end", static_cast<std::int64_t>(h.turnEnd));
    if (h.sentenceEnd > h.sentenceStart)
      json.Field("sentence_start", static_cast<std::int64_t>(h.sentenceStart))
          .Field("sentence_end", static_cast<std::int64_t>(h.sentenceEnd));
    if (h.relevance > 0) json.Key("relevance").Double(h.relevance);  // in relevance order: the document's BM25
    json.Field("left", h.Left()).Field("match", h.Match()).Field("right", h.Right()).EndObject();
  }
  ctx.out << json.EndArray().EndObject().Text() << "\n";
}

void PrintHits(Context& ctx, const search::SearchResult& r, std::size_t width) {
  const std::string by = ctx.args.Option("group-by").value_or("");
  if (!by.empty() && by != "document" && by != "turn" && by != "speaker" && by != "sentence")
    throw UsageError("--group-by takes document, turn, sentence or speaker, not '" + by + "'");
  std::vector<std::string> order;
  std::map<std::string, std::vector<const search::Hit*>> groups;
  for (const search::Hit& h : r.hits) {
    auto& group = groups[GroupKey(h, by.empty() ? "document" : by)];
    if (group.empty()) order.push_back(GroupKey(h, by.empty() ? "document" : by));
    group.push_back(&h);
  }
  std::map<const search::Hit*, std::size_t> number;
  for (std::size_t i = 0; i < r.hits.size(); ++i) number[&r.hits[i]] = i + 1;
  for (const std::string& key : order) {
    if (!by.empty()) ctx.out << key << "  (" << Counted(groups[key].size(), "hit", "hits") << ")\n";
    for (const search::Hit* h : groups[key]) {
      ctx.out << std::setw(4) << number[h] << ". ";
      if (ctx.args.Flag("kwic")) {
        ctx.out << RightAligned(h->Left(), width) << " [" << h->Match() << "] " << h->Right() << "   " << h->documentName
                << " " << h->start << "-" << h->end << (h->speaker.empty() ? "" : " " + h->speaker)
                << (h->timestampMs ? " " + text::FormatClockTime(h->timestampMs) : "") << "\n";
      } else {
        ctx.out << h->documentName << " " << h->start << "-" << h->end
                << (h->speaker.empty() ? "" : " " + h->speaker) << (h->timestampMs ? " " + text::FormatClockTime(h->timestampMs) : "")
                << ": " << h->Left() << "[" << h->Match() << "]" << h->Right() << "\n";
      }
    }
  }
  ctx.out << r.hits.size() << (r.more ? "+ hits" : r.hits.size() == 1 ? " hit" : " hits") << " in "
          << Counted(r.documents, "document", "documents") << "\n";
}

}  // namespace

int RunIndex(Context& ctx) {
  ctx.args.Allow({"rebuild", "check"});
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  const std::string folder = IndexFolderOf(p);
  if (ctx.args.Flag("check")) {
    const search::IndexReport r = search::CheckIndex(p.Store(), folder);
    PrintReport(ctx, r, folder);
    if (r.Consistent()) {
      if (!ctx.Json()) ctx.out << "consistent with the project\n";
      return 0;
    }
    throw Error(ErrorKind::Input, "the search index is not consistent with the project: " + std::to_string(r.missing) +
                                      " missing, " + std::to_string(r.stale) + " stale, " + std::to_string(r.extra) +
                                      " extra (bring it up to date with: index)");
  }
  ProgressLine progress(std::cerr, isatty(STDERR_FILENO) != 0);
  const search::IndexReport r = ctx.args.Flag("rebuild") ? search::RebuildIndex(p.Store(), folder, &progress)
                                                         : search::SyncIndex(p.Store(), folder, &progress);
  progress.Break();
  PrintReport(ctx, r, folder);
  return 0;
}

namespace {

std::vector<std::size_t> ChosenHits(const Args& args, std::size_t count) {
  std::vector<std::size_t> chosen;
  const std::string list = args.Option("hits").value_or("");
  for (std::size_t at = 0; at < list.size();) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    const std::string item = list.substr(at, comma - at);
    char* end = nullptr;
    const unsigned long n = std::strtoul(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || n < 1 || n > count)
      throw UsageError("--hits takes hit numbers from 1 to " + std::to_string(count) + ", not '" + item + "'");
    chosen.push_back(n - 1);
    at = comma + 1;
  }
  if (chosen.empty())
    for (std::size_t i = 0; i < count; ++i) chosen.push_back(i);
  return chosen;
}

}  // namespace

int RunAutoCode(Context& ctx) {
  ctx.args.Allow({"code", "scope", "dry-run", "hits"});
  const std::string& query = ctx.Positional(1, "query");
  const std::string code = ctx.args.Option("code").value_or("");
  if (code.empty()) throw UsageError("autocode needs --code CODE");
  const auto scope = project::ParseScope(ctx.args.Option("scope").value_or("hit"));
  if (!scope) throw UsageError("--scope takes hit, sentence, turn or paragraph");
  project::Project p = ctx.Open(ctx.args.Flag("dry-run") ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
  search::SearchOptions options;
  options.limit = 1000000;
  options.order = search::HitOrder::Document;  // the numbering of: search --order document
  const search::SearchResult result = SearchProject(p, query, options);
  std::vector<project::AutoCodeHit> hits;
  for (const std::size_t i : ChosenHits(ctx.args, result.hits.size())) {
    const search::Hit& h = result.hits[i];
    hits.push_back({h.document, h.start, h.end, h.turnStart, h.turnEnd, h.speaker});
  }
  const project::AutoCodeReport r =
      p.AutoCode(hits, code, *scope, "autocode: " + query, "autocode '" + code + "': " + query, ctx.args.Flag("dry-run"));
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("hits", static_cast<std::int64_t>(hits.size()));
    json.Field("created", static_cast<std::int64_t>(r.created)).Field("extended", static_cast<std::int64_t>(r.extended));
    json.Field("already", static_cast<std::int64_t>(r.already)).Key("dry_run").Bool(ctx.args.Flag("dry-run"));
    ctx.out << json.EndObject().Text() << "\n";
    return 0;
  }
  ctx.out << Counted(hits.size(), "hit", "hits") << ": " << (ctx.args.Flag("dry-run") ? "would create " : "created ")
          << Counted(r.created, "coding", "codings") << ", " << (ctx.args.Flag("dry-run") ? "widen " : "widened ")
          << r.extended << ", " << r.already << " already coded"
          << (ctx.args.Flag("dry-run") ? " (dry run: nothing changed)" : " (one change)") << "\n";
  return 0;
}

int RunSynonyms(Context& ctx) {
  ctx.args.Allow({});
  const std::string sub = ctx.args.Positionals().size() > 1 ? ctx.args.Positionals()[1] : "show";
  if (sub == "show") {
    project::Project p = ctx.Open(store::OpenMode::ReadOnly);
    ctx.out << search::SynonymText(p.Store());
    return 0;
  }
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  if (sub == "reset") {
    search::SetProjectSynonyms(p.Store(), p.ActingUser().id, "", "");
    ctx.out << "The project searches with the shipped Dutch starter list again\n";
    return 0;
  }
  if (sub != "set") throw UsageError("synonyms takes show, set FILE or reset, not '" + sub + "'");
  const std::string& file = ctx.Positional(2, "synonym file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, file + ": cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  search::SetProjectSynonyms(p.Store(), p.ActingUser().id, text.str(), file);
  ctx.out << "Searches of this project use the synonym list from " << file << " ("
          << search::ProjectSynonyms(p.Store()).GroupCount() << " groups)\n";
  return 0;
}

int RunSearch(Context& ctx) {
  ctx.args.Allow({"kwic", "limit", "group-by", "order", "width", "sentences"});
  const std::string& query = ctx.Positional(1, "query");
  if (ctx.args.Positionals().size() > 2) throw UsageError("put the query in quotes: search \"last NEAR/5 hulp\"");
  project::Project p = ctx.Open(store::OpenMode::ReadOnly);
  search::SearchOptions options;
  options.limit = ctx.args.Count("limit").value_or(100);
  options.contextWidth = ctx.args.Count("width").value_or(40);
  options.order = OrderOf(ctx.args);
  options.sentences = ctx.args.Flag("sentences") || ctx.args.Option("group-by").value_or("") == "sentence";
  const search::SearchResult result = SearchProject(p, query, options);
  if (ctx.Json())
    PrintJson(ctx, result);
  else
    PrintHits(ctx, result, options.contextWidth);
  return 0;
}

}  // namespace duiding::cli
