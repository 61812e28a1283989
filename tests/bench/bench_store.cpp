// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Store benchmark: create a large synthetic project, open it, list one code's codings with
// their quotes. Each figure is printed beside a bare-SQLite baseline doing the same I/O in the
// same run, so the ratio means something on a noisy machine.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "tests/bench/generator.h"
#include "tests/bench/timing.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

using duiding::bench::GeneratorParams;

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "baseline: %s\n", error);
    std::exit(1);
  }
}

// The same documents and the same number of coding rows, in plain tables, one transaction.
void BaselineCreate(const std::string& path, const std::vector<duiding::import::ImportedDocument>& docs,
                    const GeneratorParams& params) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
           "CREATE TABLE doc(id INTEGER PRIMARY KEY, name TEXT, text TEXT);"
           "CREATE TABLE coding(id INTEGER PRIMARY KEY, doc INTEGER, code INTEGER, coder INTEGER, s INTEGER, e INTEGER);"
           "CREATE INDEX coding_by_code ON coding(code, doc, s); BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO doc(name, text) VALUES (?, ?)", -1, &insert, nullptr);
  for (const auto& d : docs) {
    sqlite3_bind_text(insert, 1, d.name.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, d.text.data(), static_cast<int>(d.text.size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite3_prepare_v2(db, "INSERT INTO coding(doc, code, coder, s, e) VALUES (?, ?, ?, ?, ?)", -1, &insert, nullptr);
  duiding::bench::Random random(params.seed);
  for (std::size_t i = 0; i < params.codings; ++i) {
    const std::int64_t start = static_cast<std::int64_t>(random.Below(40000));
    const std::int64_t values[] = {static_cast<std::int64_t>(i % docs.size() + 1),
                                   static_cast<std::int64_t>(random.Below(24) + 1), static_cast<std::int64_t>(i % 3),
                                   start, start + 20 + static_cast<std::int64_t>(random.Below(400))};
    for (int k = 0; k < 5; ++k) sqlite3_bind_int64(insert, k + 1, values[k]);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  Exec(db, "COMMIT");
  sqlite3_close(db);
}

std::size_t BaselineList(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT id, doc, coder, s, e FROM coding WHERE code = 2 ORDER BY doc, s", -1, &s, nullptr);
  std::size_t rows = 0;
  while (sqlite3_step(s) == SQLITE_ROW) rows += sqlite3_column_int64(s, 0) > 0;
  sqlite3_finalize(s);
  sqlite3_close(db);
  return rows;
}

void BaselineOpen(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  Exec(db, "SELECT count(*) FROM sqlite_schema");
  sqlite3_close(db);
}

double MiB(const std::string& path) {
  return static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
}

void Report(const char* what, double ours, double baseline, const char* target) {
  std::printf("%-44s %9.3f s   baseline %8.3f s   ratio %6.1fx   target %s\n", what, ours, baseline,
              ours / baseline, target);
}

}  // namespace

int main(int argc, char** argv) {
  GeneratorParams params;
  std::size_t repeat = 5;
  bool keep = false;
  std::string dir = std::filesystem::temp_directory_path() / "duiding-bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::size_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--documents") params.documents = value;
    else if (flag == "--words") params.wordsPerDocument = value;
    else if (flag == "--codings") params.codings = value;
    else if (flag == "--repeat") repeat = std::max<std::size_t>(1, value);
    else if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--keep") keep = value != 0;
  }
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string ours = dir + "/bench.duiding", base = dir + "/baseline.sqlite";

  std::vector<duiding::import::ImportedDocument> docs;
  std::size_t bytes = 0;
  const double generate = Seconds([&] {
    for (std::size_t i = 0; i < params.documents; ++i)
      docs.push_back(duiding::bench::GenerateTranscript(i, params.wordsPerDocument, params.seed));
  });
  for (const auto& d : docs) bytes += d.text.size();
  std::printf("Synthetic project: %zu documents x %zu words (%.1f MiB of text), %zu codings by %zu coders\n",
              params.documents, params.wordsPerDocument, static_cast<double>(bytes) / (1024.0 * 1024.0),
              params.codings, params.coders);
  std::printf("%-44s %9.3f s\n", "generate the transcripts in memory", generate);

  const double baseCreate = Seconds([&] { BaselineCreate(base, docs, params); });
  docs.clear();
  std::size_t listed = 0;
  std::vector<std::pair<std::string, double>> phases;
  const auto onPhase = [&](const char* name, double seconds) {
    auto it = std::find_if(phases.begin(), phases.end(), [&](const auto& p) { return p.first == name; });
    if (it == phases.end()) phases.emplace_back(name, seconds);
    else it->second += seconds;
  };
  const double create = Seconds([&] { duiding::bench::GenerateProject(ours, params, onPhase); });
  Report("create project (generation included)", create, generate + baseCreate, "<= 5 s");
  for (const auto& [name, seconds] : phases) std::printf("  %-42s %9.3f s\n", name.c_str(), seconds);
  std::printf("  file sizes: project %.1f MiB, baseline %.1f MiB\n", MiB(ours), MiB(base));

  const double open = Median(repeat, [&] {
    duiding::project::Project::Open(ours, duiding::store::OpenMode::ReadWrite).Store().Info();
  });
  Report("open project for writing (median)", open, Median(repeat, [&] { BaselineOpen(base); }), "<= 0.200 s");

  duiding::project::Project p = duiding::project::Project::Open(ours, duiding::store::OpenMode::ReadOnly);
  const double list = Median(repeat, [&] { listed = p.Codings({std::string("Barrières/Schaamte"), {}, {}}).size(); });
  std::size_t baseRows = 0;
  const double baseList = Median(repeat, [&] { baseRows = BaselineList(base); });
  Report("list one code's codings with quotes (median)", list, baseList, "<= 0.050 s");
  std::printf("  %zu codings with quotes; baseline read %zu rows without quotes\n", listed, baseRows);
  if (!keep) std::filesystem::remove_all(dir);
  return 0;
}
