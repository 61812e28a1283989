// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "search/search.h"

namespace duiding::project {
class Project;
}
namespace duiding::search {
class IndexWorker;
}

namespace duiding::app {

/// The open project's index, kept up to date in the background: one search::IndexWorker (the
/// one writer of the index, with its own read-only connection) started when a project opens,
/// asked to sync after every change, and stopped (a sync under way cancelled) when the project
/// closes, for an import to take the writer, or when the window goes. Main thread only.
class IndexSync {
 public:
  IndexSync();
  ~IndexSync();
  IndexSync(const IndexSync&) = delete;
  IndexSync& operator=(const IndexSync&) = delete;

  /// Starts a worker for `project` (stopping any other) and asks it for a first sync.
  void Start(project::Project& project);
  /// Stops the worker; returns once its thread has ended.
  void Stop();
  bool Running() const { return m_worker != nullptr; }
  /// Asks for a sync after a change; returns at once.
  void RequestSync();
  /// Whether a sync has been asked for since the worker was last seen idle.
  bool Behind() const { return m_behind; }
  /// Waits until every sync asked for has finished; rethrows the error of a failed one.
  void CatchUp();

 private:
  std::unique_ptr<search::IndexWorker> m_worker;
  bool m_behind = false;
};

/// Searches the project with the query language, as duiding-cli's `search` does, with the
/// project's own synonym list. The index (a cache) is brought up to date first: by waiting for
/// `sync` when it is running (only when it is behind), else in the foreground. Hits come in
/// `order` (document order unless asked). QueryError for a malformed query.
search::SearchResult SearchProject(project::Project& project, const std::string& query, std::size_t limit,
                                   IndexSync* sync = nullptr, search::HitOrder order = search::HitOrder::Document);

}  // namespace duiding::app
