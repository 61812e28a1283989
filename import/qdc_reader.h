// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/codebook.h"

namespace duiding::import {

/// A codebook read from a REFI-QDA .qdc file, and what could not be taken over.
struct QdcResult {
  Codebook codebook;
  std::vector<std::string> warnings;  ///< one line each: what was dropped or repaired, and where
};

/// Reads a .qdc leniently (see ../shared/refi-qda/INTEROP.md): any namespace spelling that
/// starts with "urn:QDA-XML:codebook:" (or none), GUIDs in any case with or without braces
/// (stored lower case, no braces), an empty <Sets/>, colours as #RGB or #RRGGBB (upper-cased
/// to #RRGGBB; anything else dropped with a warning), isCodable missing (true) or written
/// "1"/"0". Structured fields come back from the description (ParseCodeDescription).
/// Sets, unknown elements and attributes are listed in warnings. A duplicate GUID or an
/// unreadable file is an Error(Input) naming `fileName` and the line.
QdcResult ReadQdc(std::string_view xml, std::string_view fileName);
QdcResult ReadQdcFile(const std::string& path);

}  // namespace duiding::import
