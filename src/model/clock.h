// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <functional>
#include <string>

namespace duiding {

/// Returns the current time as an ISO 8601 UTC timestamp ("2026-03-12T09:30:00Z"), the form
/// REFI-QDA's xsd:dateTime values take. Injected so tests and generators can be deterministic.
using Clock = std::function<std::string()>;

/// The system clock in UTC, second precision.
std::string SystemNow();

}  // namespace duiding
