// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>

#include "model/error.h"
#include "model/guid.h"
#include "project/code_names.h"
#include "project/project.h"

namespace duiding::project {
namespace {

bool SameDefinition(const Code& a, const Code& b) {
  return a.name == b.name && a.color == b.color && a.description == b.description && a.isCodable == b.isCodable &&
         a.nameEn == b.nameEn && a.inclusion == b.inclusion && a.exclusion == b.exclusion &&
         a.examples == b.examples && a.memo == b.memo && a.parent == b.parent && a.sortKey == b.sortKey;
}

void TakeDefinition(Code& into, const Code& from) {
  into.name = from.name;
  into.color = from.color;
  into.description = from.description;
  into.isCodable = from.isCodable;
  into.nameEn = from.nameEn;
  into.inclusion = from.inclusion;
  into.exclusion = from.exclusion;
  into.examples = from.examples;
  into.memo = from.memo;
}

std::string BaseLabel(std::string label) {
  for (const char* prefix : {"undo: ", "redo: "})
    if (label.starts_with(prefix)) label = label.substr(std::string_view(prefix).size());
  return label;
}

}  // namespace

std::pair<Code, Coding> Project::InVivoCode(const CodingTarget& target, const std::optional<std::string>& parent) {
  const Document doc = ResolveDocument(target.document);
  const auto [start, end] = ResolveRange(doc, target);
  const CodeTree tree = Codebook();
  Code code;
  code.name = ValidCodeName(InVivoName(m_store->DocumentSlice(doc.id, start, end)));
  code.creatingUser = m_user.id;
  if (parent) code.parent = tree.Resolve(*parent).id;
  if (const Code* existing = tree.FindChild(code.parent, code.name))
    throw Error(ErrorKind::Conflict, "code '" + tree.PathOf(existing->id) + "' already exists; code the quote with it");
  code.sortKey = 1;
  for (const Code& c : tree.All())
    if (c.parent == code.parent) code.sortKey = std::max(code.sortKey, c.sortKey + 1);
  auto tx = m_store->Begin("in-vivo code '" + code.name + "' in '" + doc.name + "'", m_user.id, ChangeKind::Do);
  code = m_store->AddCode(code);
  Coding coding;
  coding.document = doc.id;
  coding.code = code.id;
  coding.coder = m_user.id;
  coding.start = start;
  coding.end = end;
  coding = m_store->AddCoding(coding);
  tx.Commit();
  return {code, coding};
}

CodebookImportReport Project::ImportCodebook(const duiding::Codebook& codebook, std::string_view source) {
  const CodeTree all = CodebookWithDeleted();
  const CodeTree active = Codebook();
  CodebookImportReport report;
  std::map<std::string, RowId> idOfGuid;  // entry GUID -> code id, existing or to be added
  std::map<std::optional<RowId>, std::int64_t> nextKey;
  struct Step {
    Code code;
    bool add;
  };
  std::vector<Step> steps;
  std::map<std::string, std::size_t> pendingOfGuid;  // entry GUID -> index in steps (new codes)
  for (const CodebookEntry& entry : codebook.entries) {
    Code wanted = entry.code;
    wanted.name = ValidCodeName(wanted.name);
    wanted.color = ValidColor(wanted.color);
    std::optional<std::string> parentGuid;
    if (!entry.parentGuid.empty()) parentGuid = CanonicalGuid(entry.parentGuid).value_or(entry.parentGuid);
    const auto guid = CanonicalGuid(wanted.guid);
    if (!guid) throw Error(ErrorKind::Input, std::string(source) + ": code '" + wanted.name + "' has no valid GUID");
    wanted.guid = *guid;
    // The parent: an existing code, or one added earlier in this import (resolved at write time).
    std::optional<RowId> parent;
    std::optional<std::size_t> pendingParent;
    if (parentGuid) {
      if (auto it = pendingOfGuid.find(*parentGuid); it != pendingOfGuid.end()) pendingParent = it->second;
      else if (auto known = idOfGuid.find(*parentGuid); known != idOfGuid.end()) parent = known->second;
      else throw Error(ErrorKind::Input, std::string(source) + ": code '" + wanted.name + "' names an unknown parent");
    }
    const std::int64_t key = ++nextKey[pendingParent ? std::optional<RowId>(-static_cast<RowId>(*pendingParent) - 1)
                                                     : parent];
    wanted.sortKey = key;
    const Code* existing = nullptr;
    for (const Code& c : all.All())
      if (c.guid == wanted.guid) existing = &c;
    if (!existing && !pendingParent)
      if (const Code* sameName = active.FindChild(parent, wanted.name)) {
        report.warnings.push_back("kept code '" + active.PathOf(sameName->id) + "' (it has the name of '" +
                                  wanted.name + "' from " + std::string(source) + ", under another GUID)");
        idOfGuid[wanted.guid] = sameName->id;
        ++report.unchanged;
        continue;
      }
    if (existing) {
      Code updated = *existing;
      TakeDefinition(updated, wanted);
      updated.parent = parent;
      updated.sortKey = key;
      updated.deletedAt.clear();
      idOfGuid[wanted.guid] = existing->id;
      if (pendingParent) throw Error(ErrorKind::Input, std::string(source) + ": code '" + wanted.name +
                                                           "' exists here but its parent does not; import refused");
      if (SameDefinition(updated, *existing) && existing->deletedAt.empty()) {
        ++report.unchanged;
        continue;
      }
      steps.push_back({updated, false});
      ++report.updated;
      continue;
    }
    wanted.parent = parent;
    wanted.creatingUser = m_user.id;
    wanted.deletedAt.clear();
    if (pendingParent) wanted.parent = -static_cast<RowId>(*pendingParent) - 1;  // placeholder: step index
    pendingOfGuid[wanted.guid] = steps.size();
    steps.push_back({wanted, true});
    ++report.added;
  }
  auto tx = m_store->Begin("import codebook " + std::string(source), m_user.id, ChangeKind::Do);
  std::vector<RowId> stepIds(steps.size(), 0);
  for (std::size_t i = 0; i < steps.size(); ++i) {
    Code& c = steps[i].code;
    if (c.parent && *c.parent < 0) c.parent = stepIds[static_cast<std::size_t>(-*c.parent - 1)];
    if (steps[i].add) {
      stepIds[i] = m_store->AddCode(c).id;
    } else {
      m_store->UpdateCode(c);
      stepIds[i] = c.id;
    }
  }
  tx.Commit();
  return report;
}

duiding::Codebook Project::ExportCodebook() {
  const CodeTree tree = Codebook();
  duiding::Codebook book;
  book.origin = "Duiding";
  for (const auto& [code, depth] : tree.DepthFirst())
    book.entries.push_back({*code, code->parent ? tree.Get(*code->parent).guid : std::string()});
  return book;
}

std::optional<ChangeSet> Project::Undo() { return Revert(ChangeKind::Undo); }

std::optional<ChangeSet> Project::Redo() { return Revert(ChangeKind::Redo); }

// Undo reverts the top of the undo stack, redo the top of the redo stack (an undo); either way
// the revert is itself one logged change, and the answer carries the original change's label.
std::optional<ChangeSet> Project::Revert(ChangeKind kind) {
  const store::Store::UndoStacks stacks = m_store->UndoRedo();
  const std::vector<ChangeSet>& stack = kind == ChangeKind::Undo ? stacks.undo : stacks.redo;
  if (stack.empty()) return std::nullopt;
  ChangeSet top = stack.back();
  top.label = BaseLabel(top.label);
  auto tx = m_store->Begin((kind == ChangeKind::Undo ? "undo: " : "redo: ") + top.label, m_user.id, kind, top.id);
  m_store->Revert(top.id);
  tx.Commit();
  return top;
}

store::Store::UndoStacks Project::UndoRedoStacks() {
  store::Store::UndoStacks stacks = m_store->UndoRedo();
  for (auto* stack : {&stacks.undo, &stacks.redo})
    for (ChangeSet& set : *stack) set.label = BaseLabel(set.label);
  return stacks;
}

}  // namespace duiding::project
