// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <vector>

#include "agreement/unit_measures.h"

namespace duiding::project {

/// Reliability data from a spreadsheet: rows are units, columns coders, each cell a category or
/// empty (no value). A first column headed "unit", "eenheid", "id" or "nr" names the units.
struct ReliabilityTable {
  agreement::ReliabilityData data;
  std::vector<std::string> coders;  ///< the column headers
  std::vector<std::string> units;   ///< unit names (the id column, or the line numbers)
};

/// Reads a CSV file (any encoding, delimiter detected). Categories are the distinct values: for
/// nominal data in order of first appearance; for ordinal data in `order` when given (every
/// value must be in it), else numerically when every value is a number; interval and ratio
/// values must be numbers ("3,5" and "3.5" both read as 3.5). Error(Input) naming the file,
/// line and column for a bad value.
ReliabilityTable ReadReliabilityTable(const std::string& path, agreement::Level level,
                                      const std::vector<std::string>& order = {});

}  // namespace duiding::project
