// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace duiding::project {

/// The codebook as a tree, built from the store's flat list; for paths and lookups. Pure.
class CodeTree {
 public:
  explicit CodeTree(std::vector<Code> codes);

  /// "Barrières/Schaamte": names from the root, joined by '/'.
  std::string PathOf(RowId id) const;
  /// A code by path ("Barrières/Schaamte"), GUID, or a name unique in the whole codebook.
  /// Error(NotFound) when nothing matches, Error(Input) when a bare name is ambiguous.
  const Code& Resolve(std::string_view reference) const;
  /// The child of `parent` (none: top level) named `name`.
  const Code* FindChild(std::optional<RowId> parent, std::string_view name) const;
  /// True when `id` is `ancestor` or lies below it.
  bool IsWithin(RowId id, RowId ancestor) const;
  /// Codes in depth-first order with their depth, siblings by sort key, then name.
  std::vector<std::pair<const Code*, int>> DepthFirst() const;
  const Code& Get(RowId id) const;
  const std::vector<Code>& All() const { return m_codes; }

 private:
  void Visit(std::optional<RowId> parent, int depth, std::vector<std::pair<const Code*, int>>& out) const;
  std::vector<Code> m_codes;
  std::map<RowId, std::size_t> m_index;
};

}  // namespace duiding::project
