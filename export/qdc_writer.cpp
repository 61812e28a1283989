// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/qdc_writer.h"

#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "export/atomic_file.h"
#include "model/error.h"
#include "model/guid.h"

#include "export/text_formats.h"

namespace duiding::exchange {
namespace {

constexpr const char* kNamespace = "urn:QDA-XML:codebook:1.0";

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Codebook.xsd's RGBType: #RGB or #RRGGBB.
bool IsXsdColor(std::string_view color) {
  if (color.size() != 4 && color.size() != 7) return false;
  if (color.front() != '#') return false;
  for (const char c : color.substr(1))
    if (!IsHex(c)) return false;
  return true;
}


std::string Describe(const Code& code) { return "code \"" + code.name + "\""; }

void CheckCode(const Code& code, std::set<std::string>& seen) {
  if (!CanonicalGuid(code.guid))
    throw Error(ErrorKind::Input, Describe(code) + " has no valid GUID (\"" + code.guid + "\")");
  if (!seen.insert(*CanonicalGuid(code.guid)).second)
    throw Error(ErrorKind::Input, Describe(code) + " has the same GUID as another code (" + code.guid + ")");
  if (code.name.empty()) throw Error(ErrorKind::Input, "the code with GUID " + code.guid + " has no name");
  if (!code.color.empty() && !IsXsdColor(code.color))
    throw Error(ErrorKind::Input, Describe(code) + " has a colour that is not #RRGGBB (\"" + code.color + "\")");
}

/// The codebook's entries grouped by parent GUID, each group in codebook order.
class Tree {
 public:
  explicit Tree(const Codebook& codebook) : m_codebook(codebook) {
    std::set<std::string> guids;
    for (const CodebookEntry& entry : codebook.entries) CheckCode(entry.code, guids);
    for (std::size_t i = 0; i < codebook.entries.size(); ++i) {
      const CodebookEntry& entry = codebook.entries[i];
      const std::string parent = entry.parentGuid.empty() ? "" : CanonicalGuid(entry.parentGuid).value_or("?");
      if (!parent.empty() && !guids.contains(parent))
        throw Error(ErrorKind::Input, Describe(entry.code) + " names a parent that is not in the codebook (" +
                                          entry.parentGuid + ")");
      m_children[parent].push_back(i);
    }
  }

  void Write(pugi::xml_node codes) {
    AppendChildren(codes, "");
    if (m_written != m_codebook.entries.size())
      throw Error(ErrorKind::Input, "the codebook's parents form a cycle; " +
                                        std::to_string(m_codebook.entries.size() - m_written) +
                                        " codes cannot be placed in the tree");
  }

 private:
  void AppendChildren(pugi::xml_node parent, const std::string& parentGuid) {
    const auto children = m_children.find(parentGuid);
    if (children == m_children.end()) return;
    for (const std::size_t i : children->second) {
      const Code& code = m_codebook.entries[i].code;
      AppendCode(parent, code);
      ++m_written;
      AppendChildren(parent.last_child(), *CanonicalGuid(code.guid));
    }
  }

  static void AppendCode(pugi::xml_node parent, const Code& code) {
    pugi::xml_node element = parent.append_child("Code");
    element.append_attribute("guid") = CanonicalGuid(code.guid)->c_str();
    element.append_attribute("name") = XmlText(code.name).c_str();
    element.append_attribute("isCodable") = code.isCodable ? "true" : "false";
    if (!code.color.empty()) element.append_attribute("color") = code.color.c_str();
    const std::string description = XmlText(FormatCodeDescription(code));
    if (!description.empty()) element.append_child("Description").text() = description.c_str();
  }

  const Codebook& m_codebook;
  std::map<std::string, std::vector<std::size_t>> m_children;
  std::size_t m_written = 0;
};

}  // namespace

std::string WriteQdc(const Codebook& codebook) {
  if (codebook.entries.empty()) throw Error(ErrorKind::Input, "the codebook has no codes to export");
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = doc.append_child("CodeBook");
  root.append_attribute("xmlns") = kNamespace;
  root.append_attribute("origin") = "Duiding";
  Tree(codebook).Write(root.append_child("Codes"));
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return std::move(out).str();
}

void WriteQdcFile(const Codebook& codebook, const std::string& path) { WriteFileAtomically(path, WriteQdc(codebook)); }

}  // namespace duiding::exchange
