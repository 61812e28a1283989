// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/refi_xml.h"
#include "import/qdc_reader.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/imported.h"
#include "import/xml_document.h"
#include "model/error.h"
#include "model/guid.h"

namespace duiding::import {
namespace {

using refi::CanonicalColor;
using refi::Elements;
using refi::IsXmlPlumbing;
using refi::LocalName;
using refi::Lower;
using refi::ParseBoolean;
using refi::Quoted;
using refi::TextOf;
using refi::Trim;

constexpr std::string_view kNamespacePrefix = "urn:QDA-XML:codebook:";
// Codes are read recursively; a hostile file could nest them deep enough to exhaust the stack.
constexpr std::size_t kMaxDepth = 512;

class Reader {
 public:
  Reader(std::string_view xml, std::string_view fileName) : m_xml(xml), m_file(fileName) {
    for (std::size_t i = 0; i < xml.size(); ++i)
      if (xml[i] == '\n') m_newlines.push_back(i);
  }

  QdcResult Read() {
    Parse();
    const pugi::xml_node root = m_doc.document_element();
    CheckRoot(root);
    if (const auto origin = root.attribute("origin")) m_result.codebook.origin = origin.value();
    WarnAboutAttributes(root, "<CodeBook>", {"origin"});
    for (const pugi::xml_node child : Elements(root))
      if (LocalName(child) == "Codes") ReadCodes(child);
    for (const pugi::xml_node child : Elements(root)) {
      const std::string_view name = LocalName(child);
      if (name == "Sets") WarnAboutSets(child);
      else if (name != "Codes") Warn(child, "dropped <" + std::string(name) + "> (not part of a REFI-QDA codebook)");
    }
    return std::move(m_result);
  }

 private:
  std::size_t LineAt(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) -
                                    m_newlines.begin()) + 1;
  }
  std::string Line(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    return offset < 0 ? "" : "line " + std::to_string(LineAt(static_cast<std::size_t>(offset)));
  }
  std::string Where(pugi::xml_node node) const {
    const std::string line = Line(node);
    return line.empty() ? m_file + ": " : m_file + ": " + line + ": ";
  }
  [[noreturn]] void Fail(pugi::xml_node node, const std::string& message) const {
    throw Error(ErrorKind::Input, Where(node) + message);
  }
  void Warn(pugi::xml_node node, const std::string& message) { m_result.warnings.push_back(Where(node) + message); }

