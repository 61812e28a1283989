// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::search {

/// A project's synonym list: groups of words or phrases a search treats as one. The file format
/// is UTF-8 text, one group per line, members separated by "~"; "#" starts a comment:
///   schaamte ~ schamen ~ beschaamd ~ schaamtegevoel
///   steunfiguur ~ natuurlijke mentor ~ netwerklid
/// Members are compared folded (see FoldTerm), so "appèl ~ beroep op" also serves "appel".
class Synonyms {
 public:
  Synonyms() = default;

  /// Parses a list; Error(Input) "<source>: line N: ..." for a line with one member or an
  /// empty member. Also refused: text that is not valid UTF-8, and a line whose members fold to
  /// fewer than two different ones ("appel ~ appèl"). A byte order mark and CRLF are accepted;
  /// a member's words are found and folded as FoldPhrase does ("Beroep  op" -> "beroep op").
  static Synonyms Parse(std::string_view text, const std::string& source);

  /// The Dutch starter list for youth-care research shipped with Duiding
  /// (codebooks/synoniemen-jeugdhulp.txt, compiled in).
  static const Synonyms& DutchStarter();

  /// The other members of every group `member` belongs to (folded, each a word or a phrase of
  /// words separated by single spaces), without `member` itself; empty when it has none.
  /// `member` may be written in any case or spelling: it is folded as the list was.
  std::vector<std::string> Alternatives(std::string_view member) const;

  std::size_t GroupCount() const { return m_groups.size(); }
  /// Every group's members, folded, in the list's order.
  const std::vector<std::vector<std::string>>& Groups() const { return m_groups; }

 private:
  std::vector<std::vector<std::string>> m_groups;  // folded members
};

}  // namespace duiding::search
