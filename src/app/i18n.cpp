// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/i18n.h"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>
#include <wx/utils.h>

namespace duiding::app {
namespace {

void AddLookupPaths() {
  static bool added = false;
  if (added) return;
  added = true;
#ifdef DUIDING_LOCALE_DIR
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxT(DUIDING_LOCALE_DIR));
#endif
  wxFileName installed(wxStandardPaths::Get().GetExecutablePath());
  installed.RemoveLastDir();
  installed.AppendDir(wxT("share"));
  installed.AppendDir(wxT("locale"));
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(installed.GetPath());
}

wxString Requested(const wxString& language) {
  if (!language.empty()) return language;
  wxString fromEnvironment;
  return wxGetEnv(wxT("DUIDING_LANG"), &fromEnvironment) ? fromEnvironment : wxString();
}

}  // namespace

wxString SetUpTranslations(const wxString& language) {
  static bool localeSet = false;
  if (!localeSet) localeSet = wxUILocale::UseDefault();
  AddLookupPaths();
  auto* translations = new wxTranslations;
  const wxString wanted = Requested(language);
  if (wanted.empty())
    translations->SetLanguage(wxLANGUAGE_DEFAULT);
  else
    translations->SetLanguage(wanted);
  translations->AddStdCatalog();
  const bool dutch = translations->AddCatalog(wxT("duiding"), wxLANGUAGE_ENGLISH) &&
                     translations->GetBestTranslation(wxT("duiding"), wxLANGUAGE_ENGLISH).StartsWith(wxT("nl"));
  wxTranslations::Set(translations);  // takes ownership, frees the previous one
  return dutch ? wxT("nl") : wxT("en");
}

}  // namespace duiding::app
