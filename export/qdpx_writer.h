// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>

#include "model/exchange.h"

namespace duiding::exchange {

/// The project as REFI-QDA project XML (project.qde), valid against Project-mrt2019.xsd: UTF-8
/// without BOM, LF, elements in schema order, empty wrappers left out, code point positions,
/// every text source by `plainTextPath="internal://<source guid>.txt"`, codes with colour,
/// description (FormatCodeDescription) and hierarchy, codings with creating user and date, memos
/// as Notes with NoteRefs, cases with variable values and source refs, sets. Deterministic.
std::string WriteProjectQde(const ExchangeProject& project);

/// The .qdpx archive: project.qde plus a lowercase sources/ folder with one UTF-8 (no BOM, LF)
/// .txt per text source named <source guid>.txt. Deterministic bytes.
std::string WriteQdpx(const ExchangeProject& project);

}  // namespace duiding::exchange
