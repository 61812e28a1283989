// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/codebook_panel.h"

#include <wx/dnd.h>
#include <wx/imaglist.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <algorithm>
#include <cmath>

#include "app/codebook_actions.h"
#include "app/coding_commands.h"
#include "app/passage_drag.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "project/project.h"
#include "text/unicode.h"

namespace duiding::app {
namespace {

constexpr int kBullet = 16;
constexpr int kShowFragments = wxID_HIGHEST + 4711;  // apart from CodebookActions' commands

struct CodeItem : wxTreeItemData {
  explicit CodeItem(Code c) : code(std::move(c)) {}
  Code code;
};

std::string Folded(const std::string& utf8) { return text::FoldDiacritics(utf8); }

// An anti-aliased disc on a transparent square.
wxBitmap Bullet(const wxColour& colour) {
  wxImage image(kBullet, kBullet);
  image.InitAlpha();
  const double centre = (kBullet - 1) / 2.0, radius = kBullet * 0.3;
  for (int y = 0; y < kBullet; ++y)
    for (int x = 0; x < kBullet; ++x) {
      const double d = std::hypot(x - centre, y - centre);
      image.SetRGB(x, y, colour.Red(), colour.Green(), colour.Blue());
      image.SetAlpha(x, y, static_cast<unsigned char>(255 * std::clamp(radius + 0.5 - d, 0.0, 1.0)));
    }
  return wxBitmap(image);
}

// Takes transcript passages dropped on the tree (CodebookPanel::DropText decides).
class PassageDropTarget : public wxTextDropTarget {
 public:
  explicit PassageDropTarget(CodebookPanel& panel) : m_panel(panel) {}
  bool OnDropText(wxCoord x, wxCoord y, const wxString& text) override { return m_panel.DropText(x, y, text); }
  wxDragResult OnDragOver(wxCoord, wxCoord, wxDragResult) override { return wxDragCopy; }

 private:
  CodebookPanel& m_panel;
};

wxString ReasonText(const std::string& reason) {
  if (reason == "the same name") return _("the same name");
  if (reason == "the same apart from case or accents") return _("the same apart from capitals or accents");
  return _("nearly the same name");
}

}  // namespace

wxDEFINE_EVENT(EVT_CODEBOOK_CODE_PICKED, wxCommandEvent);

// This mirrors the workbench's default palette (transcript_model.cpp), which has no public
// accessor yet; it belongs there.
std::string HighlightColour(const Code& code) {
  static const char* const kPalette[] = {"#8DD3C7", "#FFD97A", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462",
                                         "#B3DE69", "#FCCDE5", "#A6D8F0", "#BC80BD", "#CCEBC5", "#F2C48D"};
  constexpr RowId n = std::size(kPalette);
  return code.color.empty() ? kPalette[((code.id - 1) % n + n) % n] : code.color;
}

CodebookPanel::CodebookPanel(wxWindow* parent, AppContext& context, CodingCommands& commands)
    : wxPanel(parent), m_context(context), m_commands(commands),
      m_find(new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER)),
      m_tree(new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_SINGLE | wxTR_NO_LINES | wxBORDER_NONE)),
      m_images(new wxImageList(kBullet, kBullet)), m_actions(this, context) {
  m_find->SetHint(_("Find or add a code"));
  m_tree->AssignImageList(m_images);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_find, 0, wxEXPAND | wxALL, FromDIP(4));
  sizer->Add(m_tree, 1, wxEXPAND);
  SetSizer(sizer);
  m_find->Bind(wxEVT_TEXT, &CodebookPanel::OnText, this);
  m_find->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { SubmitFilter(); });
  m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, &CodebookPanel::OnActivated, this);
  m_tree->Bind(wxEVT_TREE_ITEM_MENU, &CodebookPanel::OnItemMenu, this);
  m_tree->Bind(wxEVT_RIGHT_UP, &CodebookPanel::OnRightUp, this);
  m_tree->Bind(wxEVT_TREE_KEY_DOWN, &CodebookPanel::OnKey, this);
  m_tree->Bind(wxEVT_TREE_BEGIN_DRAG, &CodebookPanel::OnBeginDrag, this);
  m_tree->Bind(wxEVT_TREE_END_DRAG, &CodebookPanel::OnEndDrag, this);
  m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &CodebookPanel::OnSelChanged, this);
  // The context menu (CodebookActions builds it) gains "Show coded fragments" as it opens.
  m_tree->Bind(wxEVT_MENU_OPEN, [this](wxMenuEvent& event) {
    event.Skip();
    wxMenu* menu = event.GetMenu();
    if (!m_menuCode || !menu || menu->FindItem(kShowFragments)) return;
    menu->AppendSeparator();
    menu->Append(kShowFragments, _("Show coded &fragments"));
  });
  m_actions.OnAdded([this](const Code& code) { Select(code); });
  m_tree->SetDropTarget(new PassageDropTarget(*this));
  m_context.Subscribe(this);
}

