// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/string.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/types.h"

namespace duiding::project {
class Project;
}

namespace duiding::app {

class Prompter;

/// What changed, so each pane reloads only what it shows.
enum class Change {
  Project,    ///< another project (or none): everything
  Codebook,   ///< codes changed, and maybe codings with them (an undo, an in-vivo code)
  Codings,    ///< only codings added or removed
  Documents,  ///< documents or their attributes
  Settings,   ///< the project's settings (the search's synonym list)
};

/// A request to show a document and, when given, a range in it (code points).
struct ShowRequest {
  RowId document = 0;
  std::optional<std::pair<std::size_t, std::size_t>> range;
};

/// The text selected in the transcript, in code points of the document.
struct Selection {
  RowId document = 0;
  std::string documentGuid;
  std::size_t start = 0, end = 0;
  bool Empty() const { return document == 0 || start >= end; }
};

/// What a pane hears from the context; each method does nothing unless overridden.
class ContextListener {
 public:
  virtual ~ContextListener() = default;
  virtual void ProjectChanged(Change) {}
  virtual void ShowRequested(const ShowRequest&) {}
  virtual void StatusChanged(const wxString&) {}
};

/// The open project and what the panes share about it: the selection, who codes, and a tiny
/// observer so a change made anywhere reaches every pane. Owned by the app (or a test); panes
/// subscribe in their constructor and unsubscribe in their destructor. Main thread only.
class AppContext {
 public:
  explicit AppContext(Prompter& prompter);
  ~AppContext();
  AppContext(const AppContext&) = delete;
  AppContext& operator=(const AppContext&) = delete;

  /// Takes over `project` (or none) and tells every pane (Change::Project).
  void SetProject(std::unique_ptr<project::Project> project);
  bool HasProject() const { return m_project != nullptr; }
  /// The open project; Error(Internal) when there is none.
  project::Project& Project();

  Prompter& Prompts() { return m_prompter; }
  /// Runs `work` guarded (see Guarded): one failure, one message. Returns whether it finished.
  bool Run(const std::function<void()>& work);

  /// Where the current selection comes from (the transcript pane); asked afresh each time, so
  /// it is never stale. Pass an empty function when that pane goes.
  void SetSelectionSource(std::function<Selection()> source) { m_selectionSource = std::move(source); }
  Selection CurrentSelection() const { return m_selectionSource ? m_selectionSource() : Selection{}; }

  void Subscribe(ContextListener* listener);
  void Unsubscribe(ContextListener* listener);
  void Notify(Change change);
  void Show(RowId document, std::optional<std::pair<std::size_t, std::size_t>> range = std::nullopt);
  /// A short note for the status bar ("Coded with 'Schaamte'").
  void Status(const wxString& message);

 private:
  template <typename Call>
  void ForEachListener(Call call);

  Prompter& m_prompter;
  std::unique_ptr<project::Project> m_project;
  std::function<Selection()> m_selectionSource;
  std::vector<ContextListener*> m_listeners;
};

}  // namespace duiding::app
