// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/panel.h>

#include <memory>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/background_task.h"
#include "project/agreement.h"

class wxCheckBox;
class wxCheckListBox;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxMouseEvent;
class wxStaticText;
class wxStyledTextCtrl;

namespace duiding::app {

/// Intercoder agreement: pick the coders (two or more) and the unit, Compute (in the
/// background, on a read-only connection of its own), and read
///  - per code: Krippendorff's α, Cohen's κ (two coders) or Fleiss' κ (more), percent
///    agreement, character κ and segment agreement; an undefined value shows "—" with the
///    reason in its tooltip;
///  - the disagreements: document, quote and each coder's codes; activating one shows it in the
///    transcript, selected;
///  - the current document coloured by coder A only / coder B only / both (of the code selected
///    in the per-code table, else of any code), in a read-only view of its own;
/// and export the report as one HTML page.
class AgreementPanel : public wxPanel, public ContextListener {
 public:
  enum Column { kCode, kAlpha, kKappa, kPercent, kCharacterKappa, kSegments, kColumns };
  enum Coverage { kNeither = 0, kOnlyA = 1, kOnlyB = 2, kBoth = 3 };

  AgreementPanel(wxWindow* parent, AppContext& context);
  ~AgreementPanel() override;

  /// Ticks exactly the coders named (none: every coder with codings) and picks the unit.
  void SetCoders(const std::vector<std::string>& names);
  void SetUnit(project::UnitKind unit);
  /// Starts computing in the background; false when it could not start.
  bool Compute();
  bool Busy() const { return m_task.Busy(); }
  BackgroundTask& Task() { return m_task; }
  /// The report shown, or none.
  const project::AgreementReport* Report() const { return m_report.get(); }

  long CodeRowCount() const;
  /// A row of the per-code table, its cells joined by " | "; and one cell's tooltip.
  wxString CodeRowText(long row) const;
  wxString CellTip(long row, int column) const;
  /// Selects a code row: the comparison then shows that code only.
  void SelectCode(long row);
  long DisagreementRowCount() const;
  wxString DisagreementRowText(long row) const;
  /// Shows disagreement `row` in the transcript, as activating it does.
  void ActivateDisagreement(long row);

  /// Colours the current document by coder A only / B only / both (coders by name).
  void ShowComparison(bool on);
  void SetComparedCoders(const std::string& coderA, const std::string& coderB);
  /// What the comparison shows at a byte of the document's text.
  Coverage CoverageAt(std::size_t byte) const;
  RowId ComparedDocument() const { return m_compareDocument; }

  /// Asks where, then writes the report as HTML in the background.
  bool ExportReport();

  void ProjectChanged(Change change) override;
  void ShowRequested(const ShowRequest& request) override;

 private:
  wxWindow* BuildControls(wxWindow* parent);
  wxWindow* BuildComparePage(wxWindow* parent);
  void ReloadCoders();
  project::AgreementOptions Options() const;
  bool StartTask(const wxString& title, const BackgroundTask::Job& job);
  void ShowReport(std::shared_ptr<const project::AgreementReport> report);
  void FillCodeTable();
  void FillDisagreements();
  void OnCodeTableMotion(wxMouseEvent& event);
  void RefreshComparison();
  void ColourComparison(const std::vector<unsigned char>& coverage);

  AppContext& m_context;
  BackgroundTask m_task;
  std::vector<User> m_users;
  std::shared_ptr<const project::AgreementReport> m_report;
  wxCheckListBox* m_coders = nullptr;
  wxChoice* m_unit = nullptr;
  wxStaticText* m_summary = nullptr;
  wxListCtrl* m_codeTable = nullptr;
  wxStaticText* m_notes = nullptr;
  wxListCtrl* m_disagreements = nullptr;
  wxCheckBox* m_compareOn = nullptr;
  wxChoice* m_coderA = nullptr;
  wxChoice* m_coderB = nullptr;
  wxStaticText* m_compareTitle = nullptr;
  wxStyledTextCtrl* m_compare = nullptr;
  RowId m_compareDocument = 0;
  RowId m_compareCode = 0;  ///< 0: every code
};

}  // namespace duiding::app