CodebookPanel::~CodebookPanel() { m_context.Unsubscribe(this); }

void CodebookPanel::ProjectChanged(Change) { Reload(); }

void CodebookPanel::Reload() {
  m_rows.clear();
  m_colours.clear();
  m_quickKeys.clear();
  if (m_context.HasProject())
    m_context.Run([this] {
      m_rows = workbench::CodebookRows(m_context.Project());
      int key = 0;
      for (const Code& code : workbench::QuickCodes(m_context.Project())) m_quickKeys[code.guid] = ++key;
    });
  for (const auto& row : m_rows) m_colours.push_back(HighlightColour(row.code));
  Fill();
}

int CodebookPanel::ImageFor(const std::string& colour) {
  if (auto it = m_imageOf.find(colour); it != m_imageOf.end()) return it->second;
  const int image = m_images->Add(Bullet(ColourOf(colour)));
  m_imageOf.emplace(colour, image);
  return image;
}

// Rows matching the filter, and their ancestors so each match keeps its place in the tree.
std::vector<bool> CodebookPanel::RowsToShow(const std::string& folded) const {
  std::vector<bool> show(m_rows.size(), folded.empty());
  if (folded.empty()) return show;
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (Folded(m_rows[i].code.name).find(folded) == std::string::npos) continue;
    show[i] = true;
    int depth = m_rows[i].depth;
    for (std::size_t j = i; j-- > 0 && depth > 0;)
      if (m_rows[j].depth < depth) {
        show[j] = true;
        depth = m_rows[j].depth;
      }
  }
  return show;
}

void CodebookPanel::Fill() {
  const std::string folded = Folded(ToUtf8(m_find->GetValue().Strip(wxString::both)));
  const std::vector<bool> show = RowsToShow(folded);
  const std::optional<Code> selected = SelectedCode();
  m_filling = true;
  m_tree->Freeze();
  m_tree->DeleteAllItems();
  std::vector<wxTreeItemId> parents{m_tree->AddRoot(wxEmptyString)};
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (!show[i]) continue;
    const auto& row = m_rows[i];
    // A code with coded sub-codes shows both: "Barrières (0 + 12)", its own and theirs.
    wxString label = wxString::Format(wxT("%s (%lld)"), ToWx(row.code.name), static_cast<long long>(row.codings));
    if (row.withSubcodes != row.codings)
      label = wxString::Format(wxT("%s (%lld + %lld)"), ToWx(row.code.name), static_cast<long long>(row.codings),
                               static_cast<long long>(row.withSubcodes - row.codings));
    if (auto key = m_quickKeys.find(row.code.guid); key != m_quickKeys.end()) label += wxString::Format(wxT("   [%d]"), key->second);
    parents.resize(static_cast<std::size_t>(row.depth) + 1);
    const wxTreeItemId item = m_tree->AppendItem(parents.back(), label, ImageFor(m_colours[i]), -1, new CodeItem(row.code));
    if (!row.code.isCodable) m_tree->SetItemTextColour(item, wxColour(0x60, 0x60, 0x60));
    parents.push_back(item);
  }
  m_tree->ExpandAll();
  m_tree->Thaw();
  if (selected) Select(*selected);
  m_filling = false;
}

std::vector<wxString> CodebookPanel::Labels() const {
  std::vector<wxString> labels;
  std::vector<wxTreeItemId> todo{m_tree->GetRootItem()};
  while (!todo.empty()) {
    const wxTreeItemId item = todo.back();
    todo.pop_back();
    if (item != m_tree->GetRootItem()) labels.push_back(m_tree->GetItemText(item));
    std::vector<wxTreeItemId> children;
    wxTreeItemIdValue cookie;
    for (auto c = m_tree->GetFirstChild(item, cookie); c.IsOk(); c = m_tree->GetNextChild(item, cookie)) children.push_back(c);
    todo.insert(todo.end(), children.rbegin(), children.rend());
  }
  return labels;
}

void CodebookPanel::SetFilter(const wxString& text) {
  m_find->ChangeValue(text);
  Fill();
}

