// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace duiding::exchange {

/// A coded fragment as it leaves Duiding (already pseudonymised when asked).
struct ExportedFragment {
  std::string codingGuid;
  std::string codePath, codeGuid;
  std::string quote;  ///< exactly as in the document (or pseudonymised)
  std::string documentName, documentGuid;
  std::string speaker, role;  ///< empty when unknown
  std::optional<std::int64_t> timestampMs;
  std::vector<std::pair<std::string, std::string>> attributes;  ///< groep, regio, methode, ... sorted by name
  std::size_t start = 0, end = 0;  ///< code points, half-open
  std::string coder, createdAt, memo;
};

/// What an export holds and how it was chosen (for the file's header).
struct FragmentExport {
  std::string project;
  std::vector<std::pair<std::string, std::string>> filters;  ///< ("codes", "Drempels/Schaamte"), ...
  bool pseudonymised = false;
  std::vector<ExportedFragment> fragments;
};

/// Our own XML (namespace "urn:duiding:fragments:1", documented by export/fragments.xsd): UTF-8,
/// LF, deterministic (the same export gives the same bytes; no timestamps of the export itself).
std::string FragmentsXml(const FragmentExport& data);
/// The same bytes written to `path` atomically, a megabyte at a time (never held whole in memory).
void WriteFragmentsXml(const FragmentExport& data, const std::string& path);
/// CSV: UTF-8 with BOM (so Excel reads the diacritics), comma-separated, RFC 4180 quoting, a header
/// row, one fragment per row, attributes as one column each (union of names, sorted).
std::string FragmentsCsv(const FragmentExport& data);
/// An .xlsx workbook (bytes) with the same table on one sheet "Fragmenten": inline strings, a bold
/// frozen header row, numbers as numbers. Deterministic bytes.
std::string FragmentsXlsx(const FragmentExport& data);

}  // namespace duiding::exchange
