// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/project_export.h"

#include <array>
#include <utility>

#include "export/atomic_file.h"
#include "export/fragments.h"
#include "export/qdc_writer.h"
#include "export/qdpx_writer.h"
#include "export/quote_report.h"
#include "model/progress.h"
#include "project/exchange.h"
#include "project/project.h"

namespace duiding::exchange {
namespace {

constexpr std::array<std::pair<std::string_view, ExportFormat>, 7> kFormats = {{
    {"xml", ExportFormat::Xml},
    {"csv", ExportFormat::Csv},
    {"xlsx", ExportFormat::Xlsx},
    {"html", ExportFormat::Html},
    {"odt", ExportFormat::Odt},
    {"qdc", ExportFormat::Qdc},
    {"qdpx", ExportFormat::Qdpx},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::optional<ExportFormat> ExportFormatNamed(std::string_view name) {
  for (const auto& [known, format] : kFormats)
    if (known == name) return format;
  return std::nullopt;
}

std::optional<ExportFormat> ExportFormatOf(std::string_view path) {
  const std::size_t dot = path.find_last_of('.');
  const std::size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  const std::string extension = Lower(path.substr(dot + 1));
  return ExportFormatNamed(extension == "htm" ? "html" : extension);
}

std::string_view ExportFormatName(ExportFormat format) {
  for (const auto& [name, known] : kFormats)
    if (known == format) return name;
  return "?";
}

ExportOutcome ExportProjectFile(project::Project& project, ExportFormat format, const std::string& path,
                                const ExportRequest& request, Progress* progress) {
  ExportOutcome out;
  out.unit = "fragments";
  ReportOrCancel(progress, ProgressState{"collecting", 0, 2, 0, 0, ""});
  std::string bytes;  // everything but XML, which streams to its file
  switch (format) {
    case ExportFormat::Xml:
    case ExportFormat::Csv:
    case ExportFormat::Xlsx: {
      FragmentExport data = project::CollectFragments(project, request.options, &out.replaced);
      if (!request.names && !request.options.pseudonymise)  // names leave only when asked
        for (ExportedFragment& f : data.fragments) f.speaker.clear();
      out.items = data.fragments.size();
      ReportOrCancel(progress, ProgressState{"writing", 1, 2, 0, 0, path});
      if (format == ExportFormat::Xml) {
        WriteFragmentsXml(data, path);
        return out;
      }
      bytes = format == ExportFormat::Csv ? FragmentsCsv(data) : FragmentsXlsx(data);
      break;
    }
    case ExportFormat::Html:
    case ExportFormat::Odt: {
      const QuoteReport report = project::CollectQuoteReport(project, request.options, request.names, &out.replaced);
      for (const auto& code : report.codes) out.items += code.quotes.size();
      ReportOrCancel(progress, ProgressState{"writing", 1, 2, 0, 0, path});
      bytes = format == ExportFormat::Html ? QuoteReportHtml(report) : QuoteReportOdt(report);
      break;
    }
    case ExportFormat::Qdc: {
      const Codebook book = project.ExportCodebook();
      out.items = book.entries.size();
      out.unit = "codes";
      ReportOrCancel(progress, ProgressState{"writing", 1, 2, 0, 0, path});
      WriteQdcFile(book, path);
      return out;
    }
    case ExportFormat::Qdpx: {
      std::optional<project::Pseudonymiser> pseudonymiser;
      if (request.options.pseudonymise) pseudonymiser.emplace(project::PseudonymsWithSpeakers(project));
      const ExchangeProject x = project::ToExchange(project, pseudonymiser ? &*pseudonymiser : nullptr);
      for (const auto& s : x.sources) out.items += s.selections.size();
      out.unit = "codings";
      ReportOrCancel(progress, ProgressState{"writing", 1, 2, 0, 0, path});
      bytes = WriteQdpx(x);
      break;
    }
  }
  WriteFileAtomically(path, bytes);
  return out;
}

}  // namespace duiding::exchange
