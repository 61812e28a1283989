// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

namespace duiding {

/// SHA-256 of `bytes` as 64 lower-case hex digits: a document's content hash, which lets coder
/// packages and exchange files be matched by content rather than by name. Pure.
std::string Sha256Hex(std::string_view bytes);

}  // namespace duiding
