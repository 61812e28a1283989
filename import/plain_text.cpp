// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/plain_text.h"

namespace duiding::import {

ImportedDocument ImportPlainUtf8Bytes(const std::string& path, std::string_view bytes) {
  ImportedDocument doc;
  doc.name = DocumentNameFromPath(path);
  doc.sourcePath = path;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    doc.notes.push_back("byte order mark removed");
  }
  SetCanonicalText(doc, bytes);
  return doc;
}

ImportedDocument ImportPlainUtf8(const std::string& path) { return ImportPlainUtf8Bytes(path, ReadFileBytes(path)); }

}  // namespace duiding::import
