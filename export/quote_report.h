// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <vector>

#include "export/fragments.h"

namespace duiding::exchange {

/// A quote report for the handreiking: chosen codes, each with its definition and quotes.
struct QuoteReport {
  std::string title;
  std::string groupAttribute = "groep";  ///< counts and the chart are per value of this attribute
  bool showSpeakerNames = false;         ///< never a name unless asked
  struct Code {
    std::string path, definition;
    std::vector<ExportedFragment> quotes;
  };
  std::vector<Code> codes;
};

/// One self-contained printable HTML page (no external resources): per code its path, definition,
/// the number of quotes per group, and the quotes with speaker role, group and region (speaker name
/// only when showSpeakerNames); an inline SVG bar chart of quote counts per code by group. Escaped,
/// deterministic.
std::string QuoteReportHtml(const QuoteReport& report);
/// The same as an OpenDocument text (.odt bytes: mimetype stored first, content.xml, styles.xml,
/// meta.xml, manifest), the chart as a table of counts. Deterministic bytes.
std::string QuoteReportOdt(const QuoteReport& report);

}  // namespace duiding::exchange
