// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/project_synonyms.h"

#include "search/starter_synonyms.h"

namespace duiding::search {

std::string SynonymText(store::Store& store) {
  if (auto own = store.Setting(kSynonymsSetting)) return *own;
  return std::string(StarterSynonymsText());
}

Synonyms ProjectSynonyms(store::Store& store) {
  if (auto own = store.Setting(kSynonymsSetting)) return Synonyms::Parse(*own, "the project's synonym list");
  return Synonyms::DutchStarter();
}

void SetProjectSynonyms(store::Store& store, RowId user, std::string_view text, const std::string& source) {
  if (!text.empty()) Synonyms::Parse(text, source);  // refuses a bad list before anything is written
  auto tx = store.Begin(text.empty() ? "synonym list back to the starter list" : "set the synonym list", user);
  store.SetSetting(kSynonymsSetting, text);
  tx.Commit();
}

}  // namespace duiding::search
