// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>

#include "model/error.h"
#include "model/guid.h"
#include "project/code_names.h"
#include "project/project.h"

namespace duiding::project {
namespace {

void RequireFreeName(const CodeTree& tree, std::optional<RowId> parent, const std::string& name) {
  if (const Code* existing = tree.FindChild(parent, name))
    throw Error(ErrorKind::Conflict, "code '" + tree.PathOf(existing->id) + "' already exists");
}

std::int64_t NextSortKey(const CodeTree& tree, std::optional<RowId> parent) {
  std::int64_t last = 0;
  for (const Code& c : tree.All())
    if (c.parent == parent) last = std::max(last, c.sortKey);
  return last + 1;
}

std::vector<RowId> Subtree(const CodeTree& tree, RowId root) {
  std::vector<RowId> ids;
  for (const Code& c : tree.All())
    if (tree.IsWithin(c.id, root)) ids.push_back(c.id);
  return ids;
}

}  // namespace

CodeTree Project::Codebook() {
  std::vector<Code> codes = m_store->Codes();
  std::erase_if(codes, [](const Code& c) { return !c.deletedAt.empty(); });
  return CodeTree(std::move(codes));
}

CodeTree Project::CodebookWithDeleted() { return CodeTree(m_store->Codes()); }

std::vector<SimilarCode> Project::SimilarCodes(std::string_view name) {
  const CodeTree tree = Codebook();
  std::vector<SimilarCode> similar;
  for (const Code& c : tree.All())
    if (auto reason = NameSimilarity(name, c.name)) similar.push_back({c, tree.PathOf(c.id), *reason});
  return similar;
}

namespace {

void RefuseSimilar(const std::vector<SimilarCode>& similar, const std::string& name, std::optional<RowId> except) {
  for (const SimilarCode& s : similar) {
    if (except && s.code.id == *except) continue;
    throw Error(ErrorKind::Conflict, "'" + name + "' is " + s.reason + " as code '" + s.path +
                                         "'; use that code, or allow a similar name (--allow-similar)");
  }
}

}  // namespace

Code Project::AddCode(const CodeSpec& spec) {
  const CodeTree tree = Codebook();
  Code code;
  code.name = ValidCodeName(spec.name);
  code.color = ValidColor(spec.color);
  code.description = spec.description;
  code.nameEn = spec.nameEn;
  code.inclusion = spec.inclusion;
  code.exclusion = spec.exclusion;
  code.memo = spec.memo;
  code.examples = spec.examples;
  code.isCodable = spec.isCodable;
  code.creatingUser = m_user.id;
  if (spec.parent) code.parent = tree.Resolve(*spec.parent).id;
  RequireFreeName(tree, code.parent, code.name);
  if (!spec.allowSimilar) RefuseSimilar(SimilarCodes(code.name), code.name, std::nullopt);
  code.sortKey = NextSortKey(tree, code.parent);
  auto tx = m_store->Begin("add code '" + code.name + "'", m_user.id, ChangeKind::Do);
  code = m_store->AddCode(code);
  tx.Commit();
  return code;
}

Code Project::RenameCode(std::string_view reference, std::string_view newName, bool allowSimilar) {
  const CodeTree tree = Codebook();
  Code code = tree.Resolve(reference);
  const std::string name = ValidCodeName(newName);
  if (name == code.name) return code;
  RequireFreeName(tree, code.parent, name);
  if (!allowSimilar) RefuseSimilar(SimilarCodes(name), name, code.id);
  auto tx = m_store->Begin("rename code '" + code.name + "' to '" + name + "'", m_user.id, ChangeKind::Do);
  code.name = name;
  m_store->UpdateCode(code);
  tx.Commit();
  return code;
}

Code Project::MoveCode(std::string_view reference, const std::optional<std::string>& newParent,
                       std::optional<std::size_t> position) {
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
  if (parent == code.parent && !position) return code;
  if (parent != code.parent) RequireFreeName(tree, parent, code.name);
  std::vector<Code> siblings;
  for (const auto& [c, depth] : tree.DepthFirst())
    if (c->parent == parent && c->id != code.id) siblings.push_back(*c);
  const std::size_t at = std::min(position.value_or(siblings.size()), siblings.size());
  code.parent = parent;
  siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(at), code);
  const std::string where = parent ? "under '" + tree.PathOf(*parent) + "'" : std::string("to the top level");
  auto tx = m_store->Begin("move code '" + tree.PathOf(code.id) + "' " + where, m_user.id, ChangeKind::Do);
  for (std::size_t i = 0; i < siblings.size(); ++i) {
    Code& s = siblings[i];
    const auto key = static_cast<std::int64_t>(i + 1);
    if (s.id != code.id && s.sortKey == key) continue;
    s.sortKey = key;
    m_store->UpdateCode(s);
  }
  tx.Commit();
  code.sortKey = static_cast<std::int64_t>(at + 1);
  return code;
}

