// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

namespace duiding::exchange {

/// `text` as XML 1.0 can carry it: C0 control characters other than tab and newline dropped
/// (not even a reference may hold them), CR and CRLF written as LF (what a parser reads anyway).
std::string XmlText(std::string_view text);

}  // namespace duiding::exchange
