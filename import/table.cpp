// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/table.h"

#include <optional>

#include "model/error.h"
#include "text/unicode.h"

namespace duiding::import {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// White space at byte `pos`: its length in bytes, or 0. A no-break space counts, because
// spreadsheet headers often carry one where the author typed a space.
std::size_t WhiteSpaceAt(std::string_view s, std::size_t pos) {
  const char c = s[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  return s.substr(pos).starts_with(kNoBreakSpace) ? kNoBreakSpace.size() : 0;
}

std::string FoldedLabel(std::string_view s) { return text::FoldCase(CleanLabel(s)); }

std::optional<std::size_t> ColumnNumber(std::string_view wanted) {
  if (wanted.empty() || wanted.size() > 6) return std::nullopt;
  std::size_t number = 0;
  for (const char c : wanted) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return number;
}

std::string ListHeaders(const std::vector<std::string>& header) {
  std::string list;
  for (const std::string& name : header) {
    if (!list.empty()) list += ", ";
    list += "'" + CleanLabel(name) + "'";
  }
  return list;
}

// Every column whose header `matches`.
template <typename Match>
std::vector<std::size_t> Matching(const std::vector<std::string>& header, Match&& matches) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (matches(header[i])) found.push_back(i);
  return found;
}

[[noreturn]] void Ambiguous(const std::string& path, std::string_view wanted, const std::vector<std::string>& header,
                            const std::vector<std::size_t>& found) {
  throw Error(ErrorKind::Input, path + ": column '" + std::string(wanted) + "' is ambiguous: columns " +
                                    std::to_string(found[0] + 1) + " ('" + CleanLabel(header[found[0]]) + "') and " +
                                    std::to_string(found[1] + 1) + " ('" + CleanLabel(header[found[1]]) +
                                    "') both match; name the column by its number");
}

}  // namespace

std::string_view TrimSpace(std::string_view utf8) {
  while (!utf8.empty()) {
    const std::size_t space = WhiteSpaceAt(utf8, 0);
    if (space == 0) break;
    utf8.remove_prefix(space);
  }
  for (;;) {
    if (!utf8.empty() && WhiteSpaceAt(utf8, utf8.size() - 1) == 1) {
      utf8.remove_suffix(1);
    } else if (utf8.ends_with(kNoBreakSpace)) {
      utf8.remove_suffix(kNoBreakSpace.size());
    } else {
      return utf8;
    }
  }
}

std::string RowPlace(const TextTable& table, const TextTable::Row& row) {
  return table.rowWord + " " + std::to_string(row.number);
}

std::string CleanLabel(std::string_view utf8) {
  const std::string canonical = text::Canonicalize(utf8);
  std::string out;
  bool pendingSpace = false;
  for (std::size_t pos = 0; pos < canonical.size();) {
    if (const std::size_t space = WhiteSpaceAt(canonical, pos)) {
      pendingSpace = !out.empty();
      pos += space;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += canonical[pos++];
  }
  return out;
}

std::size_t FindColumn(const std::string& path, const TextTable& table, std::string_view wanted) {
  const std::vector<std::string> header = table.rows.empty() ? std::vector<std::string>{} : table.rows[0].fields;
  std::vector<std::size_t> found = Matching(header, [&](const std::string& name) { return name == wanted; });
  if (found.empty()) {
    const std::string key = FoldedLabel(wanted);
    if (!key.empty()) found = Matching(header, [&](const std::string& name) { return FoldedLabel(name) == key; });
  }
  if (found.size() > 1) Ambiguous(path, wanted, header, found);
  if (found.size() == 1) return found[0];
  if (const auto number = ColumnNumber(CleanLabel(wanted))) {
    if (*number >= 1 && *number <= header.size()) return *number - 1;
    throw Error(ErrorKind::Input, path + ": no column " + std::to_string(*number) + "; the file has " +
                                      std::to_string(header.size()) + " columns: " + ListHeaders(header));
  }
  throw Error(ErrorKind::Input,
              path + ": no column '" + std::string(wanted) + "'; the columns are: " + ListHeaders(header));
}

}  // namespace duiding::import
