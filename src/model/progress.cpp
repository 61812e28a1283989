// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/progress.h"

#include "model/error.h"

namespace duiding {

void ReportOrCancel(Progress* progress, const ProgressState& state) {
  if (!progress) return;
  progress->Report(state);
  if (progress->CancelRequested()) throw Error(ErrorKind::Cancelled, "cancelled: the project is unchanged");
}

}  // namespace duiding
