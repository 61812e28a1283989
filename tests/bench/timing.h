// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

/// The benchmarks' clock: wall time of a piece of work, and the median of repeats (the machines
/// are noisy; the median of a few runs is steadier than one).
namespace duiding::bench {

inline double Seconds(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline double Median(std::size_t repeat, const std::function<void()>& work) {
  std::vector<double> times;
  for (std::size_t i = 0; i < repeat; ++i) times.push_back(Seconds(work));
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace duiding::bench
