// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::exchange {

/// `text` as XML 1.0 can carry it: C0 control characters other than tab and newline dropped
/// (not even a reference may hold them), CR and CRLF written as LF (what a parser reads anyway).
std::string XmlText(std::string_view text);

/// XmlText escaped for element content and for attribute values (& < > "); apostrophes kept.
std::string XmlEscape(std::string_view text);

/// `text` escaped for HTML text and attribute values alike (& < > " '), with XmlText's rules for
/// control characters and line ends.
std::string HtmlEscape(std::string_view text);

/// One CSV field (RFC 4180): quoted, with doubled quotes, when it holds a comma, quote or line end.
std::string CsvField(const std::string& field);
/// A CSV line of `fields`, ended by LF.
std::string CsvLine(const std::vector<std::string>& fields);

// For the reports' numbers and SVG charts.
/// `value` with `decimals` decimals, locale-independent (a Dutch locale never turns the point
/// into a comma), without a minus on a zero ("-0.0" is "0.0").
std::string Fixed(double value, int decimals);
/// The last `keep` code points of a UTF-8 label, with an ellipsis when cut: code paths end in
/// the code's own name, which matters most.
std::string TailOf(const std::string& label, std::size_t keep);
/// An SVG <text> at (x, y) with `anchor` (start, middle, end), escaped; `extra` adds attributes.
std::string SvgText(double x, double y, const std::string& anchor, const std::string& text,
                    const std::string& extra = "");

}  // namespace duiding::exchange
