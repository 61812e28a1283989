// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/importer.h"

#include <algorithm>
#include <filesystem>

#include "import/docx.h"
#include "import/odt.h"
#include "import/plain_text.h"
#include "import/speaker_turns.h"
#include "import/subtitles.h"
#include "import/title_block.h"
#include "import/zip_archive.h"
#include "model/error.h"

namespace duiding::import {
namespace {

Format FormatOfExtension(const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext == ".docx") return Format::Docx;
  if (ext == ".odt") return Format::Odt;
  if (ext == ".srt") return Format::Srt;
  if (ext == ".vtt") return Format::Vtt;
  return Format::Text;
}

bool IsSurveyExtension(const std::string& path) {
  const std::string ext = LowerExtension(path);
  return ext == ".csv" || ext == ".tsv" || ext == ".xlsx" || ext == ".xls";
}

void CheckContentAgrees(const std::string& path, Format format, std::string_view bytes) {
  const bool zip = IsZipArchive(bytes), ole = IsOleCompoundFile(bytes);
  const bool packaged = format == Format::Docx || format == Format::Odt;
  if (packaged && !zip && !ole)
    throw Error(ErrorKind::Input, path + ": named as a " + (format == Format::Docx ? "Word" : "OpenDocument") +
                                      " file, but the content is not one (no zip archive)");
  if (!packaged && (zip || ole))
    throw Error(ErrorKind::Input, path + ": looks like a Word or OpenDocument file, not text; rename it to .docx or "
                                         ".odt, or use --format");
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "auto") return Format::Auto;
  if (name == "txt" || name == "text") return Format::Text;
  if (name == "docx") return Format::Docx;
  if (name == "odt") return Format::Odt;
  if (name == "srt") return Format::Srt;
  if (name == "vtt") return Format::Vtt;
  return std::nullopt;
}

ImportedDocument ImportFile(const std::string& path, const ImportOptions& options) {
  if (options.format == Format::Auto && IsSurveyExtension(path))
    throw Error(ErrorKind::Input, path + ": a survey export; say which columns hold the respondent id and the open "
                                         "answers (duiding-cli import --respondent COLUMN --open COLUMN,...)");
  const std::string bytes = ReadFileBytes(path, options.limits);
  const Format format = options.format == Format::Auto ? FormatOfExtension(path) : options.format;
  CheckContentAgrees(path, format, bytes);
  ImportedDocument doc;
  switch (format) {
    case Format::Docx: doc = ImportDocxBytes(path, bytes, options.limits); break;
    case Format::Odt: doc = ImportOdtBytes(path, bytes, options.limits); break;
    case Format::Srt: doc = ImportSrtBytes(path, bytes); break;
    case Format::Vtt: doc = ImportVttBytes(path, bytes); break;
    case Format::Auto:
    case Format::Text: doc = ImportPlainTextBytes(path, bytes, options.encoding); break;
  }
  if (format != Format::Srt && format != Format::Vtt) {
    doc.turns = FindSpeakerTurns(doc.text, options.speakerPattern ? &*options.speakerPattern : nullptr);
    AddTitleBlockAttributes(doc, options.attributes);  // "Regio: ..." above the first speaker
  }
  for (const auto& [name, value] : options.attributes) doc.attributes[name] = value;
  return doc;
}

std::vector<ImportedDocument> ImportDocuments(const std::string& path, const ImportOptions& options) {
  if (!options.survey) return {ImportFile(path, options)};
  std::vector<ImportedDocument> docs = ImportSurvey(path, *options.survey, options.limits);
  for (ImportedDocument& doc : docs)
    for (const auto& [name, value] : options.attributes) doc.attributes[name] = value;
  return docs;
}

}  // namespace duiding::import
