// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/codebook_actions.h"
#include "workbench/transcript_model.h"

class wxTreeCtrl;
class wxTreeEvent;
class wxTextCtrl;
class wxImageList;
class wxMouseEvent;
class wxTreeItemId;

namespace duiding::app {

class CodingCommands;

/// Sent from the codebook pane to its window (the top of its parent chain, so also from a
/// floating pane) when a code is picked: selected in the tree, or "Show coded fragments" in its
/// context menu. The string is the code's GUID; the int is 1 when the researcher asked to see
/// the fragments, 0 for a plain selection. The results pane lists that code's fragments.
wxDECLARE_EVENT(EVT_CODEBOOK_CODE_PICKED, wxCommandEvent);

/// The colour the transcript highlights a code's codings in: its own, or the default palette's.
std::string HighlightColour(const Code& code);

/// The codebook: codes as a tree, each with a bullet in its colour, its number of codings and
/// its quick-code key. Double-clicking a code codes the transcript selection with it. The box
/// above finds codes as you type; Enter codes the selection with the one code found, or, when
/// nothing matches, offers to add a code of that name (refusing a near-duplicate of an existing
/// code, so the codebook does not grow two "Schaamte"s). Its context menu and keys (F2, Delete,
/// Insert) rename, recolour, edit, merge, split, delete and restore codes (CodebookActions);
/// dragging a code onto another nests it there, onto the top or bottom edge of a code puts it
/// before or after that code. A passage dragged from the transcript and dropped on a code is
/// coded with it.
class CodebookPanel : public wxPanel, public ContextListener {
 public:
  CodebookPanel(wxWindow* parent, AppContext& context, CodingCommands& commands);
  ~CodebookPanel() override;

  /// As if typed into the find box (filters the tree at once).
  void SetFilter(const wxString& text);
  /// As if Enter was pressed in the find box.
  void SubmitFilter();
  /// The labels shown, depth first ("Schaamte (12)  [1]").
  std::vector<wxString> Labels() const;
  wxTreeCtrl* Tree() { return m_tree; }
  CodebookActions& Actions() { return m_actions; }
  /// Selects `code` in the tree (when shown).
  void Select(const Code& code);
  /// The selected code, if any.
  std::optional<Code> SelectedCode() const;
  /// What dropping the dragged code `dragged` on `target` does (target none: the empty part of
  /// the tree); the drag handler calls it.
  bool DropCode(const Code& dragged, const Code* target, DropAt at);
  /// What dropping the transcript passage `passage` on `target` does: codes it (the core says
  /// why not, for a category); the drop target calls it. Returns whether it was coded.
  bool DropPassage(const Selection& passage, const Code& target);
  /// The drop of `text` at tree point (x, y), as the tree's drop target hears it: codes the
  /// dragged transcript passage with the code there (on the event loop). Returns whether it took it.
  bool DropText(wxCoord x, wxCoord y, const wxString& text);

  /// Asks for `code`'s coded fragments in the results pane (the context menu entry does this).
  void ShowCodedFragments(const Code& code);

  void ProjectChanged(Change change) override;

 private:
  void EmitPicked(const Code& code, bool show);
  void OnSelChanged(wxTreeEvent& event);
  void Reload();
  void Fill();
  std::vector<bool> RowsToShow(const std::string& folded) const;
  std::vector<const Code*> CodableMatches(const std::string& folded, bool exactOnly) const;
  void OfferNewCode(const std::string& name);
  int ImageFor(const std::string& colour);
  void OnActivated(wxTreeEvent& event);
  void OnText(wxCommandEvent& event);
  const Code* CodeAt(const wxTreeItemId& item) const;
  void OnItemMenu(wxTreeEvent& event);
  void OnRightUp(wxMouseEvent& event);
  void ShowMenu(const Code* code);
  void OnKey(wxTreeEvent& event);
  void OnBeginDrag(wxTreeEvent& event);
  void OnEndDrag(wxTreeEvent& event);

  AppContext& m_context;
  CodingCommands& m_commands;
  wxTextCtrl* m_find;
  wxTreeCtrl* m_tree;
  wxImageList* m_images;
  std::vector<workbench::CodebookRow> m_rows;
  std::vector<std::string> m_colours;  ///< per row: the colour its codings are highlighted in
  std::map<std::string, int> m_quickKeys;  ///< code GUID -> 1..9
  std::map<std::string, int> m_imageOf;
  CodebookActions m_actions;
  std::optional<Code> m_dragged;
  bool m_filling = false;  ///< a reload re-selects the code: not a pick
  std::optional<Code> m_menuCode;  ///< the code of the context menu being shown
};

}  // namespace duiding::app
