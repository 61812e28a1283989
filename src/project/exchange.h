// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/exchange.h"

namespace duiding::project {

class Project;
class Pseudonymiser;

/// What taking a REFI-QDA project into ours did.
struct ExchangeImportReport {
  std::int64_t users = 0, documents = 0, documentsMatched = 0, codes = 0, codings = 0, codingsKnown = 0,
               cases = 0, notes = 0;
  std::vector<std::string> warnings;
};

/// The project as an exchange project (for .qdpx): users, the codebook in use, variables, cases
/// with their values and documents, every document with its text, attribute values and codings
/// (one selection per coding, keeping the coding's GUID; a coding's memo becomes a note), and the
/// project's memos as notes. With `pseudonymiser`, names in texts, document names, case names,
/// memos and attribute values are replaced and every position moved with them.
ExchangeProject ToExchange(Project& project, const Pseudonymiser* pseudonymiser = nullptr);

/// Takes an exchange project into this one as one change: users, codes, variables and cases by
/// GUID (added when new); documents by GUID and content hash (added when new, matched otherwise);
/// each coding of a selection becomes a coding (a selection with one coding keeps the selection's
/// GUID, so our own export comes back unchanged; known GUIDs are skipped); notes become memos.
/// Selections that do not fit their document are reported, never stored.
ExchangeImportReport ImportExchange(Project& project, const ExchangeProject& exchange, std::string_view source);

}  // namespace duiding::project
