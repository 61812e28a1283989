// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/results_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <iterator>

#include "app/codebook_panel.h"
#include "app/fragments_list.h"
#include "app/kwic_list.h"
#include "app/project_search.h"
#include "app/prompter.h"
#include "app/wx_text.h"
#include "project/code_tree.h"
#include "project/project.h"
#include "search/project_synonyms.h"
#include "text/clock_time.h"
#include "workbench/transcript_model.h"

namespace duiding::app {
namespace {

constexpr std::size_t kShown = 2000;          // hits listed at most
constexpr std::size_t kCodedAtMost = 1000000;  // what "code all hits" takes, as the CLI does

// What the query language can do, shown until the first search; it scrolls when the pane is low.
wxPanel* HelpPanel(wxWindow* parent) {
  auto* panel = new wxScrolledWindow(parent);
  panel->SetScrollRate(0, panel->FromDIP(8));
  const std::pair<const char*, wxString> examples[] = {
      {"schaamte", _("the word, in any form")},
      {"\"durven vragen\"", _("these words together")},
      {"last NEAR/5 hulp", _("at most five words apart")},
      {"oma OR opa   steun -school", _("either word; the one without the other")},
      {"spreker:moeder schaamte", _("only where the mother speaks (also rol:, regio:, doc:, code:)")},
  };
  auto* grid = new wxFlexGridSizer(2, wxSize(panel->FromDIP(16), panel->FromDIP(2)));
  const wxFont code(wxFontInfo().Family(wxFONTFAMILY_TELETYPE));
  for (const auto& [example, meaning] : examples) {
    auto* left = new wxStaticText(panel, wxID_ANY, wxString::FromUTF8(example));
    left->SetFont(code);
    grid->Add(left);
    grid->Add(new wxStaticText(panel, wxID_ANY, meaning));
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(panel, wxID_ANY, _("Type a search and press Enter. For example:")), 0, wxBOTTOM, panel->FromDIP(6));
  sizer->Add(grid, 0, wxLEFT, panel->FromDIP(12));
  sizer->Add(new wxStaticText(panel, wxID_ANY,
                              _("Double-click a hit to read it in the transcript; click Before, After, Document or Speaker "
                                "to sort by it; Ctrl+C copies the selected lines.")),
             0, wxTOP, panel->FromDIP(6));
  panel->SetSizer(sizer);
  panel->SetMinSize(wxSize(-1, panel->FromDIP(40)));  // the pane decides the height; the rest scrolls
  panel->FitInside();
  panel->SetForegroundColour(wxColour(0x44, 0x44, 0x44));
  return panel;
}

// The orders the list offers, as the choice lists them.
constexpr search::HitOrder kOrders[] = {search::HitOrder::Document, search::HitOrder::Relevance, search::HitOrder::Left,
                                        search::HitOrder::Right, search::HitOrder::Speaker};

wxArrayString OrderNames() {
  wxArrayString names;
  names.Add(_("In document order"));
  names.Add(_("By relevance"));
  names.Add(_("By the words before"));
  names.Add(_("By the words after"));
  names.Add(_("By speaker"));
  return names;
}

project::AutoCodeHit AutoCodeHitOf(const search::Hit& h) {
  return {h.document, h.start, h.end, h.turnStart, h.turnEnd, h.speaker};
}

std::vector<project::AutoCodeHit> AutoCodeHits(const search::SearchResult& result) {
  std::vector<project::AutoCodeHit> hits;
  for (const search::Hit& h : result.hits) hits.push_back(AutoCodeHitOf(h));
  return hits;
}

}  // namespace

ResultsPanel::ResultsPanel(wxWindow* parent, AppContext& context) : wxPanel(parent), m_context(context) {
  m_book = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxNB_TOP);
  m_book->AddPage(SearchPage(m_book), _("Search"), true);
  m_book->AddPage(FragmentsPage(m_book), _("Coded fragments"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_book, 1, wxEXPAND);
  SetSizer(sizer);
  // The codebook's picks reach the top of its parent chain: the main window.
  m_top = this;
  while (m_top->GetParent()) m_top = m_top->GetParent();
  m_top->Bind(EVT_CODEBOOK_CODE_PICKED, &ResultsPanel::OnCodePicked, this);
  m_context.Subscribe(this);
  if (m_context.HasProject()) m_context.Run([this] { m_index.Start(m_context.Project()); });
}

wxWindow* ResultsPanel::SearchPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  m_query = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  m_codeAll = new wxButton(page, wxID_ANY, _("Code all hits with..."));
  m_summary = new wxStaticText(page, wxID_ANY, wxEmptyString);
  m_help = HelpPanel(page);
  m_list = new KwicList(page);
  m_query->SetHint(_("Search all transcripts"));
  auto* search = new wxButton(page, wxID_ANY, _("Search"));
  m_orderChoice = new wxChoice(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, OrderNames());
  m_orderChoice->SetSelection(0);
  m_orderChoice->SetToolTip(_("The order of the hits; clicking the Before, After, Document or Speaker column does the same"));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(m_query, 1, wxALIGN_CENTER_VERTICAL);
  row->Add(search, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
  row->Add(m_orderChoice, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
  row->Add(m_codeAll, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
  row->Add(m_summary, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(10));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));
  sizer->Add(m_help, 1, wxEXPAND | wxALL, FromDIP(8));
  sizer->Add(m_list, 1, wxEXPAND);
  page->SetSizer(sizer);
  m_list->Hide();
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    FitColumns();
    event.Skip();
  });
  m_codeAll->Disable();
  m_query->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { RunSearch(m_query->GetValue()); });
  m_orderChoice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
    const int at = event.GetSelection();
    if (at >= 0 && at < static_cast<int>(std::size(kOrders))) SetOrder(kOrders[at]);
  });
  m_list->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& event) {
    if (event.GetKeyCode() == 'C' && wxGetKeyState(WXK_CONTROL)) CopyHits();
    else event.Skip();
  });
  m_list->Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& event) {
    switch (event.GetColumn()) {
      case KwicList::kLeft: return SetOrder(search::HitOrder::Left);
      case KwicList::kRight: return SetOrder(search::HitOrder::Right);
      case KwicList::kDocument: return SetOrder(search::HitOrder::Document);
      case KwicList::kSpeaker: return SetOrder(search::HitOrder::Speaker);
      default: return;
    }
  });
  search->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RunSearch(m_query->GetValue()); });
  m_codeAll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CodeAllHits(); });
  m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ResultsPanel::OnActivated, this);
  return page;
}

