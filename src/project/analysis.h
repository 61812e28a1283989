// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace duiding::project {

class Project;

/// Which coded fragments to look at. Empty lists match everything.
struct RetrievalQuery {
  std::vector<std::string> codes;  ///< references (path, GUID or unique name)
  enum class Match { Any, All };
  Match match = Match::Any;        ///< All: only where every listed code is present (the overlap)
  bool withSubcodes = false;       ///< a code stands for itself and every code below it
  /// Attribute name -> accepted values (any of them). A document's own attribute counts first,
  /// else the speaker's (the case of the turn the fragment starts in). Compared case- and
  /// accent-insensitively.
  std::map<std::string, std::vector<std::string>> attributes;
  std::vector<std::string> roles;   ///< speaker roles (the case attribute "rol")
  std::vector<std::string> coders;  ///< names or GUIDs
};

/// A coded fragment with what a researcher reads next to it.
struct Fragment {
  Coding coding;                ///< for Match::All, the overlap's range (and the first code's coding)
  std::vector<RowId> codes;     ///< the code, or for Match::All every code present
  std::string documentName, documentGuid;
  std::string quote;
  std::string speaker, role;    ///< of the turn the fragment starts in; empty when none
  std::optional<RowId> caseId;  ///< that speaker's case, when known
  std::optional<std::int64_t> timestampMs;
  std::string coder;            ///< the coder's name
};

/// Fragments in document order (documents by name, then position).
std::vector<Fragment> Retrieve(Project& project, const RetrievalQuery& query);

/// How often a code is used within the fragments a query selects.
struct CodeFrequency {
  RowId code = 0;
  std::string path;
  std::int64_t fragments = 0, documents = 0, speakers = 0;
};
/// Per code of the query (every code in use when it lists none), in codebook order.
std::vector<CodeFrequency> Frequencies(Project& project, const RetrievalQuery& query);

/// How two codes count as occurring together.
enum class Proximity {
  Overlap,   ///< their fragments share at least one character
  SameTurn,  ///< both are in one speaker turn (a fragment is in every turn it touches)
  Near,      ///< at most `words` words apart (overlapping counts; words are runs of non-space)
};

/// A symmetric code × code table. Overlap and Near count pairs of fragments; SameTurn counts
/// turns. The diagonal holds each code's own count (fragments, or turns for SameTurn).
struct CooccurrenceMatrix {
  std::vector<RowId> codes;
  std::vector<std::string> paths;
  std::vector<std::vector<std::int64_t>> counts;
};
/// Over the codes of the query (all codable codes in use when it lists none) and the fragments
/// its attribute, role and coder filters select.
CooccurrenceMatrix Cooccurrence(Project& project, const RetrievalQuery& query, Proximity proximity,
                                std::size_t words = 0);

/// Codes × attribute values: each cell holds the fragments of that code whose attribute values
/// (one column per combination, e.g. "ouder · Achterhoek") match. Missing values read "(geen)".
struct AttributeMatrix {
  std::vector<std::string> attributes;
  std::vector<std::string> columns;  ///< value combinations, sorted
  std::vector<RowId> codes;
  std::vector<std::string> paths;
  /// cells[row][column]: the codings behind the cell.
  std::vector<std::vector<std::vector<RowId>>> cells;
  /// distinct documents per cell
  std::vector<std::vector<std::int64_t>> documents;
};
AttributeMatrix CodeByAttributes(Project& project, const RetrievalQuery& query,
                                 const std::vector<std::string>& attributes);

}  // namespace duiding::project
