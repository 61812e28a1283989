// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/recent_projects.h"

#include <wx/config.h>

namespace duiding::app {
namespace {

constexpr const char* kGroup = "/RecentProjects";

}  // namespace

RecentProjects::RecentProjects(wxConfigBase& config) : m_config(config), m_history(6) {
  const wxString old = m_config.GetPath();
  m_config.SetPath(kGroup);
  m_history.Load(m_config);
  m_config.SetPath(old);
}

void RecentProjects::Add(const wxString& path) {
  m_history.AddFileToHistory(path);
  const wxString old = m_config.GetPath();
  m_config.DeleteGroup(kGroup);
  m_config.SetPath(kGroup);
  m_history.Save(m_config);
  m_config.SetPath(old);
  m_config.Flush();
}

wxArrayString RecentProjects::Paths() const {
  wxArrayString paths;
  for (size_t i = 0; i < m_history.GetCount(); ++i) paths.Add(m_history.GetHistoryFile(i));
  return paths;
}

}  // namespace duiding::app
