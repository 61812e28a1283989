// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Import benchmark: the generated 1,000-transcript project written out as files (UTF-8, some
// Windows-1252, some with CRLF line endings, as researchers' folders are), then imported the way
// `duiding-cli import FOLDER` does it: find the files, read and decode them, find the speaker
// turns, store everything in one transaction. Printed beside a baseline measured in the same
// run: the same files read and stored as raw text in bare SQLite, one transaction.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "import/batch.h"
#include "project/project.h"
#include "tests/bench/generator.h"
#include "tests/bench/timing.h"
#include "text/utf8.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

namespace fs = std::filesystem;

// Windows-1252 bytes of `utf8` when every character is in Latin-1 outside C1; else nothing.
std::optional<std::string> AsWindows1252(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t at = 0; at < utf8.size();) {
    const char32_t cp = duiding::text::DecodeNext(utf8, at);
    if (cp >= 0x100 || (cp >= 0x80 && cp < 0xA0)) return std::nullopt;
    out += static_cast<char>(cp);
  }
  return out;
}

std::string WithCrLf(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// Writes transcript i as a file; returns its size.
std::uint64_t WriteTranscript(const fs::path& folder, std::size_t i, std::size_t words, std::uint64_t seed,
                              std::size_t& turns) {
  const duiding::import::ImportedDocument doc = duiding::bench::GenerateTranscript(i, words, seed);
  turns += doc.turns.size();
  std::string bytes = doc.text;
  if (i % 5 == 1) {
    if (auto latin = AsWindows1252(bytes)) bytes = *latin;
  } else if (i % 5 == 2) {
    bytes = WithCrLf(bytes);
  }
  const fs::path file = folder / (doc.name + ".txt");
  std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return bytes.size();
}

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "baseline: %s\n", error);
    std::exit(1);
  }
}

void Baseline(const std::string& path, const std::vector<std::string>& files) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE doc(id INTEGER PRIMARY KEY, name "
           "TEXT, text TEXT); BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO doc(name, text) VALUES (?, ?)", -1, &insert, nullptr);
  for (const std::string& file : files) {
    const std::string text = duiding::import::ReadFileBytes(file);
    sqlite3_bind_text(insert, 1, file.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  Exec(db, "COMMIT");
  sqlite3_close(db);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t documents = 1000, words = 10000;
  std::string dir = (fs::temp_directory_path() / "duiding-bench-import").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--documents") documents = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--words") words = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--dir") dir = argv[i + 1];
  }
  fs::remove_all(dir);
  const fs::path folder = fs::path(dir) / "transcripten";
  fs::create_directories(folder);
  std::uint64_t bytes = 0;
  std::size_t expectedTurns = 0;
  const double write = Seconds([&] {
    for (std::size_t i = 0; i < documents; ++i) bytes += WriteTranscript(folder, i, words, 20261123, expectedTurns);
  });
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("Generated %zu transcript files, %.1f MiB (every 5th in Windows-1252, every 5th with CRLF) in %.2f s\n",
              documents, mb, write);

  std::vector<std::string> files;
  const double baseline = Seconds([&] {
    files = duiding::import::CollectFiles({folder.string()});
    Baseline(dir + "/baseline.sqlite", files);
  });

  duiding::import::BatchResult batch;
  std::size_t turns = 0;
  const double read = Seconds([&] {
    std::vector<duiding::import::BatchItem> items;
    for (const std::string& file : duiding::import::CollectFiles({folder.string()})) items.push_back({file, {}});
    batch = duiding::import::ImportBatch(items, {}, false);
  });
  for (const auto& d : batch.documents) turns += d.turns.size();
  const double store = Seconds([&] {
    auto p = duiding::project::Project::Create(dir + "/bench.duiding", "bench", "bench");
    p.AddDocuments(batch.documents);
  });
  // Where storing goes: the same documents without their turns, in a project of their own.
  std::vector<duiding::import::ImportedDocument> bare = batch.documents;
  for (auto& d : bare) d.turns.clear();
  const double storeBare = Seconds([&] {
    auto p = duiding::project::Project::Create(dir + "/bare.duiding", "bare", "bench");
    p.AddDocuments(bare);
  });
  const double total = read + store;
  std::printf("%-40s %8.3f s  %7.1f MiB/s\n", "find, read, decode, find speaker turns", read, mb / read);
  std::printf("%-40s %8.3f s  %7.1f MiB/s\n", "store documents and turns (1 change)", store, mb / store);
  std::printf("%-40s %8.3f s\n", "  of which texts alone (no turns)", storeBare);
  std::printf("%-40s %8.3f s  %7.1f MiB/s   target >= 20 MB/s\n", "import, total", total, mb / total);
  std::printf("%-40s %8.3f s  %7.1f MiB/s   ratio %.1fx\n", "baseline: read files into bare SQLite", baseline,
              mb / baseline, total / baseline);
  std::printf("speaker turns found %zu of %zu generated; %zu documents\n", turns, expectedTurns,
              batch.documents.size());
  fs::remove_all(dir);
  return turns == expectedTurns && batch.documents.size() == documents ? 0 : 1;
}
