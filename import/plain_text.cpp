// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/plain_text.h"

#include "model/error.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {

ImportedDocument ImportPlainUtf8Bytes(const std::string& path, std::string_view bytes) {
  ImportedDocument doc;
  doc.name = DocumentNameFromPath(path);
  doc.sourcePath = path;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    doc.notes.push_back("byte order mark removed");
  }
  if (const auto bad = text::FindInvalidUtf8(bytes)) {
    const text::LineColumn at = text::LocateByte(bytes, *bad);
    throw Error(ErrorKind::Input, path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                                      ": not valid UTF-8 (byte " + std::to_string(*bad) +
                                      "); save the file as UTF-8");
  }
  const bool hadCr = bytes.find('\r') != std::string_view::npos;
  std::string unified = text::UnifyLineEndings(bytes);
  if (hadCr) doc.notes.push_back("line endings unified to LF");
  if (!text::IsNfc(unified)) {
    doc.notes.push_back("text normalised to Unicode NFC");
    unified = text::ToNfc(unified);
  }
  doc.text = std::move(unified);
  return doc;
}

ImportedDocument ImportPlainUtf8(const std::string& path) { return ImportPlainUtf8Bytes(path, ReadFileBytes(path)); }

}  // namespace duiding::import
