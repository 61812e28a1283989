// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/open_project.h"

#include <wx/intl.h>

#include <cstdlib>

#include "app/guarded.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "model/error.h"
#include "project/project.h"

namespace duiding::app {
namespace {

std::unique_ptr<project::Project> OpenAs(const std::string& path, store::OpenMode mode) {
  auto opened = std::make_unique<project::Project>(project::Project::Open(path, mode));
  const char* coder = std::getenv("DUIDING_USER");
  if (coder && *coder && opened->Store().FindUser(coder)) opened->ActAs(coder);
  return opened;
}

wxString Explain(const Error& e) {
  const wxString detail = wxT("\n\n") + ToWx(e.what());
  const std::string what = e.what();
  if (e.Kind() == ErrorKind::Version && what.find("newer") != std::string::npos)
    return _("This project was saved by a newer version of Duiding. Update Duiding to open it; the file is left as it is.") + detail;
  if (e.Kind() == ErrorKind::Version || e.Kind() == ErrorKind::Input)
    return _("This file is not a Duiding project, or it is damaged.") + detail;
  return _("The project could not be opened. The file may be damaged or out of reach.") + detail;
}

// Someone else is coding in it: looking without changing anything is still safe.
std::unique_ptr<project::Project> OfferReadOnly(const std::string& path, const Error& e, Prompter& prompter) {
  const wxString question =
      _("This project is open for coding elsewhere (another window or another computer). Only one can code in it at a time.") +
      wxT("\n\n") + ToWx(e.what()) + wxT("\n\n") + _("Open it read-only, to read and search without changing anything?");
  if (!prompter.Confirm(question)) return nullptr;
  std::unique_ptr<project::Project> opened;
  Guarded(prompter, [&] { opened = OpenAs(path, store::OpenMode::ReadOnly); });
  return opened;
}

}  // namespace

std::unique_ptr<project::Project> OpenProjectFile(const std::string& path, Prompter& prompter) {
  try {
    return OpenAs(path, store::OpenMode::ReadWrite);
  } catch (const Error& e) {
    if (e.Kind() == ErrorKind::Locked) return OfferReadOnly(path, e, prompter);
    prompter.ShowError(Explain(e));
  } catch (const std::exception& e) {
    prompter.ShowError(_("The project could not be opened. The file may be damaged or out of reach.") + wxT("\n\n") +
                       ToWx(e.what()));
  }
  return nullptr;
}

}  // namespace duiding::app
