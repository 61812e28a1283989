// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/arrstr.h>
#include <wx/filehistory.h>

class wxConfigBase;

namespace duiding::app {

/// The projects opened lately, newest first, kept in the app's settings (wxConfig) at once so a
/// crash loses none. Shown by the start screen and the File > Recent menu.
class RecentProjects {
 public:
  explicit RecentProjects(wxConfigBase& config);
  void Add(const wxString& path);
  wxArrayString Paths() const;
  wxFileHistory& History() { return m_history; }

 private:
  wxConfigBase& m_config;
  wxFileHistory m_history;
};

}  // namespace duiding::app
