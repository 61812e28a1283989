// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "import/imported.h"
#include "import/speaker_turns.h"
#include "import/survey.h"

namespace duiding::import {

enum class Format { Auto, Text, Docx, Odt, Srt, Vtt };

/// "auto", "txt", "docx", "odt", "srt", "vtt"; nothing for another name.
std::optional<Format> ParseFormat(std::string_view name);

struct ImportOptions {
  Format format = Format::Auto;
  std::string encoding;  ///< plain text only; empty detects it
  std::map<std::string, std::string> attributes;
  std::optional<SpeakerPattern> speakerPattern;  ///< replaces the built-in speaker conventions
  std::optional<SurveySpec> survey;              ///< files are survey exports read with this spec
  ImportLimits limits;
};

/// The one entry point for a file: picks the importer by `options.format` or, for Auto, by
/// extension, checks that the content agrees (a ".docx" that is no zip, a ".txt" that is one),
/// refuses files over the size limit before reading them, finds speaker turns in transcripts
/// (subtitles bring their own), reads a transcript's title block ("Regio: Achterhoek" above the
/// first speaker, see ReadTitleBlock) into attributes and attaches `options.attributes`, which
/// win over the title block's. Every refusal is Error(Input)
/// naming the file.
/// A survey export (.csv, .tsv, .xlsx) is refused with a hint to name its columns.
ImportedDocument ImportFile(const std::string& path, const ImportOptions& options = {});

/// What a file holds: with `options.survey` the documents of a survey export (one per open
/// question, see ImportSurvey), else the one document ImportFile makes. Either way the options'
/// attributes are added to every document.
std::vector<ImportedDocument> ImportDocuments(const std::string& path, const ImportOptions& options = {});

}  // namespace duiding::import
