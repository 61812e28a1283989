// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <string>

namespace duiding::project {
class Project;
}

namespace duiding::app {

class Prompter;

/// Opens a project file for coding. A project open elsewhere is offered read-only; one from a
/// newer Duiding, a file that is no project, or a damaged one is explained in one message.
/// Returns nothing when it was not opened (the researcher has been told why). Acts as
/// $DUIDING_USER when that names a coder of the project, else as the project's creator.
std::unique_ptr<project::Project> OpenProjectFile(const std::string& path, Prompter& prompter);

}  // namespace duiding::app
