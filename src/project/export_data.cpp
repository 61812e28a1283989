// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/export_data.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "model/error.h"
#include "project/code_names.h"
#include "project/project.h"

namespace duiding::project {
namespace {

constexpr const char* kSetting = "pseudoniemen";
constexpr const char* kRole = "rol";

// Speaker labels that name a role or a numbered participant, not a person.
bool IsRoleLabel(const std::string& speaker) {
  static const std::set<std::string> kRoles = {
      "i", "r", "m", "interviewer", "interviewster", "moderator", "gespreksleider", "respondent", "deelnemer",
      "spreker", "ouder", "moeder", "vader", "jongere", "kind", "professional", "netwerklid", "onderzoeker",
      "hulpverlener", "jeugdprofessional", "interviewee", "geinterviewde", "participant", "speaker"};
  const std::string folded = ComparableCodeName(speaker);
  if (folded.size() <= 2) return true;
  const std::string first = folded.substr(0, folded.find(' '));
  return kRoles.count(first) > 0;
}

// Every variable's values by owner, loaded once.
struct Attributes {
  explicit Attributes(store::Store& store) {
    for (const Variable& v : store.Variables())
      for (const auto& [owner, value] : store.VariableValues(v.id)) {
        if (owner.document) byDocument[*owner.document][v.name] = FormatValue(value);
        if (owner.caseId) byCase[*owner.caseId][v.name] = FormatValue(value);
      }
  }
  std::map<RowId, std::map<std::string, std::string>> byDocument, byCase;
};

// Codings every other coder of their document also made (same code, overlapping).
std::set<std::string> AgreedCodings(store::Store& store) {
  std::map<std::pair<RowId, RowId>, std::vector<Coding>> byDocumentAndCode;
  std::map<RowId, std::set<RowId>> codersOf;
  for (const Coding& c : store.Codings({})) {
    byDocumentAndCode[{c.document, c.code}].push_back(c);
    codersOf[c.document].insert(c.coder);
  }
  std::set<std::string> agreed;
  for (const auto& [key, codings] : byDocumentAndCode)
    for (const Coding& c : codings) {
      std::set<RowId> confirming;
      for (const Coding& other : codings)
        if (other.coder != c.coder && other.start < c.end && c.start < other.end) confirming.insert(other.coder);
      if (codersOf[key.first].size() >= 2 && confirming.size() + 1 == codersOf[key.first].size()) agreed.insert(c.guid);
    }
  return agreed;
}

}  // namespace

std::vector<Pseudonym> LoadPseudonyms(Project& project) {
  return ParsePseudonyms(project.Store().Setting(kSetting).value_or(""));
}

void SavePseudonyms(Project& project, const std::vector<Pseudonym>& list) {
  auto tx = project.Store().Begin("change the pseudonym list", project.ActingUser().id, ChangeKind::Do);
  project.Store().SetSetting(kSetting, FormatPseudonyms(list));
  tx.Commit();
}

std::vector<Pseudonym> PseudonymsWithSpeakers(Project& project) {
  store::Store& store = project.Store();
  std::vector<Pseudonym> list = LoadPseudonyms(project);
  std::set<std::string> known;
  std::map<std::string, int> lastNumber;  // role -> highest N in "[role N]"
  for (const Pseudonym& p : list) {
    known.insert(ComparableCodeName(p.name));
    const std::size_t space = p.label.rfind(' ');
    if (p.label.size() > 3 && p.label.front() == '[' && p.label.back() == ']' && space != std::string::npos) {
      const std::string role = p.label.substr(1, space - 1);
      lastNumber[role] = std::max(lastNumber[role], std::atoi(p.label.c_str() + space + 1));
    }
  }
  const Attributes attributes(store);
  bool added = false;
  for (const Document& d : store.Documents())
    for (const Turn& t : store.Turns(d.id)) {
      if (t.speaker.empty() || IsRoleLabel(t.speaker) || known.count(ComparableCodeName(t.speaker))) continue;
      std::string role = "persoon";
      if (t.caseId)
        if (const auto c = attributes.byCase.find(*t.caseId); c != attributes.byCase.end())
          if (const auto r = c->second.find(kRole); r != c->second.end() && r->second != "other") role = r->second;
      list.push_back({Pseudonym::Kind::Person, t.speaker, "[" + role + " " + std::to_string(++lastNumber[role]) + "]"});
      known.insert(ComparableCodeName(t.speaker));
      added = true;
    }
  if (added && !store.IsReadOnly()) SavePseudonyms(project, list);
  return list;
}

exchange::FragmentExport CollectFragments(Project& project, const FragmentExportOptions& options,
                                          std::vector<std::string>* replaced) {
  store::Store& store = project.Store();
  const CodeTree tree = project.Codebook();
  const Attributes attributes(store);
  exchange::FragmentExport out;
  out.project = store.Info().name;
  out.pseudonymised = options.pseudonymise;
  const auto list = [](const std::vector<std::string>& items) {
    std::string joined;
    for (const std::string& i : items) joined += (joined.empty() ? "" : ", ") + i;
    return joined;
  };
  if (!options.query.codes.empty()) out.filters.emplace_back("codes", list(options.query.codes));
  for (const auto& [name, values] : options.query.attributes) out.filters.emplace_back(name, list(values));
  if (!options.query.roles.empty()) out.filters.emplace_back("rol", list(options.query.roles));
  if (!options.query.coders.empty()) out.filters.emplace_back("coders", list(options.query.coders));
  if (options.onlyAgreed) out.filters.emplace_back("agreed", "only fragments every coder of the document coded");
  std::optional<Pseudonymiser> pseudonymiser;
  if (options.pseudonymise) pseudonymiser.emplace(PseudonymsWithSpeakers(project));
  // Without a pseudonymiser the text moves through untouched; `where` is only built when a
  // replacement is reported.
  const auto pseudo = [&](std::string text, const Fragment& f, const char* field) {
    if (!pseudonymiser) return text;
    std::vector<Replacement> made;
    std::string result = pseudonymiser->Apply(text, replaced ? &made : nullptr);
    for (const Replacement& r : made)
      replaced->push_back(f.documentName + " " + std::to_string(f.coding.start) + "-" + std::to_string(f.coding.end) +
                          " " + field + ": '" + r.found + "' -> " + r.label);
    return result;
  };
  const std::set<std::string> agreed = options.onlyAgreed ? AgreedCodings(store) : std::set<std::string>();
  std::map<RowId, std::pair<std::string, std::string>> codeOf;  // path and GUID, once per code
  for (const Code& c : tree.All()) codeOf[c.id] = {tree.PathOf(c.id), c.guid};
  std::vector<Fragment> fragments = Retrieve(project, options.query);
  out.fragments.reserve(fragments.size());
  for (Fragment& f : fragments) {
    if (options.onlyAgreed && !agreed.count(f.coding.guid)) continue;
    exchange::ExportedFragment e;
    e.codingGuid = f.coding.guid;
    const auto& [path, guid] = codeOf.at(f.coding.code);
    e.codePath = path;
    e.codeGuid = guid;
    e.quote = pseudo(std::move(f.quote), f, "quote");
    e.documentName = pseudo(f.documentName, f, "document name");
    e.documentGuid = f.documentGuid;
    e.speaker = pseudo(std::move(f.speaker), f, "speaker");
    e.role = f.role;
    e.timestampMs = f.timestampMs;
    const auto* caseValues = f.caseId && attributes.byCase.count(*f.caseId) ? &attributes.byCase.at(*f.caseId) : nullptr;
    const auto document = attributes.byDocument.find(f.coding.document);
    const auto* documentValues = document != attributes.byDocument.end() ? &document->second : nullptr;
    // The document's own value first, then the speaker's; sorted by name, "rol" is the role.
    std::set<std::string> names;
    if (caseValues) for (const auto& [name, value] : *caseValues) names.insert(name);
    if (documentValues) for (const auto& [name, value] : *documentValues) names.insert(name);
    names.erase(kRole);
    for (const std::string& name : names) {
      const std::string* value = nullptr;
      if (documentValues && documentValues->count(name)) value = &documentValues->at(name);
      else value = &caseValues->at(name);
      e.attributes.emplace_back(name, pseudo(*value, f, name.c_str()));
    }
    e.start = f.coding.start;
    e.end = f.coding.end;
    e.coder = std::move(f.coder);
    e.createdAt = std::move(f.coding.createdAt);
    e.memo = pseudo(std::move(f.coding.memo), f, "memo");
    out.fragments.push_back(std::move(e));
  }
  return out;
}

exchange::QuoteReport CollectQuoteReport(Project& project, const FragmentExportOptions& options, bool showNames,
                                         std::vector<std::string>* replaced) {
  const exchange::FragmentExport fragments = CollectFragments(project, options, replaced);
  const CodeTree tree = project.Codebook();
  exchange::QuoteReport report;
  report.title = "Citaten \u2014 " + fragments.project;
  report.showSpeakerNames = showNames;
  std::map<std::string, std::size_t> codeIndex;
  std::vector<RowId> order;
  if (options.query.codes.empty()) {
    for (const auto& [code, depth] : tree.DepthFirst()) order.push_back(code->id);
  } else {
    for (const std::string& ref : options.query.codes) order.push_back(tree.Resolve(ref).id);
  }
  for (RowId id : order) {
    codeIndex[tree.PathOf(id)] = report.codes.size();
    report.codes.push_back({tree.PathOf(id), tree.Get(id).description, {}});
  }
  for (const exchange::ExportedFragment& f : fragments.fragments)
    if (const auto it = codeIndex.find(f.codePath); it != codeIndex.end()) report.codes[it->second].quotes.push_back(f);
  std::erase_if(report.codes, [](const exchange::QuoteReport::Code& c) { return c.quotes.empty(); });
  return report;
}

}  // namespace duiding::project
