// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/refi_xml.h"

#include <cctype>

namespace duiding::import::refi {

std::vector<pugi::xml_node> Elements(pugi::xml_node parent) {
  std::vector<pugi::xml_node> elements;
  for (const pugi::xml_node child : parent.children())
    if (child.type() == pugi::node_element) elements.push_back(child);
  return elements;
}

std::string_view LocalName(pugi::xml_node node) { return SplitName(node.name()).local; }
std::string_view LocalName(pugi::xml_attribute attribute) { return SplitName(attribute.name()).local; }

bool IsXmlPlumbing(pugi::xml_attribute attribute) {
  const QName name = SplitName(attribute.name());
  if (name.prefix.empty()) return name.local == "xmlns";
  return name.prefix == "xmlns" || name.local == "schemaLocation" || name.local == "noNamespaceSchemaLocation";
}

std::string TextOf(pugi::xml_node element) {
  std::string text;
  for (const pugi::xml_node child : element.children())
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
  return text;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::optional<bool> ParseBoolean(std::string_view text) {
  const std::string value = Lower(Trim(text));
  if (value == "true" || value == "1") return true;
  if (value == "false" || value == "0") return false;
  return std::nullopt;
}

std::optional<std::string> CanonicalColor(std::string_view text) {
  if ((text.size() != 4 && text.size() != 7) || text.front() != '#') return std::nullopt;
  std::string color = "#";
  for (const char c : text.substr(1)) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    color.append(text.size() == 4 ? 2 : 1, static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return color;
}

}  // namespace duiding::import::refi
