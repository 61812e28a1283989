// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>
#include <set>

#include "model/error.h"
#include "model/guid.h"
#include "project/project.h"

namespace duiding::project {
namespace {

constexpr const char* kSource = "pakket.bron";      // the project GUID the package was made from
constexpr const char* kCoder = "pakket.codeur";     // the coder's user GUID
constexpr const char* kCreated = "pakket.gemaakt";  // when it was made
constexpr const char* kHeld = "pakket.coderingen";  // the coder's coding GUIDs when it was made

std::string FileName(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

PackageReport Project::MakeCoderPackage(std::string_view coderRef, const std::string& path) {
  const auto coder = m_store->FindUser(coderRef);
  if (!coder) throw Error(ErrorKind::NotFound, "unknown coder '" + std::string(coderRef) + "'");
  const ProjectInfo info = m_store->Info();
  PackageReport report{path, *coder, 0, 0};
  store::CodingFilter all;
  all.withDeletedCodes = true;
  std::string held;
  for (const Coding& c : m_store->Codings(all)) {
    ++(c.coder == coder->id ? report.codingsKept : report.codingsHidden);
    if (c.coder == coder->id) held += c.guid + "\n";
  }
  m_store->CopyTo(path);
  try {
    auto copy = store::Store::Open(path, store::OpenMode::ReadWrite);
    copy->MakeCoderPackage(coder->id, NewGuid(), info.name + " \u2014 pakket " + coder->name,
                           {{kSource, info.guid}, {kCoder, coder->guid}, {kCreated, SystemNow()}, {kHeld, held}});
  } catch (...) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) std::remove((path + suffix).c_str());
    throw;
  }
  return report;
}

namespace {

// The package's documents mapped onto ours: by GUID and content hash, else by content hash.
std::map<RowId, Document> MatchDocuments(store::Store& ours, store::Store& theirs, const std::string& file,
                                         std::vector<std::string>& conflicts) {
  std::map<std::string, Document> byGuid, byHash;
  for (const Document& d : ours.Documents()) {
    byGuid[d.guid] = d;
    byHash.emplace(d.contentHash, d);
  }
  std::map<RowId, Document> matched;
  for (const Document& d : theirs.Documents()) {
    if (const auto it = byGuid.find(d.guid); it != byGuid.end()) {
      if (it->second.contentHash == d.contentHash) matched[d.id] = it->second;
      else conflicts.push_back(file + ": document '" + d.name + "' has other text here; its codings are skipped");
    } else if (const auto same = byHash.find(d.contentHash); same != byHash.end()) {
      matched[d.id] = same->second;
    } else {
      conflicts.push_back(file + ": document '" + d.name + "' is not in this project; its codings are skipped");
    }
  }
  return matched;
}

}  // namespace

PackageMergeReport Project::MergeCoderPackage(const std::string& path) {
  const std::string file = FileName(path);
  auto theirs = store::Store::Open(path, store::OpenMode::ReadOnly);
  const ProjectInfo info = m_store->Info();
  if (theirs->Setting(kSource).value_or("") != info.guid)
    throw Error(ErrorKind::Input, path + ": not a coder package of this project");
  const auto coder = m_store->FindUser(theirs->Setting(kCoder).value_or(""));
  if (!coder) throw Error(ErrorKind::Input, path + ": its coder is not a user of this project");
  std::set<std::string> held;  // what the package started with: absent now means removed
  {
    const std::string list = theirs->Setting(kHeld).value_or("");
    for (std::size_t from = 0; from < list.size();) {
      const std::size_t eol = std::min(list.find('\n', from), list.size());
      if (eol > from) held.insert(list.substr(from, eol - from));
      from = eol + 1;
    }
  }
  PackageMergeReport report;
  report.coder = *coder;
  const std::map<RowId, Document> documents = MatchDocuments(*m_store, *theirs, file, report.conflicts);

  // Codes by GUID; codes the coder made are added (parents first: the list is by parent).
  const CodeTree ours = CodebookWithDeleted();
  std::map<std::string, const Code*> ourCodes;
  for (const Code& c : ours.All()) ourCodes[c.guid] = &c;
  const CodeTree theirTree(theirs->Codes());
  std::vector<Code> newCodes;
  std::map<RowId, std::string> guidOfTheirCode;
  for (const auto& [code, depth] : theirTree.DepthFirst()) {
    guidOfTheirCode[code->id] = code->guid;
    if (!ourCodes.count(code->guid) && code->deletedAt.empty()) newCodes.push_back(*code);
  }

  store::CodingFilter all;
  all.withDeletedCodes = true;
  std::map<std::string, Coding> ourCodings;  // this coder's, in matched documents
  std::set<RowId> matchedOurDocs;
  for (const auto& [id, d] : documents) matchedOurDocs.insert(d.id);
  for (const Coding& c : m_store->Codings(all))
    if (c.coder == coder->id && matchedOurDocs.count(c.document)) ourCodings[c.guid] = c;
  std::set<std::string> seen;
  std::vector<Coding> theirCodings;
  for (const Coding& c : theirs->Codings(all)) theirCodings.push_back(c);

  auto tx = m_store->Begin("merge coder package of " + coder->name + " (" + file + ")", m_user.id, ChangeKind::Do);
  std::map<std::string, RowId> idOfGuid;
  for (const Code& c : ours.All()) idOfGuid[c.guid] = c.id;
  for (Code code : newCodes) {
    const std::string parentGuid = code.parent ? guidOfTheirCode[*code.parent] : std::string();
    code.parent = parentGuid.empty() ? std::nullopt : std::optional<RowId>(idOfGuid.at(parentGuid));
    code.creatingUser = coder->id;
    try {
      idOfGuid[code.guid] = m_store->AddCode(code).id;
      ++report.codesAdded;
    } catch (const Error&) {
      report.conflicts.push_back(file + ": code '" + code.name + "' clashes with a code of the same name here; "
                                 "its codings are skipped");
    }
  }
  for (Coding c : theirCodings) {
    const auto doc = documents.find(c.document);
    if (doc == documents.end()) continue;  // reported with the document
    if (c.coder != theirs->FindUser(coder->guid)->id) {
      report.conflicts.push_back(file + ": coding " + c.guid + " is by another coder; skipped");
      continue;
    }
    const auto code = idOfGuid.find(guidOfTheirCode[c.code]);
    if (code == idOfGuid.end()) continue;  // reported with the code
    if (const auto it = ourCodes.find(guidOfTheirCode[c.code]); it != ourCodes.end() && !it->second->deletedAt.empty()) {
      report.conflicts.push_back(file + ": coding " + c.guid + " uses code '" + it->second->name +
                                 "', deleted here; skipped");
      continue;
    }
    seen.insert(c.guid);
    c.document = doc->second.id;
    c.code = code->second;
    c.coder = coder->id;
    if (const auto mine = ourCodings.find(c.guid); mine != ourCodings.end()) {
      const Coding& m = mine->second;
      if (m.code == c.code && m.start == c.start && m.end == c.end && m.memo == c.memo) {
        ++report.unchanged;
        continue;
      }
      c.id = m.id;
      m_store->UpdateCoding(c);
      ++report.updated;
      continue;
    }
    if (m_store->FindCodingByGuid(c.guid)) {
      report.conflicts.push_back(file + ": coding " + c.guid + " exists here for another coder or document; skipped");
      continue;
    }
    c.id = 0;
    m_store->AddCoding(c);
    ++report.added;
  }
  // Codings of this coder that the package had when it was made and no longer has.
  for (const auto& [guid, c] : ourCodings)
    if (!seen.count(guid) && held.count(guid)) {
      m_store->DeleteCoding(c.id);
      ++report.removed;
    }
  tx.Commit();
  return report;
}

}  // namespace duiding::project
