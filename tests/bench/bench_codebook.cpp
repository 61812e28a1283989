// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Codebook and analysis benchmark on the generated project (1,000 documents, 200,000 codings,
// 3 coders, 60 codes): one code's fragments filtered by an attribute, the full co-occurrence
// matrix, and undo of a merge of 10,000 codings. Each figure is printed beside a baseline
// measured in the same run: bare SQLite reading the same rows, a SQL self-join counting the same
// overlaps, and the merge itself.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "project/analysis.h"
#include "tests/bench/generator.h"
#include "tests/bench/timing.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

namespace fs = std::filesystem;
using duiding::project::Project;

// Runs `sql` on a read-only connection and returns the sum of the first column of every row.
std::int64_t SumOfFirstColumn(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
  std::int64_t sum = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) sum += sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return sum;
}

void Row(const char* what, double seconds, double baseline, const char* target) {
  std::printf("%-52s %8.3f s   baseline %8.3f s   ratio %5.2fx   %s\n", what, seconds, baseline,
              baseline > 0 ? seconds / baseline : 0.0, target);
}

}  // namespace

int main(int argc, char** argv) {
  duiding::bench::GeneratorParams params;
  std::size_t repeat = 5;
  std::string dir = (fs::temp_directory_path() / "duiding-bench-codebook").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::size_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--documents") params.documents = value;
    else if (flag == "--words") params.wordsPerDocument = value;
    else if (flag == "--codings") params.codings = value;
    else if (flag == "--repeat") repeat = std::max<std::size_t>(1, value);
    else if (flag == "--dir") dir = argv[i + 1];
  }
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = dir + "/bench.duiding";
  const double generate = Seconds([&] { duiding::bench::GenerateProject(path, params); });
  Project project = Project::Open(path, duiding::store::OpenMode::ReadWrite);
  const auto counts = project.Store().Count();
  std::printf("Generated project in %.1f s: %lld documents, %lld codings, %lld codes, %zu coders\n", generate,
              static_cast<long long>(counts.documents), static_cast<long long>(counts.codings),
              static_cast<long long>(counts.codes), params.coders);

  // 1. One code's fragments (quote, speaker, role, coder) in one region.
  duiding::project::RetrievalQuery query;
  query.codes = {"Barrières/Schaamte"};
  query.attributes["regio"] = {"Achterhoek"};
  std::size_t fragments = 0;
  const double retrieve = Median(repeat, [&] { fragments = duiding::project::Retrieve(project, query).size(); });
  const duiding::RowId code = project.Codebook().Resolve("Barrières/Schaamte").id;
  const std::string rows =
      "SELECT count(*) FROM coding c JOIN variable_value v ON v.document_id = c.document_id"
      " JOIN variable t ON t.id = v.variable_id WHERE c.code_id = " + std::to_string(code) +
      " AND t.name = 'regio' AND v.value = 'Achterhoek'";
  std::int64_t baselineRows = 0;
  const double bare = Median(repeat, [&] { baselineRows = SumOfFirstColumn(path, rows); });
  std::printf("\n%zu fragments of Schaamte in Achterhoek (bare SQL counts %lld rows)\n", fragments,
              static_cast<long long>(baselineRows));
  Row("one code's fragments, filtered by regio (median)", retrieve, bare, "target <= 0.050 s");
  query.attributes.clear();
  query.roles = {"ouder"};
  const double byRole = Median(repeat, [&] { fragments = duiding::project::Retrieve(project, query).size(); });
  std::printf("%zu fragments of Schaamte spoken by a parent\n", fragments);
  Row("one code's fragments, filtered by speaker role (median)", byRole, bare, "(speaker looked up per fragment)");

  // 2. Code co-occurrence over every code.
  duiding::project::CooccurrenceMatrix matrix;
  const double overlap = Median(std::max<std::size_t>(1, repeat / 2), [&] {
    matrix = duiding::project::Cooccurrence(project, {}, duiding::project::Proximity::Overlap);
  });
  std::int64_t pairs = 0;
  for (std::size_t a = 0; a < matrix.codes.size(); ++a)
    for (std::size_t b = a + 1; b < matrix.codes.size(); ++b) pairs += matrix.counts[a][b];
  std::int64_t sqlPairs = 0;
  const double selfJoin = Seconds([&] {
    sqlPairs = SumOfFirstColumn(
        path,
        "SELECT count(*) FROM coding a JOIN coding b ON b.document_id = a.document_id AND b.id > a.id"
        " AND b.start_pos < a.end_pos AND a.start_pos < b.end_pos AND b.code_id <> a.code_id");
  });
  std::printf("\n%zu x %zu co-occurrence matrix: %lld overlapping pairs of different codes (SQL self-join: %lld)\n",
              matrix.codes.size(), matrix.codes.size(), static_cast<long long>(pairs),
              static_cast<long long>(sqlPairs));
  Row("co-occurrence of every code, overlap (median)", overlap, selfJoin, "target <= 1 s");
  const double turn = Seconds([&] { duiding::project::Cooccurrence(project, {}, duiding::project::Proximity::SameTurn); });
  Row("co-occurrence of every code, same speaker turn", turn, selfJoin, "");
  const double near =
      Seconds([&] { duiding::project::Cooccurrence(project, {}, duiding::project::Proximity::Near, 10); });
  Row("co-occurrence of every code, within 10 words", near, selfJoin, "");

  // 3. Merge codes until one holds at least 10,000 codings, then time merging it and undoing.
  const std::vector<std::string> into = {"Barrières/Tot last zijn", "Barrières/Tijdgebrek", "Barrières/Wantrouwen",
                                         "Barrières/Werkdruk"};
  for (std::size_t i = 1; i < into.size() &&
                          project.Store().Codings({project.Codebook().Resolve(into[0]).id, std::nullopt, std::nullopt})
                                  .size() < 10000;
       ++i)
    project.MergeCodes(into[i], into[0]);
  const std::size_t moving =
      project.Store().Codings({project.Codebook().Resolve(into[0]).id, std::nullopt, std::nullopt}).size();
  duiding::project::MergeReport merged;
  const double merge = Seconds([&] { merged = project.MergeCodes(into[0], "Barrières/Schaamte"); });
  const double undo = Seconds([&] { project.Undo(); });
  const double redo = Seconds([&] { project.Redo(); });
  std::printf("\nmerge of %zu codings: %lld moved, %lld exact duplicates collapsed\n", moving,
              static_cast<long long>(merged.moved), static_cast<long long>(merged.collapsed));
  Row("undo of that merge", undo, merge, "target <= 1 s (baseline: the merge)");
  Row("redo of that merge", redo, merge, "");
  fs::remove_all(dir);
  return 0;
}
