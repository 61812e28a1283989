// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <vector>

#include "model/types.h"
#include "store/store.h"

namespace duiding::app {

class AppContext;

/// The codings of `code` (any coder) under the transcript's cursor, or overlapping its
/// selection, with their quotes; empty when there are none or no document is shown. Call it
/// inside AppContext::Run (it reads the project).
std::vector<store::QuotedCoding> CodingsAtSelection(AppContext& context, const Code& code);

}  // namespace duiding::app
