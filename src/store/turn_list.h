// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace duiding::store {

/// A document's speaker turns as stored: one row per document, not per turn. A transcript has
/// hundreds of turns and a project hundreds of thousands; a row each made importing them cost
/// more than storing the texts. Both parts are text, readable with the sqlite3 shell:
///   voices: one line per distinct (speaker, case): "<speaker>\t<case id or empty>"
///   turns:  one line per turn: "<start>\t<end>\t<voice line index>\t<timestamp ms>\t<end ms>"
///           (empty fields for unknown times)
/// Speaker labels escape backslash, tab and newline as \\, \t and \n.
struct TurnList {
  std::string voices;
  std::string turns;
};

/// Encodes turns (all of one document) in the order given.
TurnList EncodeTurns(const std::vector<Turn>& turns);

/// Decodes what EncodeTurns wrote, as turns of `document`, in stored order. Error(Internal)
/// when the text is not a turn list (a damaged file), naming the line.
std::vector<Turn> DecodeTurns(RowId document, std::string_view voices, std::string_view turns);

/// For each of `positions` (ascending code points), the turn it falls in, or nothing; decodes
/// only those turns. Much cheaper than DecodeTurns when a few places of a long list are wanted.
std::vector<std::optional<Turn>> FindTurns(RowId document, std::string_view voices, std::string_view turns,
                                           const std::vector<std::size_t>& positions);

}  // namespace duiding::store
