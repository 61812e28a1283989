// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/coding_commands.h"

#include <wx/intl.h>
#include <wx/textdlg.h>

#include "app/app_context.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "project/project.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

project::CodingTarget TargetOf(const Selection& s, const std::string& code) {
  project::CodingTarget target;
  target.document = s.documentGuid;
  target.code = code;
  target.start = s.start;
  target.end = s.end;
  return target;
}

}  // namespace

bool CodingCommands::HasSelection() {
  if (m_context.HasProject() && !m_context.CurrentSelection().Empty()) return true;
  m_context.Status(_("Select a passage in the transcript first."));
  return false;
}

bool CodingCommands::ApplyCode(const Code& code) {
  if (!HasSelection()) return false;
  const bool done = m_context.Run([&] {
    m_context.Project().AddCoding(TargetOf(m_context.CurrentSelection(), code.guid), "");
  });
  if (!done) return false;
  m_context.Notify(Change::Codings);
  m_context.Status(wxString::Format(_("Coded with '%s'."), ToWx(code.name)));
  return true;
}

bool CodingCommands::ApplyQuickCode(int number) {
  std::vector<Code> codes;
  if (!m_context.HasProject() || !m_context.Run([&] { codes = workbench::QuickCodes(m_context.Project()); }))
    return false;
  if (number < 1 || static_cast<std::size_t>(number) > codes.size()) {
    m_context.Status(wxString::Format(_("There is no quick code %d."), number));
    return false;
  }
  return ApplyCode(codes[static_cast<std::size_t>(number) - 1]);
}

bool CodingCommands::CodeSelectionWith() {
  if (!HasSelection()) return false;
  std::vector<Code> codable;
  wxArrayString labels;
  if (!m_context.Run([&] {
        for (const auto& row : workbench::CodebookRows(m_context.Project())) {
          if (!row.code.isCodable) continue;
          codable.push_back(row.code);
          labels.Add(ToWx(row.path));
        }
      }))
    return false;
  if (codable.empty()) {
    m_context.Prompts().ShowInfo(_("The codebook has no codes yet: type a name in the codebook's search box and press Enter to add one."));
    return false;
  }
  const auto chosen = m_context.Prompts().Choose(_("Code the selection with:"), labels);
  return chosen && ApplyCode(codable[static_cast<std::size_t>(*chosen)]);
}

bool CodingCommands::InVivo() {
  if (!HasSelection()) return false;
  Code made;
  if (!m_context.Run([&] {
        made = m_context.Project().InVivoCode(TargetOf(m_context.CurrentSelection(), ""), std::nullopt).first;
      }))
    return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("New in-vivo code '%s'."), ToWx(made.name)));
  return true;
}

bool CodingCommands::RemoveCoding(const std::string& codingGuid, const std::string& codeName) {
  if (!m_context.HasProject() || !m_context.Run([&] { m_context.Project().RemoveCodingByGuid(codingGuid); }))
    return false;
  m_context.Notify(Change::Codings);
  m_context.Status(wxString::Format(_("Removed a coding of '%s' (Undo brings it back)."), ToWx(codeName)));
  return true;
}

bool CodingCommands::EditMemo(const std::string& codingGuid, const std::string& currentMemo) {
  if (!m_context.HasProject()) return false;
  std::optional<wxString> memo;
  if (m_askMemo) {
    memo = m_askMemo(ToWx(currentMemo));
  } else {
    wxTextEntryDialog dialog(nullptr, _("Memo on this coding:"), _("Memo"), ToWx(currentMemo),
                             wxOK | wxCANCEL | wxTE_MULTILINE);
    if (dialog.ShowModal() == wxID_OK) memo = dialog.GetValue();
  }
  if (!memo) return false;
  if (!m_context.Run([&] { m_context.Project().EditCoding(codingGuid, ToUtf8(*memo), std::nullopt); })) return false;
  m_context.Notify(Change::Codings);
  m_context.Status(_("Memo saved (Undo takes it back)."));
  return true;
}

bool CodingCommands::ResizeToSelection(const std::string& codingGuid) {
  if (!HasSelection()) return false;
  const Selection s = m_context.CurrentSelection();
  if (!m_context.Run([&] {
        m_context.Project().EditCoding(codingGuid, std::nullopt, std::pair<std::size_t, std::size_t>{s.start, s.end});
      }))
    return false;
  m_context.Notify(Change::Codings);
  m_context.Status(_("Coding resized to the selection (Undo takes it back)."));
  return true;
}

bool CodingCommands::Undo() {
  std::optional<ChangeSet> undone;
  if (!m_context.HasProject() || !m_context.Run([&] { undone = m_context.Project().Undo(); })) return false;
  if (!undone) {
    m_context.Status(_("Nothing to undo."));
    return false;
  }
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Undone: %s"), ToWx(undone->label)));
  return true;
}

bool CodingCommands::Redo() {
  std::optional<ChangeSet> redone;
  if (!m_context.HasProject() || !m_context.Run([&] { redone = m_context.Project().Redo(); })) return false;
  if (!redone) {
    m_context.Status(_("Nothing to redo."));
    return false;
  }
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Redone: %s"), ToWx(redone->label)));
  return true;
}

}  // namespace duiding::app
