// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/imported.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/error.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {

std::string LowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

std::string DocumentNameFromPath(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

std::string ReadFileBytes(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(ErrorKind::Input, path + ": is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, path + ": cannot read: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::Io, path + ": read error");
  return std::move(bytes).str();
}

std::string FormatByteLimit(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024, kMiB = 1024 * 1024;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KB";
  return std::to_string(bytes) + " bytes";
}

std::string ReadFileBytes(const std::string& path, const ImportLimits& limits) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > limits.maxFileBytes)
    throw Error(ErrorKind::Input, path + ": file size exceeds " + FormatByteLimit(limits.maxFileBytes) + " limit");
  return ReadFileBytes(path);  // reports a missing or unreadable file
}

void SetCanonicalText(ImportedDocument& doc, std::string_view utf8) {
  if (const auto bad = text::FindInvalidUtf8(utf8)) {
    const text::LineColumn at = text::LocateByte(utf8, *bad);
    throw Error(ErrorKind::Input, doc.sourcePath + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                                      ": not valid UTF-8 (byte " + std::to_string(*bad) +
                                      "); save the file as UTF-8 or name its encoding");
  }
  const bool hadCr = utf8.find('\r') != std::string_view::npos;
  std::string unified = text::UnifyLineEndings(utf8);
  if (hadCr) doc.notes.push_back("line endings unified to LF");
  if (!text::IsNfc(unified)) {
    doc.notes.push_back("text normalised to Unicode NFC");
    unified = text::ToNfc(unified);
  }
  doc.text = std::move(unified);
}

}  // namespace duiding::import
