// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/background_task.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include <utility>

#include "app/app_context.h"
#include "app/wx_text.h"
#include "model/error.h"

namespace duiding::app {
namespace {

wxString StageText(const std::string& stage) {
  if (stage == "reading") return _("Reading the files");
  if (stage == "storing") return _("Storing the documents");
  if (stage == "indexing") return _("Indexing for search");
  // ComputeAgreement
  if (stage == "documents") return _("Cutting the documents into units");
  if (stage == "units") return _("Comparing the units");
  if (stage == "character level") return _("Comparing character by character");
  if (stage == "segments") return _("Comparing the segments");
  if (stage == "unitizing") return _("Computing the unitizing measures");
  if (stage == "disagreements") return _("Listing the disagreements");
  // Exports
  if (stage == "quotes") return _("Collecting the quotes");
  if (stage == "writing") return _("Writing the file");
  return ToWx(stage);
}

wxString ItemText(const ProgressState& state) {
  wxString text = StageText(state.stage);
  if (state.itemsTotal > 0) text += wxString::Format(wxT(": %zu / %zu"), state.itemsDone, state.itemsTotal);
  if (!state.item.empty()) text += wxT("\n") + wxFileName(ToWx(state.item)).GetFullName();
  return text;
}

}  // namespace

void TaskProgress::Report(const ProgressState& state) {
  {
    const std::lock_guard lock(m_mutex);
    m_state = state;
  }
  m_reported = true;
  if (observer) observer(state, *this);
}

ProgressState TaskProgress::Latest() const {
  const std::lock_guard lock(m_mutex);
  return m_state;
}

/// The modeless window of a running job: what it does, a bar, and Cancel. It polls the job's
/// progress ten times a second; the worker never touches it.
class ProgressWindow : public wxDialog {
 public:
  /// Shown at once when `showNow`, else only when the job takes longer than a blink.
  ProgressWindow(wxWindow* parent, const wxString& title, std::shared_ptr<TaskProgress> progress, bool showNow)
      : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxCAPTION | wxCLOSE_BOX),
        m_progress(std::move(progress)), m_stage(new wxStaticText(this, wxID_ANY, _("Working..."))),
        m_gauge(new wxGauge(this, wxID_ANY, 1000)), m_cancel(new wxButton(this, wxID_CANCEL, _("Cancel"))), m_timer(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_stage, 0, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(m_gauge, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    sizer->Add(m_cancel, 0, wxALIGN_RIGHT | wxALL, FromDIP(10));
    SetSizer(sizer);
    SetSize(FromDIP(wxSize(420, 150)));
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RequestCancel(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
      if (event.CanVeto()) event.Veto();
      RequestCancel();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Update(); });
    m_timer.Start(100);
    CentreOnParent();
    if (showNow) Show();
  }
  ~ProgressWindow() override { m_timer.Stop(); }

 private:
  void RequestCancel() {
    m_progress->Cancel();
    m_cancel->Disable();
    m_stage->SetLabel(_("Stopping..."));
  }

  void Update() {
    if (!IsShown() && ++m_ticks >= 4) Show();
    if (m_progress->CancelRequested() || !m_progress->Reported()) {
      m_gauge->Pulse();
      return;
    }
    const ProgressState state = m_progress->Latest();
    m_stage->SetLabel(ItemText(state));
    const double done = state.bytesTotal ? double(state.bytesDone) / double(state.bytesTotal)
                        : state.itemsTotal ? double(state.itemsDone) / double(state.itemsTotal) : -1;
    if (done < 0) m_gauge->Pulse();
    else m_gauge->SetValue(static_cast<int>(done * 1000));
  }

  std::shared_ptr<TaskProgress> m_progress;
  wxStaticText* m_stage;
  wxGauge* m_gauge;
  wxButton* m_cancel;
  wxTimer m_timer;
  int m_ticks = 0;
};

BackgroundTask::BackgroundTask(wxWindow* owner, AppContext& context) : m_owner(owner), m_context(context) {}

BackgroundTask::~BackgroundTask() {
  m_alive.reset();
  m_disabler.reset();
  Cancel();
  WaitForWorker();
  CloseWindow();
}

bool BackgroundTask::Start(const wxString& title, Job job, std::function<void()> finally, bool blockWindows) {
  if (m_busy) return false;
  WaitForWorker();  // the last one has delivered: its thread is ending
  m_busy = true;
  m_finally = std::move(finally);
  m_progress = std::make_shared<TaskProgress>();
  m_progress->observer = m_observer;
  auto* window = new ProgressWindow(wxGetTopLevelParent(m_owner), title, m_progress, blockWindows);
  m_window = window;
  if (blockWindows) m_disabler = std::make_unique<wxWindowDisabler>(window);
  m_thread = std::thread([this, job = std::move(job), progress = m_progress, alive = std::weak_ptr<bool>(m_alive)] {
    Outcome outcome;
    try {
      outcome.then = job(*progress);
    } catch (...) {
      outcome.error = std::current_exception();
    }
    // `this` is used only while the token lives, which is checked on the main thread, where
    // the task is destroyed.
    wxTheApp->CallAfter([this, alive, outcome] {
      if (alive.lock()) Deliver(outcome);
    });
  });
  return true;
}

void BackgroundTask::Cancel() {
  if (m_progress) m_progress->Cancel();
}

void BackgroundTask::WaitForWorker() {
  if (m_thread.joinable()) m_thread.join();
}

void BackgroundTask::CloseWindow() {
  if (ProgressWindow* window = m_window.get()) {
    window->Hide();
    window->Destroy();
  }
  m_window = nullptr;
}

void BackgroundTask::Deliver(const Outcome& outcome) {
  WaitForWorker();
  m_disabler.reset();
  CloseWindow();
  m_busy = false;
  const auto alive = std::weak_ptr<bool>(m_alive);
  const std::function<void()> finally = std::exchange(m_finally, nullptr);
  if (finally) finally();
  if (alive.lock()) ShowOutcome(outcome);
}

void BackgroundTask::ShowOutcome(const Outcome& outcome) {
  if (!outcome.error) {
    if (outcome.then) m_context.Run(outcome.then);
    return;
  }
  bool cancelled = false;
  m_context.Run([&] {
    try {
      std::rethrow_exception(outcome.error);
    } catch (const Error& e) {
      if (e.Kind() != ErrorKind::Cancelled) throw;
      cancelled = true;
    }
  });
  if (cancelled) m_context.Status(_("Stopped; nothing was changed."));
}

}  // namespace duiding::app
