// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "import/imported.h"
#include "model/types.h"

namespace duiding::import {

/// The attributes a transcript's title block states: "Label: value" lines before the first
/// speaker turn ("Titel: Interview jongere (Sanne, 17)", "Regio: Rivierenland"). A label is one
/// to three words starting with a letter, its value on the same line; other lines in the block
/// are passed over. Without turns the block is the first paragraph. At most 20 attributes from
/// the block's first 30 lines; the first line with a label wins. Keys are the labels case-folded
/// with spaces collapsed ("regio", "methode"); a "regio"/"region" value is canonicalised as a
/// manifest's is (CanonicalRegion). `turns` are those FindSpeakerTurns found in `text`.
std::map<std::string, std::string> ReadTitleBlock(std::string_view text, const std::vector<Turn>& turns);

/// Adds the title block's attributes to doc.attributes, each only when no attribute of that
/// name (ignoring case) is there already or in `explicitAttributes`, which win.
void AddTitleBlockAttributes(ImportedDocument& doc, const std::map<std::string, std::string>& explicitAttributes);

}  // namespace duiding::import
