// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <chrono>
#include <ostream>

#include "model/progress.h"

namespace duiding::cli {

/// Progress for the terminal: a status line on stderr (rewritten at most ten times a second)
/// and Ctrl+C as cancel, for as long as the object lives. Silent when `show` is false.
class ProgressLine : public Progress {
 public:
  ProgressLine(std::ostream& err, bool show);
  ~ProgressLine() override;
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void Report(const ProgressState& state) override;
  /// Ends the status line, so that other messages start on a line of their own.
  void Break();
  bool CancelRequested() override;

 private:
  std::ostream& m_err;
  bool m_show;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_last{};
  void (*m_previousHandler)(int) = nullptr;
};

}  // namespace duiding::cli
