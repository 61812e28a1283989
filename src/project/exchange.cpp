// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/exchange.h"

#include <algorithm>
#include <map>
#include <set>

#include "model/error.h"
#include "model/guid.h"
#include "model/sha256.h"
#include "project/project.h"
#include "project/pseudonyms.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

// A stable GUID derived from another (the REFI Coding inside a selection that is our coding):
// the same coding always exports the same GUIDs.
std::string DerivedGuid(const std::string& guid, std::string_view purpose) {
  std::string h = Sha256Hex(std::string(purpose) + ":" + guid).substr(0, 32);
  h[12] = '5';                                                  // version
  h[16] = "89ab"[std::stoi(h.substr(16, 1), nullptr, 16) % 4];  // variant
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20, 12);
}

// Positions in a text before pseudonymisation mapped to positions after it.
class Shift {
 public:
  Shift(const std::vector<Replacement>& replacements, const std::string& original) {
    for (const Replacement& r : replacements)
      m_spans.push_back({r.start, r.end, text::CountCodePoints(r.label)});
    (void)original;
  }
  std::size_t Map(std::size_t pos, bool isEnd) const {
    std::ptrdiff_t delta = 0;
    for (const Span& s : m_spans) {
      if (pos <= s.start) break;
      const auto newStart = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(s.start) + delta);
      if (pos < s.end) return isEnd ? newStart + s.labelLength : newStart;
      delta += static_cast<std::ptrdiff_t>(s.labelLength) - static_cast<std::ptrdiff_t>(s.end - s.start);
    }
    return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(pos) + delta);
  }

 private:
  struct Span {
    std::size_t start, end, labelLength;
  };
  std::vector<Span> m_spans;
};

std::string Pseudo(const Pseudonymiser* p, const std::string& text) { return p ? p->Apply(text) : text; }

}  // namespace

ExchangeProject ToExchange(Project& project, const Pseudonymiser* pseudonymiser) {
  store::Store& s = project.Store();
  const ProjectInfo info = s.Info();
  ExchangeProject x;
  x.name = Pseudo(pseudonymiser, info.name);
  x.description = Pseudo(pseudonymiser, info.description);
  x.origin = "Duiding";
  x.createdAt = info.createdAt;
  std::map<RowId, std::string> userGuid, variableGuid, codeGuid;
  for (const User& u : s.Users()) {
    x.users.push_back({u.guid, u.name});
    userGuid[u.id] = u.guid;
  }
  if (!x.users.empty()) x.creatingUser = x.users.front().guid;
  x.codebook = project.ExportCodebook();
  const CodeTree tree = project.Codebook();
  for (const Code& c : tree.All()) codeGuid[c.id] = c.guid;
  std::map<RowId, std::vector<ExchangeValue>> caseValues, documentValues;
  for (const Variable& v : s.Variables()) {
    x.variables.push_back({v.guid, v.name, v.description, v.type});
    for (const auto& [owner, value] : s.VariableValues(v.id)) {
      ExchangeValue ev{v.guid, Pseudo(pseudonymiser, FormatValue(value))};
      if (owner.caseId) caseValues[*owner.caseId].push_back(ev);
      if (owner.document) documentValues[*owner.document].push_back(ev);
    }
  }
  std::map<RowId, std::string> documentGuid;
  for (const Document& d : s.Documents()) documentGuid[d.id] = d.guid;
  for (const Case& c : s.Cases()) {
    ExchangeCase ec{c.guid, Pseudo(pseudonymiser, c.name), Pseudo(pseudonymiser, c.description), caseValues[c.id], {}};
    for (RowId d : s.CaseDocuments(c.id)) ec.sourceGuids.push_back(documentGuid[d]);
    x.cases.push_back(std::move(ec));
  }
  for (const Document& d : s.Documents()) {
    ExchangeSource source{d.guid, Pseudo(pseudonymiser, d.name), Pseudo(pseudonymiser, d.description), {}, userGuid[d.creatingUser],
                          d.createdAt, {}, documentValues[d.id], {}};
    const std::string text = s.DocumentText(d.id);
    std::vector<Replacement> replacements;
    source.text = pseudonymiser ? pseudonymiser->Apply(text, &replacements) : text;
    const Shift shift(replacements, text);
    for (const Coding& c : s.Codings({std::nullopt, d.id, std::nullopt})) {
      ExchangeSelection sel;
      sel.guid = c.guid;
      sel.start = shift.Map(c.start, false);
      sel.end = shift.Map(c.end, true);
      sel.creatingUser = userGuid[c.coder];
      sel.createdAt = c.createdAt;
      sel.codings.push_back({DerivedGuid(c.guid, "coding"), codeGuid[c.code], userGuid[c.coder], c.createdAt});
      if (!c.memo.empty()) {
        const std::string note = DerivedGuid(c.guid, "memo");
        x.notes.push_back({note, "Memo", Pseudo(pseudonymiser, c.memo), userGuid[c.coder], c.createdAt});
        sel.noteGuids.push_back(note);
      }
      source.selections.push_back(std::move(sel));
    }
    x.sources.push_back(std::move(source));
  }
  for (const Memo& m : s.Memos()) {
    x.notes.push_back({m.guid, Pseudo(pseudonymiser, m.title), Pseudo(pseudonymiser, m.text), userGuid[m.author], m.createdAt});
    if (m.targetGuid.empty()) x.projectNoteGuids.push_back(m.guid);
  }
  return x;
}