wxWindow* ResultsPanel::FragmentsPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  m_fragmentsSummary = new wxStaticText(page, wxID_ANY, _("Select a code in the codebook to list its coded fragments."));
  m_fragments = new FragmentsList(page);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_fragmentsSummary, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(m_fragments, 1, wxEXPAND);
  page->SetSizer(sizer);
  m_fragments->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { ActivateFragment(event.GetIndex()); });
  m_fragments->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    const int fixed = m_fragments->GetColumnWidth(FragmentsList::kDocument) +
                      m_fragments->GetColumnWidth(FragmentsList::kSpeaker) +
                      m_fragments->GetColumnWidth(FragmentsList::kCoder);
    m_fragments->SetColumnWidth(FragmentsList::kQuote,
                                std::max(FromDIP(200), m_fragments->GetClientSize().x - fixed - FromDIP(24)));
  });
  return page;
}

ResultsPanel::~ResultsPanel() {
  m_top->Unbind(EVT_CODEBOOK_CODE_PICKED, &ResultsPanel::OnCodePicked, this);
  m_context.Unsubscribe(this);
  m_index.Stop();
}

// The index follows every change in the background. Another project (or none, as when an
// import takes the one writer) stops the worker; an open project starts one of its own.
void ResultsPanel::ProjectChanged(Change change) {
  if (change == Change::Project) {
    m_index.Stop();
    if (m_context.HasProject()) m_context.Run([this] { m_index.Start(m_context.Project()); });
  } else {
    m_index.RequestSync();
  }
  if (change == Change::Project) m_fragmentsCode.clear();
  if (change != Change::Settings) ReloadFragments();
  if (change != Change::Project && change != Change::Documents) return;
  m_result = {};
  m_lastQuery.clear();
  ShowResult();
}

bool ResultsPanel::RunSearch(const wxString& query) {
  if (query.Strip(wxString::both).empty() || !m_context.HasProject()) return false;
  m_query->ChangeValue(query);
  m_book->ChangeSelection(kSearchPage);
  const std::string text = ToUtf8(query);
  wxBusyCursor busy;
  search::SearchResult result;
  if (!m_context.Run([&] { result = Search(text, kShown); })) return false;
  m_result = std::move(result);
  m_lastQuery = text;
  ShowResult();
  return true;
}

