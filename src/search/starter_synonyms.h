// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string_view>

namespace duiding::search {

/// The text of codebooks/synoniemen-jeugdhulp.txt as shipped, byte for byte: defined in a
/// source cmake/EmbedText.cmake generates from that file at build time.
std::string_view StarterSynonymsText();

}  // namespace duiding::search
