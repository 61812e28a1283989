// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: keyword-in-context lines and the keys they sort by.
#include <cstddef>
#include <string>

#include "search/search.h"
#include "store/store.h"

namespace duiding::search {

/// Fills hit.left, hit.match and hit.right: the hit's text and up to `width` code points on each
/// side, cut back to whole words, line breaks and tabs shown as spaces.
/// `length` is the document's length in code points.
void FillContext(store::Store& store, Hit& hit, std::size_t width, std::size_t length);

/// Sort keys in Dutch dictionary order (case, accents and punctuation ignored): the words
/// before the hit, nearest first; the words after it.
std::string LeftKey(const Hit& hit);
std::string RightKey(const Hit& hit);

}  // namespace duiding::search
