// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The agreement panel's comparison: the current document, read-only, coloured where coder A
// alone, coder B alone or both coded (the code selected in the per-code table, else any code).
// The transcript pane offers no hook for other colours, so the panel has a view of its own.
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <memory>

#include "app/agreement_panel.h"
#include "app/transcript_style.h"
#include "app/wx_text.h"
#include "project/project.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

constexpr int kFirstIndicator = wxSTC_INDIC_CONTAINER;  // + Coverage - 1
const wxColour kColours[] = {wxColour(0x2E, 0x86, 0xC1), wxColour(0xE6, 0x7E, 0x22), wxColour(0x27, 0xAE, 0x60)};

wxStaticText* Swatch(wxWindow* parent, const wxString& label, const wxColour& colour) {
  auto* swatch = new wxStaticText(parent, wxID_ANY, wxT(" ") + label + wxT(" "));
  swatch->SetBackgroundColour(colour.ChangeLightness(170));
  return swatch;
}

void SetUpIndicators(wxStyledTextCtrl& editor) {
  for (int i = 0; i < 3; ++i) {
    editor.IndicatorSetStyle(kFirstIndicator + i, wxSTC_INDIC_STRAIGHTBOX);
    editor.IndicatorSetForeground(kFirstIndicator + i, kColours[i]);
    editor.IndicatorSetAlpha(kFirstIndicator + i, 110);
    editor.IndicatorSetOutlineAlpha(kFirstIndicator + i, 200);
    editor.IndicatorSetUnder(kFirstIndicator + i, true);
  }
}

void ShowText(wxStyledTextCtrl& editor, const wxString& text, int style) {
  editor.SetReadOnly(false);
  editor.SetText(text);
  editor.StartStyling(0);
  editor.SetStyling(editor.GetLength(), style);
  editor.SetReadOnly(true);
}

}  // namespace

wxWindow* AgreementPanel::BuildComparePage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  m_compareOn = new wxCheckBox(page, wxID_ANY, _("Colour the current document by coder"));
  m_coderA = new wxChoice(page, wxID_ANY);
  m_coderB = new wxChoice(page, wxID_ANY);
  m_compareTitle = new wxStaticText(page, wxID_ANY, wxEmptyString);
  m_compare = new wxStyledTextCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE);
  transcript_style::SetUp(*m_compare);
  SetUpIndicators(*m_compare);
  auto* row = new wxWrapSizer(wxHORIZONTAL);  // wraps when the pane is narrow
  const int gap = FromDIP(6);
  row->Add(m_compareOn, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 2 * gap);
  row->Add(new wxStaticText(page, wxID_ANY, _("Coder A:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  row->Add(m_coderA, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 2 * gap);
  row->Add(new wxStaticText(page, wxID_ANY, _("Coder B:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  row->Add(m_coderB, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 2 * gap);
  const wxString legend[] = {_("A only"), _("B only"), _("both")};
  for (int i = 0; i < 3; ++i) row->Add(Swatch(page, legend[i], kColours[i]), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(row, 0, wxEXPAND | wxALL, gap);
  sizer->Add(m_compareTitle, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  sizer->Add(m_compare, 1, wxEXPAND | wxTOP, gap);
  page->SetSizer(sizer);
  m_compareOn->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { RefreshComparison(); });
  for (wxChoice* choice : {m_coderA, m_coderB}) choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { RefreshComparison(); });
  return page;
}

void AgreementPanel::ShowComparison(bool on) {
  m_compareOn->SetValue(on);
  RefreshComparison();
}

void AgreementPanel::SetComparedCoders(const std::string& coderA, const std::string& coderB) {
  m_coderA->SetStringSelection(ToWx(coderA));
  m_coderB->SetStringSelection(ToWx(coderB));
  RefreshComparison();
}

void AgreementPanel::RefreshComparison() {
  const int a = m_coderA->GetSelection(), b = m_coderB->GetSelection();
  const bool ready = m_compareOn->IsChecked() && m_context.HasProject() && m_compareDocument && a >= 0 && b >= 0 &&
                     static_cast<std::size_t>(std::max(a, b)) < m_users.size();
  if (!ready) {
    m_compareTitle->SetLabelText(wxEmptyString);
    ShowText(*m_compare, _("Tick the box to colour the document shown in the transcript by what coder A and coder B coded."),
             transcript_style::kHint);
    return;
  }
  const RowId coderA = m_users[static_cast<std::size_t>(a)].id, coderB = m_users[static_cast<std::size_t>(b)].id;
  std::unique_ptr<workbench::TranscriptModel> model;
  if (!m_context.Run([&] {
        model = std::make_unique<workbench::TranscriptModel>(m_context.Project(), m_compareDocument,
                                                             std::vector<RowId>{coderA, coderB});
      }))
    return;
  std::vector<unsigned char> coverage(model->Text().size(), kNeither);
  for (const workbench::CodingMark& mark : model->Marks()) {
    if (m_compareCode && mark.coding.code != m_compareCode) continue;
    const unsigned char bits = (mark.coding.coder == coderA ? kOnlyA : 0) | (mark.coding.coder == coderB ? kOnlyB : 0);
    for (std::size_t byte = mark.startByte; byte < mark.endByte && byte < coverage.size(); ++byte) coverage[byte] |= bits;
  }
  ShowText(*m_compare, ToWx(model->Text()), transcript_style::kBody);
  for (const workbench::StyledRange& range : model->Styles()) {
    m_compare->StartStyling(static_cast<int>(range.startByte));
    m_compare->SetStyling(static_cast<int>(range.endByte - range.startByte), transcript_style::kSpeaker);
  }
  ColourComparison(coverage);
  wxString code = _("every code");
  if (m_report && m_compareCode)
    for (const project::CodeAgreement& c : m_report->codes)
      if (c.code == m_compareCode) code = ToWx(c.path);
  m_compareTitle->SetLabelText(ToWx(model->GetDocument().name) + wxT("   \u00B7   ") + code);
}

void AgreementPanel::ColourComparison(const std::vector<unsigned char>& coverage) {
  for (std::size_t start = 0; start < coverage.size();) {
    std::size_t end = start;
    while (end < coverage.size() && coverage[end] == coverage[start]) ++end;
    if (coverage[start] != kNeither) {
      m_compare->SetIndicatorCurrent(kFirstIndicator + coverage[start] - 1);
      m_compare->IndicatorFillRange(static_cast<int>(start), static_cast<int>(end - start));
    }
    start = end;
  }
}

AgreementPanel::Coverage AgreementPanel::CoverageAt(std::size_t byte) const {
  for (int i = 0; i < 3; ++i)
    if (m_compare->IndicatorValueAt(kFirstIndicator + i, static_cast<int>(byte))) return static_cast<Coverage>(i + 1);
  return kNeither;
}

}  // namespace duiding::app