void CodebookPanel::OnText(wxCommandEvent&) { Fill(); }

std::vector<const Code*> CodebookPanel::CodableMatches(const std::string& folded, bool exactOnly) const {
  std::vector<const Code*> found;
  for (const auto& row : m_rows) {
    const std::string name = Folded(row.code.name);
    if (row.code.isCodable && (exactOnly ? name == folded : name.find(folded) != std::string::npos))
      found.push_back(&row.code);
  }
  return found;
}

void CodebookPanel::SubmitFilter() {
  const std::string name = ToUtf8(m_find->GetValue().Strip(wxString::both));
  if (name.empty() || !m_context.HasProject()) return;
  const std::string folded = Folded(name);
  std::vector<const Code*> found = CodableMatches(folded, true);
  if (found.empty()) found = CodableMatches(folded, false);
  if (found.empty() && RowsToShow(folded) == std::vector<bool>(m_rows.size(), false)) return OfferNewCode(name);
  if (found.size() != 1) {
    m_context.Status(found.empty() ? _("Only a category matches: pick a code below it.")
                                   : _("Several codes match: pick one in the codebook."));
    m_tree->SetFocus();
    return;
  }
  const Code code = *found.front();
  Select(code);
  if (!m_context.CurrentSelection().Empty() && m_commands.ApplyCode(code)) SetFilter(wxEmptyString);
}

void CodebookPanel::OfferNewCode(const std::string& name) {
  std::vector<project::SimilarCode> similar;
  if (!m_context.Run([&] { similar = m_context.Project().SimilarCodes(name); })) return;
  if (!similar.empty()) {
    m_context.Prompts().ShowError(wxString::Format(
        _("'%s' is too close to the code '%s' (%s). Use that code, or choose a name that differs more."), ToWx(name),
        ToWx(similar.front().path), ReasonText(similar.front().reason)));
    return;
  }
  const bool codeIt = !m_context.CurrentSelection().Empty();
  const wxString question = codeIt ? _("Add the code '%s' to the codebook and code the selected passage with it?")
                                   : _("Add the code '%s' to the codebook?");
  if (!m_context.Prompts().Confirm(wxString::Format(question, ToWx(name)))) return;
  Code added;
  if (!m_context.Run([&] { added = m_context.Project().AddCode(project::CodeSpec(name)); })) return;
  m_find->ChangeValue(wxEmptyString);
  m_context.Notify(Change::Codebook);
  Select(added);
  if (codeIt) m_commands.ApplyCode(added);
  else m_context.Status(wxString::Format(_("Added the code '%s'."), ToWx(name)));
}

void CodebookPanel::Select(const Code& code) {
  std::vector<wxTreeItemId> todo{m_tree->GetRootItem()};
  while (!todo.empty()) {
    const wxTreeItemId item = todo.back();
    todo.pop_back();
    if (auto* data = dynamic_cast<CodeItem*>(m_tree->GetItemData(item)); data && data->code.guid == code.guid) {
      m_tree->SelectItem(item);
      m_tree->EnsureVisible(item);
      return;
    }
    wxTreeItemIdValue cookie;
    for (auto c = m_tree->GetFirstChild(item, cookie); c.IsOk(); c = m_tree->GetNextChild(item, cookie)) todo.push_back(c);
  }
}

void CodebookPanel::OnActivated(wxTreeEvent& event) {
  auto* data = dynamic_cast<CodeItem*>(m_tree->GetItemData(event.GetItem()));
  if (!data) return;
  if (!data->code.isCodable) {
    m_context.Status(_("This is a category: code with one of the codes below it."));
    return;
  }
  m_commands.ApplyCode(data->code);
}

const Code* CodebookPanel::CodeAt(const wxTreeItemId& item) const {
  auto* data = item.IsOk() ? dynamic_cast<CodeItem*>(m_tree->GetItemData(item)) : nullptr;
  return data ? &data->code : nullptr;
}

std::optional<Code> CodebookPanel::SelectedCode() const {
  const Code* code = CodeAt(m_tree->GetSelection());
  return code ? std::optional<Code>(*code) : std::nullopt;
}

// The action runs after the menu's event: it rebuilds the tree the event came from.
void CodebookPanel::ShowMenu(const Code* code) {
  const std::optional<Code> target = code ? std::optional<Code>(*code) : std::nullopt;
  m_menuCode = target;
  const int command = m_actions.PickFromMenu(*m_tree, code);
  m_menuCode.reset();
  if (command == kShowFragments && target) CallAfter([this, target] { ShowCodedFragments(*target); });
  else if (command) CallAfter([this, command, target] { m_actions.Run(command, target ? &*target : nullptr); });
}

