// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

// The one place in import/ that includes pugixml; importers that read XML (docx.cpp, odt.cpp)
// use pugi nodes through this header.
namespace duiding::import {

/// A parsed XML part of a package (word/document.xml, content.xml). Parsing keeps
/// whitespace-only text, because in both formats a lone space between runs is content.
class XmlDocument {
 public:
  /// Parses `xml`, the part `entry` of file `path`. Error(Input) "<path>: <entry>: XML error at
  /// byte N: ..." when it is not well-formed, and also when it declares entities in a DOCTYPE
  /// or nests elements deeper than any real document does.
  XmlDocument(const std::string& path, const std::string& entry, std::string_view xml);

  /// The document (root) element; empty when there is none.
  pugi::xml_node Root() const { return m_doc.document_element(); }

 private:
  pugi::xml_document m_doc;
};

/// An element name split at its colon: "w:p" -> {"w", "p"}, "p" -> {"", "p"}.
struct QName {
  std::string_view prefix;
  std::string_view local;
};
QName SplitName(const char* name);

/// The prefix `element` (usually the root) binds to namespace `uri`: "" for a default namespace
/// declaration, nothing when it declares none. Producers may pick any prefix; matching by
/// namespace keeps the importers independent of that choice.
std::optional<std::string> NamespacePrefix(pugi::xml_node element, std::string_view uri);

}  // namespace duiding::import
