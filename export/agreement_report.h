// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>

#include "project/agreement.h"

namespace duiding::exchange {

/// The report as CSV (UTF-8, comma-separated, RFC 4180 quoting, LF): one section per table —
/// per code, overall, per document, per coder pair, per group, per semantic domain, then the
/// definitions — each section introduced by a line "# <title>" and a header row. Undefined
/// results are written as an empty cell with the reason in a following "note" column; every
/// measure column is named exactly (e.g. "Krippendorff's alpha (nominal)").
std::string AgreementCsv(const project::AgreementReport& report);

/// The report as one self-contained, printable HTML page (no external files, scripts or
/// fonts): what was compared, the definitions, a per-code table, an inline SVG bar chart of
/// Krippendorff's alpha per code, the per-document / per-pair / per-group / per-domain tables,
/// and the disagreements list (quote, each coder's codes, the anchor to jump to). Text is
/// HTML-escaped; undefined results show "undefined" with the reason.
std::string AgreementHtml(const project::AgreementReport& report, const std::string& title);

}  // namespace duiding::exchange