namespace {

class Importer {
 public:
  Importer(Project& project, const ExchangeProject& x, std::string_view source)
      : m_project(project), m_store(project.Store()), m_x(x), m_source(source) {}

  ExchangeImportReport Run() {
    auto tx = m_store.Begin("import " + m_source, m_project.ActingUser().id);
    Users();
    Codes();
    Variables();
    Documents();
    Cases();
    Codings();
    tx.Commit();
    return m_report;
  }

 private:
  void Warn(std::string message) { m_report.warnings.push_back(m_source + ": " + std::move(message)); }

  void Users() {
    std::set<std::string> names;
    for (const User& u : m_store.Users()) {
      m_users[u.guid] = u.id;
      names.insert(u.name);
    }
    for (const ExchangeUser& u : m_x.users) {
      const std::string guid = CanonicalGuid(u.guid).value_or(u.guid);
      if (m_users.count(guid)) continue;
      std::string name = u.name.empty() ? "gebruiker " + guid.substr(0, 8) : u.name;
      if (names.count(name)) name += " (" + guid.substr(0, 8) + ")";
      names.insert(name);
      m_users[guid] = m_store.AddUser(name, guid).id;
      ++m_report.users;
    }
  }

  RowId UserOr(const std::string& guid) const {
    const auto it = m_users.find(CanonicalGuid(guid).value_or(guid));
    return it == m_users.end() ? m_project.ActingUser().id : it->second;
  }

  void Codes() {
    for (const Code& c : m_store.Codes()) m_codes[c.guid] = c.id;
    std::map<std::optional<RowId>, std::int64_t> nextKey;
    for (const Code& c : m_store.Codes()) nextKey[c.parent] = std::max(nextKey[c.parent], c.sortKey);
    for (const CodebookEntry& e : m_x.codebook.entries) {
      const std::string guid = CanonicalGuid(e.code.guid).value_or(e.code.guid);
      if (m_codes.count(guid)) continue;
      Code code = e.code;
      code.guid = guid;
      code.id = 0;
      code.parent.reset();
      if (!e.parentGuid.empty()) {
        const auto parent = m_codes.find(CanonicalGuid(e.parentGuid).value_or(e.parentGuid));
        if (parent != m_codes.end()) code.parent = parent->second;
      }
      code.sortKey = ++nextKey[code.parent];
      code.creatingUser = m_project.ActingUser().id;
      code.deletedAt.clear();
      try {
        code.name = ValidCodeName(code.name);
        code.color = ValidColor(code.color);
      } catch (const Error& error) {
        Warn("code '" + e.code.name + "': " + error.what() + "; left out");
        continue;
      }
      for (const Code& existing : m_store.Codes())
        if (existing.parent == code.parent && existing.name == code.name && existing.deletedAt.empty()) {
          Warn("code '" + code.name + "' matched to the code of that name here (another GUID)");
          m_codes[guid] = existing.id;
          break;
        }
      if (m_codes.count(guid)) continue;
      m_codes[guid] = m_store.AddCode(code).id;
      ++m_report.codes;
    }
  }

