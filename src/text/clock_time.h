// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace duiding::text {

/// A timestamp in milliseconds as a researcher reads it beside a quote: "hh:mm:ss" (hours as many
/// digits as needed, at least two), rounded down to the second; a negative one with a minus.
std::string FormatClockTime(std::int64_t ms);

/// The same for a time that may be unknown: empty then.
std::string FormatClockTime(const std::optional<std::int64_t>& ms);

}  // namespace duiding::text
