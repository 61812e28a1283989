// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/transcript_panel.h"

#include <wx/dnd.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>

#include <algorithm>
#include <set>
#include <vector>

#include "app/coding_commands.h"
#include "app/passage_drag.h"
#include "app/wx_text.h"
#include "workbench/transcript_model.h"

namespace duiding::app {

using namespace transcript_style;

TranscriptPanel::TranscriptPanel(wxWindow* parent, AppContext& context, CodingCommands& commands)
    : wxPanel(parent), m_context(context), m_commands(commands), m_title(new wxStaticText(this, wxID_ANY, wxEmptyString)),
      m_editor(new wxStyledTextCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE)),
      m_slots(*m_editor), m_lanes(*m_editor) {
  SetUp(*m_editor);
  SetBackgroundColour(*wxWHITE);
  m_title->SetFont(m_title->GetFont().Bold().Scaled(1.1f));
  m_title->SetForegroundColour(wxColour(0x33, 0x33, 0x33));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_title, 0, wxEXPAND | wxLEFT | wxTOP | wxBOTTOM, FromDIP(8));
  sizer->Add(m_editor, 1, wxEXPAND);
  SetSizer(sizer);
  m_editor->Bind(wxEVT_STC_DWELLSTART, &TranscriptPanel::OnDwellStart, this);
  m_editor->Bind(wxEVT_STC_DWELLEND, &TranscriptPanel::OnDwellEnd, this);
  m_editor->Bind(wxEVT_CHAR, &TranscriptPanel::OnChar, this);
  m_editor->Bind(wxEVT_STC_START_DRAG, &TranscriptPanel::OnStartDrag, this);
  m_editor->Bind(wxEVT_CONTEXT_MENU, &TranscriptPanel::OnContextMenu, this);
  m_context.Subscribe(this);
  m_context.SetSelectionSource([this] { return SelectionInModel(); });
  ShowNothing();
}

TranscriptPanel::~TranscriptPanel() {
  m_context.SetSelectionSource({});
  m_context.Unsubscribe(this);
}

RowId TranscriptPanel::Document() const { return m_model ? m_model->GetDocument().id : 0; }

void TranscriptPanel::ShowNothing() {
  m_model.reset();
  m_slots.ClearAll();
  m_editor->SetReadOnly(false);
  m_editor->SetText(_("Choose a document in the Documents list to read and code it."));
  m_editor->StartStyling(0);
  m_editor->SetStyling(m_editor->GetLength(), kHint);
  m_editor->SetReadOnly(true);
  m_editor->SetMarginWidth(kLabelMargin, 0);
  m_editor->SetMarginWidth(kBarMargin, 0);
  m_lanes.Hide();
  UpdateTitle();
}

void TranscriptPanel::UpdateTitle() {
  if (!m_model) {
    m_title->SetLabel(wxEmptyString);
    return;
  }
  const std::size_t codings = m_model->Marks().size();
  m_title->SetLabel(ToWx(m_model->GetDocument().name) + wxT("   \u00B7   ") +
                    wxString::Format(wxPLURAL("%zu coding", "%zu codings", codings), codings));
}

int TranscriptPanel::TopLine() const { return m_editor->DocLineFromVisible(m_editor->GetFirstVisibleLine()); }

void TranscriptPanel::ScrollToLine(int line) { m_editor->SetFirstVisibleLine(m_editor->VisibleFromDocLine(line)); }

void TranscriptPanel::ShowDocument(RowId document) {
  std::unique_ptr<workbench::TranscriptModel> model;
  if (!m_context.Run([&] { model = std::make_unique<workbench::TranscriptModel>(m_context.Project(), document); }))
    return;
  m_model = std::move(model);
  m_slots.ClearAll();
  m_editor->SetReadOnly(false);
  m_editor->SetText(ToWx(m_model->Text()));
  m_editor->SetReadOnly(true);
  Decorate();
  m_editor->GotoPos(0);
  UpdateTitle();
}

void TranscriptPanel::Decorate() {
  StyleSpeakers();
  MarkCodings();
  LabelMargin();
}

void TranscriptPanel::StyleSpeakers() {
  m_editor->StartStyling(0);
  m_editor->SetStyling(m_editor->GetLength(), kBody);
  for (const workbench::StyledRange& range : m_model->Styles()) {
    m_editor->StartStyling(static_cast<int>(range.startByte));
    m_editor->SetStyling(static_cast<int>(range.endByte - range.startByte),
                         range.kind == workbench::StyledRange::Kind::Speaker ? kSpeaker : kTimestamp);
  }
}

