// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "import/imported.h"
#include "import/table.h"

namespace duiding::import {

/// Reads one worksheet of an Excel workbook (.xlsx) from its bytes: the sheet named `sheet`
/// (exactly, else case-insensitively), or with `sheet` empty the first visible worksheet.
/// Text comes from shared strings (rich-text runs joined), inline strings and formula results;
/// numbers as the file writes them ("17", "3.5"); booleans as TRUE/FALSE. Cells missing from a
/// row are empty fields, rows without any value are left out, and every row is padded to the
/// widest. `path` names the file in messages. Damaged, encrypted (password-protected) or
/// oversized files, an unknown sheet and unreadable cells are refused with Error(Input) naming
/// the file and, where there is one, the zip entry and cell.
TextTable ReadXlsxBytes(const std::string& path, std::string_view bytes, const std::string& sheet = {},
                        const ImportLimits& limits = {});

}  // namespace duiding::import
