// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "import/imported.h"
#include "project/project.h"

/// Deterministic synthetic Dutch projects for benchmarks: the same parameters always give the
/// same texts, turns, codebook and codings, on every machine.
namespace duiding::bench {

struct GeneratorParams {
  std::size_t documents = 1000;
  std::size_t wordsPerDocument = 10000;
  std::size_t codings = 200000;
  std::size_t coders = 3;
  std::uint64_t seed = 20261123;
};

/// A small fast PRNG (splitmix64) whose sequence is fixed by its seed.
class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t Next();
  /// Uniform in [0, n).
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }

 private:
  std::uint64_t m_state;
};

/// Transcript `index` of a generated project: interview or focus group, speaker turns marked
/// "Naam: " at line starts with timestamps, about `words` words of Dutch.
import::ImportedDocument GenerateTranscript(std::size_t index, std::size_t words, std::uint64_t seed);

/// The codebook used by generated projects: categories with codes below them.
std::vector<project::CodeSpec> GeneratedCodebook();

/// Creates a whole project at `path`: coders, codebook, documents (in batches of 100 per
/// transaction) with their turns, and codings spread over all documents and coders.
/// `phase`, when given, hears how long each step took (generating texts is timed apart from
/// storing them), so a benchmark can say where the time goes.
using PhaseReport = std::function<void(const char* phase, double seconds)>;
project::Project GenerateProject(const std::string& path, const GeneratorParams& params,
                                 const PhaseReport& phase = {});

}  // namespace duiding::bench
