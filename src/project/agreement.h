// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "agreement/unit_measures.h"
#include "agreement/unitizing.h"
#include "model/progress.h"
#include "model/types.h"

namespace duiding::project {

class Project;

/// The units a unit-based comparison cuts documents into.
enum class UnitKind { Sentence, Turn, Paragraph, Answer };
std::optional<UnitKind> ParseUnitKind(std::string_view name);
const char* UnitKindName(UnitKind kind);

/// What to compare. Empty lists mean: every coder with codings, every codable code in use,
/// every document coded by at least two of the coders.
struct AgreementOptions {
  std::vector<std::string> coders;
  std::vector<std::string> codes;
  std::vector<std::string> documents;
  UnitKind unit = UnitKind::Turn;
  /// A coder gives a unit a code when one of their codings of that code covers more than this
  /// share of the unit (0: any overlap at all).
  double unitOverlap = 0.0;
  /// Segment agreement: the share of the union two segments must share (MAXQDA's default 90 %).
  double segmentThreshold = 0.9;
  /// Per respondent group: a document or speaker attribute ("groep"), or none.
  std::string groupBy;
  bool characterLevel = true, segments = true, unitizing = true;
  /// At most this many disagreements are listed (with their quotes), in document order; the
  /// report still counts them all.
  std::size_t disagreementLimit = 1000;
};

/// Character-level (NVivo-style) comparison of one code in one document for one coder pair.
struct CharacterCell {
  RowId document = 0;
  std::size_t coderA = 0, coderB = 0;  ///< indices into the report's coders
  std::size_t length = 0;
  agreement::CharacterComparison comparison;
};

/// Every measure for one code.
struct CodeAgreement {
  RowId code = 0;
  std::string path;
  agreement::UnitReport units;  ///< present/absent per unit and coder
  /// Character level over documents and coder pairs: unweighted and length-weighted means.
  agreement::Result characterPercentMean, characterPercentWeighted, characterKappaMean, characterKappaWeighted;
  std::vector<CharacterCell> characterCells;
  /// MAXQDA-style segment agreement (first two coders, or pooled over pairs).
  agreement::SegmentAgreement segments;
  /// Krippendorff 1995 uα of this code over the concatenated documents.
  agreement::Result unitizingAlpha1995;
};

/// The unitizing α family for one semantic domain (a category's codes).
struct DomainAgreement {
  RowId category = 0;
  std::string path;
  std::vector<std::string> codes;
  agreement::UnitizingFamily family;
  std::vector<std::string> warnings;  ///< overlapping codes of one domain by one coder
};

/// A place where the coders differ: every coder's codes on one unit.
struct Disagreement {
  RowId document = 0;
  std::string documentName, documentGuid;
  std::size_t start = 0, end = 0;  ///< the unit
  std::string quote;
  std::vector<std::vector<std::string>> codesByCoder;  ///< per coder (report order), code paths
  std::string Anchor() const;  ///< "duiding:<document guid>#<start>-<end>", for jumping there
};

/// A pooled unit-based result for a slice (a document, a coder pair, a group).
struct SliceAgreement {
  std::string label;
  agreement::UnitReport units;
};

struct AgreementReport {
  std::vector<User> coders;
  std::vector<std::string> documents;
  UnitKind unit = UnitKind::Turn;
  std::size_t unitCount = 0;
  std::vector<CodeAgreement> codes;
  /// Every code's present/absent decisions pooled (units x codes).
  agreement::UnitReport overall;
  agreement::SegmentAgreement segmentsOverall;
  agreement::Result segmentKappa;  ///< Brennan–Prediger over the per-code segment table
  std::vector<SliceAgreement> perDocument, perPair, perGroup;
  std::vector<DomainAgreement> domains;
  std::vector<Disagreement> disagreements;  ///< the first AgreementOptions::disagreementLimit
  std::size_t disagreementCount = 0;        ///< every unit where the coders differ
  /// What each measure is, in words, for every output (CSV, HTML, JSON, text).
  std::vector<std::pair<std::string, std::string>> definitions;
};

/// Computes every requested measure. Error(Input) for fewer than two coders or nothing to
/// compare. `progress` (optional) hears, between documents or codes (never per unit), the stages
/// "documents" (read and cut into units), "units" (documents counted), "character level",
/// "segments" (codes done), "unitizing" (codes and domains done) and "disagreements"; when it
/// asks to stop, Error(Cancelled) is thrown there.
AgreementReport ComputeAgreement(Project& project, const AgreementOptions& options, Progress* progress = nullptr);

}  // namespace duiding::project
