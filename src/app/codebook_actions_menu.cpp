// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The ways into the codebook's actions: its context menu, its keys, and dropping a dragged code.
#include <wx/menu.h>
#include <wx/window.h>

#include "app/app_context.h"
#include "app/codebook_actions.h"
#include "app/wx_text.h"
#include "project/project.h"

namespace duiding::app {
namespace {

enum Command {
  kEdit = wxID_HIGHEST + 200,
  kRename,
  kColour,
  kNewCode,
  kNewSubcode,
  kMerge,
  kSplit,
  kDelete,
  kRestore,
};

}  // namespace

int CodebookActions::PickFromMenu(wxWindow& window, const Code* code) {
  wxMenu menu;
  if (code) {
    menu.Append(kEdit, _("&Edit definition..."));
    menu.Append(kRename, _("&Rename...\tF2"));
    menu.Append(kColour, _("C&olour..."));
    menu.AppendSeparator();
  }
  menu.Append(kNewCode, _("&New code...\tInsert"));
  if (code) {
    menu.Append(kNewSubcode, wxString::Format(_("New &sub-code of '%s'..."), ToWx(code->name)));
    menu.AppendSeparator();
    menu.Append(kMerge, _("&Merge into..."));
    menu.Append(kSplit, _("S&plit the codings at the cursor..."));
    menu.AppendSeparator();
    menu.Append(kDelete, _("&Delete...\tDelete"));
  }
  menu.AppendSeparator();
  menu.Append(kRestore, _("Res&tore deleted code..."));
  const int chosen = window.GetPopupMenuSelectionFromUser(menu);
  return chosen == wxID_NONE ? 0 : chosen;
}

int CodebookActions::KeyCommand(int keyCode) {
  switch (keyCode) {
    case WXK_F2: return kRename;
    case WXK_DELETE: return kDelete;
    case WXK_INSERT: return kNewCode;
    default: return 0;
  }
}

bool CodebookActions::Run(int command, const Code* code) {
  if (command == kNewCode) return NewCode(nullptr);
  if (command == kRestore) return RestoreDeleted();
  if (!code) return false;
  switch (command) {
    case kEdit: return Edit(*code);
    case kRename: return Rename(*code);
    case kColour: return ChooseColour(*code);
    case kNewSubcode: return NewCode(code);
    case kMerge: return MergeInto(*code);
    case kSplit: return Split(*code);
    case kDelete: return Delete(*code);
    default: return false;
  }
}

// Into: last among the target's sub-codes. Before or after: among the target's siblings, at its
// place (counted without the dragged code, as MoveCode counts).
bool CodebookActions::Move(const Code& dragged, const Code* target, DropAt at) {
  if (!m_context.HasProject() || (target && target->guid == dragged.guid)) return false;
  const std::string guid = dragged.guid, name = dragged.name;
  std::optional<std::string> parent;
  std::optional<std::size_t> position;
  const bool placed = m_context.Run([&] {
    if (!target) return;
    if (at == DropAt::Into) {
      parent = target->guid;
      return;
    }
    const project::CodeTree tree = m_context.Project().Codebook();
    const Code& onto = tree.Resolve(target->guid);
    if (onto.parent) parent = tree.Get(*onto.parent).guid;
    std::size_t index = 0;
    for (const auto& [code, depth] : tree.DepthFirst()) {
      if (code->id == onto.id) break;
      if (code->parent == onto.parent && code->guid != guid) ++index;
    }
    position = at == DropAt::Before ? index : index + 1;
  });
  if (!placed || !m_context.Run([&] { m_context.Project().MoveCode(guid, parent, position); })) return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Moved '%s'."), ToWx(name)));
  return true;
}

}  // namespace duiding::app
