// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
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
};

/// The name a document gets from its file: the file name without folders and extension.
std::string DocumentNameFromPath(const std::string& path);

/// Reads a whole file; Error(Input) naming the file when it cannot.
std::string ReadFileBytes(const std::string& path);

}  // namespace duiding::import