void ResultsPanel::SetOrder(search::HitOrder order) {
  m_order = order;
  const auto at = std::find(std::begin(kOrders), std::end(kOrders), order) - std::begin(kOrders);
  m_orderChoice->SetSelection(static_cast<int>(at));
  if (!m_lastQuery.empty()) RunSearch(wxString::FromUTF8(m_lastQuery));
}

// Waits for the background sync only when the index is behind the project, saying so.
search::SearchResult ResultsPanel::Search(const std::string& query, std::size_t limit) {
  if (m_index.Behind()) {
    m_context.Status(_("Bringing the search index up to date..."));
    if (wxWindow* top = wxGetTopLevelParent(this)) top->Update();
    struct Done {
      AppContext& context;
      ~Done() { context.Status(wxEmptyString); }
    } done{m_context};
    m_index.CatchUp();
  }
  return SearchProject(m_context.Project(), query, limit, &m_index, m_order);
}

bool ResultsPanel::EditSynonyms() {
  if (!m_context.HasProject()) return false;
  std::string before;
  if (!m_context.Run([&] { before = search::SynonymText(m_context.Project().Store()); })) return false;
  const wxString explanation =
      _("Words a search treats as one: one group per line, its words or phrases separated by ~ "
        "(schaamte ~ schamen ~ beschaamd). A # starts a note. Case and accents do not matter. "
        "Empty the list to search with the shipped starter list again.");
  wxString text = ToWx(before);
  for (;;) {  // a list that does not parse comes back to be mended, with the error shown
    const std::optional<wxString> edited = m_context.Prompts().EditText(_("Search synonyms"), explanation, text);
    if (!edited || ToUtf8(*edited) == before) return false;
    text = *edited;
    project::Project& project = m_context.Project();
    if (m_context.Run([&] {
          search::SetProjectSynonyms(project.Store(), project.ActingUser().id, ToUtf8(text), ToUtf8(_("the synonym list")));
        }))
      break;
  }
  m_context.Notify(Change::Settings);
  if (!m_lastQuery.empty()) RunSearch(wxString::FromUTF8(m_lastQuery));
  return true;
}

void ResultsPanel::FocusQuery() {
  m_book->ChangeSelection(kSearchPage);
  m_query->SetFocus();
  m_query->SelectAll();
}

// The context columns share what the hit, document and speaker leave, so lines read whole.
void ResultsPanel::FitColumns() {
  const int fixed = m_list->GetColumnWidth(KwicList::kHit) + m_list->GetColumnWidth(KwicList::kDocument) +
                    m_list->GetColumnWidth(KwicList::kSpeaker) + m_list->GetColumnWidth(KwicList::kTime);
  const int side = std::max(FromDIP(140), (m_list->GetClientSize().x - fixed - FromDIP(24)) / 2);
  m_list->SetColumnWidth(KwicList::kLeft, side);
  m_list->SetColumnWidth(KwicList::kRight, side);
}

void ResultsPanel::ShowResult() {
  m_help->Show(m_lastQuery.empty());
  m_list->Show(!m_lastQuery.empty());
  m_list->SetHits(&m_result.hits);
  FitColumns();  // the hit column fits its hits: the context columns share what is left
  m_codeAll->Enable(!m_result.hits.empty());
  if (m_lastQuery.empty()) {
    m_summary->SetLabel(wxEmptyString);
  } else {
    const std::size_t n = m_result.hits.size(), d = m_result.documents;  // each its own plural
    const wxString hits = wxString::Format(wxPLURAL("%zu%s hit", "%zu%s hits", n), n, m_result.more ? wxT("+") : wxT(""));
    const wxString documents = wxString::Format(wxPLURAL("%zu document", "%zu documents", d), d);
    m_summary->SetLabel(wxString::Format(_("%s in %s"), hits, documents));
  }
  m_list->GetParent()->Layout();
}

wxString ResultsPanel::Summary() const { return m_summary->GetLabel(); }

