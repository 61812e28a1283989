// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/code_tree.h"

#include <algorithm>

#include "model/error.h"
#include "model/guid.h"

namespace duiding::project {

CodeTree::CodeTree(std::vector<Code> codes) : m_codes(std::move(codes)) {
  std::sort(m_codes.begin(), m_codes.end(), [](const Code& a, const Code& b) {
    return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.name < b.name;
  });
  for (std::size_t i = 0; i < m_codes.size(); ++i) m_index[m_codes[i].id] = i;
}

const Code& CodeTree::Get(RowId id) const {
  const auto it = m_index.find(id);
  if (it == m_index.end()) throw Error(ErrorKind::NotFound, "no code with id " + std::to_string(id));
  return m_codes[it->second];
}

std::string CodeTree::PathOf(RowId id) const {
  const Code& code = Get(id);
  return code.parent ? PathOf(*code.parent) + "/" + code.name : code.name;
}

const Code* CodeTree::FindChild(std::optional<RowId> parent, std::string_view name) const {
  for (const Code& c : m_codes)
    if (c.parent == parent && c.name == name) return &c;
  return nullptr;
}

bool CodeTree::IsWithin(RowId id, RowId ancestor) const {
  for (std::optional<RowId> at = id; at; at = Get(*at).parent)
    if (*at == ancestor) return true;
  return false;
}

const Code& CodeTree::Resolve(std::string_view reference) const {
  if (const auto guid = CanonicalGuid(reference))
    for (const Code& c : m_codes)
      if (c.guid == *guid) return c;
  if (reference.find('/') != std::string_view::npos) {
    std::optional<RowId> parent;
    const Code* found = nullptr;
    std::size_t from = 0;
    while (from <= reference.size()) {
      const std::size_t slash = std::min(reference.find('/', from), reference.size());
      found = FindChild(parent, reference.substr(from, slash - from));
      if (!found) break;
      parent = found->id;
      from = slash + 1;
    }
    if (found) return *found;
    throw Error(ErrorKind::NotFound, "no code at path '" + std::string(reference) + "'");
  }
  std::vector<const Code*> named;
  for (const Code& c : m_codes)
    if (c.name == reference) named.push_back(&c);
  if (named.size() == 1) return *named.front();
  if (named.empty()) throw Error(ErrorKind::NotFound, "unknown code '" + std::string(reference) + "'");
  std::string paths;
  for (const Code* c : named) paths += (paths.empty() ? "" : ", ") + PathOf(c->id);
  throw Error(ErrorKind::Input, "code name '" + std::string(reference) + "' is ambiguous (" + paths + "); give its path");
}

void CodeTree::Visit(std::optional<RowId> parent, int depth, std::vector<std::pair<const Code*, int>>& out) const {
  for (const Code& c : m_codes) {
    if (c.parent != parent) continue;
    out.emplace_back(&c, depth);
    Visit(c.id, depth + 1, out);
  }
}

std::vector<std::pair<const Code*, int>> CodeTree::DepthFirst() const {
  std::vector<std::pair<const Code*, int>> out;
  Visit(std::nullopt, 0, out);
  return out;
}

}  // namespace duiding::project
