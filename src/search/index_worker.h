// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include "search/index.h"

namespace duiding::search {

/// The one writer of a project's index, on a thread of its own (Xapian's model: one writer,
/// readers reopen). It reads the project through its own read-only connection and syncs the
/// index whenever asked; nothing but the request counters crosses threads. A front end asks
/// after every change it makes (import, delete, new attributes) and keeps searching meanwhile:
/// each Searcher reopens before a search and sees every sync that has finished.
class IndexWorker {
 public:
  IndexWorker(std::string projectPath, std::string folder);
  /// Stops: a sync under way is cancelled (the index stays as it was before it).
  ~IndexWorker();
  IndexWorker(const IndexWorker&) = delete;
  IndexWorker& operator=(const IndexWorker&) = delete;

  /// Asks for a sync; returns at once. Requests made while one runs are served by one more.
  void RequestSync();

  /// Waits until every request made before the call has been served. Returns the report of the
  /// last sync; rethrows the error of a failed one.
  IndexReport WaitIdle();

 private:
  void Run();

  std::string m_path, m_folder;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::uint64_t m_requested = 0, m_served = 0;
  bool m_stop = false;
  IndexReport m_report;
  std::exception_ptr m_error;
  std::thread m_thread;  // last: starts once everything above exists
};

}  // namespace duiding::search
