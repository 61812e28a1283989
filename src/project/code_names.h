// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace duiding::project {

/// A code name as compared for near-duplicates: case and accents folded, hyphens, underscores
/// and runs of spaces made one space.
std::string ComparableCodeName(std::string_view name);

/// Why two code names count as (nearly) the same, or nothing when they are different enough:
/// "the same name", "the same apart from case or accents", or "nearly the same name" (one
/// edit, or two in names of ten characters or more; an edit inserts, deletes, replaces or
/// swaps two neighbouring characters). Names of under five characters must match exactly.
std::optional<std::string> NameSimilarity(std::string_view a, std::string_view b);

/// A code name made from a quote for an in-vivo code: spaces collapsed, quote marks around it
/// dropped, '/' replaced, at most 60 characters, cut at a word boundary ("..." when cut).
std::string InVivoName(std::string_view quote);

}  // namespace duiding::project
