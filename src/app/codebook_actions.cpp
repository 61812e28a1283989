// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/codebook_actions.h"

#include <wx/colordlg.h>
#include <wx/textdlg.h>

#include <algorithm>

#include "app/app_context.h"
#include "app/code_editor.h"
#include "app/codebook_panel.h"
#include "app/coding_actions.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "project/project.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

std::optional<wxColour> AskColourWithDialog(wxWindow* parent, const wxColour& initial) {
  wxColourData data;
  data.SetColour(initial);
  data.SetChooseFull(true);
  wxColourDialog dialog(parent, &data);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.GetColourData().GetColour();
}

unsigned Many(std::int64_t n) { return static_cast<unsigned>(std::max<std::int64_t>(0, n)); }

}  // namespace

CodebookActions::CodebookActions(wxWindow* parent, AppContext& context)
    : m_parent(parent), m_context(context),
      m_askText([parent](const wxString& question, const wxString& initial) {
        return wxGetTextFromUser(question, _("Duiding"), initial, parent);
      }),
      m_askColour([parent](const wxColour& initial) { return AskColourWithDialog(parent, initial); }) {}

void CodebookActions::SetAskers(AskText text, AskColour colour) {
  m_askText = std::move(text);
  m_askColour = std::move(colour);
}

wxString CodebookActions::AskName(const wxString& question, const wxString& initial) {
  return m_askText(question, initial).Strip(wxString::both);
}

void CodebookActions::Added(const Code& code) {
  if (m_added) m_added(code);
}

std::string CodebookActions::PathOf(const Code& code) {
  std::string path = code.name;
  m_context.Run([&] { path = m_context.Project().CodebookWithDeleted().PathOf(code.id); });
  return path;
}

// Its own codings, and those of the codes below it (the rows after it that are deeper).
CodebookActions::Counts CodebookActions::CountsOf(const Code& code) {
  Counts counts;
  m_context.Run([&] {
    const auto rows = workbench::CodebookRows(m_context.Project());
    const auto at = std::find_if(rows.begin(), rows.end(), [&](const auto& row) { return row.code.guid == code.guid; });
    if (at == rows.end()) return;
    counts.own = counts.withSubcodes = at->codings;
    for (auto row = at + 1; row != rows.end() && row->depth > at->depth; ++row) {
      ++counts.subcodes;
      counts.withSubcodes += row->codings;
    }
  });
  return counts;
}

bool CodebookActions::NewCode(const Code* parent) {
  if (!m_context.HasProject()) return false;
  const std::optional<std::string> parentGuid = parent ? std::optional<std::string>(parent->guid) : std::nullopt;
  const wxString name = AskName(parent ? wxString::Format(_("Name of the new sub-code of '%s':"), ToWx(parent->name))
                                       : _("Name of the new code:"));
  if (name.empty()) return false;
  Code added;
  if (!m_context.Run([&] { added = m_context.Project().AddCode(project::CodeSpec(ToUtf8(name), parentGuid)); }))
    return false;
  m_context.Notify(Change::Codebook);
  Added(added);
  m_context.Status(wxString::Format(_("Added the code '%s'."), name));
  return true;
}

bool CodebookActions::Rename(const Code& original) {
  const Code code = original;  // the tree item holding `original` goes when the panes reload
  const wxString name = AskName(wxString::Format(_("New name for '%s':"), ToWx(code.name)), ToWx(code.name));
  if (name.empty() || name == ToWx(code.name)) return false;
  if (!m_context.Run([&] { m_context.Project().RenameCode(code.guid, ToUtf8(name)); })) return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Renamed '%s' to '%s'."), ToWx(code.name), name));
  return true;
}

bool CodebookActions::ChooseColour(const Code& original) {
  const Code code = original;
  const std::optional<wxColour> colour = m_askColour(ColourOf(HighlightColour(code)));
  if (!colour || !colour->IsOk()) return false;
  project::CodeEdit edit;
  edit.color = ToUtf8(colour->GetAsString(wxC2S_HTML_SYNTAX));
  if (!m_context.Run([&] { m_context.Project().EditCode(code.guid, edit); })) return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("New colour for '%s'."), ToWx(code.name)));
  return true;
}

bool CodebookActions::Edit(const Code& code) {
  CodeEditor editor(m_parent, m_context, code);
  return editor.ShowModal() == wxID_OK;  // OK has applied the edit
}

