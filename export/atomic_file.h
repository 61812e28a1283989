// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

namespace duiding::exchange {

/// Writes `bytes` to `path` through a temporary file in the same folder (mode 0600), flushed
/// and renamed over `path` when complete. On any failure the temporary file is removed, `path`
/// is untouched, and Error(Io) names the path and the reason.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace duiding::exchange
