// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/project.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "import/speaker_turns.h"
#include "model/error.h"
#include "model/sha256.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\n\r") - first + 1));
}

}  // namespace

Project::Project(std::unique_ptr<store::Store> store) : m_store(std::move(store)) {
  const std::vector<User> users = m_store->Users();
  if (users.empty()) throw Error(ErrorKind::Version, m_store->Path() + ": not a Duiding project (no users)");
  m_user = users.front();
}

Project Project::Create(const std::string& path, const std::string& name, const std::string& creator, Clock clock) {
  const std::string projectName = Trim(name);
  const std::string user = Trim(creator);
  if (projectName.empty()) throw Error(ErrorKind::Input, "a project needs a name");
  if (user.empty()) throw Error(ErrorKind::Input, "a project needs a first user");
  return Project(store::Store::Create(path, projectName, user, std::move(clock)));
}

Project Project::Open(const std::string& path, store::OpenMode mode, Clock clock) {
  return Project(store::Store::Open(path, mode, std::move(clock)));
}

void Project::ActAs(std::string_view user) {
  const std::optional<User> found = m_store->FindUser(user);
  if (!found) throw Error(ErrorKind::NotFound, "unknown user '" + std::string(user) + "' (add it with: users add)");
  m_user = *found;
}

User Project::AddUser(std::string_view name) {
  const std::string trimmed = Trim(name);
  if (trimmed.empty()) throw Error(ErrorKind::Input, "a user needs a name");
  if (m_store->FindUser(trimmed)) throw Error(ErrorKind::Conflict, "user '" + trimmed + "' already exists");
  auto tx = m_store->Begin("add user '" + trimmed + "'", m_user.id);
  User user = m_store->AddUser(trimmed);
  tx.Commit();
  return user;
}

namespace {

// The text variable `name`, created on first use.
RowId TextVariable(store::Store& store, std::map<std::string, RowId>& known, const std::string& name) {
  if (known.empty())
    for (const Variable& v : store.Variables()) known[v.name] = v.id;
  if (const auto it = known.find(name); it != known.end()) return it->second;
  Variable v;
  v.name = name;
  v.type = VariableType::Text;
  return known[name] = store.AddVariable(v).id;
}

// Finds or makes the cases that speakers are, during one import: a shared case (a survey
// respondent) by its name across documents and earlier imports, else one case per speaker and
// document, "<speaker> · <document>", with the role the label suggests.
class SpeakerCases {
 public:
  SpeakerCases(store::Store& store, std::map<std::string, RowId>& variables) : m_store(store), m_variables(variables) {}

  RowId For(const import::ImportedDocument& d, RowId doc, const std::string& speaker) {
    if (const auto shared = d.sharedCases.find(speaker); shared != d.sharedCases.end())
      return Shared(speaker, shared->second, doc);
    const auto [it, fresh] = m_local.emplace(std::pair{doc, speaker}, 0);
    if (fresh) {
      Case c;
      c.name = speaker + " \u00B7 " + d.name;
      it->second = m_store.AddCase(c).id;
      m_store.AddCaseDocument(it->second, doc);
      Set(it->second, "rol", import::RoleOfSpeaker(speaker));
    }
    return it->second;
  }

 private:
  RowId Shared(const std::string& name, const std::map<std::string, std::string>& attributes, RowId doc) {
    if (m_byName.empty())
      for (const Case& c : m_store.Cases()) m_byName.emplace(c.name, c.id);
    auto [it, fresh] = m_byName.emplace(name, 0);
    if (fresh) {
      Case c;
      c.name = name;
      it->second = m_store.AddCase(c).id;
    }
    if (m_linked.emplace(it->second, doc).second) {
      m_store.AddCaseDocument(it->second, doc);
      for (const auto& [variable, value] : attributes) Set(it->second, variable, value);
    }
    return it->second;
  }

  void Set(RowId caseId, const std::string& variable, const std::string& value) {
    m_store.SetValue(TextVariable(m_store, m_variables, variable), {caseId, std::nullopt}, VariableValue(value));
  }

  store::Store& m_store;
  std::map<std::string, RowId>& m_variables;
  std::map<std::pair<RowId, std::string>, RowId> m_local;
  std::map<std::string, RowId> m_byName;
  std::set<std::pair<RowId, RowId>> m_linked;
};

}  // namespace

