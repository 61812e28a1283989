// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "import/imported.h"

struct zip;  // libzip's archive handle; only zip_archive.cpp includes <zip.h>

namespace duiding::import {

/// A zip archive (a .docx or .odt package) read from bytes in memory, within ImportLimits. Every
/// refusal is Error(Input) naming the file and, where there is one, the zip entry.
class ZipArchive {
 public:
  /// Opens `bytes` as a zip; `path` names the file in messages. `editor` is the program whose
  /// password the user must remove when an entry is encrypted ("Word", "LibreOffice").
  /// `bytes` is not copied and must outlive the archive.
  ZipArchive(std::string path, std::string_view bytes, const ImportLimits& limits, std::string editor);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// The names of all entries, in archive order.
  std::vector<std::string> EntryNames() const;

  /// Whether an entry of exactly this name exists.
  bool Contains(const std::string& entry) const;

  /// The unpacked content of one entry. Refused when the entry is missing, encrypted, larger
  /// than limits.maxFileBytes or compressed more than limits.maxCompressionRatio, judged both
  /// from the sizes the archive declares and from the bytes actually unpacked.
  std::string Read(const std::string& entry) const;

 private:
  [[noreturn]] void Refuse(const std::string& entry, const std::string& message) const;

  std::string m_path;
  ImportLimits m_limits;
  std::string m_editor;
  ::zip* m_zip = nullptr;
};

/// Whether `bytes` start like an OLE compound file: what Word and LibreOffice write for an
/// encrypted document (and for old .doc files), instead of a zip package.
bool IsOleCompoundFile(std::string_view bytes);

/// Whether `bytes` start with a zip local file header, as every .docx and .odt does.
bool IsZipArchive(std::string_view bytes);

}  // namespace duiding::import
