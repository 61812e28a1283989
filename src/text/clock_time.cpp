// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/clock_time.h"

namespace duiding::text {

std::string FormatClockTime(std::int64_t ms) {
  const bool negative = ms < 0;
  const std::uint64_t total = (negative ? 0 - static_cast<std::uint64_t>(ms) : static_cast<std::uint64_t>(ms)) / 1000;
  const auto two = [](std::uint64_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  return (negative ? "-" : "") + two(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60);
}

std::string FormatClockTime(const std::optional<std::int64_t>& ms) { return ms ? FormatClockTime(*ms) : std::string(); }

}  // namespace duiding::text
