// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <memory>

#include "app/app_context.h"
#include "app/lane_margins.h"
#include "app/transcript_style.h"

class wxStyledTextCtrl;
class wxStyledTextEvent;
class wxKeyEvent;
class wxContextMenuEvent;
class wxStaticText;

namespace duiding::workbench {
class TranscriptModel;
}

namespace duiding::app {

class CodingCommands;

/// The transcript being coded: the document's text, read-only, with speakers and timestamps
/// styled, each coding highlighted in its code's colour (overlaps blend, so both stay
/// visible), the codings' names in the left margin with a bracket per coding beside them (one
/// stripe per lane, LaneMargins), a tooltip per coding, the passage dragged onto a code (see
/// passage_drag.h), and the
/// quick-code keys 1-9. All positions it hands on are code points (TranscriptModel converts).
class TranscriptPanel : public wxPanel, public ContextListener {
 public:
  TranscriptPanel(wxWindow* parent, AppContext& context, CodingCommands& commands);
  ~TranscriptPanel() override;

  /// Shows `document` (from the start); its first paint follows on the event loop.
  void ShowDocument(RowId document);
  /// Selects code points [start, end) of the shown document and scrolls them into view.
  void Reveal(std::size_t start, std::size_t end);
  /// Shows no document, only a hint.
  void ShowNothing();

  RowId Document() const;
  /// The first document line in view, and scrolling back to it (to resume where one was).
  int TopLine() const;
  void ScrollToLine(int line);
  /// The selection in code points (empty when nothing is shown).
  Selection SelectionInModel() const;
  /// Removes the `which`-th coding (innermost first) at widget byte `byte`: the transcript's
  /// "Remove coding" context command. Returns whether one was removed.
  bool RemoveCodingAt(std::size_t byte, std::size_t which = 0);
  wxStyledTextCtrl* Editor() { return m_editor; }
  const LaneMargins& Lanes() const { return m_lanes; }
  const workbench::TranscriptModel* Model() const { return m_model.get(); }

  void ProjectChanged(Change change) override;
  void ShowRequested(const ShowRequest& request) override;

 private:
  void Decorate();
  void StyleSpeakers();
  void MarkCodings();
  void LabelMargin();
  void Refresh(bool reloadModel);
  void UpdateTitle();
  void OnDwellStart(wxStyledTextEvent& event);
  void OnDwellEnd(wxStyledTextEvent& event);
  void OnChar(wxKeyEvent& event);
  void OnStartDrag(wxStyledTextEvent& event);
  void OnContextMenu(wxContextMenuEvent& event);
  std::size_t ByteUnder(const wxPoint& screen) const;

  AppContext& m_context;
  CodingCommands& m_commands;
  wxStaticText* m_title;
  wxStyledTextCtrl* m_editor;
  transcript_style::ColourSlots m_slots;
  LaneMargins m_lanes;
  std::unique_ptr<workbench::TranscriptModel> m_model;
};

}  // namespace duiding::app
