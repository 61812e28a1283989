// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "import/imported.h"

/// Subtitle files (SubRip .srt and WebVTT .vtt) as transcripts: every cue with text becomes one
/// paragraph of the document and one speaker turn carrying the cue's start and end time.
namespace duiding::import {

/// Imports SubRip bytes (UTF-8, with or without a byte order mark, any line endings). Index
/// lines are optional and a missing final blank line is fine. Speakers come from a "NAAM:"
/// prefix at the start of a cue. Unreadable timing, a cue ending before it starts, an empty
/// file or binary bytes are refused with Error(Input) naming the file and, where there is one,
/// the line. `path` is used for the name and messages only.
ImportedDocument ImportSrtBytes(const std::string& path, std::string_view bytes);

/// Imports WebVTT bytes: the "WEBVTT" header is required; NOTE, STYLE and REGION blocks are
/// skipped, cue identifiers and cue settings are ignored, markup is removed and character
/// references decoded. Speakers come from voice tags (<v Naam>) or a "NAAM:" prefix. Errors as
/// for ImportSrtBytes.
ImportedDocument ImportVttBytes(const std::string& path, std::string_view bytes);

}  // namespace duiding::import
