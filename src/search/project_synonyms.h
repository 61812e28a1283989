// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "search/synonyms.h"
#include "store/store.h"

namespace duiding::search {

/// The project setting that holds its own synonym list (synonyms.h format).
inline constexpr const char* kSynonymsSetting = "zoeken.synoniemen";

/// The synonym list searches of this project use: its own, or the shipped Dutch starter list
/// until it has one. As text, for showing and editing.
std::string SynonymText(store::Store& store);

/// The same, parsed.
Synonyms ProjectSynonyms(store::Store& store);

/// Checks `text` (Error(Input) naming `source` and the line) and makes it the project's list, as
/// one change; an empty text goes back to the starter list.
void SetProjectSynonyms(store::Store& store, RowId user, std::string_view text, const std::string& source);

}  // namespace duiding::search
