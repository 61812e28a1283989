// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/dialog.h>

class wxListBox;

namespace duiding::app {

class RecentProjects;

/// The demo project built by `packaging/quickstart demo` (build/demo.duiding), found next to
/// the build or the program; empty when there is none.
wxString DemoProjectPath();

/// What Duiding shows when started without a project: open the demo project, open a project
/// file, or one of the recent ones. ShowModal() returns wxID_OK with ChosenPath() set, or
/// wxID_CANCEL to quit.
class StartDialog : public wxDialog {
 public:
  StartDialog(RecentProjects& recent, const wxString& demoPath);
  const wxString& ChosenPath() const { return m_chosen; }

 private:
  void Choose(const wxString& path);
  void OnOpenFile();
  void OnOpenRecent();

  wxListBox* m_recent;
  wxString m_chosen;
};

}  // namespace duiding::app
