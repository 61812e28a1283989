// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// Timestamps as the workbench, the CLI and the exports show them.
#include "text/clock_time.h"

#include <gtest/gtest.h>

#include <limits>

namespace duiding::text {
namespace {

TEST(ClockTime, HoursMinutesSecondsRoundedDown) {
  EXPECT_EQ(FormatClockTime(0), "00:00:00");
  EXPECT_EQ(FormatClockTime(8000), "00:00:08");
  EXPECT_EQ(FormatClockTime(690'999), "00:11:30");  // [00:11:30.999] stays in its second
  EXPECT_EQ(FormatClockTime(3'600'000), "01:00:00");
  EXPECT_EQ(FormatClockTime(90'061'000), "25:01:01");  // a day-long recording keeps counting hours
  EXPECT_EQ(FormatClockTime(360'000'000), "100:00:00");
}

TEST(ClockTime, AnUnknownTimeIsEmpty) {
  EXPECT_EQ(FormatClockTime(std::nullopt), "");
  EXPECT_EQ(FormatClockTime(std::optional<std::int64_t>(8000)), "00:00:08");
}

TEST(ClockTime, NegativeTimesKeepTheirSign) {
  EXPECT_EQ(FormatClockTime(-250), "-00:00:00");
  EXPECT_EQ(FormatClockTime(-61'000), "-00:01:01");
  EXPECT_EQ(FormatClockTime(std::numeric_limits<std::int64_t>::min()).front(), '-');  // no overflow
}

}  // namespace
}  // namespace duiding::text