// The highlights in the text, and the brackets beside it (LaneMargins; the old single bar
// margin stays empty).
void TranscriptPanel::MarkCodings() {
  for (const workbench::CodingMark& mark : m_model->Marks()) {
    m_editor->SetIndicatorCurrent(m_slots.IndicatorFor(mark.color));
    m_editor->IndicatorFillRange(static_cast<int>(mark.startByte), static_cast<int>(mark.endByte - mark.startByte));
  }
  m_editor->SetMarginWidth(kBarMargin, 0);
  m_lanes.Mark(m_model->Marks());
}

// The names of the codings starting on each line. Measuring every label costs a text layout
// each (half a second on a long transcript), so labels are cut by an average character width and
// only the longest few are measured for the margin's width.
void TranscriptPanel::LabelMargin() {
  std::set<std::size_t> lines;
  for (const workbench::CodingMark& mark : m_model->Marks()) lines.insert(mark.firstLine);
  const wxString sample = wxT("Schaamte, Tot last zijn, Privacyregels");
  const double average = m_editor->TextWidth(kMarginLabel, sample) / static_cast<double>(sample.length());
  const auto fits = static_cast<std::size_t>(m_editor->FromDIP(220) / std::max(1.0, average));
  std::vector<wxString> longest;  // the few widest candidates, by length
  for (const std::size_t line : lines) {
    wxString label = ToWx(m_model->MarginLabel(line));
    if (label.empty()) continue;
    if (label.length() > fits) label = label.Left(fits - 1) + wxString::FromUTF8("\xE2\x80\xA6");
    label += wxT(" ");
    m_editor->MarginSetText(static_cast<int>(line), label);
    m_editor->MarginSetStyle(static_cast<int>(line), kMarginLabel);
    longest.push_back(label);
    std::sort(longest.begin(), longest.end(), [](const wxString& a, const wxString& b) { return a.length() > b.length(); });
    if (longest.size() > 8) longest.pop_back();
  }
  int widest = 0;
  for (const wxString& label : longest) widest = std::max(widest, m_editor->TextWidth(kMarginLabel, label));
  m_editor->SetMarginWidth(kLabelMargin, widest ? widest + m_editor->FromDIP(6) : 0);
}

// Codings or codes changed: the text is the same, so keep the view where it is.
void TranscriptPanel::Refresh(bool reloadModel) {
  if (!m_model) return;
  const int first = m_editor->GetFirstVisibleLine();
  const int anchor = m_editor->GetAnchor(), caret = m_editor->GetCurrentPos();
  if (reloadModel) {
    std::unique_ptr<workbench::TranscriptModel> model;
    const RowId document = m_model->GetDocument().id;
    if (!m_context.Run([&] { model = std::make_unique<workbench::TranscriptModel>(m_context.Project(), document); }))
      return;
    m_model = std::move(model);
  }
  m_slots.ClearAll();
  MarkCodings();
  LabelMargin();
  UpdateTitle();
  m_editor->SetSelection(anchor, caret);
  m_editor->SetFirstVisibleLine(first);
}

void TranscriptPanel::Reveal(std::size_t start, std::size_t end) {
  if (!m_model) return;
  const int from = static_cast<int>(m_model->ByteOf(start)), to = static_cast<int>(m_model->ByteOf(end));
  const int line = m_editor->VisibleFromDocLine(m_editor->LineFromPosition(from));
  m_editor->SetFirstVisibleLine(std::max(0, line - m_editor->LinesOnScreen() / 3));
  m_editor->SetSelection(from, to);
}

Selection TranscriptPanel::SelectionInModel() const {
  if (!m_model) return {};
  const auto start = static_cast<std::size_t>(m_editor->GetSelectionStart());
  const auto end = static_cast<std::size_t>(m_editor->GetSelectionEnd());
  return {m_model->GetDocument().id, m_model->GetDocument().guid, m_model->CodePointOf(start),
          m_model->CodePointOf(end)};
}

void TranscriptPanel::ProjectChanged(Change change) {
  if (change == Change::Project) ShowNothing();
  if (change == Change::Codebook || change == Change::Codings) Refresh(true);
}

void TranscriptPanel::ShowRequested(const ShowRequest& request) {
  if (request.document != Document()) ShowDocument(request.document);
  if (request.range && Document() == request.document) Reveal(request.range->first, request.range->second);
}

