// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// duiding: the desktop workbench. The composition root: it makes the settings, the
// translations, the context and the main window, and opens the project given or chosen.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <exception>
#include <memory>

#include "app/app_context.h"
#include "app/i18n.h"
#include "app/main_frame.h"
#include "app/prompter.h"
#include "app/recent_projects.h"
#include "app/start_dialog.h"
#include "app/wx_text.h"

namespace duiding::app {
namespace {

// Settings in $XDG_CONFIG_HOME/duiding/settings.ini, not a dot-file in the home folder.
void UseSettingsFile() {
  wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
  const wxFileName file(wxStandardPaths::Get().GetUserConfigDir() + wxT("/duiding"), wxT("settings.ini"));
  wxFileName::Mkdir(file.GetPath(), 0700, wxPATH_MKDIR_FULL);
  wxConfigBase::Set(new wxFileConfig(wxT("duiding"), wxEmptyString, file.GetFullPath(), wxEmptyString,
                                     wxCONFIG_USE_LOCAL_FILE));
}

class DuidingApp : public wxApp {
 public:
  bool OnInit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  bool OnExceptionInMainLoop() override;

 private:
  wxString ChooseProject();

  wxString m_file, m_language;
  DialogPrompter m_prompter;
  std::unique_ptr<RecentProjects> m_recent;
  std::unique_ptr<AppContext> m_context;
};

void DuidingApp::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddOption(wxT("l"), wxT("lang"), wxT("language of the workbench: nl or en (default: the system's)"));
  parser.AddParam(wxT("project"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool DuidingApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  parser.Found(wxT("lang"), &m_language);
  if (parser.GetParamCount() > 0) m_file = parser.GetParam(0);
  return wxApp::OnCmdLineParsed(parser);
}

wxString DuidingApp::ChooseProject() {
  StartDialog start(*m_recent, DemoProjectPath());
  return start.ShowModal() == wxID_OK ? start.ChosenPath() : wxString();
}

bool DuidingApp::OnInit() {
  SetAppName(wxT("duiding"));
  if (!wxApp::OnInit()) return false;
  SetUpTranslations(m_language);
  UseSettingsFile();
  m_recent = std::make_unique<RecentProjects>(*wxConfigBase::Get());
  m_context = std::make_unique<AppContext>(m_prompter);
  auto* frame = new MainFrame(*m_context, *m_recent);
  wxString path = m_file;
  for (;;) {
    if (path.empty()) path = ChooseProject();
    if (path.empty()) {
      frame->Destroy();
      return false;
    }
    if (frame->OpenProject(ToUtf8(path))) break;
    path.clear();
  }
  m_prompter.SetParent(frame);
  frame->Show();
  SetTopWindow(frame);
  return true;
}

// The last line of defence: every handler is guarded, so this means a bug. Say so; keep going.
bool DuidingApp::OnExceptionInMainLoop() {
  try {
    throw;
  } catch (const std::exception& e) {
    wxMessageBox(_("Something went wrong inside Duiding (a bug): ") + ToWx(e.what()), _("Duiding"), wxOK | wxICON_ERROR);
  } catch (...) {
    wxMessageBox(_("Something went wrong inside Duiding (a bug)."), _("Duiding"), wxOK | wxICON_ERROR);
  }
  return true;
}

}  // namespace
}  // namespace duiding::app

wxIMPLEMENT_APP(duiding::app::DuidingApp);
