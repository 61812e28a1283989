// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Export benchmark on the generated project (1,000 documents, 200,000 codings): every coded
// fragment as XML (collected with speaker, role, attributes; written atomically), and the whole
// project as REFI-QDA .qdpx and back into a new project. The baseline, measured in the same run,
// is reading the same codings with their quotes from the store.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include "export/atomic_file.h"
#include "export/fragments.h"
#include "export/qdpx_writer.h"
#include "import/qdpx_reader.h"
#include "project/exchange.h"
#include "project/export_data.h"
#include "tests/bench/generator.h"
#include "tests/bench/timing.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

namespace fs = std::filesystem;

double MiB(std::size_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

}  // namespace

int main(int argc, char** argv) {
  duiding::bench::GeneratorParams params;
  std::string dir = (fs::temp_directory_path() / "duiding-bench-export").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::size_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--documents") params.documents = value;
    else if (flag == "--words") params.wordsPerDocument = value;
    else if (flag == "--codings") params.codings = value;
    else if (flag == "--dir") dir = argv[i + 1];
  }
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = dir + "/bench.duiding";
  duiding::bench::GenerateProject(path, params);
  duiding::project::Project project = duiding::project::Project::Open(path, duiding::store::OpenMode::ReadOnly);
  std::printf("Generated project: %zu documents, %zu codings\n", params.documents, params.codings);

  std::size_t quoted = 0;
  const double baseline = Seconds([&] { quoted = project.Store().QuotedCodings({}).size(); });

  duiding::exchange::FragmentExport data;
  const std::string file = dir + "/fragments.xml";
  const double collect = Seconds([&] { data = duiding::project::CollectFragments(project, {}); });
  const double write = Seconds([&] { duiding::exchange::WriteFragmentsXml(data, file); });
  const double total = collect + write;
  const std::size_t size = static_cast<std::size_t>(fs::file_size(file));
  std::printf("\n%zu fragments as XML: %.1f MiB (%.1f MB)\n", data.fragments.size(), MiB(size), size / 1e6);
  std::printf("  collect %.3f s, serialise and write (fsync included) %.3f s\n", collect, write);
  std::printf("%-52s %8.3f s  %7.1f MB/s   baseline %6.3f s (%zu quotes read)   ratio %5.2fx   target >= 50 MB/s\n",
              "export every fragment as XML", total, size / 1e6 / total, baseline, quoted, total / baseline);

  std::string qdpx;
  const double exportQdpx = Seconds([&] {
    qdpx = duiding::exchange::WriteQdpx(duiding::project::ToExchange(project));
    duiding::exchange::WriteFileAtomically(dir + "/project.qdpx", qdpx);
  });
  std::printf("%-52s %8.3f s   %.1f MiB\n", "export the project as .qdpx", exportQdpx, MiB(qdpx.size()));
  duiding::project::ExchangeImportReport report;
  const double importQdpx = Seconds([&] {
    const duiding::import::QdpxResult read = duiding::import::ReadQdpx(dir + "/project.qdpx");
    duiding::project::Project copy = duiding::project::Project::Create(dir + "/copy.duiding", "Kopie", "lead");
    report = duiding::project::ImportExchange(copy, read.project, "project.qdpx");
  });
  std::printf("%-52s %8.3f s   %lld documents, %lld codings, %zu warnings\n", "import that .qdpx into a new project",
              importQdpx, static_cast<long long>(report.documents), static_cast<long long>(report.codings),
              report.warnings.size());
  fs::remove_all(dir);
  return 0;
}
