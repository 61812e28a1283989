// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// The agreement panel's two tables: the measures per code and the disagreements.
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "app/agreement_panel.h"
#include "app/wx_text.h"

namespace duiding::app {
namespace {

const wxString kDash = wxString::FromUTF8("\xE2\x80\x94");  // an undefined value

bool TwoCoders(const project::AgreementReport& report) { return report.coders.size() == 2; }

wxString ColumnName(int column, bool two) {
  switch (column) {
    case AgreementPanel::kCode: return _("Code");
    case AgreementPanel::kAlpha: return _("Krippendorff's alpha");
    case AgreementPanel::kKappa: return two ? _("Cohen's kappa") : _("Fleiss' kappa");
    case AgreementPanel::kPercent: return _("Percent agreement");
    case AgreementPanel::kCharacterKappa: return _("Character kappa");
    case AgreementPanel::kSegments: return _("Segment agreement");
  }
  return wxEmptyString;
}

const agreement::Result* ResultOf(const project::CodeAgreement& code, int column, bool two) {
  switch (column) {
    case AgreementPanel::kAlpha: return &code.units.krippendorffAlpha;
    case AgreementPanel::kKappa: return two ? &code.units.cohenKappa : &code.units.fleissKappa;
    case AgreementPanel::kPercent: return &code.units.percentAgreement;
    case AgreementPanel::kCharacterKappa: return &code.characterKappaWeighted;
    case AgreementPanel::kSegments: return &code.segments.percentAgreement;
  }
  return nullptr;
}

bool IsShare(int column) { return column == AgreementPanel::kPercent || column == AgreementPanel::kSegments; }

wxString CellText(const agreement::Result& result, int column) {
  if (!result.Defined()) return kDash;
  const wxString value = IsShare(column) ? wxString::Format(wxT("%.1f%%"), *result.value * 100)
                                         : wxString::Format(wxT("%.2f"), *result.value);
  return result.convention.empty() ? value : value + wxT("*");
}

wxString CodesText(const std::vector<std::string>& codes) {
  if (codes.empty()) return kDash;
  wxString text;
  for (const std::string& code : codes) text += (text.empty() ? wxT("") : wxT(", ")) + ToWx(code);
  return text;
}

void SetColumns(wxListCtrl& list, const std::vector<wxString>& names) {
  list.ClearAll();
  for (const wxString& name : names) list.AppendColumn(name);
}

wxString RowText(const wxListCtrl& list, long row) {
  wxString line;
  for (int column = 0; column < list.GetColumnCount(); ++column)
    line += (column ? wxT(" | ") : wxT("")) + list.GetItemText(row, column);
  return line;
}

}  // namespace

void AgreementPanel::FillCodeTable() {
  const bool two = m_report && TwoCoders(*m_report);
  std::vector<wxString> names;
  for (int column = 0; column < kColumns; ++column) names.push_back(ColumnName(column, two));
  m_codeTable->Freeze();
  SetColumns(*m_codeTable, names);
  if (m_report)
    for (const project::CodeAgreement& code : m_report->codes) {
      const long row = m_codeTable->InsertItem(m_codeTable->GetItemCount(), ToWx(code.path));
      for (int column = kAlpha; column < kColumns; ++column)
        m_codeTable->SetItem(row, column, CellText(*ResultOf(code, column, two), column));
    }
  for (int column = 0; column < kColumns; ++column) m_codeTable->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
  m_codeTable->Thaw();
  m_notes->SetLabelText(m_report ? _("Point at a value for what it means; a dash means it has none, and the tooltip says why.") : wxString());
}

// Document, each coder's codes, then the quote, which takes the room that is left.
void AgreementPanel::FillDisagreements() {
  std::vector<wxString> names = {_("Document")};
  if (m_report)
    for (const User& coder : m_report->coders) names.push_back(ToWx(coder.name));
  names.push_back(_("Quote"));
  const int quoteColumn = static_cast<int>(names.size()) - 1;
  m_disagreements->Freeze();
  SetColumns(*m_disagreements, names);
  if (m_report)
    for (const project::Disagreement& d : m_report->disagreements) {
      const long row = m_disagreements->InsertItem(m_disagreements->GetItemCount(), ToWx(d.documentName));
      for (std::size_t c = 0; c < d.codesByCoder.size(); ++c)
        m_disagreements->SetItem(row, static_cast<int>(c + 1), CodesText(d.codesByCoder[c]));
      const wxString quote = ToWx(d.quote);
      m_disagreements->SetItem(row, quoteColumn, quote.length() > 160 ? quote.Left(159) + wxT("\u2026") : quote);
    }
  for (int column = 0; column < quoteColumn; ++column) m_disagreements->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
  m_disagreements->SetColumnWidth(quoteColumn, FromDIP(600));
  m_disagreements->Thaw();
}

long AgreementPanel::CodeRowCount() const { return m_codeTable->GetItemCount(); }

long AgreementPanel::DisagreementRowCount() const { return m_disagreements->GetItemCount(); }

wxString AgreementPanel::CodeRowText(long row) const { return RowText(*m_codeTable, row); }

wxString AgreementPanel::DisagreementRowText(long row) const { return RowText(*m_disagreements, row); }

wxString AgreementPanel::CellTip(long row, int column) const {
  if (!m_report || row < 0 || static_cast<std::size_t>(row) >= m_report->codes.size()) return wxEmptyString;
  const project::CodeAgreement& code = m_report->codes[static_cast<std::size_t>(row)];
  const bool two = TwoCoders(*m_report);
  const agreement::Result* result = ResultOf(code, column, two);
  if (!result)
    return wxString::Format(_("%s: %zu units, %zu coded by every coder"), ToWx(code.path), code.units.units,
                            code.units.completeUnits);
  const wxString name = ColumnName(column, two);
  if (!result->Defined()) {
    const wxString reason = ToWx(result->undefinedReason);
    return name + wxT(": ") + (reason.StartsWith(wxT("undefined")) ? reason : _("undefined: ") + reason);
  }
  if (!result->convention.empty()) return name + wxT(": ") + ToWx(result->convention);
  return name + wxT(": ") + CellText(*result, column);
}

// A cell's tooltip. The generic list (GTK) hands the mouse to its rows window, below its header
// window; the native one gets it itself.
void AgreementPanel::OnCodeTableMotion(wxMouseEvent& event) {
  event.Skip();
  auto* window = dynamic_cast<wxWindow*>(event.GetEventObject());
  const bool header = window != m_codeTable && window && window->GetPosition().y == 0;
  if (!window || header) return;
  int flags = 0;
  const long row = m_codeTable->HitTest(event.GetPosition(), flags);
  int column = 0;
  for (int x = event.GetPosition().x; column < kColumns - 1 && x >= m_codeTable->GetColumnWidth(column); ++column)
    x -= m_codeTable->GetColumnWidth(column);
  const wxString tip = row == wxNOT_FOUND ? wxString() : CellTip(row, column);
  if (window->GetToolTipText() != tip) window->SetToolTip(tip);
}

void AgreementPanel::SelectCode(long row) {
  if (!m_report || row < 0 || static_cast<std::size_t>(row) >= m_report->codes.size()) return;
  m_compareCode = m_report->codes[static_cast<std::size_t>(row)].code;
  if (!m_codeTable->GetItemState(row, wxLIST_STATE_SELECTED))
    m_codeTable->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  RefreshComparison();
}

void AgreementPanel::ActivateDisagreement(long row) {
  if (!m_report || row < 0 || static_cast<std::size_t>(row) >= m_report->disagreements.size()) return;
  const project::Disagreement& d = m_report->disagreements[static_cast<std::size_t>(row)];
  m_context.Show(d.document, std::make_pair(d.start, d.end));
}

}  // namespace duiding::app
