// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/xml_document.h"

/// What the REFI-QDA readers (.qdc and .qdpx) share for reading other tools' XML leniently:
/// names without their prefix, values in any spelling a real file has.
namespace duiding::import::refi {

/// The element children of `parent`, in order.
std::vector<pugi::xml_node> Elements(pugi::xml_node parent);
/// A name without its namespace prefix ("qda:Code" -> "Code").
std::string_view LocalName(pugi::xml_node node);
std::string_view LocalName(pugi::xml_attribute attribute);
/// Namespace declarations and schema locations: they say nothing about the content.
bool IsXmlPlumbing(pugi::xml_attribute attribute);
/// The element's own text (its text and CDATA children joined).
std::string TextOf(pugi::xml_node element);

std::string Lower(std::string_view text);
/// Without ASCII white space at either end.
std::string_view Trim(std::string_view text);
std::string Quoted(std::string_view text);
/// xsd:boolean, as real files write it ("true", "1", "False", with spaces); none for anything else.
std::optional<bool> ParseBoolean(std::string_view text);
/// #RGB or #RRGGBB in any case as #RRGGBB in upper case; none for anything else.
std::optional<std::string> CanonicalColor(std::string_view text);

}  // namespace duiding::import::refi
