// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/package_text.h"

namespace duiding::import {

ImportedDocument PackagedDocument(const std::string& path, std::string text, bool sawTrackedChanges) {
  TrimTrailingNewlines(text);
  if (!text.empty()) text += '\n';
  ImportedDocument doc;
  doc.name = DocumentNameFromPath(path);
  doc.sourcePath = path;
  if (sawTrackedChanges) doc.notes.push_back("tracked changes read as accepted: insertions kept, deletions left out");
  SetCanonicalText(doc, text);
  return doc;
}

}  // namespace duiding::import
