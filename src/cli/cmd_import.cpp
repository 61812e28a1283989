// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "import/qdpx_reader.h"
#include "project/exchange.h"
#include "cli/output.h"
#include "cli/progress_line.h"
#include "import/batch.h"
#include "import/manifest.h"
#include "model/error.h"

namespace duiding::cli {
namespace {

std::map<std::string, std::string> ParseAttributes(const std::string& attrs) {
  std::map<std::string, std::string> result;
  for (std::size_t at = 0; at < attrs.size();) {
    const std::size_t comma = std::min(attrs.find(',', at), attrs.size());
    const std::string pair = attrs.substr(at, comma - at);
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError("--attr takes key=value pairs, got '" + pair + "'");
    result[pair.substr(0, eq)] = pair.substr(eq + 1);
    at = comma + 1;
  }
  return result;
}

std::optional<import::SurveySpec> SurveySpecOf(const Args& args) {
  const auto respondent = args.Option("respondent");
  const auto open = args.Option("open");
  if (!respondent && !open) {
    if (args.Option("columns") || args.Option("sheet") || args.Option("delimiter"))
      throw UsageError("--columns, --sheet and --delimiter belong to a survey import (--respondent, --open)");
    return std::nullopt;
  }
  if (!respondent || !open) throw UsageError("a survey import needs both --respondent COLUMN and --open COLUMN,...");
  import::SurveySpec spec;
  spec.idColumn = *respondent;
  spec.openColumns = SplitList(*open);
  spec.attributeColumns = SplitList(args.Option("columns").value_or(""));
  spec.sheet = args.Option("sheet").value_or("");
  spec.encoding = args.Option("encoding").value_or("");
  if (auto delimiter = args.Option("delimiter")) {
    if (*delimiter == "tab" || *delimiter == "\\t") spec.delimiter = '\t';
    else if (delimiter->size() == 1) spec.delimiter = delimiter->front();
    else throw UsageError("--delimiter takes one character or 'tab', not '" + *delimiter + "'");
  }
  return spec;
}

import::ImportOptions ImportOptionsOf(const Args& args) {
  import::ImportOptions options;
  if (auto format = args.Option("format")) {
    const auto parsed = import::ParseFormat(*format);
    if (!parsed) throw UsageError("unknown --format '" + *format + "' (auto, txt, docx, odt, srt or vtt)");
    options.format = *parsed;
  }
  options.encoding = args.Option("encoding").value_or("");
  if (auto mb = args.Count("max-mb")) options.limits.maxFileBytes = *mb * 1024 * 1024;
  options.attributes = ParseAttributes(args.Option("attr").value_or(""));
  for (const char* key : {"regio", "region"})
    if (auto it = options.attributes.find(key); it != options.attributes.end())
      it->second = import::CanonicalRegion(it->second);
  options.survey = SurveySpecOf(args);
  if (auto pattern = args.Option("speaker-pattern")) options.speakerPattern.emplace(*pattern);
  return options;
}

// The manifest's files with their attributes, then the files and folders named.
std::vector<import::BatchItem> BatchItemsOf(const Context& ctx) {
  std::vector<import::BatchItem> items;
  if (auto manifest = ctx.args.Option("manifest"))
    for (import::ManifestEntry& e : import::ReadManifest(*manifest)) items.push_back({e.file, std::move(e.attributes)});
  const auto& pos = ctx.args.Positionals();
  if (pos.size() > 1)
    for (const std::string& file : import::CollectFiles({pos.begin() + 1, pos.end()})) items.push_back({file, {}});
  if (items.empty()) throw UsageError("missing file(s) or folder(s) to import, or --manifest FILE");
  return items;
}

// Under --skip-bad, documents the project cannot take (name taken, same text) join the skipped.
void DropUnstorable(project::Project& p, import::BatchResult& batch, bool allowDuplicates) {
  const auto problems = p.CheckNewDocuments(batch.documents, allowDuplicates);
  std::vector<import::ImportedDocument> kept;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (problems[i])
      batch.skipped.push_back(*problems[i]);
    else
      kept.push_back(std::move(batch.documents[i]));
  }
  batch.documents = std::move(kept);
}

void PrintImported(Context& ctx, const std::vector<Document>& stored, const import::BatchResult& batch) {
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginArray();
    for (const Document& d : stored) WriteJson(json, d);
    ctx.out << json.EndArray().Text() << "\n";
    return;
  }
  for (std::size_t i = 0; i < stored.size(); ++i) {
    ctx.out << "Imported '" << stored[i].name << "' (" << stored[i].length << " characters, "
            << batch.documents[i].turns.size() << " speaker turns)";
    for (const std::string& note : batch.documents[i].notes) ctx.out << "; " << note;
    ctx.out << "\n";
  }
  if (stored.size() > 1) ctx.out << stored.size() << " documents imported in one change\n";
}

}  // namespace

