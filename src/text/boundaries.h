// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string_view>
#include <vector>

#include "text/utf8.h"

/// Dutch word and sentence segmentation of valid UTF-8, in code point spans. Thread-safe.
namespace duiding::text {

/// Word-like tokens (letters or digits) in text order. On top of ICU's Dutch rules, the
/// elided articles 's, 't, 'k, 'n keep their apostrophe ('s avonds -> "'s", "avonds").
std::vector<Span> DutchWords(std::string_view utf8);

/// Sentences in text order, trailing whitespace excluded. Dutch abbreviations (bijv., o.a.,
/// dhr., mevr., d.w.z., ...) do not end a sentence; a line break always does.
std::vector<Span> DutchSentences(std::string_view utf8);

/// True when `word` (case-insensitive, with its final period) is a known Dutch abbreviation.
bool IsDutchAbbreviation(std::string_view word);

}  // namespace duiding::text