  void Variables() {
    std::map<std::string, Variable> byName;
    for (const Variable& v : m_store.Variables()) {
      byName[v.name] = v;
      m_variables[v.guid] = v;
    }
    for (const ExchangeVariable& v : m_x.variables) {
      const std::string guid = CanonicalGuid(v.guid).value_or(v.guid);
      if (m_variables.count(guid)) continue;
      if (const auto same = byName.find(v.name); same != byName.end()) {
        m_variables[guid] = same->second;
        continue;
      }
      Variable variable;
      variable.guid = guid;
      variable.name = v.name;
      variable.type = v.type;
      variable.description = v.description;
      m_variables[guid] = m_store.AddVariable(variable);
      byName[v.name] = m_variables[guid];
    }
  }

  void SetValues(const std::vector<ExchangeValue>& values, const ValueOwner& owner, const std::string& what) {
    for (const ExchangeValue& v : values) {
      const auto variable = m_variables.find(CanonicalGuid(v.variableGuid).value_or(v.variableGuid));
      if (variable == m_variables.end()) {
        Warn(what + ": a value of an unknown variable left out");
        continue;
      }
      const auto value = ParseValue(variable->second.type, v.value);
      if (!value) {
        Warn(what + ": value '" + v.value + "' is not a " + variable->second.name + " value; left out");
        continue;
      }
      m_store.SetValue(variable->second.id, owner, *value);
    }
  }

  void Documents() {
    std::map<std::string, Document> byGuid, byHash;
    std::set<std::string> names;
    for (const Document& d : m_store.Documents()) {
      byGuid[d.guid] = d;
      byHash.emplace(d.contentHash, d);
      names.insert(d.name);
    }
    for (const ExchangeSource& src : m_x.sources) {
      const std::string guid = CanonicalGuid(src.guid).value_or(src.guid);
      const std::string text = text::Canonicalize(src.text);
      const std::string hash = Sha256Hex(text);
      if (const auto it = byGuid.find(guid); it != byGuid.end() && it->second.contentHash == hash) {
        m_documents[guid] = it->second;
        ++m_report.documentsMatched;
        continue;
      }
      if (const auto it = byHash.find(hash); it != byHash.end() && !byGuid.count(guid)) {
        m_documents[guid] = it->second;
        ++m_report.documentsMatched;
        continue;
      }
      Document meta;
      meta.guid = byGuid.count(guid) ? NewGuid() : guid;
      if (byGuid.count(guid)) Warn("document '" + src.name + "' has other text than the one with its GUID here; added as a new document");
      meta.name = src.name.empty() ? "document " + guid.substr(0, 8) : src.name;
      for (int n = 2; names.count(meta.name); ++n) meta.name = src.name + " (" + std::to_string(n) + ")";
      names.insert(meta.name);
      meta.description = src.description;
      meta.sourcePath = m_source;
      meta.creatingUser = UserOr(src.creatingUser);
      if (text != src.text) Warn("document '" + meta.name + "': text made canonical (line endings, Unicode NFC)");
      const Document added = m_store.AddDocument(meta, text);
      m_documents[guid] = added;
      SetValues(src.values, {std::nullopt, added.id}, "document '" + added.name + "'");
      ++m_report.documents;
    }
  }

