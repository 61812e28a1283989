// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/manifest.h"

#include <algorithm>
#include <filesystem>

#include "import/csv.h"
#include "import/imported.h"
#include "import/table.h"
#include "model/error.h"
#include "text/unicode.h"

namespace duiding::import {
namespace {

constexpr std::string_view kRegions[] = {"Achterhoek",      "Centraal Gelderland",       "Food Valley",
                                         "Gelderland-Zuid", "Midden-IJssel/Oost-Veluwe", "Noord-Veluwe",
                                         "Rivierenland"};

// A region name reduced to what tells regions apart: case folded, the ligature ĳ spelled out,
// and spaces, hyphens, dashes and slashes left out.
std::string RegionKey(std::string_view name) {
  const std::string folded = text::FoldCase(CleanLabel(name));
  std::string key;
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::string_view rest = std::string_view(folded).substr(pos);
    if (rest.starts_with("\xC4\xB3")) {  // ĳ
      key += "ij";
      pos += 2;
    } else if (rest.starts_with("\xE2\x80\x93")) {  // en dash
      pos += 3;
    } else if (rest[0] == ' ' || rest[0] == '-' || rest[0] == '/' || rest[0] == '_') {
      ++pos;
    } else {
      key += rest[0];
      ++pos;
    }
  }
  return key;
}

bool IsFileHeader(std::string_view header) {
  const std::string name = text::FoldCase(CleanLabel(header));
  return name == "file" || name == "bestand";
}

[[noreturn]] void Refuse(const std::string& path, std::size_t line, const std::string& message) {
  throw Error(ErrorKind::Input, path + ": line " + std::to_string(line) + ": " + message);
}

// The attribute names of the header row (every column after the first), checked.
std::vector<std::string> AttributeNames(const std::string& path, const TextTable::Row& header) {
  if (!IsFileHeader(header.fields[0])) {
    Refuse(path, header.number,
           "the first column must be 'file' or 'bestand', not '" + CleanLabel(header.fields[0]) + "'");
  }
  std::vector<std::string> names;
  for (std::size_t i = 1; i < header.fields.size(); ++i) {
    std::string name = CleanLabel(header.fields[i]);
    if (name.empty()) Refuse(path, header.number, "column " + std::to_string(i + 1) + " has no name");
    for (const std::string& earlier : names)
      if (text::FoldCase(earlier) == text::FoldCase(name))
        Refuse(path, header.number, "column '" + name + "' appears twice");
    names.push_back(std::move(name));
  }
  return names;
}

std::string ResolveFile(const std::filesystem::path& folder, std::string_view file) {
  const std::filesystem::path listed{std::string(file)};
  if (listed.is_absolute() || folder.empty()) return listed.lexically_normal().string();
  return (folder / listed).lexically_normal().string();
}

std::map<std::string, std::string> EntryAttributes(const std::vector<std::string>& names, const TextTable::Row& row) {
  std::map<std::string, std::string> attributes;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string value = CleanLabel(FieldAt(row, i + 1));
    if (value.empty()) continue;
    if (text::FoldCase(names[i]) == "regio") value = CanonicalRegion(value);
    attributes[names[i]] = std::move(value);
  }
  return attributes;
}

}  // namespace

std::string CanonicalRegion(std::string_view region) {
  const std::string key = RegionKey(region);
  for (const std::string_view canonical : kRegions)
    if (RegionKey(canonical) == key) return std::string(canonical);
  return std::string(TrimSpace(region));
}

std::vector<ManifestEntry> ReadManifest(const std::string& path) {
  const TextTable table = ReadCsvBytes(path, ReadFileBytes(path, ImportLimits{}));
  const std::vector<std::string> names = AttributeNames(path, table.rows[0]);
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::vector<ManifestEntry> entries;
  std::map<std::string, std::size_t> listedOn;  // resolved file -> line
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    const TextTable::Row& row = table.rows[i];
    if (std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return TrimSpace(f).empty(); }))
      continue;
    const std::string_view file = TrimSpace(row.fields[0]);
    if (file.empty()) Refuse(path, row.number, "no file named in the first column");
    const std::string resolved = ResolveFile(folder, file);
    const auto [first, fresh] = listedOn.emplace(resolved, row.number);
    if (!fresh) {
      Refuse(path, row.number,
             "'" + std::string(file) + "' is listed twice (first on line " + std::to_string(first->second) + ")");
    }
    entries.push_back({resolved, EntryAttributes(names, row), row.number});
  }
  return entries;
}

}  // namespace duiding::import