std::vector<std::optional<std::string>> Project::CheckNewDocuments(
    const std::vector<import::ImportedDocument>& documents, bool allowDuplicateText) {
  std::map<std::string, std::string> nameOfHash;
  if (!allowDuplicateText)
    for (const Document& d : m_store->Documents()) nameOfHash.emplace(d.contentHash, d.name);
  std::set<std::string> names;
  std::vector<std::optional<std::string>> problems;
  for (const auto& d : documents) {
    std::optional<std::string>& problem = problems.emplace_back();
    if (d.name.empty()) {
      problem = d.sourcePath + ": a document needs a name";
    } else if (names.count(d.name) || m_store->FindDocument(d.name)) {
      problem = d.sourcePath + ": a document named '" + d.name + "' already exists";
    } else if (!allowDuplicateText) {
      const auto [it, fresh] = nameOfHash.emplace(Sha256Hex(d.text), d.name);
      if (!fresh) problem = d.sourcePath + ": the same text as '" + it->second + "' is already in the project";
    }
    if (!problem) names.insert(d.name);
  }
  return problems;
}

std::vector<Document> Project::AddDocuments(const std::vector<import::ImportedDocument>& documents,
                                            bool allowDuplicateText, Progress* progress) {
  for (const auto& problem : CheckNewDocuments(documents, allowDuplicateText))
    if (problem) throw Error(ErrorKind::Conflict, *problem);
  ProgressState state;
  state.stage = "storing";
  state.itemsTotal = documents.size();
  for (const auto& d : documents) state.bytesTotal += d.text.size();
  const std::string label = documents.size() == 1 ? "import '" + documents.front().name + "'"
                                                  : "import " + std::to_string(documents.size()) + " documents";
  auto tx = m_store->Begin(label, m_user.id);
  std::vector<Document> result;
  std::vector<Turn> turns;
  std::map<std::string, RowId> variables;
  SpeakerCases cases(*m_store, variables);
  for (const auto& d : documents) {
    state.item = d.sourcePath;
    ReportOrCancel(progress, state);
    Document meta;
    meta.name = d.name;
    meta.sourcePath = d.sourcePath;
    meta.creatingUser = m_user.id;
    result.push_back(m_store->AddDocument(meta, d.text));
    for (const Turn& t : d.turns)
      if (t.start > t.end || t.end > result.back().length)
        throw Error(ErrorKind::Internal, d.sourcePath + ": speaker turn outside the text");
    const RowId doc = result.back().id;
    for (const auto& [name, value] : d.attributes)
      m_store->SetValue(TextVariable(*m_store, variables, name), {std::nullopt, doc}, VariableValue(value));
    for (Turn t : d.turns) {
      t.document = doc;
      if (!t.speaker.empty() && !t.caseId) t.caseId = cases.For(d, doc, t.speaker);
      turns.push_back(std::move(t));
    }
    ++state.itemsDone;
    state.bytesDone += d.text.size();
  }
  m_store->AddTurns(turns);
  state.item.clear();
  ReportOrCancel(progress, state);
  tx.Commit();
  return result;
}

Document Project::ResolveDocument(std::string_view reference) {
  const std::optional<Document> doc = m_store->FindDocument(reference);
  if (!doc) throw Error(ErrorKind::NotFound, "unknown document '" + std::string(reference) + "'");
  return *doc;
}

std::optional<RowId> Project::ResolveUserId(const std::optional<std::string>& reference) {
  if (!reference) return std::nullopt;
  const std::optional<User> user = m_store->FindUser(*reference);
  if (!user) throw Error(ErrorKind::NotFound, "unknown user '" + *reference + "'");
  return user->id;
}

std::string ValidCodeName(std::string_view name) {
  std::string trimmed = Trim(name);
  if (trimmed.empty()) throw Error(ErrorKind::Input, "a code needs a name");
  if (trimmed.find('/') != std::string::npos)
    throw Error(ErrorKind::Input, "code name '" + trimmed + "' contains '/', which separates levels; use --parent");
  if (text::FindInvalidUtf8(trimmed)) throw Error(ErrorKind::Input, "code name is not valid UTF-8");
  if (text::CountCodePoints(trimmed) > 200) throw Error(ErrorKind::Input, "code name longer than 200 characters");
  return trimmed;
}

std::string ValidColor(std::string_view color) {
  if (color.empty()) return {};
  const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  const bool ok = color.front() == '#' && (color.size() == 4 || color.size() == 7) &&
                  std::all_of(color.begin() + 1, color.end(), hex);
  if (!ok) throw Error(ErrorKind::Input, "colour '" + std::string(color) + "' is not #RRGGBB");
  std::string out = "#";
  for (std::size_t i = 1; i < color.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(color[i])));
    out += c;
    if (color.size() == 4) out += c;
  }
  return out;
}

}  // namespace duiding::project
