// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/project_search.h"

#include "project/project.h"
#include "search/index.h"
#include "search/index_worker.h"
#include "search/project_synonyms.h"

namespace duiding::app {

IndexSync::IndexSync() = default;

IndexSync::~IndexSync() { Stop(); }

void IndexSync::Start(project::Project& project) {
  Stop();
  m_worker = std::make_unique<search::IndexWorker>(project.Store().Path(),
                                                   search::IndexFolder(project.Store().Info().guid));
  RequestSync();
}

void IndexSync::Stop() {
  m_worker.reset();
  m_behind = false;
}

void IndexSync::RequestSync() {
  if (!m_worker) return;
  m_worker->RequestSync();
  m_behind = true;
}

void IndexSync::CatchUp() {
  if (!m_worker || !m_behind) return;
  try {
    m_worker->WaitIdle();
  } catch (...) {
    m_worker->RequestSync();  // a failed sync (the index locked, say) is tried again next time
    throw;
  }
  m_behind = false;
}

search::SearchResult SearchProject(project::Project& project, const std::string& query, std::size_t limit,
                                   IndexSync* sync, search::HitOrder order) {
  const std::string folder = search::IndexFolder(project.Store().Info().guid);
  if (sync && sync->Running()) sync->CatchUp();
  else search::SyncIndex(project.Store(), folder);
  const search::Synonyms synonyms = search::ProjectSynonyms(project.Store());
  search::SearchOptions options;
  options.limit = limit;
  options.order = order;
  options.synonyms = &synonyms;
  return search::Searcher(project.Store(), folder).Search(query, options);
}

}  // namespace duiding::app
