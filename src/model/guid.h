// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// GUIDs as REFI-QDA writes them: UUID v4, 8-4-4-4-12 hex digits.
namespace duiding {

/// A fresh random UUID v4 in lower case. Thread-safe.
std::string NewGuid();

/// The canonical (lower-case, brace-free) form of a GUID in any case, with or without braces;
/// none when `text` is not a GUID.
std::optional<std::string> CanonicalGuid(std::string_view text);

}  // namespace duiding