  void Cases() {
    std::map<std::string, RowId> known;
    std::set<std::string> names;
    for (const Case& c : m_store.Cases()) {
      known[c.guid] = c.id;
      names.insert(c.name);
    }
    for (const ExchangeCase& c : m_x.cases) {
      const std::string guid = CanonicalGuid(c.guid).value_or(c.guid);
      RowId id = 0;
      if (const auto it = known.find(guid); it != known.end()) {
        id = it->second;
      } else {
        Case added;
        added.guid = guid;
        added.name = c.name.empty() ? "case " + guid.substr(0, 8) : c.name;
        for (int n = 2; names.count(added.name); ++n) added.name = c.name + " (" + std::to_string(n) + ")";
        names.insert(added.name);
        added.description = c.description;
        id = m_store.AddCase(added).id;
        SetValues(c.values, {id, std::nullopt}, "case '" + added.name + "'");
        ++m_report.cases;
        for (const std::string& source : c.sourceGuids) {
          const auto doc = m_documents.find(CanonicalGuid(source).value_or(source));
          if (doc != m_documents.end()) m_store.AddCaseDocument(id, doc->second.id);
        }
      }
    }
  }

  void Codings() {
    std::map<std::string, const ExchangeNote*> notes;
    for (const ExchangeNote& n : m_x.notes) notes[CanonicalGuid(n.guid).value_or(n.guid)] = &n;
    for (const ExchangeSource& src : m_x.sources) {
      const auto doc = m_documents.find(CanonicalGuid(src.guid).value_or(src.guid));
      if (doc == m_documents.end()) continue;
      for (const ExchangeSelection& sel : src.selections) {
        if (sel.end <= sel.start || sel.end > doc->second.length) {
          Warn("selection " + sel.guid + " in '" + doc->second.name + "' (" + std::to_string(sel.start) + "-" +
               std::to_string(sel.end) + ") does not fit the text; left out");
          continue;
        }
        std::string memo = sel.description;
        for (const std::string& n : sel.noteGuids)
          if (const auto it = notes.find(CanonicalGuid(n).value_or(n)); it != notes.end()) {
            memo += (memo.empty() ? "" : "\n\n") + it->second->text;
            ++m_report.notes;
          }
        for (const ExchangeCoding& c : sel.codings) {
          const auto code = m_codes.find(CanonicalGuid(c.codeGuid).value_or(c.codeGuid));
          if (code == m_codes.end()) {
            Warn("a coding of selection " + sel.guid + " names an unknown code; left out");
            continue;
          }
          Coding coding;
          coding.guid = CanonicalGuid(sel.codings.size() == 1 ? sel.guid : c.guid).value_or(NewGuid());
          if (m_store.FindCodingByGuid(coding.guid)) {
            ++m_report.codingsKnown;
            continue;
          }
          coding.document = doc->second.id;
          coding.code = code->second;
          coding.coder = UserOr(c.creatingUser.empty() ? sel.creatingUser : c.creatingUser);
          coding.start = sel.start;
          coding.end = sel.end;
          coding.createdAt = c.createdAt.empty() ? sel.createdAt : c.createdAt;
          coding.memo = memo;
          m_store.AddCoding(coding);
          ++m_report.codings;
        }
      }
    }
  }

  Project& m_project;
  store::Store& m_store;
  const ExchangeProject& m_x;
  std::string m_source;
  ExchangeImportReport m_report;
  std::map<std::string, RowId> m_users, m_codes;
  std::map<std::string, Variable> m_variables;
  std::map<std::string, Document> m_documents;
};

}  // namespace

ExchangeImportReport ImportExchange(Project& project, const ExchangeProject& exchange, std::string_view source) {
  return Importer(project, exchange, source).Run();
}

}  // namespace duiding::project
