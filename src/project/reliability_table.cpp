// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/reliability_table.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "import/csv.h"
#include "import/imported.h"
#include "import/table.h"
#include "model/error.h"
#include "text/unicode.h"

namespace duiding::project {
namespace {

bool IsUnitHeader(const std::string& header) {
  const std::string h = text::FoldCase(import::CleanLabel(header));
  return h == "unit" || h == "eenheid" || h == "id" || h == "nr" || h == "item" || h == "antwoord" || h == "respondent";
}

std::optional<double> Number(std::string value) {
  std::replace(value.begin(), value.end(), ',', '.');
  double number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) return std::nullopt;
  return number;
}

// The categories in the order the level asks for.
std::vector<std::string> OrderCategories(std::vector<std::string> seen, agreement::Level level,
                                         const std::vector<std::string>& order, const std::string& path) {
  if (level == agreement::Level::Nominal) return seen;
  if (level == agreement::Level::Ordinal && !order.empty()) {
    for (const std::string& v : seen)
      if (std::find(order.begin(), order.end(), v) == order.end())
        throw Error(ErrorKind::Input, path + ": value '" + v + "' is not in the given order");
    return order;
  }
  for (const std::string& v : seen)
    if (!Number(v))
      throw Error(ErrorKind::Input, path + ": value '" + v + "' is not a number; " +
                                        (level == agreement::Level::Ordinal ? "give the order of the categories (--order)"
                                                                            : "interval and ratio data are numbers"));
  std::sort(seen.begin(), seen.end(), [](const std::string& a, const std::string& b) { return *Number(a) < *Number(b); });
  return seen;
}

}  // namespace

ReliabilityTable ReadReliabilityTable(const std::string& path, agreement::Level level,
                                      const std::vector<std::string>& order) {
  const import::TextTable table = import::ReadCsvBytes(path, import::ReadFileBytes(path));
  if (table.rows.size() < 2) throw Error(ErrorKind::Input, path + ": needs a header row and at least one unit");
  const auto& header = table.rows.front().fields;
  const std::size_t first = !header.empty() && IsUnitHeader(header[0]) ? 1 : 0;
  if (header.size() < first + 2) throw Error(ErrorKind::Input, path + ": needs a column per coder, at least two");
  ReliabilityTable out;
  for (std::size_t c = first; c < header.size(); ++c) out.coders.push_back(import::CleanLabel(header[c]));
  std::vector<std::string> seen;
  std::vector<std::vector<std::string>> cells;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    out.units.push_back(first ? import::CleanLabel(import::FieldAt(row, 0)) : import::RowPlace(table, row));
    std::vector<std::string> values;
    for (std::size_t c = first; c < header.size(); ++c) {
      std::string value(import::TrimSpace(import::FieldAt(row, c)));
      if (!value.empty() && std::find(seen.begin(), seen.end(), value) == seen.end()) seen.push_back(value);
      values.push_back(std::move(value));
    }
    cells.push_back(std::move(values));
  }
  out.data.coders = out.coders.size();
  out.data.categories = OrderCategories(seen, level, order, path);
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < out.data.categories.size(); ++i) index[out.data.categories[i]] = i;
  if (level == agreement::Level::Interval || level == agreement::Level::Ratio)
    for (const std::string& c : out.data.categories) out.data.numbers.push_back(*Number(c));
  for (const auto& values : cells) {
    std::vector<std::optional<std::size_t>> unit;
    for (const std::string& v : values) unit.push_back(v.empty() ? std::nullopt : std::optional<std::size_t>(index.at(v)));
    out.data.units.push_back(std::move(unit));
  }
  return out;
}

}  // namespace duiding::project