  void Parse() {
    // pugixml never expands DTD entities; a codebook that declares them is no tool's output.
    const auto doctype = m_xml.find("<!DOCTYPE");
    if (doctype != std::string_view::npos && m_xml.find("<!ENTITY", doctype) != std::string_view::npos)
      throw Error(ErrorKind::Input, m_file + ": line " + std::to_string(LineAt(doctype)) +
                                        ": XML declares entities (<!DOCTYPE with <!ENTITY); refused for safety");
    const pugi::xml_parse_result parsed = m_doc.load_buffer(m_xml.data(), m_xml.size());
    if (parsed) return;
    std::string description = parsed.description();
    if (!description.empty())
      description[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(description[0])));
    const std::size_t offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    throw Error(ErrorKind::Input, m_file + ": line " + std::to_string(LineAt(offset)) + ": not well-formed XML (" +
                                      description + ")");
  }

  void CheckRoot(pugi::xml_node root) const {
    if (!root) throw Error(ErrorKind::Input, m_file + ": no XML element; not a REFI-QDA codebook");
    const QName name = SplitName(root.name());
    if (name.local != "CodeBook")
      Fail(root, "not a REFI-QDA codebook (the root element is <" + std::string(name.local) + ">, not <CodeBook>)");
    const std::string declaration = name.prefix.empty() ? "xmlns" : "xmlns:" + std::string(name.prefix);
    const std::string_view uri = root.attribute(declaration.c_str()).value();
    if (!uri.empty() && !uri.starts_with(kNamespacePrefix))
      Fail(root, "not a REFI-QDA codebook (namespace " + std::string(uri) + ", expected urn:QDA-XML:codebook:1.0)");
  }

  void WarnAboutAttributes(pugi::xml_node element, const std::string& what,
                           std::initializer_list<std::string_view> known) {
    for (const pugi::xml_attribute attribute : element.attributes()) {
      if (IsXmlPlumbing(attribute) || std::find(known.begin(), known.end(), LocalName(attribute)) != known.end())
        continue;
      Warn(element, what + ": ignored attribute " + attribute.name() + "=" + Quoted(attribute.value()));
    }
  }

  void ReadCodes(pugi::xml_node codes) {
    for (const pugi::xml_node child : Elements(codes)) {
      if (LocalName(child) == "Code") ReadCode(child, "", 1);
      else Warn(child, "dropped <" + std::string(LocalName(child)) + "> inside <Codes>");
    }
  }

  void ReadCode(pugi::xml_node element, const std::string& parentGuid, std::size_t depth) {
    if (depth > kMaxDepth) Fail(element, "codes nested more than " + std::to_string(kMaxDepth) + " deep");
    const std::size_t index = m_result.codebook.entries.size();
    m_result.codebook.entries.push_back({ReadCodeAttributes(element), parentGuid});
    const std::string guid = m_result.codebook.entries[index].code.guid;
    bool described = false;
    for (const pugi::xml_node child : Elements(element)) {
      const std::string_view name = LocalName(child);
      if (name == "Code") {
        ReadCode(child, guid, depth + 1);
      } else if (name == "Description" && !described) {
        described = true;
        ParseCodeDescription(TextOf(child), m_result.codebook.entries[index].code);
      } else {
        Warn(child, "code " + Quoted(m_result.codebook.entries[index].code.name) + ": dropped " +
                        (name == "Description" ? "a second <Description>" : "<" + std::string(name) + ">"));
      }
    }
  }

  Code ReadCodeAttributes(pugi::xml_node element) {
    Code code;
    code.name = element.attribute("name").value();
    if (Trim(code.name).empty()) Fail(element, "a code has no name");
    const std::string what = "code " + Quoted(code.name);
    const std::string_view guid = element.attribute("guid").value();
    const auto canonical = CanonicalGuid(Trim(guid));
    if (!canonical) Fail(element, what + " has no valid GUID (" + Quoted(guid) + ")");
    const auto [seen, fresh] = m_guidLines.emplace(*canonical, Line(element));
    if (!fresh) Fail(element, what + " has the same GUID as the code on " + seen->second + " (" + *canonical + ")");
    code.guid = *canonical;
    m_names[code.guid] = code.name;
    if (const auto codable = element.attribute("isCodable")) {
      const auto value = ParseBoolean(codable.value());
      if (!value)
        Warn(element, what + ": isCodable=" + Quoted(codable.value()) + " is not true or false; read as true");
      code.isCodable = value.value_or(true);
    }
    const std::string_view color = Trim(element.attribute("color").value());
    if (!color.empty()) {
      const auto canonicalColor = CanonicalColor(color);
      if (!canonicalColor) Warn(element, what + ": dropped colour " + Quoted(color) + " (not #RGB or #RRGGBB)");
      code.color = canonicalColor.value_or("");
    }
    WarnAboutAttributes(element, what, {"guid", "name", "isCodable", "color"});
    return code;
  }

  void WarnAboutSets(pugi::xml_node sets) {
    const std::vector<pugi::xml_node> members = Elements(sets);
    if (members.empty()) {
      Warn(sets, "dropped an empty <Sets/> (not valid REFI-QDA)");
      return;
    }
    const std::size_t count = members.size();
    Warn(sets, "dropped <Sets> (" + std::to_string(count) + (count == 1 ? " set" : " sets") + ": sets are not kept)");
    for (const pugi::xml_node set : members) {
      if (LocalName(set) != "Set") {
        Warn(set, "dropped <" + std::string(LocalName(set)) + "> inside <Sets>");
        continue;
      }
      Warn(set, "dropped set " + Quoted(set.attribute("name").value()) + " (codes: " + MemberNames(set) + ")");
    }
  }

  std::string MemberNames(pugi::xml_node set) const {
    std::string names;
    for (const pugi::xml_node member : Elements(set)) {
      if (LocalName(member) != "MemberCode") continue;
      // The codebook schema names the member with guid, the project schema with targetGUID.
      std::string_view guid = member.attribute("guid").value();
      if (guid.empty()) guid = member.attribute("targetGUID").value();
      const auto canonical = CanonicalGuid(Trim(guid));
      const auto name = canonical ? m_names.find(*canonical) : m_names.end();
      if (!names.empty()) names += ", ";
      names += name != m_names.end() ? name->second : "unknown code " + std::string(guid);
    }
    return names.empty() ? "none" : names;
  }

  std::string_view m_xml;
  std::string m_file;
  std::vector<std::size_t> m_newlines;
  pugi::xml_document m_doc;
  QdcResult m_result;
  std::map<std::string, std::string> m_guidLines;  ///< canonical GUID -> "line N"
  std::map<std::string, std::string> m_names;      ///< canonical GUID -> code name
};

}  // namespace

QdcResult ReadQdc(std::string_view xml, std::string_view fileName) { return Reader(xml, fileName).Read(); }

QdcResult ReadQdcFile(const std::string& path) { return ReadQdc(ReadFileBytes(path, ImportLimits{}), path); }

}  // namespace duiding::import
