// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/exchange.h"

namespace duiding::import {

/// A project read from a REFI-QDA file, and what could not be taken over.
struct QdpxResult {
  ExchangeProject project;
  std::vector<std::string> warnings;  ///< one line each: what was dropped, clamped or missing, and where
};

/// Reads a .qdpx (zip) leniently, as ../shared/refi-qda/INTEROP.md describes: exactly one *.qde at
/// the archive root (any name), sources/ or Sources/ (case-insensitive), any
/// urn:QDA-XML:project:* namespace or none, prefixed element names, GUIDs in any case with or
/// without braces (stored lower case without), duplicate GUIDs (later ones warned and renamed),
/// plainTextPath with or without internal://, PlainTextContent inline.
/// Text: a leading BOM is dropped and not counted; positions are read in the producer's unit —
/// NVivo (Project/@origin starting "NVivo"): UTF-16 code units with CRLF counted as 2; ATLAS.ti:
/// code points with CRLF counted as 1; everyone else: code points of the file as it is — and
/// converted to code points of the canonical text (LF, NFC) that ExchangeSource::text holds.
/// Where a selection has a non-empty name (ATLAS.ti writes the quote there), the chosen reading is
/// checked against it and the other readings are tried when it does not match; the reading used
/// is reported. Out-of-range selections are clamped and reported; a source whose text file is
/// missing is dropped with its selections and reported. Every element or attribute not taken over is listed once with a
/// count (REFI-QDA §7): PDF, picture, audio and video sources, links, graphs, ...
/// Error(Input) naming the file for something that is not a REFI-QDA project at all.
QdpxResult ReadQdpx(const std::string& path);
/// The same from the archive's bytes (`name` for messages).
QdpxResult ReadQdpxBytes(std::string_view bytes, const std::string& name);
/// A bare project.qde without its archive (sources referenced by it are reported missing unless
/// inline PlainTextContent holds the text).
QdpxResult ReadQde(std::string_view xml, const std::string& name);

}  // namespace duiding::import
