// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/xml_document.h"

#include <cctype>

#include "model/error.h"

namespace duiding::import {
namespace {

// Importers walk the tree recursively; a hostile file could nest a million elements to exhaust
// the stack. Real documents (tables in text boxes in tables) stay far below this.
constexpr std::size_t kMaxDepth = 512;

class DepthCheck : public pugi::xml_tree_walker {
 public:
  bool for_each(pugi::xml_node&) override {
    if (static_cast<std::size_t>(depth()) < kMaxDepth) return true;
    tooDeep = true;
    return false;  // stops the walk
  }
  bool tooDeep = false;
};

// pugixml skips a DOCTYPE without expanding its entities, so entity expansion attacks cannot
// work; a document that declares entities is still no word processor's output and is refused
// with a message rather than read with its references left unexpanded.
bool DeclaresEntities(std::string_view xml) {
  const auto doctype = xml.find("<!DOCTYPE");
  return doctype != std::string_view::npos && xml.find("<!ENTITY", doctype) != std::string_view::npos;
}

}  // namespace

XmlDocument::XmlDocument(const std::string& path, const std::string& entry, std::string_view xml) {
  const std::string where = path + ": " + entry + ": ";
  if (DeclaresEntities(xml)) {
    throw Error(ErrorKind::Input, where + "XML declares entities (<!DOCTYPE with <!ENTITY); refused for safety");
  }
  const pugi::xml_parse_result result =
      m_doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!result) {
    std::string description = result.description();
    if (!description.empty())
      description[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(description[0])));
    throw Error(ErrorKind::Input, where + "XML error at byte " + std::to_string(result.offset) + ": " + description);
  }
  DepthCheck check;
  m_doc.traverse(check);
  if (check.tooDeep) {
    throw Error(ErrorKind::Input, where + "XML elements nested more than " + std::to_string(kMaxDepth) + " deep");
  }
}

QName SplitName(const char* name) {
  const std::string_view full(name);
  const auto colon = full.find(':');
  if (colon == std::string_view::npos) return {{}, full};
  return {full.substr(0, colon), full.substr(colon + 1)};
}

std::optional<std::string> NamespacePrefix(pugi::xml_node element, std::string_view uri) {
  for (const pugi::xml_attribute attribute : element.attributes()) {
    if (uri != attribute.value()) continue;
    const std::string_view name = attribute.name();
    if (name == "xmlns") return "";
    if (name.starts_with("xmlns:")) return std::string(name.substr(6));
  }
  return std::nullopt;
}

}  // namespace duiding::import
