// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/string.h>

#include <optional>

#include "app/app_context.h"

namespace duiding::app {

/// "Select text, then drag it onto a code". The transcript's own (Scintilla) drag carries the
/// passage's text, so it still drops into a word processor; when it starts, the transcript
/// notes here which passage it is (document GUID and code points). A drop on the codebook codes
/// that passage only when the dropped text is the one noted and the transcript still has the
/// same selection, so text dragged in from elsewhere codes nothing. Main thread only.
void StartPassageDrag(const Selection& passage, const wxString& text);

/// The passage a drop of `text` means, given the transcript's selection `current` now; none
/// when the drop is not a transcript passage.
std::optional<Selection> DroppedPassage(const wxString& text, const Selection& current);

/// Forgets the noted passage (after a drop).
void EndPassageDrag();

}  // namespace duiding::app