wxString ResultsPanel::CopyHits() {
  std::vector<std::size_t> rows = SelectedRows();
  if (rows.empty())
    for (std::size_t row = 0; row < m_result.hits.size(); ++row) rows.push_back(row);
  wxString text;
  for (const std::size_t row : rows) {
    const search::Hit& hit = m_result.hits[row];
    const std::string time = text::FormatClockTime(hit.timestampMs);
    const std::string_view fields[] = {hit.Left(), hit.Match(), hit.Right(), hit.documentName, hit.speaker, time};
    for (const std::string_view field : fields) text += ToWx(field) + wxT("\t");
    text.RemoveLast();
    text += wxT("\n");
  }
  if (!text.empty() && wxTheClipboard->Open()) {
    wxTheClipboard->SetData(new wxTextDataObject(text));
    wxTheClipboard->Close();
    m_context.Status(wxString::Format(wxPLURAL("Copied %zu hit.", "Copied %zu hits.", rows.size()), rows.size()));
  }
  return text;
}

wxString ResultsPanel::RowText(long row) const {
  wxString line;
  for (long column = KwicList::kLeft; column <= KwicList::kTime; ++column)
    line += (column ? wxT(" | ") : wxT("")) + m_list->GetItemText(row, static_cast<int>(column));
  return line;
}

void ResultsPanel::ActivateRow(long row) {
  if (row < 0 || static_cast<std::size_t>(row) >= m_result.hits.size()) return;
  const search::Hit& hit = m_result.hits[static_cast<std::size_t>(row)];
  m_context.Show(hit.document, std::make_pair(hit.start, hit.end));
}

void ResultsPanel::OnActivated(wxListEvent& event) { ActivateRow(event.GetIndex()); }

int ResultsPanel::CurrentPage() const { return m_book->GetSelection(); }

const std::vector<project::Fragment>& ResultsPanel::Fragments() const { return m_fragments->Fragments(); }

wxString ResultsPanel::FragmentRowText(long row) const { return m_fragments->RowText(row); }

void ResultsPanel::OnCodePicked(wxCommandEvent& event) {
  event.Skip();
  ShowCodedFragments(ToUtf8(event.GetString()));
}

bool ResultsPanel::ShowCodedFragments(const std::string& codeGuid) {
  if (codeGuid.empty() || !m_context.HasProject()) return false;
  m_fragmentsCode = codeGuid;
  ReloadFragments();
  m_book->ChangeSelection(kFragmentsPage);
  return !m_fragmentsCode.empty();
}

// Lists the code's fragments afresh; a code that went (deleted, undone) leaves the page empty.
void ResultsPanel::ReloadFragments() {
  std::vector<project::Fragment> fragments;
  std::string path;
  if (!m_fragmentsCode.empty() && m_context.HasProject()) {
    bool exists = false;
    m_context.Run([&] {
      const project::CodeTree tree = m_context.Project().Codebook();
      for (const Code& code : tree.All())
        if (code.guid == m_fragmentsCode) {
          exists = true;
          path = tree.PathOf(code.id);
        }
      if (!exists) return;
      project::RetrievalQuery query;
      query.codes = {m_fragmentsCode};
      query.withSubcodes = true;
      fragments = project::Retrieve(m_context.Project(), query);
    });
    if (!exists) m_fragmentsCode.clear();
  }
  if (m_fragmentsCode.empty()) {
    m_fragmentsSummary->SetLabel(_("Select a code in the codebook to list its coded fragments."));
  } else {
    std::vector<std::string> documents;
    for (const auto& f : fragments) documents.push_back(f.documentGuid);
    std::sort(documents.begin(), documents.end());
    const std::size_t n = fragments.size(),
                      docs = static_cast<std::size_t>(std::unique(documents.begin(), documents.end()) - documents.begin());
    m_fragmentsSummary->SetLabel(wxString::Format(
        wxPLURAL("'%s' and its sub-codes: %zu fragment in %zu documents. Double-click one to read it in the transcript.",
                 "'%s' and its sub-codes: %zu fragments in %zu documents. Double-click one to read it in the transcript.", n),
        ToWx(path), n, docs));
  }
  m_fragments->SetFragments(std::move(fragments));
  m_fragments->GetParent()->Layout();
}

void ResultsPanel::ActivateFragment(long row) {
  const auto& fragments = m_fragments->Fragments();
  if (row < 0 || static_cast<std::size_t>(row) >= fragments.size()) return;
  const project::Fragment& f = fragments[static_cast<std::size_t>(row)];
  m_context.Show(f.coding.document, std::make_pair(f.coding.start, f.coding.end));
}

