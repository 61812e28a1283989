// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

namespace duiding {

/// SHA-256 of `bytes` as 64 lower-case hex digits: a document's content hash, which lets coder
/// packages and exchange files be matched by content rather than by name. Pure.
/// Uses the CPU's SHA extensions when it has them, else portable code; both give the same digest.
std::string Sha256Hex(std::string_view bytes);

namespace detail {
/// The portable implementation alone, so tests can hold the accelerated one against it.
std::string Sha256HexPortable(std::string_view bytes);
/// Whether this CPU runs the accelerated path.
bool Sha256Accelerated();
}  // namespace detail

}  // namespace duiding
