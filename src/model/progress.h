// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <string>

/// How long operations (a batch import, rebuilding an index) tell the front end how far they are
/// and learn that the user wants to stop. The GUI implements Progress with a progress dialog,
/// duiding-cli with a status line and Ctrl+C; the core only calls it.
namespace duiding {

/// Where a long operation is. Totals are known up front; `item` names what is being worked on.
struct ProgressState {
  std::string stage;  ///< "reading", "storing", ...
  std::size_t itemsDone = 0, itemsTotal = 0;
  std::uint64_t bytesDone = 0, bytesTotal = 0;
  std::string item;
};

class Progress {
 public:
  virtual ~Progress() = default;
  /// Called between steps, never from inside a step's own work.
  virtual void Report(const ProgressState& state) = 0;
  /// Whether the user asked to stop. The operation then throws Error(Cancelled) and every
  /// change it made is rolled back.
  virtual bool CancelRequested() = 0;
};

/// Reports `state` to `progress` (when there is one) and throws Error(ErrorKind::Cancelled) when
/// the user asked to stop.
void ReportOrCancel(Progress* progress, const ProgressState& state);

}  // namespace duiding
