// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/app_context.h"

#include <algorithm>

#include "app/guarded.h"
#include "model/error.h"
#include "project/project.h"

namespace duiding::app {

AppContext::AppContext(Prompter& prompter) : m_prompter(prompter) {}

AppContext::~AppContext() = default;

void AppContext::SetProject(std::unique_ptr<project::Project> project) {
  m_project = std::move(project);
  Notify(Change::Project);
}

project::Project& AppContext::Project() {
  if (!m_project) throw Error(ErrorKind::Internal, "no project is open");
  return *m_project;
}

bool AppContext::Run(const std::function<void()>& work) { return Guarded(m_prompter, work); }

void AppContext::Subscribe(ContextListener* listener) { m_listeners.push_back(listener); }

void AppContext::Unsubscribe(ContextListener* listener) { std::erase(m_listeners, listener); }

// A listener may unsubscribe (a pane closing) while hearing: walk a copy, skip the departed.
template <typename Call>
void AppContext::ForEachListener(Call call) {
  const std::vector<ContextListener*> listeners = m_listeners;
  for (ContextListener* listener : listeners)
    if (std::find(m_listeners.begin(), m_listeners.end(), listener) != m_listeners.end()) call(*listener);
}

void AppContext::Notify(Change change) {
  ForEachListener([change](ContextListener& l) { l.ProjectChanged(change); });
}

void AppContext::Show(RowId document, std::optional<std::pair<std::size_t, std::size_t>> range) {
  const ShowRequest request{document, range};
  ForEachListener([&request](ContextListener& l) { l.ShowRequested(request); });
}

void AppContext::Status(const wxString& message) {
  ForEachListener([&message](ContextListener& l) { l.StatusChanged(message); });
}

}  // namespace duiding::app
