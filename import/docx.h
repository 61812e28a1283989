// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "import/imported.h"

namespace duiding::import {

/// Imports the body text of a Word document (.docx) from its bytes; `path` names the document
/// and the file in messages. Paragraphs become lines, tables are read row by row, tracked
/// changes are read as if accepted, and comments, notes, headers, footers and field codes are
/// left out. Damaged, encrypted or oversized files are refused with Error(Input).
ImportedDocument ImportDocxBytes(const std::string& path, std::string_view bytes, const ImportLimits& limits = {});

}  // namespace duiding::import
