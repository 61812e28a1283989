// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "project/export_data.h"

namespace duiding {
class Progress;
}
namespace duiding::project {
class Project;
}

/// Every export of a project to a file, in one place for both front ends: which formats there
/// are, which one a file name asks for, and writing it (collect, pseudonymise, serialise, write
/// atomically).
namespace duiding::exchange {

enum class ExportFormat {
  Xml,   ///< coded fragments, urn:duiding:fragments:1 (export/fragments.xsd)
  Csv,   ///< the same table, UTF-8 with BOM
  Xlsx,  ///< the same table as a workbook
  Html,  ///< quote report, one page
  Odt,   ///< quote report, OpenDocument text
  Qdc,   ///< the codebook, REFI-QDA
  Qdpx,  ///< the whole project, REFI-QDA
};

/// "xml", "csv", "xlsx", "html", "odt", "qdc", "qdpx"; nothing for another name.
std::optional<ExportFormat> ExportFormatNamed(std::string_view name);
/// The format a file name's extension asks for (any case; ".htm" is HTML); nothing when none.
std::optional<ExportFormat> ExportFormatOf(std::string_view path);
std::string_view ExportFormatName(ExportFormat format);

struct ExportRequest {
  project::FragmentExportOptions options;  ///< which fragments; pseudonymise
  bool names = false;  ///< keep speaker names; else they are left out (or pseudonymised)
};

struct ExportOutcome {
  std::size_t items = 0;
  std::string unit;                   ///< what `items` counts: "fragments", "codes" or "codings"
  std::vector<std::string> replaced;  ///< every pseudonym replacement, where it was made
};

/// Writes `project` as `format` to `path`, atomically: on any failure or a cancel `path` is as
/// it was. `progress` (optional) hears "collecting" and "writing" and may stop it before the
/// file is written. The codebook (qdc) has no names to replace; a project (qdpx) keeps speaker
/// names unless pseudonymised, since a REFI-QDA project is a working copy, not a publication.
ExportOutcome ExportProjectFile(project::Project& project, ExportFormat format, const std::string& path,
                                const ExportRequest& request, Progress* progress = nullptr);

}  // namespace duiding::exchange
