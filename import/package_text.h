// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>

#include "import/imported.h"

/// What the .docx and .odt readers share once they have walked their XML: line handling and
/// turning the text into a document.
namespace duiding::import {

inline bool AtLineStart(const std::string& out) { return out.empty() || out.back() == '\n'; }

inline void TrimTrailingNewlines(std::string& text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
}

/// The document of a word processor file: `text` ends in exactly one newline (word processors
/// end on a paragraph, often an empty one), tracked changes are noted, and the text is made
/// canonical.
ImportedDocument PackagedDocument(const std::string& path, std::string text, bool sawTrackedChanges);

}  // namespace duiding::import
