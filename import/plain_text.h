// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "import/imported.h"

namespace duiding::import {

/// Imports UTF-8 text (with or without a byte order mark). Line endings become LF and the text
/// becomes NFC: that canonical text is the document from then on. Ill-formed UTF-8 is refused
/// with Error(Input) naming the file, line and column.
ImportedDocument ImportPlainUtf8(const std::string& path);

/// The same from bytes already read; `path` is used for the name and messages.
ImportedDocument ImportPlainUtf8Bytes(const std::string& path, std::string_view bytes);

/// Imports text in any encoding: `encoding` names it, or empty detects it (BOM, UTF-8, ICU's
/// detector; see text::DecodeToUtf8). Double-encoded UTF-8 is repaired. Each decision is a
/// note for the user. Empty files and binary files (NUL bytes outside UTF-16) are refused.
ImportedDocument ImportPlainTextBytes(const std::string& path, std::string_view bytes,
                                      const std::string& encoding = {});

}  // namespace duiding::import
