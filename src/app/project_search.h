// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>

#include "search/search.h"

namespace duiding::project {
class Project;
}

namespace duiding::app {

/// Searches the project with the query language, as duiding-cli's `search` does: the index (a
/// cache) is brought up to date first and the project's own synonym list is used. Hits come
/// in document order. QueryError for a malformed query.
search::SearchResult SearchProject(project::Project& project, const std::string& query, std::size_t limit);

}  // namespace duiding::app