Code Project::EditCode(std::string_view reference, const CodeEdit& edit) {
  const CodeTree tree = Codebook();
  Code code = tree.Resolve(reference);
  if (edit.color) code.color = ValidColor(*edit.color);
  if (edit.description) code.description = *edit.description;
  if (edit.nameEn) code.nameEn = *edit.nameEn;
  if (edit.inclusion) code.inclusion = *edit.inclusion;
  if (edit.exclusion) code.exclusion = *edit.exclusion;
  if (edit.memo) code.memo = *edit.memo;
  if (edit.isCodable) code.isCodable = *edit.isCodable;
  if (edit.examples) {
    code.examples = *edit.examples;
    for (CodeExample& e : code.examples) {
      if (e.codingGuid.empty()) continue;
      const auto coding = m_store->FindCodingByGuid(e.codingGuid);
      if (!coding) throw Error(ErrorKind::NotFound, "no coding " + e.codingGuid + " to link as an example");
      e.codingGuid = coding->guid;
      if (e.text.empty()) e.text = m_store->DocumentSlice(coding->document, coding->start, coding->end);
    }
  }
  auto tx = m_store->Begin("edit code '" + tree.PathOf(code.id) + "'", m_user.id, ChangeKind::Do);
  m_store->UpdateCode(code);
  tx.Commit();
  return code;
}

MergeReport Project::MergeCodes(std::string_view fromRef, std::string_view intoRef) {
  const CodeTree tree = Codebook();
  Code from = tree.Resolve(fromRef);
  const Code into = tree.Resolve(intoRef);
  const std::string fromPath = tree.PathOf(from.id), intoPath = tree.PathOf(into.id);
  if (from.id == into.id) throw Error(ErrorKind::Input, "cannot merge '" + fromPath + "' into itself");
  if (tree.IsWithin(into.id, from.id))
    throw Error(ErrorKind::Conflict, "cannot merge '" + fromPath + "' into its own sub-code '" + intoPath + "'");
  MergeReport report{into, 0, 0, 0};
  for (const Code& child : tree.All()) {
    if (child.parent != from.id) continue;
    RequireFreeName(tree, into.id, child.name);
    ++report.childrenMoved;
  }
  if (!into.isCodable && !m_store->Codings({from.id, std::nullopt, std::nullopt}).empty())
    throw Error(ErrorKind::Input, "code '" + intoPath + "' is a category only and cannot take codings");
  auto tx = m_store->Begin("merge code '" + fromPath + "' into '" + intoPath + "'", m_user.id, ChangeKind::Do);
  std::tie(report.moved, report.collapsed) = m_store->MergeCodings(from.id, into.id);
  m_store->ReparentChildren(from.id, into.id);
  from.deletedAt = m_store->Now();
  m_store->UpdateCode(from);
  tx.Commit();
  return report;
}

Code Project::SplitCode(std::string_view fromRef, const std::vector<std::string>& codingGuids, const CodeSpec& spec) {
  const CodeTree tree = Codebook();
  const Code from = tree.Resolve(fromRef);
  if (codingGuids.empty()) throw Error(ErrorKind::Input, "choose the codings that go to the new code");
  std::vector<RowId> ids;
  for (const std::string& guid : codingGuids) {
    const auto coding = m_store->FindCodingByGuid(guid);
    if (!coding) throw Error(ErrorKind::NotFound, "no coding " + guid);
    if (coding->code != from.id)
      throw Error(ErrorKind::Input, "coding " + coding->guid + " is not coded '" + tree.PathOf(from.id) + "'");
    ids.push_back(coding->id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Code code;
  code.name = ValidCodeName(spec.name);
  code.color = ValidColor(spec.color.empty() ? from.color : spec.color);
  code.description = spec.description;
  code.nameEn = spec.nameEn;
  code.creatingUser = m_user.id;
  code.parent = spec.parent ? std::optional<RowId>(tree.Resolve(*spec.parent).id) : from.parent;
  RequireFreeName(tree, code.parent, code.name);
  if (!spec.allowSimilar) RefuseSimilar(SimilarCodes(code.name), code.name, std::nullopt);
  code.sortKey = NextSortKey(tree, code.parent);
  auto tx = m_store->Begin("split " + std::to_string(ids.size()) + " codings of '" + tree.PathOf(from.id) +
                               "' into new code '" + code.name + "'",
                           m_user.id, ChangeKind::Do);
  code = m_store->AddCode(code);
  m_store->RecodeCodings(ids, code.id);
  tx.Commit();
  return code;
}

Code Project::DeleteCode(std::string_view reference) {
  const CodeTree tree = Codebook();
  Code code = tree.Resolve(reference);
  auto tx = m_store->Begin("delete code '" + tree.PathOf(code.id) + "'", m_user.id, ChangeKind::Do);
  for (RowId id : Subtree(tree, code.id)) {
    Code c = tree.Get(id);
    c.deletedAt = m_store->Now();
    m_store->UpdateCode(c);
  }
  tx.Commit();
  code.deletedAt = m_store->Now();
  return code;
}

Code Project::RestoreCode(std::string_view reference) {
  const CodeTree all = CodebookWithDeleted();
  Code code = all.Resolve(reference);
  if (code.deletedAt.empty()) throw Error(ErrorKind::Input, "code '" + all.PathOf(code.id) + "' is not deleted");
  if (code.parent && !all.Get(*code.parent).deletedAt.empty())
    throw Error(ErrorKind::Conflict, "restore '" + all.PathOf(*code.parent) + "' first");
  RequireFreeName(Codebook(), code.parent, code.name);
  const std::string stamp = code.deletedAt;
  auto tx = m_store->Begin("restore code '" + all.PathOf(code.id) + "'", m_user.id, ChangeKind::Do);
  for (RowId id : Subtree(all, code.id)) {
    Code c = all.Get(id);
    if (c.deletedAt != stamp) continue;  // deleted on its own, earlier: stays deleted
    c.deletedAt.clear();
    m_store->UpdateCode(c);
  }
  tx.Commit();
  code.deletedAt.clear();
  return code;
}

}  // namespace duiding::project