// A REFI-QDA project (.qdpx, or a bare .qde): everything in it, as one change.
int ImportExchangeFile(Context& ctx, const std::string& path) {
  const std::string extension = import::LowerExtension(path);
  const import::QdpxResult read = extension == ".qde" ? import::ReadQde(import::ReadFileBytes(path), path)
                                                      : import::ReadQdpx(path);
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  const project::ExchangeImportReport r = project::ImportExchange(p, read.project, path);
  std::vector<std::string> warnings = read.warnings;
  warnings.insert(warnings.end(), r.warnings.begin(), r.warnings.end());
  if (ctx.Json()) {
    JsonWriter json;
    json.BeginObject().Field("file", path).Field("origin", read.project.origin).Field("documents", r.documents);
    json.Field("documents_matched", r.documentsMatched).Field("codes", r.codes).Field("codings", r.codings);
    json.Field("codings_known", r.codingsKnown).Field("users", r.users).Field("cases", r.cases).Field("notes", r.notes);
    json.Key("warnings").BeginArray();
    for (const std::string& w : warnings) json.String(w);
    ctx.out << json.EndArray().EndObject().Text() << "\n";
    return 0;
  }
  ctx.out << "Imported " << path << " (" << (read.project.origin.empty() ? "unknown origin" : read.project.origin)
          << "): " << Counted(r.documents, "document", "documents") << " (" << r.documentsMatched << " already here), "
          << Counted(r.codes, "code", "codes") << ", " << Counted(r.codings, "coding", "codings") << " ("
          << r.codingsKnown << " already here), " << Counted(r.users, "user", "users") << ", "
          << Counted(r.cases, "case", "cases") << ", " << Counted(r.notes, "memo", "memos") << "\n";
  for (const std::string& w : warnings) ctx.out << "warning: " << w << "\n";
  return 0;
}

int RunImport(Context& ctx) {
  ctx.args.Allow({"name", "format", "encoding", "attr", "max-mb", "skip-bad", "allow-duplicates", "speaker-pattern",
                  "progress", "manifest", "respondent", "open", "columns", "sheet", "delimiter"});
  if (ctx.args.Positionals().size() == 2) {
    const std::string& file = ctx.args.Positionals()[1];
    const std::string extension = import::LowerExtension(file);
    if (extension == ".qdpx" || extension == ".qde") return ImportExchangeFile(ctx, file);
  }
  const import::ImportOptions options = ImportOptionsOf(ctx.args);
  const std::vector<import::BatchItem> items = BatchItemsOf(ctx);
  if (ctx.args.Option("name") && (items.size() != 1 || options.survey))
    throw UsageError("--name works with one file only, and not for surveys");
  const bool skipBad = ctx.args.Flag("skip-bad"), allowDuplicates = ctx.args.Flag("allow-duplicates");
  ProgressLine progress(std::cerr, ctx.args.Flag("progress") || (isatty(STDERR_FILENO) && items.size() > 1));
  import::BatchResult batch = import::ImportBatch(items, options, skipBad, &progress);
  if (auto name = ctx.args.Option("name"); name && !batch.documents.empty()) batch.documents.front().name = *name;
  project::Project p = ctx.Open(store::OpenMode::ReadWrite);
  if (skipBad) DropUnstorable(p, batch, allowDuplicates);
  progress.Break();
  for (const std::string& s : batch.skipped) std::cerr << "skipped " << s << "\n";
  if (batch.documents.empty()) throw Error(ErrorKind::Input, "nothing to import: every file was skipped");
  const std::vector<Document> stored = p.AddDocuments(batch.documents, allowDuplicates, &progress);
  PrintImported(ctx, stored, batch);
  return 0;
}

}  // namespace duiding::cli
