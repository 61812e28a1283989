// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>

namespace duiding::project {
class Project;
}

namespace duiding::app {

class AppContext;

/// Writes a quote report of every code (definitions and quotes, no speaker names) to `path`:
/// OpenDocument text when it ends in ".odt", else one HTML page. Written atomically: a failure
/// leaves `path` as it was. Returns the number of quotes.
std::size_t WriteQuoteReport(project::Project& project, const std::string& path);

/// File > Export quote report: asks where, writes, and says how it went.
bool ExportQuoteReport(AppContext& context);

}  // namespace duiding::app
