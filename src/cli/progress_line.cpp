// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "cli/progress_line.h"

#include <csignal>
#include <cstdio>

namespace duiding::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void OnInterrupt(int) { g_interrupted = 1; }

std::string Megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

}  // namespace

ProgressLine::ProgressLine(std::ostream& err, bool show) : m_err(err), m_show(show) {
  g_interrupted = 0;
  m_previousHandler = std::signal(SIGINT, OnInterrupt);
}

ProgressLine::~ProgressLine() {
  std::signal(SIGINT, m_previousHandler == SIG_ERR ? SIG_DFL : m_previousHandler);
  Break();
}

void ProgressLine::Report(const ProgressState& state) {
  if (!m_show) return;
  const auto now = std::chrono::steady_clock::now();
  const bool last = state.itemsDone == state.itemsTotal;
  if (!last && now - m_last < std::chrono::milliseconds(100)) return;
  m_last = now;
  m_err << "\r" << state.stage << ": " << state.itemsDone << "/" << state.itemsTotal << " files, "
        << Megabytes(state.bytesDone) << "/" << Megabytes(state.bytesTotal) << " MB   " << std::flush;
  m_drawn = true;
}

void ProgressLine::Break() {
  if (m_drawn) m_err << "\n";
  m_drawn = false;
}

bool ProgressLine::CancelRequested() { return g_interrupted != 0; }

}  // namespace duiding::cli
