// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>
#include <set>

#include "project/code_names.h"
#include "project/project.h"
#include "workbench/transcript_model.h"

namespace duiding::workbench {
namespace {

constexpr std::size_t kQuickCodes = 9;

// Attribute values by document, then by variable name (sorted).
std::map<RowId, std::map<std::string, std::string>> DocumentAttributes(store::Store& store) {
  std::map<RowId, std::map<std::string, std::string>> attributes;
  for (const Variable& variable : store.Variables())
    for (const auto& [owner, value] : store.VariableValues(variable.id))
      if (owner.document) attributes[*owner.document][variable.name] = FormatValue(value);
  return attributes;
}

bool Matches(const std::string& foldedFilter, const Document& document,
             const std::map<std::string, std::string>& attributes) {
  if (foldedFilter.empty()) return true;
  if (project::ComparableCodeName(document.name).find(foldedFilter) != std::string::npos) return true;
  for (const auto& [name, value] : attributes)
    if (project::ComparableCodeName(value).find(foldedFilter) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<CodebookRow> CodebookRows(project::Project& project) {
  std::map<RowId, std::int64_t> counts;
  for (const Coding& coding : project.Store().Codings({})) ++counts[coding.code];
  const project::CodeTree codebook = project.Codebook();
  std::vector<CodebookRow> rows;
  std::map<RowId, std::size_t> rowOf;
  for (const auto& [code, depth] : codebook.DepthFirst()) {
    const auto count = counts.find(code->id);
    const std::int64_t own = count == counts.end() ? 0 : count->second;
    rowOf[code->id] = rows.size();
    rows.push_back({*code, codebook.PathOf(code->id), depth, own, own});
  }
  // Depth first, so backwards every sub-code is counted before the code above it.
  for (std::size_t i = rows.size(); i-- > 0;)
    if (rows[i].code.parent)
      if (const auto parent = rowOf.find(*rows[i].code.parent); parent != rowOf.end())
        rows[parent->second].withSubcodes += rows[i].withSubcodes;
  return rows;
}

std::vector<DocumentRow> DocumentRows(project::Project& project, const std::string& filter,
                                      std::vector<std::string>* columns) {
  store::Store& store = project.Store();
  const auto attributes = DocumentAttributes(store);
  std::map<RowId, std::int64_t> counts;
  for (const Coding& coding : store.Codings({})) ++counts[coding.document];

  // Columns are every document's attribute names, so they stay put while the filter changes.
  std::set<std::string> names;
  for (const auto& [document, values] : attributes)
    for (const auto& [name, value] : values) names.insert(name);
  if (columns) columns->assign(names.begin(), names.end());

  const std::string folded = project::ComparableCodeName(filter);
  const std::map<std::string, std::string> none;
  std::vector<DocumentRow> rows;
  for (const Document& document : store.Documents()) {
    const auto found = attributes.find(document.id);
    const auto& values = found == attributes.end() ? none : found->second;
    if (!Matches(folded, document, values)) continue;
    const auto count = counts.find(document.id);
    rows.push_back({document, {values.begin(), values.end()}, count == counts.end() ? 0 : count->second});
  }
  return rows;
}

std::vector<Code> QuickCodes(project::Project& project) {
  const project::CodeTree codebook = project.Codebook();
  std::vector<Code> codes;
  for (const auto& [code, depth] : codebook.DepthFirst()) {
    if (codes.size() == kQuickCodes) break;
    if (code->isCodable) codes.push_back(*code);
  }
  return codes;
}

}  // namespace duiding::workbench
