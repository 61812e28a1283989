// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: keyword-in-context lines and the keys they sort by.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "search/search.h"
#include "store/store.h"

namespace duiding::search {

/// Fills hit.left, hit.match and hit.right: the hit's text and up to `width` code points on each
/// side, cut back to whole words, line breaks and tabs shown as spaces.
/// `length` is the document's length in code points; `buffer` holds the text read.
void FillContext(store::Store& store, Hit& hit, std::size_t width, std::size_t length, std::string& buffer);

/// Fills the context of many hits: per document with many hits the stretch they lie in is read
/// once (into `buffer`, whose memory a searcher keeps from search to search), else each hit
/// reads just its window. Hits from a search carry their bytes in the text (Hit::byteStart),
/// which place them in what was read; without, their code points are counted.
inline constexpr std::size_t kWholeTextHits = 8;
void FillContexts(store::Store& store, std::vector<Hit>& hits, std::size_t width,
                  const std::function<std::size_t(RowId)>& lengthOf, std::string& buffer);

/// Sets hit.sentenceStart/End to the Dutch sentence(s) the hit lies in (text module rules),
/// looking at most kSentenceReach code points either side.
inline constexpr std::size_t kSentenceReach = 600;
void FillSentence(store::Store& store, Hit& hit, std::size_t length);

/// Sort keys in Dutch dictionary order (ICU "nl" collation; punctuation ignored): the words
/// before the hit, nearest first; the words after it.
std::string LeftKey(const Hit& hit);
std::string RightKey(const Hit& hit);

}  // namespace duiding::search
