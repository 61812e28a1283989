// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "model/types.h"

namespace duiding::project {

/// How far a coding made from a search hit reaches.
enum class AutoCodeScope { Hit, Sentence, Turn, Paragraph };

/// "hit", "sentence" ("zin"), "turn" ("beurt"), "paragraph" ("alinea"); nothing otherwise.
std::optional<AutoCodeScope> ParseScope(std::string_view name);

/// One search hit to code: code points in its document, and its speaker turn (the hit's own
/// span when it is in none).
struct AutoCodeHit {
  RowId document = 0;
  std::size_t start = 0, end = 0;
  std::size_t turnStart = 0, turnEnd = 0;
  /// The turn's speaker: a turn or sentence fragment that starts where the turn does leaves out
  /// the turn's timestamp and this speaker's label ("[00:03:40] R: "), which are no one's words.
  std::string speaker;
};

/// What auto-coding does (or, in a dry run, would do), counted in fragments after widening to the
/// scope and joining fragments that overlap.
struct AutoCodeReport {
  std::size_t created = 0;   ///< new codings
  std::size_t extended = 0;  ///< existing codings of the code by this coder, widened to cover a fragment
  std::size_t already = 0;   ///< fragments an existing coding already covers
  std::vector<Coding> codings;  ///< the codings made or widened (none in a dry run)
};

}  // namespace duiding::project
