// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duiding::exchange {

/// `text` as XML 1.0 can carry it: C0 control characters other than tab and newline dropped
/// (not even a reference may hold them), CR and CRLF written as LF (what a parser reads anyway).
std::string XmlText(std::string_view text);

/// `text` escaped for HTML text and attribute values alike (& < > " '), with XmlText's rules for
/// control characters and line ends.
std::string HtmlEscape(std::string_view text);

/// One CSV field (RFC 4180): quoted, with doubled quotes, when it holds a comma, quote or line end.
std::string CsvField(const std::string& field);
/// A CSV line of `fields`, ended by LF.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace duiding::exchange
