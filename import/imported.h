// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

/// What every importer produces, before anything is stored.
namespace duiding::import {

/// One document ready to be stored: canonical text (valid UTF-8, NFC, LF line endings) and the
/// speaker turns found in it, positioned in that text.
struct ImportedDocument {
  std::string name;
  std::string sourcePath;
  std::string text;
  std::vector<Turn> turns;
  std::vector<std::string> notes;  ///< what the importer changed or guessed, for the user
  /// Document attributes (group, region, method, date, interviewer, ...): name -> value.
  std::map<std::string, std::string> attributes;
  /// Speakers that are cases shared across documents (survey respondents): speaker label -> the
  /// case's attributes. The store makes one case per label, named by the label, and links it to
  /// every document it speaks in. Speakers not listed become per-document cases.
  std::map<std::string, std::map<std::string, std::string>> sharedCases;
};

/// Limits every importer honours; input beyond them is refused with a message, never read on.
struct ImportLimits {
  std::size_t maxFileBytes = 200u * 1024 * 1024;  ///< a file, or an entry unpacked from a zip
  std::size_t maxZipEntries = 10000;
  double maxCompressionRatio = 200.0;  ///< unpacked size / packed size of one zip entry
};

/// "200 MB", "64 KB" or "1000 bytes": a limit as a researcher reads it.
std::string FormatByteLimit(std::size_t bytes);

/// Reads a whole file, refusing it unread when it exceeds limits.maxFileBytes.
std::string ReadFileBytes(const std::string& path, const ImportLimits& limits);

/// Makes `utf8` the document's canonical text: checks it is UTF-8 (Error(Input) naming
/// doc.sourcePath, line and column when not), unifies line endings to LF and normalises to
/// NFC, noting each change in doc.notes. Importers that extract text call this last.
void SetCanonicalText(ImportedDocument& doc, std::string_view utf8);

/// A file's extension in lower case, with its dot (".docx"); empty when it has none.
std::string LowerExtension(const std::string& path);

/// The name a document gets from its file: the file name without folders and extension.
std::string DocumentNameFromPath(const std::string& path);

/// Reads a whole file; Error(Input) naming the file when it cannot.
std::string ReadFileBytes(const std::string& path);

}  // namespace duiding::import
