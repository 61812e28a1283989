// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <map>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "workbench/transcript_model.h"

class wxTreeCtrl;
class wxTreeEvent;
class wxTextCtrl;
class wxImageList;

namespace duiding::app {

class CodingCommands;

/// The codebook: codes as a tree, each with a bullet in its colour, its number of codings and
/// its quick-code key. Double-clicking a code codes the transcript selection with it. The box
/// above finds codes as you type; Enter codes the selection with the one code found, or, when
/// nothing matches, offers to add a code of that name (refusing a near-duplicate of an existing
/// code, so the codebook does not grow two "Schaamte"s).
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

  void ProjectChanged(Change change) override;

 private:
  void Reload();
  void Fill();
  std::vector<bool> RowsToShow(const std::string& folded) const;
  std::vector<const Code*> CodableMatches(const std::string& folded, bool exactOnly) const;
  void Select(const Code& code);
  void OfferNewCode(const std::string& name);
  int ImageFor(const std::string& colour);
  void OnActivated(wxTreeEvent& event);
  void OnText(wxCommandEvent& event);

  AppContext& m_context;
  CodingCommands& m_commands;
  wxTextCtrl* m_find;
  wxTreeCtrl* m_tree;
  wxImageList* m_images;
  std::vector<workbench::CodebookRow> m_rows;
  std::vector<std::string> m_colours;  ///< per row: the colour its codings are highlighted in
  std::map<std::string, int> m_quickKeys;  ///< code GUID -> 1..9
  std::map<std::string, int> m_imageOf;
};

}  // namespace duiding::app
