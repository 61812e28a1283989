// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <functional>

namespace duiding::app {

class Prompter;

/// Runs `work` (anything that calls the core) so that a failure shows one message and never
/// escapes into the event loop: duiding::Error and a malformed search query show their
/// one-line message, anything else says that it is a bug. Returns whether `work` finished.
bool Guarded(Prompter& prompter, const std::function<void()>& work);

}  // namespace duiding::app
