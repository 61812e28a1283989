// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <wx/string.h>

namespace duiding::app {

/// Installs the translations: Dutch when the system language is Dutch, else English (the
/// msgids). `language` ("nl", "en") forces one; so does $DUIDING_LANG when `language` is
/// empty. Catalogs "duiding" (and wxWidgets' own) are looked up in the build's locale folder
/// and next to the program (../share/locale). Call again to switch. Returns the language
/// used ("nl" or "en").
wxString SetUpTranslations(const wxString& language = wxString());

}  // namespace duiding::app
