// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "import/importer.h"
#include "model/progress.h"

/// Importing many files and folders at once, with progress and cancel.
namespace duiding::import {

/// One file of a batch, with the attributes that file gets on top of the batch's own
/// (from a manifest, say).
struct BatchItem {
  std::string path;
  std::map<std::string, std::string> attributes;
};

/// The files `inputs` name: a file as given; a folder's importable files (.txt, .docx, .odt,
/// .srt, .vtt, ...) found recursively, sorted by path, leaving out hidden files and the "~$"
/// lock files Word leaves behind. Error(Input) for an input that does not exist or a folder
/// holding nothing to import.
std::vector<std::string> CollectFiles(const std::vector<std::string>& inputs);

/// Whether a folder search picks up a file of this name.
bool IsImportableName(const std::string& path);

struct BatchResult {
  std::vector<ImportedDocument> documents;
  std::vector<std::string> skipped;  ///< one line per file left out: "<file>: <why>"
  std::uint64_t bytes = 0;           ///< size of the files read
};

/// Imports every item with `options` (item attributes override the batch's; see ImportDocuments). A bad file is an
/// Error(Input) that stops the batch, or with `skipBad` a line in `skipped`. Reports progress
/// in files and bytes before each file and after the last; a cancel throws Error(Cancelled).
BatchResult ImportBatch(const std::vector<BatchItem>& items, const ImportOptions& options, bool skipBad,
                        Progress* progress = nullptr);

}  // namespace duiding::import