bool CodebookActions::MergeInto(const Code& original) {
  const Code from = original;
  std::vector<Code> targets;
  wxArrayString labels;
  if (!m_context.Run([&] {
        const project::CodeTree tree = m_context.Project().Codebook();
        for (const auto& [code, depth] : tree.DepthFirst()) {
          if (tree.IsWithin(code->id, from.id)) continue;  // itself and its sub-codes
          targets.push_back(*code);
          labels.Add(ToWx(tree.PathOf(code->id)));
        }
      }))
    return false;
  if (targets.empty()) {
    m_context.Prompts().ShowInfo(_("There is no other code to merge into."));
    return false;
  }
  const auto chosen = m_context.Prompts().Choose(wxString::Format(_("Merge '%s' into:"), ToWx(from.name)), labels);
  if (!chosen) return false;
  const Code into = targets[static_cast<std::size_t>(*chosen)];
  const Counts counts = CountsOf(from);
  wxString question = wxString::Format(_("Merge '%s' into '%s'?"), ToWx(PathOf(from)), labels[static_cast<std::size_t>(*chosen)]) + wxT("\n\n") +
                      wxString::Format(wxPLURAL("%lld coding moves over.", "%lld codings move over.", Many(counts.own)),
                                       static_cast<long long>(counts.own));
  if (counts.subcodes > 0)
    question += wxT(" ") + wxString::Format(wxPLURAL("%d sub-code goes along.", "%d sub-codes go along.", Many(counts.subcodes)),
                                            counts.subcodes);
  question += wxT(" ") + _("The merged code is then deleted; Undo takes it all back.");
  if (!m_context.Prompts().Confirm(question)) return false;
  project::MergeReport report;
  if (!m_context.Run([&] { report = m_context.Project().MergeCodes(from.guid, into.guid); })) return false;
  m_context.Notify(Change::Codebook);
  Added(into);
  m_context.Status(wxString::Format(wxPLURAL("Merged '%s' into '%s': %lld coding moved.", "Merged '%s' into '%s': %lld codings moved.",
                                             Many(report.moved)),
                                    ToWx(from.name), ToWx(into.name), static_cast<long long>(report.moved)));
  return true;
}

bool CodebookActions::Split(const Code& original) {
  const Code from = original;
  std::vector<store::QuotedCoding> codings;
  if (!m_context.Run([&] { codings = CodingsAtSelection(m_context, from); })) return false;
  if (codings.empty()) {
    m_context.Prompts().ShowInfo(wxString::Format(
        _("Put the cursor in a passage coded '%s' in the transcript (or select passages coded with it), then split again."),
        ToWx(from.name)));
    return false;
  }
  const wxString name = AskName(wxString::Format(wxPLURAL("Move the %zu coding of '%s' at the cursor to a new code named:",
                                                          "Move the %zu codings of '%s' at the cursor to a new code named:",
                                                          Many(static_cast<std::int64_t>(codings.size()))),
                                                 codings.size(), ToWx(from.name)));
  if (name.empty()) return false;
  std::vector<std::string> guids;
  for (const auto& quoted : codings) guids.push_back(quoted.coding.guid);
  Code made;
  if (!m_context.Run([&] { made = m_context.Project().SplitCode(from.guid, guids, project::CodeSpec(ToUtf8(name))); }))
    return false;
  m_context.Notify(Change::Codebook);
  Added(made);
  m_context.Status(wxString::Format(_("Split '%s': its codings at the cursor are now coded '%s'."), ToWx(from.name), name));
  return true;
}

bool CodebookActions::Delete(const Code& original) {
  const Code code = original;
  const Counts counts = CountsOf(code);
  wxString question = wxString::Format(_("Delete the code '%s'?"), ToWx(PathOf(code))) + wxT("\n\n");
  if (counts.subcodes > 0)
    question += wxString::Format(wxPLURAL("Its %d sub-code goes with it.", "Its %d sub-codes go with it.", Many(counts.subcodes)),
                                 counts.subcodes) + wxT(" ");
  question += wxString::Format(wxPLURAL("%lld coding is hidden, not lost:", "%lld codings are hidden, not lost:",
                                        Many(counts.withSubcodes)),
                               static_cast<long long>(counts.withSubcodes)) +
              wxT(" ") + _("'Restore deleted code...' brings everything back.");
  if (!m_context.Prompts().Confirm(question)) return false;
  if (!m_context.Run([&] { m_context.Project().DeleteCode(code.guid); })) return false;
  m_context.Notify(Change::Codebook);
  m_context.Status(wxString::Format(_("Deleted the code '%s'."), ToWx(code.name)));
  return true;
}

bool CodebookActions::RestoreDeleted() {
  if (!m_context.HasProject()) return false;
  std::vector<Code> deleted;
  wxArrayString labels;
  if (!m_context.Run([&] {
        const project::CodeTree all = m_context.Project().CodebookWithDeleted();
        for (const auto& [code, depth] : all.DepthFirst()) {
          // A code deleted under a deleted parent comes back with that parent.
          if (code->deletedAt.empty() || (code->parent && !all.Get(*code->parent).deletedAt.empty())) continue;
          deleted.push_back(*code);
          labels.Add(ToWx(all.PathOf(code->id)));
        }
      }))
    return false;
  if (deleted.empty()) {
    m_context.Prompts().ShowInfo(_("No code has been deleted."));
    return false;
  }
  const auto chosen = m_context.Prompts().Choose(_("Restore which deleted code?"), labels);
  if (!chosen) return false;
  const Code code = deleted[static_cast<std::size_t>(*chosen)];
  if (!m_context.Run([&] { m_context.Project().RestoreCode(code.guid); })) return false;
  m_context.Notify(Change::Codebook);
  Added(code);
  m_context.Status(wxString::Format(_("Restored the code '%s'."), ToWx(code.name)));
  return true;
}

}  // namespace duiding::app