void TranscriptPanel::OnDwellStart(wxStyledTextEvent& event) {
  if (!m_model || event.GetPosition() < 0) return;
  const std::string tip = m_model->TooltipAt(static_cast<std::size_t>(event.GetPosition()));
  if (!tip.empty()) m_editor->CallTipShow(event.GetPosition(), ToWx(tip));
}

void TranscriptPanel::OnDwellEnd(wxStyledTextEvent&) { m_editor->CallTipCancel(); }

// The text is read-only: a drag copies. The codebook learns which passage it carries.
void TranscriptPanel::OnStartDrag(wxStyledTextEvent& event) {
  event.SetDragFlags(wxDrag_CopyOnly);
  StartPassageDrag(SelectionInModel(), event.GetDragText());
}

void TranscriptPanel::OnChar(wxKeyEvent& event) {
  const int key = event.GetUnicodeKey();
  if (m_model && key >= '1' && key <= '9' && !event.HasAnyModifiers()) {
    m_commands.ApplyQuickCode(key - '0');
    return;
  }
  event.Skip();
}

bool TranscriptPanel::RemoveCodingAt(std::size_t byte, std::size_t which) {
  if (!m_model) return false;
  const auto marks = m_model->MarksAt(byte);
  if (which >= marks.size()) return false;
  // Copied: removing reloads the model the marks live in.
  const std::string guid = marks[which]->coding.guid, name = marks[which]->codeName;
  return m_commands.RemoveCoding(guid, name);
}

// The byte under a right-click (screen coordinates), or the caret's for the menu key.
std::size_t TranscriptPanel::ByteUnder(const wxPoint& screen) const {
  const int pos = screen == wxDefaultPosition ? m_editor->GetCurrentPos()
                                              : m_editor->PositionFromPoint(m_editor->ScreenToClient(screen));
  return static_cast<std::size_t>(std::max(0, pos));
}

void TranscriptPanel::OnContextMenu(wxContextMenuEvent& event) {
  if (!m_model) return;
  constexpr int kRemoveFirst = wxID_HIGHEST + 20, kMostRemovable = 9;
  const std::size_t byte = ByteUnder(event.GetPosition());
  const auto marks = m_model->MarksAt(byte);
  const int removable = std::min(static_cast<int>(marks.size()), kMostRemovable);
  wxMenu menu;
  menu.Append(wxID_COPY, _("&Copy"));
  menu.Append(wxID_HIGHEST + 1, _("Code selection &with..."));
  menu.Append(wxID_HIGHEST + 2, _("&In-vivo code"));
  const bool selected = !SelectionInModel().Empty();
  for (const int id : {int(wxID_COPY), wxID_HIGHEST + 1, wxID_HIGHEST + 2}) menu.Enable(id, selected);
  if (removable > 0) menu.AppendSeparator();
  for (int i = 0; i < removable; ++i)
    menu.Append(kRemoveFirst + i, wxString::Format(_("&Remove coding '%s' by %s"), ToWx(marks[i]->codeName),
                                                   ToWx(marks[i]->coder)));
  // The innermost coding under the mouse: its memo, and its range from the selection.
  constexpr int kMemo = wxID_HIGHEST + 40, kResize = wxID_HIGHEST + 41;
  std::string innermost, innermostMemo;
  if (!marks.empty()) {
    innermost = marks[0]->coding.guid;
    innermostMemo = marks[0]->coding.memo;
    menu.Append(kMemo, wxString::Format(_("Edit the &memo of '%s'..."), ToWx(marks[0]->codeName)));
    menu.Append(kResize, wxString::Format(_("Resi&ze '%s' to the selection"), ToWx(marks[0]->codeName)));
    menu.Enable(kResize, selected);
  }
  const int chosen = GetPopupMenuSelectionFromUser(menu);
  if (chosen == kMemo) m_commands.EditMemo(innermost, innermostMemo);
  if (chosen == kResize) m_commands.ResizeToSelection(innermost);
  if (chosen == wxID_COPY) m_editor->Copy();
  if (chosen == wxID_HIGHEST + 1) m_commands.CodeSelectionWith();
  if (chosen == wxID_HIGHEST + 2) m_commands.InVivo();
  if (chosen >= kRemoveFirst && chosen < kRemoveFirst + removable)
    RemoveCodingAt(byte, static_cast<std::size_t>(chosen - kRemoveFirst));
}

}  // namespace duiding::app
