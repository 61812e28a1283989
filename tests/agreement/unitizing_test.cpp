// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "agreement/unitizing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <vector>

// Every expected number below is computed by hand in the comment next to it, from the
// definitions in ../shared/design/agreement.md §5 (no published reference numbers are used).
// Fixtures: two or three coders (Anna, Bram, Carla) coding a short interview fragment of
// `length` characters; positions are half-open [start, end).
namespace duiding::agreement {
namespace {

constexpr double kTolerance = 1e-12;

using Coders = std::vector<std::vector<Segment>>;

void ExpectValue(const Result& r, double expected) {
  ASSERT_TRUE(r.Defined()) << r.undefinedReason;
  EXPECT_NEAR(*r.value, expected, kTolerance);
  EXPECT_TRUE(r.undefinedReason.empty());
  EXPECT_TRUE(r.convention.empty()) << r.convention;
}

void ExpectUndefined(const Result& r) {
  EXPECT_FALSE(r.Defined());
  EXPECT_FALSE(r.undefinedReason.empty());
}

double Sum(const std::vector<std::vector<double>>& m) {
  double s = 0.0;
  for (const auto& row : m)
    for (double x : row) s += x;
  return s;
}

// ---- §5c: NVivo-style character comparison ------------------------------------------------

TEST(CharacterComparison, HandComputedTable) {
  // N = 20. Anna codes "schaamte" at [0, 8); Bram at [2, 6) and [4, 10), whose union is [2, 10).
  // a = |[2, 8)| = 6, b = |[0, 2)| = 2, c = |[8, 10)| = 2, d = |[10, 20)| = 10.
  // percent = (a + d) / N = 16 / 20 = 0.8.
  // A = 8, B = 8: EF = (8·8 + 12·12) / 20 = 208 / 20 = 10.4; TA = 16;
  // κ = (16 − 10.4) / (20 − 10.4) = 5.6 / 9.6 = 7/12.
  const CharacterComparison t = CompareCharacters(20, {{0, 8, 0}}, {{2, 6, 0}, {4, 10, 0}});
  EXPECT_EQ(t.both, 6u);
  EXPECT_EQ(t.onlyA, 2u);
  EXPECT_EQ(t.onlyB, 2u);
  EXPECT_EQ(t.neither, 10u);
  ExpectValue(t.percentAgreement, 0.8);
  ExpectValue(t.kappa, 7.0 / 12.0);
}

TEST(CharacterComparison, SwappingCodersKeepsKappa) {
  const CharacterComparison ab = CompareCharacters(20, {{0, 8, 0}}, {{2, 10, 0}});
  const CharacterComparison ba = CompareCharacters(20, {{2, 10, 0}}, {{0, 8, 0}});
  ExpectValue(ba.kappa, *ab.kappa.value);
  EXPECT_EQ(ba.onlyA, ab.onlyB);
}

TEST(CharacterComparison, SegmentsAreClampedToTheDocument) {
  // length 10. Anna: [5, 15) clamped to [5, 10), [0, 3) and [2, 4) merge to [0, 4), [12, 14)
  // lies outside: coded = 9 characters. Bram codes nothing.
  // a = 0, b = 9, c = 0, d = 1.
  const CharacterComparison t = CompareCharacters(10, {{5, 15, 0}, {0, 3, 0}, {2, 4, 0}, {12, 14, 0}}, {});
  EXPECT_EQ(t.both, 0u);
  EXPECT_EQ(t.onlyA, 9u);
  EXPECT_EQ(t.onlyB, 0u);
  EXPECT_EQ(t.neither, 1u);
  ExpectValue(t.percentAgreement, 0.1);
}

TEST(CharacterComparison, PerfectAgreementGivesOne) {
  // N = 10, both code [2, 5): a = 3, d = 7. EF = (3·3 + 7·7) / 10 = 5.8, TA = 10, κ = 4.2 / 4.2 = 1.
  const CharacterComparison t = CompareCharacters(10, {{2, 5, 0}}, {{2, 5, 0}});
  ExpectValue(t.percentAgreement, 1.0);
  ExpectValue(t.kappa, 1.0);
}

TEST(CharacterComparison, NeitherCoderCodedIsNVivoConvention) {
  // a = b = c = 0, d = 10: EF = (0 + 10·10) / 10 = 10 = N, so κ is 0/0; NVivo shows 1.
  const CharacterComparison t = CompareCharacters(10, {}, {});
  ExpectValue(t.percentAgreement, 1.0);
  ASSERT_TRUE(t.kappa.Defined());
  EXPECT_EQ(*t.kappa.value, 1.0);
  EXPECT_EQ(t.kappa.convention, "NVivo shows κ = 1 when neither coder coded the document");
}

TEST(CharacterComparison, OnlyOneCoderCodedGivesComputedZero) {
  // N = 10, Anna codes [0, 4), Bram nothing: a = 0, b = 4, c = 0, d = 6.
  // EF = (4·0 + 6·10) / 10 = 6, TA = 6: κ = 0 / 4 = 0, computed (no convention needed).
  const CharacterComparison t = CompareCharacters(10, {{0, 4, 0}}, {});
  ExpectValue(t.percentAgreement, 0.6);
  ExpectValue(t.kappa, 0.0);
  // Anna codes everything, Bram nothing: A = 10, B = 0: EF = 0, TA = 0, κ = 0 / 10 = 0.
  ExpectValue(CompareCharacters(10, {{0, 10, 0}}, {}).kappa, 0.0);
}

TEST(CharacterComparison, BothCodedEverythingIsUndefined) {
  // a = N = 10: EF = (10·10 + 0) / 10 = 10 = N: 0/0, and NVivo documents no convention.
  const CharacterComparison t = CompareCharacters(10, {{0, 10, 0}}, {{0, 4, 0}, {4, 10, 0}});
  ExpectValue(t.percentAgreement, 1.0);
  ExpectUndefined(t.kappa);
  EXPECT_TRUE(t.kappa.convention.empty());
}

TEST(CharacterComparison, EmptyDocumentIsUndefined) {
  const CharacterComparison t = CompareCharacters(0, {{0, 3, 0}}, {});
  EXPECT_EQ(t.both + t.onlyA + t.onlyB + t.neither, 0u);
  ExpectUndefined(t.percentAgreement);
  ExpectUndefined(t.kappa);
}

// ---- §5d: MAXQDA-style segment agreement ----------------------------------------------

TEST(SegmentAgreement, OverlapExactlyAtThresholdAgrees) {
  // [0, 10) and [1, 10): intersection 9, union 10, 9/10 = 0.9 >= 0.9. Both segments agree.
  const SegmentAgreement s = CompareSegments({{0, 10, 0}}, {{1, 10, 0}}, 0.9);
  EXPECT_EQ(s.agreements, 2u);
  EXPECT_EQ(s.disagreements, 0u);
  ExpectValue(s.percentAgreement, 1.0);
  // [0, 1000) and [100, 1000): 900 / 1000 = 0.9.
  EXPECT_EQ(CompareSegments({{0, 1000, 0}}, {{100, 1000, 0}}, 0.9).agreements, 2u);
}

TEST(SegmentAgreement, OverlapJustBelowThresholdDisagrees) {
  // [0, 1000) and [0, 899): 899 / 1000 = 0.899 < 0.9. Both segments disagree.
  const SegmentAgreement s = CompareSegments({{0, 1000, 0}}, {{0, 899, 0}}, 0.9);
  EXPECT_EQ(s.agreements, 0u);
  EXPECT_EQ(s.disagreements, 2u);
  ExpectValue(s.percentAgreement, 0.0);
}

TEST(SegmentAgreement, OverlapIsIntersectionOverUnion) {
  // [0, 10) and [5, 15): intersection 5, union 15: 1/3. Agrees at 1/3, not at 0.34.
  EXPECT_EQ(CompareSegments({{0, 10, 0}}, {{5, 15, 0}}, 1.0 / 3.0).agreements, 2u);
  EXPECT_EQ(CompareSegments({{0, 10, 0}}, {{5, 15, 0}}, 0.34).agreements, 0u);
}

TEST(SegmentAgreement, DifferentValuesNeverAgree) {
  // Same stretch, code 0 ("twijfel") for Anna, code 1 ("verdriet") for Bram.
  const SegmentAgreement s = CompareSegments({{0, 10, 0}}, {{0, 10, 1}}, 0.5);
  EXPECT_EQ(s.agreements, 0u);
  EXPECT_EQ(s.disagreements, 2u);
}

TEST(SegmentAgreement, EachSegmentIsJudgedOnce) {
  // Anna: [0, 10) and [20, 30); Bram: [0, 10). Anna's first and Bram's segment agree (2),
  // Anna's second has no partner (1): 2 / 3.
  const SegmentAgreement s = CompareSegments({{0, 10, 0}, {20, 30, 0}}, {{0, 10, 0}}, 0.9);
  EXPECT_EQ(s.agreements, 2u);
  EXPECT_EQ(s.disagreements, 1u);
  ExpectValue(s.percentAgreement, 2.0 / 3.0);
}

TEST(SegmentAgreement, TouchingSegmentsDoNotOverlapEvenAtThresholdZero) {
  const SegmentAgreement s = CompareSegments({{0, 5, 0}}, {{5, 10, 0}}, 0.0);
  EXPECT_EQ(s.agreements, 0u);
  EXPECT_EQ(s.disagreements, 2u);
}

TEST(SegmentAgreement, DegenerateInputsAreUndefined) {
  ExpectUndefined(CompareSegments({}, {}, 0.9).percentAgreement);
  ExpectUndefined(CompareSegments({{3, 3, 0}}, {}, 0.9).percentAgreement);  // empty segment ignored
  ExpectUndefined(CompareSegments({{0, 10, 0}}, {{0, 10, 0}}, 1.5).percentAgreement);
  ExpectUndefined(CompareSegments({{0, 10, 0}}, {{0, 10, 0}}, -0.1).percentAgreement);
}

TEST(SegmentKappa, BrennanPredigerOverTheTable) {
  // Code 0: 2 agreements, 1 disagreement; code 1: 1 agreement. P_o = 3/4, q = 2, P_e = 1/2,
  // κ = (3/4 − 1/2) / (1 − 1/2) = 1/2.
  SegmentAgreement code0, code1;
  code0.agreements = 2;
  code0.disagreements = 1;
  code1.agreements = 1;
  ExpectValue(SegmentKappa({code0, code1}), 0.5);
  // A code without segments still counts in q: q = 3, P_e = 1/3, κ = (3/4 − 1/3)/(2/3) = 5/8.
  ExpectValue(SegmentKappa({code0, code1, SegmentAgreement{}}), 5.0 / 8.0);
}

TEST(SegmentKappa, UndefinedForOneCodeOrNoSegments) {
  SegmentAgreement code0;
  code0.agreements = 4;
  ExpectUndefined(SegmentKappa({code0}));
  ExpectUndefined(SegmentKappa({}));
  ExpectUndefined(SegmentKappa({SegmentAgreement{}, SegmentAgreement{}}));
}

// ---- §5a: Krippendorff 1995 / 2004 -----------------------------------------------------

TEST(Unitizing1995, HandComputedTwoCoders) {
  // L = 10. Anna: unit [2, 6) (gaps [0, 2), [6, 10)); Bram: unit [3, 7) (gaps [0, 3), [7, 10)).
  // Section pairs sharing a position: gap/gap (0), Anna's unit partly in Bram's gap (0),
  // unit/unit (2 − 3)² + (6 − 7)² = 2, Bram's unit partly in Anna's gap (0), gap/gap (0).
  // uD_o = 2·2 / (2·1·100) = 0.02.
  // uD_e: N_c = 2, both units l = 4: (N_c − 1)(2·64 − 3·16 + 4)/3 = 28; gaps 2, 4, 3, 3, of which
  // only 4 >= 4: 16·(4 − 4 + 1) = 16. Per unit 44, sum 88, times 2/L: 17.6.
  // Denominator mL(mL − 1) − Σ l(l − 1) = 20·19 − 2·12 = 356. uD_e = 17.6 / 356.
  // uα = 1 − 0.02·356 / 17.6 = 1 − 7.12 / 17.6 = 131/220.
  ExpectValue(UnitizingAlpha1995(10, {{{2, 6, 0}}, {{3, 7, 0}}}), 131.0 / 220.0);
}

TEST(Unitizing1995, UnitInsideGap) {
  // L = 10. Anna: unit [2, 4); Bram: no unit (one gap [0, 10)).
  // Anna's unit lies inside Bram's gap: δ² = 2² = 4. uD_o = 2·4 / (2·100) = 0.04.
  // uD_e: N_c = 1 (first term 0); gaps 2, 6, 10, all >= 2: (1 + 5 + 9)·4 = 60; times 2/10: 12;
  // denominator 20·19 − 2·1 = 378. uD_e = 12 / 378. uα = 1 − 0.04·378 / 12 = 1 − 1.26 = −0.26.
  ExpectValue(UnitizingAlpha1995(10, {{{2, 4, 0}}, {}}), -0.26);
}

TEST(Unitizing1995, ThreeCoders) {
  // L = 10. Anna [2, 6), Bram [3, 7), Carla [2, 6).
  // Pairs: Anna–Bram 2 (as above), Anna–Carla 0, Bram–Carla 2: Σ = 4; uD_o = 2·4 / (3·2·100) = 1/75.
  // uD_e: N_c = 3, l = 4: 2·84/3 = 56; gaps 2, 4, 3, 3, 2, 4; two are >= 4: 16·2 = 32. Per unit 88,
  // sum 264, times 2/10: 52.8; denominator 30·29 − 3·12 = 834. uD_e = 52.8 / 834.
  // uα = 1 − (1/75)·834 / 52.8 = 1 − 11.12 / 52.8 = 1 − 139/660 = 521/660.
  ExpectValue(UnitizingAlpha1995(10, {{{2, 6, 0}}, {{3, 7, 0}}, {{2, 6, 0}}}), 521.0 / 660.0);
}

TEST(Unitizing1995, ObservedDisagreementUnchangedByScaling) {
  // uD_o is not exposed, so recover it as uD_o = (1 − uα)·uD_e with uD_e computed by hand.
  // Scale 1 (HandComputedTwoCoders): uD_e = 17.6 / 356 = 22/445, uD_o = 0.02.
  // Scale 3: L = 30, Anna [6, 18), Bram [9, 21). Σδ² = 3² + 3² = 18, uD_o = 2·18 / (2·900) = 0.02.
  // uD_e: l = 12: (2·1728 − 3·144 + 12)/3 = 1012; gaps 6, 12, 9, 9, one >= 12: 144·1 = 144.
  // Per unit 1156, sum 2312, times 2/30; denominator 60·59 − 2·132 = 3276. uD_e = 578/12285.
  // (uD_e depends on the resolution, uD_o does not.)
  const Result once = UnitizingAlpha1995(10, {{{2, 6, 0}}, {{3, 7, 0}}});
  const Result thrice = UnitizingAlpha1995(30, {{{6, 18, 0}}, {{9, 21, 0}}});
  ASSERT_TRUE(once.Defined());
  ASSERT_TRUE(thrice.Defined());
  EXPECT_NEAR((1.0 - *once.value) * (22.0 / 445.0), 0.02, kTolerance);
  EXPECT_NEAR((1.0 - *thrice.value) * (578.0 / 12285.0), 0.02, kTolerance);
  EXPECT_GT(std::abs(*once.value - *thrice.value), 1e-3);
}

TEST(Unitizing1995, PerfectAgreementGivesOne) {
  ExpectValue(UnitizingAlpha1995(20, {{{2, 6, 0}, {9, 15, 0}}, {{2, 6, 0}, {9, 15, 0}}}), 1.0);
  // Input order and the value field play no role.
  ExpectValue(UnitizingAlpha1995(20, {{{9, 15, 3}, {2, 6, 0}}, {{2, 6, 7}, {9, 15, 1}}}), 1.0);
}

TEST(Unitizing1995, DegenerateInputsAreUndefined) {
  ExpectUndefined(UnitizingAlpha1995(10, {{}, {}}));                           // no units: uD_e = 0
  ExpectUndefined(UnitizingAlpha1995(10, {{{0, 10, 0}}, {{0, 10, 0}}}));       // everything, one unit each
  ExpectUndefined(UnitizingAlpha1995(10, {{{2, 6, 0}}}));                      // a single coder
  ExpectUndefined(UnitizingAlpha1995(10, {}));                                 // no coders
  ExpectUndefined(UnitizingAlpha1995(0, {{}, {}}));                            // empty document
  ExpectUndefined(UnitizingAlpha1995(10, {{{0, 5, 0}, {4, 8, 0}}, {{2, 6, 0}}}));  // overlapping units
  ExpectUndefined(UnitizingAlpha1995(10, {{{5, 12, 0}}, {{2, 6, 0}}}));        // beyond the end
}

// ---- §5b: the uα family -----------------------------------------------------------------

TEST(UnitizingFamily, HandComputedOneCode) {
  // L = 10, one code ("werkdruk", index 1 in the matrices). Anna: gap [0, 2), code [2, 6), gap
  // [6, 10); Bram: gap [0, 3), code [3, 7), gap [7, 10). Intersections Anna × Bram: ∅∅ 2, 1∅ 1,
  // 11 3, ∅1 1, ∅∅ 3; both orders, m − 1 = 1:
  //   l = [[10, 2], [2, 6]], l.. = 20 = 2·10, l_∅. = 12, l_1. = 8.
  // S_∅ = (2 + 4) + (3 + 3) = 12, S_1 = 4² + 4² = 32, S = 44, l.. − S/l.. = 20 − 2.2 = 17.8.
  //   ε = [[(144 − 12), 96], [96, (64 − 32)]] / 17.8.
  // uα = 1 − 4 / (192 / 17.8) = 1 − 71.2/192 = 151/240; with one code |uα and (0)uα are the same.
  const UnitizingFamily f = UnitizingAlphaFamily(10, {{{2, 6, 0}}, {{3, 7, 0}}}, 1);
  ASSERT_EQ(f.observed.size(), 2u);
  EXPECT_NEAR(f.observed[0][0], 10.0, kTolerance);
  EXPECT_NEAR(f.observed[0][1], 2.0, kTolerance);
  EXPECT_NEAR(f.observed[1][0], 2.0, kTolerance);
  EXPECT_NEAR(f.observed[1][1], 6.0, kTolerance);
  ASSERT_EQ(f.expected.size(), 2u);
  EXPECT_NEAR(f.expected[0][0], 132.0 / 17.8, kTolerance);
  EXPECT_NEAR(f.expected[0][1], 96.0 / 17.8, kTolerance);
  EXPECT_NEAR(f.expected[1][1], 32.0 / 17.8, kTolerance);
  ExpectValue(f.uAlpha, 151.0 / 240.0);
  ExpectValue(f.binaryUAlpha, 151.0 / 240.0);
  ASSERT_EQ(f.perValue.count(0), 1u);
  ExpectValue(f.perValue.at(0), 151.0 / 240.0);
  ExpectUndefined(f.cuAlpha);  // only one code on doubly coded text
}

TEST(UnitizingFamily, HandComputedTwoCodes) {
  // L = 10, codes 0 ("twijfel", index 1) and 1 ("hoop", index 2).
  // Anna: 0 [0, 4), 1 [4, 8), gap [8, 10). Bram: 0 [0, 5), 1 [5, 10).
  // Anna × Bram: (1,1) 4, (2,1) 1, (2,2) 3, (∅,2) 2. Both orders:
  //   l = [[0, 0, 2], [0, 8, 1], [2, 1, 6]], marginals 2, 9, 9, l.. = 20.
  // S_∅ = 2, S_1 = 16 + 25 = 41, S_2 = 16 + 25 = 41, S = 84; l.. − S/l.. = 20 − 4.2 = 15.8.
  //   ε·15.8 = [[4 − 2, 18, 18], [18, 81 − 41, 81], [18, 81, 81 − 41]]; Σ = 316/15.8 = 20.
  // uα = 1 − 6 / (234/15.8) = 1 − 94.8/234 = 116/195.
  // |uα: observed ∅ vs codes 2·(0 + 2) = 4, expected 2·36/15.8: 1 − 63.2/72 = 11/90.
  // (0)uα: observed 2·(0 + 1) = 2, expected 2·(18 + 81)/15.8: 1 − 31.6/198 = 416/495.
  // (1)uα: observed 2·(2 + 1) = 6, same expected: 1 − 94.8/198 = 86/165.
  // cuα (Duiding's choice): l' = [[8, 1], [1, 6]], marginals 9, 7, l'.. = 16, S' = 82,
  //   l'.. − S'/l'.. = 16 − 5.125 = 10.875; off-diagonal ε' = 2·63/10.875;
  //   cuα = 1 − 2·10.875/126 = 1 − 21.75/126 = 139/168.
  const UnitizingFamily f = UnitizingAlphaFamily(10, {{{0, 4, 0}, {4, 8, 1}}, {{0, 5, 0}, {5, 10, 1}}}, 2);
  const std::vector<std::vector<double>> observed = {{0, 0, 2}, {0, 8, 1}, {2, 1, 6}};
  const std::vector<std::vector<double>> expected = {{2, 18, 18}, {18, 40, 81}, {18, 81, 40}};
  ASSERT_EQ(f.observed.size(), 3u);
  ASSERT_EQ(f.expected.size(), 3u);
  for (std::size_t c = 0; c < 3; ++c) {
    ASSERT_EQ(f.observed[c].size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) {
      EXPECT_NEAR(f.observed[c][k], observed[c][k], kTolerance) << c << "," << k;
      EXPECT_NEAR(f.expected[c][k], expected[c][k] / 15.8, kTolerance) << c << "," << k;
    }
  }
  ExpectValue(f.uAlpha, 116.0 / 195.0);
  ExpectValue(f.binaryUAlpha, 11.0 / 90.0);
  ExpectValue(f.perValue.at(0), 416.0 / 495.0);
  ExpectValue(f.perValue.at(1), 86.0 / 165.0);
  ExpectValue(f.cuAlpha, 139.0 / 168.0);
}

TEST(UnitizingFamily, UnitLengthSegmentsReduceToCodingAlpha) {
  // With one-character segments and no gaps, eq. 32 is the coincidence matrix of §4 and eq. 33
  // is e_ck = n_c(n_k − [c = k])/(n − 1) (S_c = n_c, l.. = n), so uα is the nominal α of §4.
  // Four units, Anna 0 1 0 1, Bram 0 1 1 1: o_00 = 2, o_11 = 4, o_01 = o_10 = 1; n_0 = 3, n_1 = 5,
  // n = 8: α = 1 − (n − 1)·2 / (2·3·5) = 1 − 14/30 = 8/15.
  const Coders coders = {{{0, 1, 0}, {1, 2, 1}, {2, 3, 0}, {3, 4, 1}}, {{0, 1, 0}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}}};
  ExpectValue(UnitizingAlphaFamily(4, coders, 2).uAlpha, 8.0 / 15.0);
}

TEST(UnitizingFamily, TotalsAndSymmetryWithThreeCoders) {
  // l.. = m·L, Σ ε = l.., observed symmetric, for an irregular three-coder coding of L = 37.
  const Coders coders = {
      {{0, 5, 0}, {5, 9, 0}, {12, 20, 1}, {30, 37, 2}},  // Anna
      {{2, 11, 0}, {11, 14, 2}, {18, 25, 1}},             // Bram
      {{1, 4, 1}, {6, 30, 2}},                            // Carla
  };
  const UnitizingFamily f = UnitizingAlphaFamily(37, coders, 3);
  ASSERT_EQ(f.observed.size(), 4u);
  EXPECT_NEAR(Sum(f.observed), 3.0 * 37.0, 1e-9);
  EXPECT_NEAR(Sum(f.expected), 3.0 * 37.0, 1e-9);
  for (std::size_t c = 0; c < 4; ++c)
    for (std::size_t k = 0; k < 4; ++k) {
      EXPECT_DOUBLE_EQ(f.observed[c][k], f.observed[k][c]);
      EXPECT_NEAR(f.expected[c][k], f.expected[k][c], 1e-12);
    }
  EXPECT_TRUE(f.uAlpha.Defined());
  EXPECT_TRUE(f.binaryUAlpha.Defined());
  EXPECT_EQ(f.perValue.size(), 3u);
}

TEST(UnitizingFamily, SplittingASegmentChangesOnlyExpected) {
  // HandComputedTwoCodes with Bram's [0, 5) split into [0, 2) + [2, 5) (same code, adjacent,
  // not merged). Observed is unchanged; S_1 drops from 41 to 16 + 4 + 9 = 29, S = 72,
  // l.. − S/l.. = 16.4, so ε_11 = (81 − 29)/16.4 and uα = 1 − 6·16.4/234 = 1 − 98.4/234 = 113/195.
  const UnitizingFamily whole = UnitizingAlphaFamily(10, {{{0, 4, 0}, {4, 8, 1}}, {{0, 5, 0}, {5, 10, 1}}}, 2);
  const UnitizingFamily split =
      UnitizingAlphaFamily(10, {{{0, 4, 0}, {4, 8, 1}}, {{0, 2, 0}, {2, 5, 0}, {5, 10, 1}}}, 2);
  ASSERT_EQ(split.observed.size(), 3u);
  for (std::size_t c = 0; c < 3; ++c)
    for (std::size_t k = 0; k < 3; ++k) EXPECT_NEAR(split.observed[c][k], whole.observed[c][k], kTolerance);
  EXPECT_NEAR(split.expected[1][1], 52.0 / 16.4, kTolerance);
  EXPECT_GT(std::abs(split.expected[1][1] - whole.expected[1][1]), 0.1);
  ExpectValue(split.uAlpha, 113.0 / 195.0);
}

TEST(UnitizingFamily, PerfectAgreementGivesOne) {
  const Coders same = {{{0, 3, 0}, {5, 9, 1}}, {{0, 3, 0}, {5, 9, 1}}};
  const UnitizingFamily f = UnitizingAlphaFamily(10, same, 2);
  ExpectValue(f.uAlpha, 1.0);
  ExpectValue(f.binaryUAlpha, 1.0);
  ExpectValue(f.cuAlpha, 1.0);
  ExpectValue(f.perValue.at(0), 1.0);
  ExpectValue(f.perValue.at(1), 1.0);
}

TEST(UnitizingFamily, CuAlphaUndefinedWhenItsDenominatorIsNotPositive) {
  // Anna codes all of L = 10 with code 0; Bram codes [0, 1) with code 1. Restricted to codes:
  // l'_01 = l'_10 = 1, l'.. = 2, S' = 100 + 1 = 101: l'.. − S'/l'.. = 2 − 50.5 < 0.
  const UnitizingFamily f = UnitizingAlphaFamily(10, {{{0, 10, 0}}, {{0, 1, 1}}}, 2);
  ExpectUndefined(f.cuAlpha);
  EXPECT_TRUE(f.uAlpha.Defined());
}

TEST(UnitizingFamily, UnusedCodeIsUndefinedPerValue) {
  const UnitizingFamily f = UnitizingAlphaFamily(10, {{{2, 6, 0}}, {{3, 7, 0}}}, 2);
  ExpectUndefined(f.perValue.at(1));
  ExpectValue(f.uAlpha, 151.0 / 240.0);  // an unused code changes nothing (HandComputedOneCode)
}

TEST(UnitizingFamily, DegenerateInputsAreUndefined) {
  const auto allUndefined = [](const UnitizingFamily& f) {
    ExpectUndefined(f.uAlpha);
    ExpectUndefined(f.binaryUAlpha);
    ExpectUndefined(f.cuAlpha);
    for (const auto& [value, result] : f.perValue) ExpectUndefined(result);
  };
  allUndefined(UnitizingAlphaFamily(10, {{}, {}}, 2));                            // no segments
  allUndefined(UnitizingAlphaFamily(10, {{{0, 10, 0}}, {{0, 4, 0}, {4, 10, 0}}}, 1));  // all coded, one code
  allUndefined(UnitizingAlphaFamily(10, {{{2, 6, 0}}}, 1));                       // a single coder
  allUndefined(UnitizingAlphaFamily(0, {{}, {}}, 1));                             // empty document
  allUndefined(UnitizingAlphaFamily(10, {{{0, 5, 0}, {4, 8, 1}}, {}}, 2));        // overlap within a coder
  allUndefined(UnitizingAlphaFamily(10, {{{0, 5, 2}}, {}}, 2));                   // value out of range
  allUndefined(UnitizingAlphaFamily(10, {{{5, 11, 0}}, {}}, 1));                  // beyond the end
  allUndefined(UnitizingAlphaFamily(10, {{}, {}}, -1));                           // negative value count
  EXPECT_TRUE(UnitizingAlphaFamily(10, {{{2, 6, 0}}}, 1).observed.empty());
}

}  // namespace
}  // namespace duiding::agreement
