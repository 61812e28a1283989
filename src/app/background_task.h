// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/string.h>
#include <wx/weakref.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "model/progress.h"

class wxWindow;
class wxWindowDisabler;

namespace duiding::app {

class AppContext;
class ProgressWindow;

/// How far a background job is, shared by its worker thread (Report, CancelRequested) and the
/// main thread (Latest, Cancel). Only these calls cross threads.
class TaskProgress : public Progress {
 public:
  void Report(const ProgressState& state) override;
  bool CancelRequested() override { return m_cancel.load(); }
  void Cancel() { m_cancel = true; }
  ProgressState Latest() const;
  bool Reported() const { return m_reported.load(); }

  /// Called on the worker thread with every report, before the cancel check (tests use it to
  /// cancel at a chosen stage). Set before the job starts.
  std::function<void(const ProgressState&, TaskProgress&)> observer;

 private:
  mutable std::mutex m_mutex;
  ProgressState m_state;
  std::atomic<bool> m_cancel{false}, m_reported{false};
};

/// Runs one core job at a time on a std::thread, so the window never freezes. The job gets
/// the project through a connection of its own (read-only for reading work; the one writer for
/// an import, see ImportCommand) — never the AppContext's, which belongs to the main thread.
/// A modeless progress window shows how far it is; its Cancel sets the core's Progress cancel
/// (the core throws Error(Cancelled) and rolls back). What the job returns runs afterwards on
/// the main thread through wxApp::CallAfter, guarded by a weak liveness token: when the task
/// (and so the window owning it) is gone by then, it is skipped. Errors show one message
/// (Guarded); a cancel only says so in the status bar. Main thread only, except the job.
class BackgroundTask {
 public:
  /// Runs on the worker thread; returns what to do with its result on the main thread.
  using Job = std::function<std::function<void()>(Progress& progress)>;

  /// `owner`: the window the progress window belongs to (and whose life bounds the task's).
  BackgroundTask(wxWindow* owner, AppContext& context);
  /// Cancels the job and waits for its thread (until the job's next progress check, or its end
  /// when it has none); a continuation not yet run is then skipped.
  ~BackgroundTask();
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;

  /// Starts `job` titled `title`; false (nothing started) while another job runs.
  /// `finally` runs on the main thread when the job ends, however it ends, before the
  /// continuation or the error message. `blockWindows` disables every other window meanwhile.
  bool Start(const wxString& title, Job job, std::function<void()> finally = {}, bool blockWindows = false);
  bool Busy() const { return m_busy; }
  /// Asks the running job to stop (as the progress window's Cancel does).
  void Cancel();
  /// Waits until the worker thread has ended: its continuation is then queued, not yet run.
  void WaitForWorker();
  /// The observer the next jobs' progress gets (see TaskProgress::observer).
  void SetObserver(std::function<void(const ProgressState&, TaskProgress&)> observer) { m_observer = std::move(observer); }

 private:
  struct Outcome {
    std::function<void()> then;
    std::exception_ptr error;
  };
  void Deliver(const Outcome& outcome);
  void ShowOutcome(const Outcome& outcome);
  void CloseWindow();

  wxWindow* m_owner;
  AppContext& m_context;
  std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
  std::shared_ptr<TaskProgress> m_progress;
  std::function<void(const ProgressState&, TaskProgress&)> m_observer;
  std::function<void()> m_finally;
  wxWeakRef<ProgressWindow> m_window;
  std::unique_ptr<wxWindowDisabler> m_disabler;
  bool m_busy = false;
  std::thread m_thread;
};

}  // namespace duiding::app
