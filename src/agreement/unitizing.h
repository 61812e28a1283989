// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "agreement/result.h"

/// Agreement on where coders put segments in a continuous text (../shared/design/agreement.md
/// §5). Positions are code point offsets, half-open [start, end); lengths are in characters.
/// Pure functions; no I/O.
namespace duiding::agreement {

/// One coder's segment with a value (a code index within the comparison).
struct Segment {
  std::size_t start = 0, end = 0;
  int value = 0;
};

/// §5c, NVivo's coding comparison for one code in one document of `length` characters: each
/// coder's segments (overlaps allowed; their union counts) classify every character as coded
/// by both (a), only A (b), only B (c) or neither (d).
struct CharacterComparison {
  std::size_t both = 0, onlyA = 0, onlyB = 0, neither = 0;
  Result percentAgreement;  ///< (a + d) / N
  Result kappa;             ///< Cohen's κ on the 2x2 table; NVivo's conventions flagged
};
CharacterComparison CompareCharacters(std::size_t length, const std::vector<Segment>& coderA,
                                      const std::vector<Segment>& coderB);

/// §5d, MAXQDA-style segment agreement between two coders for one code: a segment of either
/// coder agrees when the other coder has a segment of the same value overlapping it by at least
/// `threshold` (0..1) of the union of the two (intersection / union).
struct SegmentAgreement {
  std::size_t agreements = 0, disagreements = 0;
  Result percentAgreement;  ///< agreements / (agreements + disagreements)
};
SegmentAgreement CompareSegments(const std::vector<Segment>& coderA, const std::vector<Segment>& coderB,
                                 double threshold);
/// Brennan–Prediger chance correction over a table of per-code results: P_o from the summed
/// agreements and disagreements, P_e = 1/q with q the number of codes in the table.
Result SegmentKappa(const std::vector<SegmentAgreement>& perCode);

/// §5a, Krippendorff 1995/2004 uα for one category: each coder's units of that category (one
/// coder's units must not overlap), continuum [0, length).
Result UnitizingAlpha1995(std::size_t length, const std::vector<std::vector<Segment>>& unitsPerCoder);

/// §5b, Krippendorff et al. 2016 / Krippendorff 2019 (eqs. 32–35), as ATLAS.ti reports them for
/// one semantic domain: segments are each coder's coded stretches with the domain's code
/// indices as values (non-overlapping within a coder); uncoded stretches are gaps (∅). Adjacent
/// segments are not merged.
struct UnitizingFamily {
  Result uAlpha;        ///< uα over values and gaps (eq. 34)
  Result binaryUAlpha;  ///< |uα: any code vs gap (eq. 35)
  Result cuAlpha;       ///< cuα: values where both coders coded (eqs. 36–37; see the source notes)
  std::map<int, Result> perValue;  ///< (k)uα per code (eq. 38)
  std::vector<std::vector<double>> observed;  ///< l_ck, index 0 = gap, i + 1 = value i
  std::vector<std::vector<double>> expected;  ///< ε_ck
};
UnitizingFamily UnitizingAlphaFamily(std::size_t length, const std::vector<std::vector<Segment>>& segmentsPerCoder,
                                     int values);

}  // namespace duiding::agreement
