// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Agreement benchmark on the generated project (1,000 documents, 3 coders, 60 codes, 200,000
// codings): every measure for every code, unit = speaker turn. The baseline, measured in the
// same run, is reading what the computation needs from the store: every coding and every
// document's turns.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "project/agreement.h"
#include "tests/bench/generator.h"
#include "tests/bench/timing.h"

namespace {

using duiding::bench::Median;
using duiding::bench::Seconds;

namespace fs = std::filesystem;

}  // namespace

int main(int argc, char** argv) {
  duiding::bench::GeneratorParams params;
  std::size_t repeat = 3;
  std::string dir = (fs::temp_directory_path() / "duiding-bench-agreement").string();
  std::string unit = "turn";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::size_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--documents") params.documents = value;
    else if (flag == "--words") params.wordsPerDocument = value;
    else if (flag == "--codings") params.codings = value;
    else if (flag == "--repeat") repeat = std::max<std::size_t>(1, value);
    else if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--unit") unit = argv[i + 1];
  }
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = dir + "/bench.duiding";
  duiding::bench::GenerateProject(path, params);
  duiding::project::Project project = duiding::project::Project::Open(path, duiding::store::OpenMode::ReadOnly);
  const auto counts = project.Store().Count();
  std::printf("Generated project: %lld documents, %lld turns, %lld codings, %lld codes, %zu coders\n",
              static_cast<long long>(counts.documents), static_cast<long long>(counts.turns),
              static_cast<long long>(counts.codings), static_cast<long long>(counts.codes), params.coders);

  std::size_t read = 0;
  const double baseline = Seconds([&] {
    read = project.Store().Codings({}).size();
    for (const duiding::Document& d : project.Store().Documents()) read += project.Store().Turns(d.id).size();
  });

  duiding::project::AgreementOptions options;
  options.unit = *duiding::project::ParseUnitKind(unit);
  std::vector<double> times;
  duiding::project::AgreementReport report;
  for (std::size_t i = 0; i < repeat; ++i)
    times.push_back(Seconds([&] { report = duiding::project::ComputeAgreement(project, options); }));
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  std::printf("\n%zu codes, %zu units (%s), %zu coders, %zu semantic domains, %zu units where coders differ\n", report.codes.size(),
              report.unitCount, duiding::project::UnitKindName(report.unit), report.coders.size(), report.domains.size(),
              report.disagreementCount);
  const auto show = [](const duiding::agreement::Result& r) { return r.Defined() ? *r.value : -99.0; };
  std::printf("overall: Krippendorff's alpha %.3f, Fleiss' kappa %.3f, segment agreement %.3f\n",
              show(report.overall.krippendorffAlpha), show(report.overall.fleissKappa),
              show(report.segmentsOverall.percentAgreement));
  std::printf("%-52s %8.3f s   baseline %8.3f s   ratio %5.2fx   target <= 2 s\n",
              "every measure for every code (median)", median, baseline, median / baseline);
  std::printf("(baseline: reading every coding and every document's turns, %zu rows)\n", read);
  fs::remove_all(dir);
  return 0;
}