void CodebookPanel::ShowCodedFragments(const Code& code) { EmitPicked(code, true); }

// To the top of the parent chain: a floating pane's frame is a child of the main window.
void CodebookPanel::EmitPicked(const Code& code, bool show) {
  wxWindow* top = this;
  while (top->GetParent()) top = top->GetParent();
  wxCommandEvent event(EVT_CODEBOOK_CODE_PICKED, GetId());
  event.SetEventObject(this);
  event.SetString(wxString::FromUTF8(code.guid));
  event.SetInt(show ? 1 : 0);
  top->GetEventHandler()->ProcessEvent(event);
}

void CodebookPanel::OnSelChanged(wxTreeEvent& event) {
  event.Skip();
  if (m_filling) return;
  if (const Code* code = CodeAt(event.GetItem())) EmitPicked(*code, false);
}

void CodebookPanel::OnItemMenu(wxTreeEvent& event) {
  m_tree->SelectItem(event.GetItem());
  ShowMenu(CodeAt(event.GetItem()));
}

// A right-click on no code: the menu without a code (new code, restore).
void CodebookPanel::OnRightUp(wxMouseEvent& event) {
  event.Skip();
  int flags = 0;
  if (!m_tree->HitTest(event.GetPosition(), flags).IsOk()) ShowMenu(nullptr);
}

void CodebookPanel::OnKey(wxTreeEvent& event) {
  const int command = CodebookActions::KeyCommand(event.GetKeyCode());
  if (!command) return event.Skip();
  const std::optional<Code> code = SelectedCode();
  CallAfter([this, command, code] { m_actions.Run(command, code ? &*code : nullptr); });
}

void CodebookPanel::OnBeginDrag(wxTreeEvent& event) {
  const Code* code = CodeAt(event.GetItem());
  m_dragged = code ? std::optional<Code>(*code) : std::nullopt;
  if (code) event.Allow();
}

// The top quarter of a code's row drops before it, the bottom quarter after it, the rest into it.
void CodebookPanel::OnEndDrag(wxTreeEvent& event) {
  if (!m_dragged) return;
  const Code dragged = *m_dragged;
  m_dragged.reset();
  const Code* onto = CodeAt(event.GetItem());
  const std::optional<Code> target = onto ? std::optional<Code>(*onto) : std::nullopt;
  DropAt at = DropAt::Into;
  wxRect row;
  if (onto && m_tree->GetBoundingRect(event.GetItem(), row)) {
    const int y = m_tree->ScreenToClient(wxGetMousePosition()).y;
    if (y < row.y + row.height / 4) at = DropAt::Before;
    else if (y >= row.y + row.height * 3 / 4) at = DropAt::After;
  }
  CallAfter([this, dragged, target, at] { DropCode(dragged, target ? &*target : nullptr, at); });
}

bool CodebookPanel::DropCode(const Code& dragged, const Code* target, DropAt at) {
  if (!m_actions.Move(dragged, target, at)) return false;
  Select(dragged);
  return true;
}

}  // namespace duiding::app

namespace duiding::app {

// The coding waits for the event loop: it rebuilds the tree the drop lands on.
bool CodebookPanel::DropText(wxCoord x, wxCoord y, const wxString& text) {
  const std::optional<Selection> passage = DroppedPassage(text, m_context.CurrentSelection());
  EndPassageDrag();
  int flags = 0;
  const Code* onto = passage ? CodeAt(m_tree->HitTest(wxPoint(x, y), flags)) : nullptr;
  if (!onto) return false;
  const Code target = *onto;
  CallAfter([this, passage = *passage, target] { DropPassage(passage, target); });
  return true;
}

bool CodebookPanel::DropPassage(const Selection& passage, const Code& target) {
  if (passage.Empty() || !m_context.HasProject()) return false;
  project::CodingTarget coding;
  coding.document = passage.documentGuid;
  coding.code = target.guid;
  coding.start = passage.start;
  coding.end = passage.end;
  if (!m_context.Run([&] { m_context.Project().AddCoding(coding, ""); })) return false;
  m_context.Notify(Change::Codings);
  Select(target);
  m_context.Status(wxString::Format(_("Coded with '%s'."), ToWx(target.name)));
  return true;
}

}  // namespace duiding::app
