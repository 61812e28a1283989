// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/batch.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "model/error.h"

namespace duiding::import {
namespace fs = std::filesystem;
namespace {

void CollectFolder(const fs::path& folder, std::vector<std::string>& files) {
  std::error_code error;
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && IsImportableName(it->path().string())) found.push_back(it->path().string());
  }
  if (error) throw Error(ErrorKind::Input, folder.string() + ": cannot read the folder: " + error.message());
  if (found.empty())
    throw Error(ErrorKind::Input, folder.string() + ": no files to import in this folder (.txt, .docx, .odt, .srt, .vtt)");
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

std::uint64_t SizeOf(const std::string& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  return error ? 0 : static_cast<std::uint64_t>(size);
}

}  // namespace

bool IsImportableName(const std::string& path) {
  const fs::path p(path);
  const std::string name = p.filename().string();
  if (name.empty() || name.front() == '.' || name.rfind("~$", 0) == 0) return false;
  static const std::array<const char*, 7> kExtensions = {".txt", ".text", ".docx", ".odt", ".srt", ".vtt", ".md"};
  const std::string ext = LowerExtension(path);
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

std::vector<std::string> CollectFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (fs::is_directory(status))
      CollectFolder(input, files);
    else if (fs::exists(status))
      files.push_back(input);
    else
      throw Error(ErrorKind::Input, input + ": no such file or folder");
  }
  return files;
}

BatchResult ImportBatch(const std::vector<BatchItem>& items, const ImportOptions& options, bool skipBad,
                        Progress* progress) {
  ProgressState state;
  state.stage = "reading";
  state.itemsTotal = items.size();
  std::vector<std::uint64_t> sizes;
  for (const BatchItem& item : items) state.bytesTotal += sizes.emplace_back(SizeOf(item.path));
  BatchResult result;
  for (std::size_t i = 0; i < items.size(); ++i) {
    state.item = items[i].path;
    ReportOrCancel(progress, state);
    ImportOptions fileOptions = options;
    for (const auto& [name, value] : items[i].attributes) fileOptions.attributes[name] = value;
    try {
      for (ImportedDocument& doc : ImportDocuments(items[i].path, fileOptions))
        result.documents.push_back(std::move(doc));
    } catch (const Error& e) {
      if (!skipBad || e.Kind() != ErrorKind::Input) throw;
      result.skipped.push_back(e.what());
    }
    ++state.itemsDone;
    state.bytesDone += sizes[i];
  }
  result.bytes = state.bytesDone;
  state.item.clear();
  ReportOrCancel(progress, state);
  return result;
}

}  // namespace duiding::import
