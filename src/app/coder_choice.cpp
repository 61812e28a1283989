// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/coder_choice.h"

#include <wx/config.h>
#include <wx/intl.h>

#include <cstdlib>
#include <vector>

#include "app/app_context.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "project/project.h"

namespace duiding::app {
namespace {

wxString CoderKey(project::Project& project) {
  return wxT("/Projects/") + ToWx(project.Store().Info().guid) + wxT("/Coder");
}

void Remember(project::Project& project) {
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write(CoderKey(project), ToWx(project.ActingUser().guid));
    config->Flush();
  }
}

}  // namespace

bool ChooseCoder(AppContext& context, const std::function<wxString()>& askName) {
  if (!context.HasProject()) return false;
  std::vector<User> users;
  if (!context.Run([&] { users = context.Project().Store().Users(); })) return false;
  wxArrayString names;
  for (const User& user : users) names.Add(ToWx(user.name));
  names.Add(_("Add a coder..."));
  const wxString question =
      wxString::Format(_("Who codes from now on? (now: %s)"), ToWx(context.Project().ActingUser().name));
  const auto chosen = context.Prompts().Choose(question, names);
  if (!chosen) return false;
  const bool adding = static_cast<std::size_t>(*chosen) == users.size();
  const wxString name = adding ? askName() : wxString();
  if (adding && name.Strip(wxString::both).empty()) return false;
  project::Project& project = context.Project();
  if (!context.Run([&] {
        project.ActAs(adding ? project.AddUser(ToUtf8(name.Strip(wxString::both))).guid
                             : users[static_cast<std::size_t>(*chosen)].guid);
        Remember(project);
      }))
    return false;
  context.Notify(Change::Codings);
  context.Status(wxString::Format(_("Coding as %s from now on."), ToWx(project.ActingUser().name)));
  return true;
}

void ActAsRememberedCoder(project::Project& project) {
  const char* coder = std::getenv("DUIDING_USER");
  wxConfigBase* config = wxConfigBase::Get();
  if ((coder && *coder) || !config) return;
  const wxString guid = config->Read(CoderKey(project), wxString());
  if (!guid.empty() && project.Store().FindUser(ToUtf8(guid))) project.ActAs(ToUtf8(guid));
}

}  // namespace duiding::app
