// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/project_search.h"

#include "project/project.h"
#include "search/index.h"
#include "search/project_synonyms.h"

namespace duiding::app {

search::SearchResult SearchProject(project::Project& project, const std::string& query, std::size_t limit) {
  const std::string folder = search::IndexFolder(project.Store().Info().guid);
  search::SyncIndex(project.Store(), folder);
  const search::Synonyms synonyms = search::ProjectSynonyms(project.Store());
  search::SearchOptions options;
  options.limit = limit;
  options.order = search::HitOrder::Document;
  options.synonyms = &synonyms;
  return search::Searcher(project.Store(), folder).Search(query, options);
}

}  // namespace duiding::app
