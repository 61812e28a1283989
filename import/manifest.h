// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

/// A batch manifest: a CSV file listing the files to import and each file's attributes.
///
///   bestand;groep;regio;methode;datum;interviewer
///   interviews/jongere 01.docx;jongeren;achterhoek;interview;2024-03-05;Sanne
namespace duiding::import {

struct ManifestEntry {
  std::string file;                               ///< resolved against the manifest's folder when relative
  std::map<std::string, std::string> attributes;  ///< column header -> value; empty values left out
  std::size_t line = 0;                           ///< where the entry starts in the manifest
};

/// Reads a manifest: a header row whose first column is "file" or "bestand" (any case), the
/// other columns attribute names; then one row per file. Delimiter and encoding are detected
/// as for any CSV (see ReadCsvBytes). Values are trimmed; a "regio" value is kept as written
/// unless it names a Gelderland youth-care region (see CanonicalRegion). Error(Input) naming
/// the manifest and line for a missing file column, a row without a file, a file listed twice
/// and everything the CSV reader refuses.
std::vector<ManifestEntry> ReadManifest(const std::string& path);

/// The canonical spelling of one of the seven Gelderland youth-care regions (Achterhoek,
/// Centraal Gelderland, Food Valley, Gelderland-Zuid, Midden-IJssel/Oost-Veluwe, Noord-Veluwe,
/// Rivierenland) when `region` names it, ignoring case, spaces, hyphens and slashes
/// ("food valley", "GELDERLAND ZUID", "midden-ĳssel / oost-veluwe"); otherwise `region`
/// trimmed, as free text.
std::string CanonicalRegion(std::string_view region);

}  // namespace duiding::import
