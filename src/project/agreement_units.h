// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "model/types.h"
#include "project/agreement.h"

namespace duiding::store {
class Store;
}

namespace duiding::project {

/// One unit of a document: a sentence, turn, paragraph or survey answer, with the case of the
/// speaker it belongs to when known.
struct TextUnit {
  std::size_t start = 0, end = 0;
  std::optional<RowId> caseId;
};

/// A document cut into units of `kind`, in text order (empty units dropped).
std::vector<TextUnit> CutIntoUnits(store::Store& store, const Document& document, UnitKind kind);

/// Merged, sorted intervals covering the same characters as `ranges`.
std::vector<std::pair<std::size_t, std::size_t>> UnionOf(std::vector<std::pair<std::size_t, std::size_t>> ranges);

/// The units (indices into `units`, ascending) that the covered characters `covered` (a union)
/// give a code: more than `share` of the unit covered, or any overlap when `share` is 0.
std::vector<std::size_t> UnitsCovered(const std::vector<TextUnit>& units,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& covered, double share);

}  // namespace duiding::project