// The rows the researcher selected, in list order.
std::vector<std::size_t> ResultsPanel::SelectedRows() const {
  std::vector<std::size_t> rows;
  for (long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); row != -1;
       row = m_list->GetNextItem(row, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED))
    if (static_cast<std::size_t>(row) < m_result.hits.size()) rows.push_back(static_cast<std::size_t>(row));
  return rows;
}

void ResultsPanel::SelectRows(const std::vector<std::size_t>& rows) {
  for (long row = 0; row < m_list->GetItemCount(); ++row) m_list->SetItemState(row, 0, wxLIST_STATE_SELECTED);
  for (const std::size_t row : rows) m_list->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

// With rows selected, the researcher says whether those or all hits are meant: true for the
// selected ones, false for all, nothing when cancelled. Without a selection: all.
std::optional<bool> ResultsPanel::AskOnlySelected(std::size_t selected) {
  if (selected == 0) return false;
  wxArrayString which;
  which.Add(_("All hits of the search"));
  which.Add(wxString::Format(wxPLURAL("The selected hit", "The %zu selected hits", selected), selected));
  const auto answer = m_context.Prompts().Choose(_("Which hits?"), which);
  if (!answer) return std::nullopt;
  return *answer == 1;
}

std::optional<Code> ResultsPanel::AskCode() {
  std::vector<Code> codable;
  wxArrayString labels;
  if (!m_context.Run([&] {
        for (const auto& row : workbench::CodebookRows(m_context.Project()))
          if (row.code.isCodable) {
            codable.push_back(row.code);
            labels.Add(ToWx(row.path));
          }
      }) || codable.empty())
    return std::nullopt;
  const auto chosen = m_context.Prompts().Choose(_("Code every hit with:"), labels);
  if (!chosen) return std::nullopt;
  return codable[static_cast<std::size_t>(*chosen)];
}

std::optional<project::AutoCodeScope> ResultsPanel::AskScope() {
  constexpr project::AutoCodeScope kScopes[] = {project::AutoCodeScope::Hit, project::AutoCodeScope::Sentence,
                                                project::AutoCodeScope::Turn, project::AutoCodeScope::Paragraph};
  wxArrayString scopes;
  scopes.Add(_("Just the hit"));
  scopes.Add(_("The sentence it is in"));
  scopes.Add(_("The speaker's turn it is in"));
  scopes.Add(_("The paragraph it is in"));
  const auto at = m_context.Prompts().Choose(_("Code what of each hit?"), scopes);
  if (!at) return std::nullopt;
  return kScopes[*at];
}

bool ResultsPanel::CodeAllHits() {
  if (m_lastQuery.empty() || m_result.hits.empty() || !m_context.HasProject()) return false;
  const std::vector<std::size_t> selected = SelectedRows();
  const std::optional<bool> onlySelected = AskOnlySelected(selected.size());
  if (!onlySelected) return false;
  const std::optional<Code> code = AskCode();
  if (!code) return false;
  const std::optional<project::AutoCodeScope> scope = AskScope();
  if (!scope) return false;
  const std::string label = "autocode '" + code->name + "': " + m_lastQuery, memo = "autocode: " + m_lastQuery;
  std::vector<project::AutoCodeHit> hits;
  project::AutoCodeReport dry;
  if (!m_context.Run([&] {
        if (*onlySelected)
          for (const std::size_t row : selected) hits.push_back(AutoCodeHitOf(m_result.hits[row]));
        else
          hits = AutoCodeHits(Search(m_lastQuery, kCodedAtMost));
        dry = m_context.Project().AutoCode(hits, code->guid, *scope, memo, label, true);
      }))
    return false;
  const wxString question =
      wxString::Format(wxPLURAL("Code %zu hit with '%s'?", "Code %zu hits with '%s'?", hits.size()), hits.size(),
                       ToWx(code->name)) +
      wxT("\n\n") +
      wxString::Format(_("New codings: %zu, widened: %zu, coded already: %zu. It is one change: Edit > Undo takes it back."),
                       dry.created, dry.extended, dry.already);
  if (!m_context.Prompts().Confirm(question)) return false;
  if (!m_context.Run([&] { m_context.Project().AutoCode(hits, code->guid, *scope, memo, label, false); })) return false;
  m_context.Notify(Change::Codings);
  m_context.Status(wxString::Format(wxPLURAL("Coded %zu hit with '%s'.", "Coded %zu hits with '%s'.", hits.size()),
                                    hits.size(), ToWx(code->name)));
  return true;
}

}  // namespace duiding::app
