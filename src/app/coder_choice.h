// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/string.h>

#include <functional>

namespace duiding::project {
class Project;
}

namespace duiding::app {

class AppContext;

/// Code > Coder: lists the project's coders and "Add a coder..."; the one picked (or the one
/// added, named by `askName`) codes from now on (Project::ActAs), and is remembered for this
/// project on this computer. Returns whether the coder changed.
bool ChooseCoder(AppContext& context, const std::function<wxString()>& askName);

/// Acts as the coder last chosen for `project` on this computer, unless $DUIDING_USER names one.
void ActAsRememberedCoder(project::Project& project);

}  // namespace duiding::app
