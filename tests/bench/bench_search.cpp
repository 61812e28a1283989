// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Search benchmark on the generated 1,000-transcript project: building the index from scratch
// (MB/s of text), then 20 typical researcher queries returning their top 100 hits with KWIC
// (p50/p95 after one untimed pass, the queries taking turns), against `grep -c` over the same
// texts as files (already in the page cache, as the index is), measured in the same run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "search/index.h"
#include "search/search.h"
#include "tests/bench/generator.h"
#include "tests/bench/timing.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

namespace fs = std::filesystem;

double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

struct Query {
  const char* query;
  const char* grep;  // the word grep looks for
};

const std::vector<Query>& Queries() {
  static const std::vector<Query> queries = {
      {"last", "last"},
      {"schamen", "scham"},
      {"appèl", "appèl"},
      {"rechter", "rechter"},
      {"mentor*", "mentor"},
      {"geinterviewde", "geïnterviewde"},
      {"coordinatie", "coördinatie"},
      {"\"'s avonds\"", "'s avonds"},
      {"hulp vragen", "vragen"},
      {"last NEAR/5 (vragen OR hulp)", "last"},
      {"rechter ADJ/3 zitting", "zitting"},
      {"oma OR opa", "oma"},
      {"spreker:moeder schaamte", "schaamte"},
      {"steun -pleegzorg", "steun"},
      {"meldcode privacy", "meldcode"},
      {"vertrouwen NEAR/3 netwerk", "vertrouwen"},
      {"cliënt rol:ouder", "cliënt"},
      {"doc:interview-17-rivierenland veiligheid", "veiligheid"},
      {"\"durven vragen\"", "durven vragen"},
      {"ideeën OR regie", "ideeën"},
  };
  return queries;
}

}  // namespace

int main(int argc, char** argv) {
  duiding::bench::GeneratorParams params;
  params.codings = 20000;
  std::size_t repeat = 5;
  std::string dir = (fs::temp_directory_path() / "duiding-bench-search").string();
  std::string only;  // --only QUERY: time just this one (for profiling)
  bool each = false;  // --each 1: print every query's p50 and hit count
  bool keep = false;  // --keep 1: leave the project and index in --dir (for profiling)
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::size_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--documents") params.documents = value;
    else if (flag == "--words") params.wordsPerDocument = value;
    else if (flag == "--repeat") repeat = std::max<std::size_t>(1, value);
    else if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--only") only = argv[i + 1];
    else if (flag == "--each") each = value != 0;
    else if (flag == "--keep") keep = value != 0;
  }
  fs::remove_all(dir);
  fs::create_directories(dir + "/texts");
  duiding::project::Project project = duiding::bench::GenerateProject(dir + "/bench.duiding", params);
  duiding::store::Store& store = project.Store();
  std::uint64_t bytes = 0;
  for (const duiding::Document& d : store.Documents()) {
    const std::string text = store.DocumentText(d.id);
    bytes += text.size();
    std::ofstream(dir + "/texts/" + d.name + ".txt", std::ios::binary) << text;
  }
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("Generated project: %zu documents, %.1f MiB of text\n", params.documents, mb);

  const std::string folder = dir + "/index";
  duiding::search::IndexReport report;
  const double build = Seconds([&] { report = duiding::search::RebuildIndex(store, folder); });
  std::printf("%-46s %8.3f s  %6.1f MiB/s   target >= 5 MB/s\n", "build the index from scratch", build, mb / build);

  duiding::search::Searcher searcher(store, folder);
  std::vector<const Query*> chosen;
  for (const Query& q : Queries())
    if (only.empty() || only == q.query) chosen.push_back(&q);
  // One untimed pass first, as in a session where the project is open: the first search of a
  // word reads its index blocks and text pages from disk. Then `repeat` rounds of all queries
  // in turn, so no query is timed right after itself.
  for (const Query* q : chosen) searcher.Search(q->query);
  std::vector<std::vector<double>> times(chosen.size());
  std::vector<std::pair<std::size_t, std::size_t>> counts(chosen.size());  // hits, documents
  for (std::size_t r = 0; r < repeat; ++r)
    for (std::size_t i = 0; i < chosen.size(); ++i)
      times[i].push_back(Seconds([&] {
        const duiding::search::SearchResult result = searcher.Search(chosen[i]->query);
        counts[i] = {result.hits.size(), result.documents};
      }));
  std::vector<double> ours, grep;
  std::size_t hits = 0;
  std::vector<std::pair<double, std::string>> slowest;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const Query& q = *chosen[i];
    hits += counts[i].first * repeat;
    if (each)
      std::printf("  %-44s %8.3f ms p50  %4zu hits in %zu %s\n", q.query, Percentile(times[i], 0.5) * 1e3,
                  counts[i].first, counts[i].second, counts[i].second == 1 ? "document" : "documents");
    ours.insert(ours.end(), times[i].begin(), times[i].end());
    slowest.emplace_back(Percentile(times[i], 0.5), q.query);
    const std::string command = "grep -c -r -i -F -- \"" + std::string(q.grep) + "\" '" + dir + "/texts' > /dev/null";
    grep.push_back(Seconds([&] {
      if (std::system(command.c_str()) < 0) std::perror("grep");
    }));
  }
  const double p50 = Percentile(ours, 0.5), p95 = Percentile(ours, 0.95), grep50 = Percentile(grep, 0.5);
  std::printf("%-46s %8.2f ms p50  %6.2f ms p95   target p95 <= 10 ms\n", "20 queries, top 100 hits with KWIC", p50 * 1e3,
              p95 * 1e3);
  std::printf("%-46s %8.2f ms p50   ratio %.0fx (p50), %.0fx (p95)   target >= 100x\n", "baseline: grep -c over the texts",
              grep50 * 1e3, grep50 / p50, grep50 / p95);
  std::sort(slowest.rbegin(), slowest.rend());
  for (std::size_t i = 0; i < 3 && i < slowest.size(); ++i)
    std::printf("  slowest: %-40s %8.2f ms\n", slowest[i].second.c_str(), slowest[i].first * 1e3);
  // The same queries in document order, the order the workbench lists hits in (no target).
  duiding::search::SearchOptions byName;
  byName.order = duiding::search::HitOrder::Document;
  for (const Query* q : chosen) searcher.Search(q->query, byName);
  std::vector<double> named;
  for (std::size_t r = 0; r < repeat; ++r)
    for (const Query* q : chosen) named.push_back(Seconds([&] { searcher.Search(q->query, byName); }));
  std::printf("%-46s %8.2f ms p50  %6.2f ms p95\n", "the same in document order (the workbench's)",
              Percentile(named, 0.5) * 1e3, Percentile(named, 0.95) * 1e3);
  std::printf("(%zu hits returned in all)\n", hits);
  if (!keep) fs::remove_all(dir);
  return hits > 0 ? 0 : 1;
}
