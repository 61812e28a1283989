// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: keyword-in-context lines and the keys they sort by.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "search/search.h"
#include "store/store.h"

namespace duiding::search {

/// Fills the KWIC line (Hit::kwic) of hits from a search: the hit's text and up to
/// `width` code points on each side, within its turn, cut back to whole words, line breaks and
/// tabs shown as spaces. `textOf` gives a document's text as the index holds it, `lengthOf` its
/// length in code points; each hit's bytes in it (Hit::byteStart) place it without counting.
void FillContexts(std::vector<Hit>& hits, std::size_t width, const std::function<std::size_t(RowId)>& lengthOf,
                  const std::function<std::string_view(RowId)>& textOf);

/// Sets hit.sentenceStart/End to the Dutch sentence(s) the hit lies in (text module rules),
/// looking at most kSentenceReach code points either side.
inline constexpr std::size_t kSentenceReach = 600;
void FillSentence(store::Store& store, Hit& hit, std::size_t length);

/// Sort keys in Dutch dictionary order (ICU "nl" collation; punctuation ignored): the words
/// before the hit, nearest first; the words after it.
std::string LeftKey(const Hit& hit);
std::string RightKey(const Hit& hit);

}  // namespace duiding::search
