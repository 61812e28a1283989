// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

namespace duiding::text {

/// A key that sorts UTF-8 text in Dutch dictionary order (ICU's "nl" collation: accents and
/// case only break ties, "ĳ" sorts as "ij"): compare keys with <. Thread-safe.
std::string DutchSortKey(std::string_view utf8);

}  // namespace duiding::text
