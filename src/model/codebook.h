// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

/// A codebook as it travels between projects and tools (REFI-QDA .qdc): codes in tree order,
/// each naming its parent by GUID. Row ids mean nothing here.
namespace duiding {

struct CodebookEntry {
  Code code;               ///< guid, name, colour, codability and the structured fields
  std::string parentGuid;  ///< empty at the top level
};

struct Codebook {
  std::string origin;                 ///< the tool that wrote it, when known
  std::vector<CodebookEntry> entries; ///< depth first: a parent before its children
};

/// The structured fields of a code (English name, definition, inclusion and exclusion
/// criteria, examples, memo) as one readable text with labelled sections, for formats that
/// have only a free-text description (REFI-QDA's <Description>):
///
///     English: Shame
///
///     Definitie: ...
///
///     Wel coderen: ...
///
/// Labels, in this order: "English", "Definitie", "Wel coderen", "Niet coderen",
/// "Typisch voorbeeld" (repeated per example), "Grensgeval" (repeated), "Memo". A linked
/// example ends with " [fragment <coding guid>]". Empty fields are left out; a code with only a
/// definition gets the bare definition, without a label.
std::string FormatCodeDescription(const Code& code);

/// Reads FormatCodeDescription's text back into `code`'s structured fields (replacing them).
/// Labels are recognised at the start of a line, Dutch or English ("Definition", "Include",
/// "Exclude", "Typical example", "Borderline example"), case-insensitively; a section runs to
/// the next label. Text before the first label, or a description with no labels at all (as
/// other tools write it), becomes the definition. Surrounding blank lines are trimmed.
void ParseCodeDescription(std::string_view text, Code& code);

}  // namespace duiding
