// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/guarded.h"

#include <wx/intl.h>

#include <exception>

#include "app/prompter.h"
#include "app/wx_text.h"
#include "model/error.h"
#include "search/query.h"

namespace duiding::app {
namespace {

wxString Explained(const Error& e) {
  const wxString message = ToWx(e.what());
  switch (e.Kind()) {
    case ErrorKind::Cancelled: return _("Stopped; nothing was changed.");
    case ErrorKind::Internal: return _("Something went wrong inside Duiding (a bug): ") + message;
    case ErrorKind::Io: return _("Duiding could not read or write a file: ") + message;
    default: return message;
  }
}

}  // namespace

bool Guarded(Prompter& prompter, const std::function<void()>& work) {
  try {
    work();
    return true;
  } catch (const Error& e) {
    prompter.ShowError(Explained(e));
  } catch (const search::QueryError& e) {
    prompter.ShowError(_("The search could not be read: ") + ToWx(e.what()));
  } catch (const std::exception& e) {
    prompter.ShowError(_("Something went wrong inside Duiding (a bug): ") + ToWx(e.what()));
  } catch (...) {
    prompter.ShowError(_("Something went wrong inside Duiding (a bug)."));
  }
  return false;
}

}  // namespace duiding::app
