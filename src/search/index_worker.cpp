// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/index_worker.h"


#include "store/store.h"

namespace duiding::search {
namespace {

// Cancels a sync when the worker is told to stop.
class StopFlag : public Progress {
 public:
  explicit StopFlag(const bool& stop, std::mutex& mutex) : m_stop(stop), m_mutex(mutex) {}
  void Report(const ProgressState&) override {}
  bool CancelRequested() override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stop;
  }

 private:
  const bool& m_stop;
  std::mutex& m_mutex;
};

}  // namespace

IndexWorker::IndexWorker(std::string projectPath, std::string folder)
    : m_path(std::move(projectPath)), m_folder(std::move(folder)), m_thread([this] { Run(); }) {}

IndexWorker::~IndexWorker() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = true;
  }
  m_changed.notify_all();
  m_thread.join();
}

void IndexWorker::RequestSync() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_requested;
  }
  m_changed.notify_all();
}

IndexReport IndexWorker::WaitIdle() {
  std::unique_lock<std::mutex> lock(m_mutex);
  const std::uint64_t target = m_requested;
  m_changed.wait(lock, [&] { return m_served >= target || m_stop; });
  if (m_error) std::rethrow_exception(m_error);
  return m_report;
}

void IndexWorker::Run() {
  std::unique_ptr<store::Store> store;  // this thread's own connection
  StopFlag stop(m_stop, m_mutex);
  for (;;) {
    std::uint64_t target = 0;
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      m_changed.wait(lock, [&] { return m_stop || m_requested > m_served; });
      if (m_stop) return;
      target = m_requested;
    }
    IndexReport report;
    std::exception_ptr error;
    try {
      if (!store) store = store::Store::Open(m_path, store::OpenMode::ReadOnly);
      report = SyncIndex(*store, m_folder, &stop);
    } catch (...) {
      error = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      m_served = target;
      m_report = report;
      m_error = error;
    }
    m_changed.notify_all();
  }
}

}  // namespace duiding::search
