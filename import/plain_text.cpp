// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/plain_text.h"

#include <stdexcept>

#include "model/error.h"
#include "text/encoding.h"

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

ImportedDocument ImportPlainTextBytes(const std::string& path, std::string_view bytes, const std::string& encoding) {
  if (bytes.empty()) throw Error(ErrorKind::Input, path + ": empty file");
  text::DecodedText decoded;
  try {
    decoded = text::DecodeToUtf8(bytes, encoding);
  } catch (const std::invalid_argument& e) {
    throw Error(ErrorKind::Input, path + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw Error(ErrorKind::Input, path + ": " + e.what() + "; name the encoding with --encoding");
  }
  if (const std::size_t nul = decoded.utf8.find('\0'); nul != std::string::npos)
    throw Error(ErrorKind::Input, path + ": not a text file (contains NUL characters, first at byte " +
                                      std::to_string(bytes.find('\0')) + ")");
  ImportedDocument doc;
  doc.name = DocumentNameFromPath(path);
  doc.sourcePath = path;
  if (decoded.encoding != "UTF-8" || !decoded.detected)
    doc.notes.push_back("read as " + decoded.encoding +
                        (decoded.detected ? " (detected, confidence " + std::to_string(decoded.confidence) + "%)"
                                          : std::string(" (as asked)")));
  std::string_view utf8 = decoded.utf8;
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  std::optional<std::string> repaired = text::RepairDoubleEncodedUtf8(utf8);
  if (repaired) {
    doc.notes.push_back("repaired double-encoded UTF-8 (text like 'Ã©Ã©n' read back as 'één')");
    utf8 = *repaired;
    if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);  // a double-encoded byte order mark
  }
  SetCanonicalText(doc, utf8);
  return doc;
}

ImportedDocument ImportPlainUtf8(const std::string& path) { return ImportPlainUtf8Bytes(path, ReadFileBytes(path)); }

}  // namespace duiding::import
