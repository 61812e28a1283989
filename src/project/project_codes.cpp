// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"
#include "project/project.h"

namespace duiding::project {
namespace {

void RequireFreeName(const CodeTree& tree, std::optional<RowId> parent, const std::string& name) {
  if (const Code* existing = tree.FindChild(parent, name))
    throw Error(ErrorKind::Conflict, "code '" + tree.PathOf(existing->id) + "' already exists");
}

}  // namespace

CodeTree Project::Codebook() { return CodeTree(m_store->Codes()); }

Code Project::AddCode(const CodeSpec& spec) {
  const CodeTree tree = Codebook();
  Code code;
  code.name = ValidCodeName(spec.name);
  code.color = ValidColor(spec.color);
  code.description = spec.description;
  code.creatingUser = m_user.id;
  if (spec.parent) code.parent = tree.Resolve(*spec.parent).id;
  RequireFreeName(tree, code.parent, code.name);
  auto tx = m_store->Begin("add code '" + code.name + "'", m_user.id);
  code = m_store->AddCode(code);
  tx.Commit();
  return code;
}

Code Project::RenameCode(std::string_view reference, std::string_view newName) {
  const CodeTree tree = Codebook();
  Code code = tree.Resolve(reference);
  const std::string name = ValidCodeName(newName);
  if (name == code.name) return code;
  RequireFreeName(tree, code.parent, name);
  auto tx = m_store->Begin("rename code '" + code.name + "' to '" + name + "'", m_user.id);
  code.name = name;
  m_store->UpdateCode(code);
  tx.Commit();
  return code;
}

Code Project::MoveCode(std::string_view reference, const std::optional<std::string>& newParent) {
  const CodeTree tree = Codebook();
  Code code = tree.Resolve(reference);
  std::optional<RowId> parent;
  if (newParent) {
    const Code& target = tree.Resolve(*newParent);
    if (tree.IsWithin(target.id, code.id))
      throw Error(ErrorKind::Conflict, "cannot move '" + tree.PathOf(code.id) + "' into itself or below itself ('" +
                                           tree.PathOf(target.id) + "')");
    parent = target.id;
  }
  if (parent == code.parent) return code;
  RequireFreeName(tree, parent, code.name);
  const std::string where = parent ? "under '" + tree.PathOf(*parent) + "'" : std::string("to the top level");
  auto tx = m_store->Begin("move code '" + tree.PathOf(code.id) + "' " + where, m_user.id);
  code.parent = parent;
  m_store->UpdateCode(code);
  tx.Commit();
  return code;
}

}  // namespace duiding::project
