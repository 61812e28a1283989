// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>

#include "model/codebook.h"

namespace duiding::exchange {

/// The codebook as a REFI-QDA .qdc document, valid against Codebook.xsd: UTF-8 without BOM,
/// LF, nested <Code> elements in the codebook's order, each with its structured fields inside
/// <Description> (FormatCodeDescription). Deterministic: the same codebook gives the same bytes.
std::string WriteQdc(const Codebook& codebook);

/// Writes WriteQdc's text to `path` through a temporary file in the same folder that is
/// renamed when complete (mode 0600); a failure leaves nothing behind. Error(Io) names the path.
void WriteQdcFile(const Codebook& codebook, const std::string& path);

}  // namespace duiding::exchange
