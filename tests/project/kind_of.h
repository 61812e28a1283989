// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <functional>

#include "model/error.h"

namespace duiding::testing {

/// The kind of the duiding::Error `action` throws; Internal when it throws none (so a test that
/// expects a refusal fails when nothing was refused).
inline ErrorKind KindOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.Kind();
  }
  return ErrorKind::Internal;
}

}  // namespace duiding::testing
