// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
//
// Tests for agreement on predefined units (src/agreement/unit_measures.h). Published worked
// examples cite their source and compare at the published rounding; everything else is either
// a hand computation shown in the comment or a property from ../shared/design/agreement.md §6.
#include "agreement/unit_measures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

using duiding::agreement::BrennanPrediger;
using duiding::agreement::CohenKappa;
using duiding::agreement::CongerKappa;
using duiding::agreement::ComputeUnitReport;
using duiding::agreement::FleissKappa;
using duiding::agreement::FleissKappaPerCategory;
using duiding::agreement::GwetAc1;
using duiding::agreement::KrippendorffAlpha;
using duiding::agreement::KrippendorffAlphaForCategory;
using duiding::agreement::Level;
using duiding::agreement::LightKappa;
using duiding::agreement::MeanPairwiseAgreement;
using duiding::agreement::AgreementWithin;
using duiding::agreement::AllAgree;
using duiding::agreement::PercentAgreement;
using duiding::agreement::RandolphKappa;
using duiding::agreement::ReliabilityData;
using duiding::agreement::Result;
using duiding::agreement::ScottPi;
using duiding::agreement::UnitReport;
using duiding::agreement::WeightedKappa;

constexpr int kNone = -1;  // a missing value in the fixtures below
constexpr double kExact = 1e-12;

/// Builds reliability data from one row per coder (category indices, kNone for missing).
ReliabilityData ByCoder(std::vector<std::string> categories, const std::vector<std::vector<int>>& coders) {
  ReliabilityData data;
  data.coders = coders.size();
  data.categories = std::move(categories);
  const std::size_t units = coders.empty() ? 0 : coders.front().size();
  for (std::size_t u = 0; u < units; ++u) {
    std::vector<std::optional<std::size_t>> row;
    for (const auto& coder : coders) {
      row.push_back(coder[u] == kNone ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(coder[u])));
    }
    data.units.push_back(std::move(row));
  }
  return data;
}

/// Two coders from a contingency table: table[c][k] units where coder 1 chose c and coder 2 k.
ReliabilityData FromTable(std::vector<std::string> categories, const std::vector<std::vector<int>>& table) {
  std::vector<std::vector<int>> coders(2);
  for (std::size_t c = 0; c < table.size(); ++c) {
    for (std::size_t k = 0; k < table[c].size(); ++k) {
      for (int i = 0; i < table[c][k]; ++i) {
        coders[0].push_back(static_cast<int>(c));
        coders[1].push_back(static_cast<int>(k));
      }
    }
  }
  return ByCoder(std::move(categories), coders);
}

/// m coders from Fleiss-style counts: counts[i][j] coders put subject i in category j. The
/// values are dealt to coder columns in category order (Fleiss' κ ignores rater identity).
ReliabilityData FromCounts(std::vector<std::string> categories, std::size_t m, const std::vector<std::vector<int>>& counts) {
  ReliabilityData data;
  data.coders = m;
  data.categories = std::move(categories);
  for (const auto& subject : counts) {
    std::vector<std::optional<std::size_t>> row;
    for (std::size_t j = 0; j < subject.size(); ++j) {
      for (int i = 0; i < subject[j]; ++i) row.emplace_back(j);
    }
    data.units.push_back(std::move(row));
  }
  return data;
}

double ValueOf(const Result& r) {
  EXPECT_TRUE(r.Defined()) << "undefined: " << r.undefinedReason;
  EXPECT_TRUE(r.undefinedReason.empty());
  return r.value.value_or(-999.0);
}

void ExpectUndefined(const Result& r) {
  EXPECT_FALSE(r.Defined()) << "unexpected value " << r.value.value_or(0.0);
  EXPECT_FALSE(r.undefinedReason.empty());
}

void ExpectSame(const Result& a, const Result& b) {
  ASSERT_EQ(a.Defined(), b.Defined()) << a.undefinedReason << " / " << b.undefinedReason;
  if (a.Defined()) {
    EXPECT_NEAR(*a.value, *b.value, kExact);
  }
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
// Communication, University of Pennsylvania (ASC working paper 43): the reliability data matrix
// of 4 observers × 12 units with missing values, values 1–5 (category index = value − 1).
ReliabilityData Krippendorff2011FourObservers() {
  ReliabilityData data = ByCoder({"1", "2", "3", "4", "5"},
                                 {{0, 1, 2, 2, 1, 0, 3, 0, 1, kNone, kNone, kNone},
                                  {0, 1, 2, 2, 1, 1, 3, 0, 1, 4, kNone, 2},
                                  {kNone, 2, 2, 2, 1, 2, 3, 1, 1, 4, 0, kNone},
                                  {0, 1, 2, 2, 1, 3, 3, 0, 1, 4, 0, kNone}});
  data.numbers = {1, 2, 3, 4, 5};
  return data;
}

// Cohen (1968), "Weighted kappa: Nominal scale agreement with provision for scaled disagreement
// or partial credit", Psychol. Bull. 70:213–220, Table 1: cell proportions for N = 200 units,
// here as counts (rows: judge 1, columns: judge 2). Cohen reports p_o = .70, p_c = .41,
// κ = .492.
ReliabilityData Cohen1968Table1() {
  return FromTable({"persoonlijkheidsstoornis", "neurose", "psychose"},
                   {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
}

// Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychol. Bull.
// 76:378–382, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (counts n_ij).
ReliabilityData Fleiss1971Table1() {
  return FromCounts({"depressie", "persoonlijkheidsstoornis", "schizofrenie", "neurose", "overig"}, 6,
                    {{0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
                     {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
                     {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
                     {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
                     {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
                     {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}});
}

// Three coders, four interview fragments, complete data. "geen" is declared but never used,
// so q = 3 where q counts the codebook (declared categories).
//   fragment:   1         2              3              4
//   coder 1:  schaamte  schaamte       tot last zijn  schaamte
//   coder 2:  schaamte  schaamte       tot last zijn  tot last zijn
//   coder 3:  schaamte  tot last zijn  tot last zijn  tot last zijn
ReliabilityData ThreeCoders() {
  return ByCoder({"schaamte", "tot last zijn", "geen"}, {{0, 0, 1, 0}, {0, 0, 1, 1}, {0, 1, 1, 1}});
}

// Two coders, eight fragments with missing values (kNone), Dutch codebook of 3 categories.
ReliabilityData TwoCodersWithGaps() {
  return ByCoder({"schaamte", "tot last zijn", "geen"},
                 {{0, 0, 1, 2, 1, kNone, 0, 2}, {0, 1, 1, 2, 0, 2, kNone, 2}});
}

ReliabilityData WithUnitsPermuted(ReliabilityData data) {
  std::reverse(data.units.begin(), data.units.end());
  std::rotate(data.units.begin(), data.units.begin() + static_cast<std::ptrdiff_t>(data.units.size() / 3),
              data.units.end());
  return data;
}

/// Relabels category c as perm[c] (names and numbers move along).
ReliabilityData WithCategoriesRelabelled(ReliabilityData data, const std::vector<std::size_t>& perm) {
  std::vector<std::string> names(data.categories.size());
  for (std::size_t c = 0; c < perm.size(); ++c) names[perm[c]] = data.categories[c];
  data.categories = names;
  if (!data.numbers.empty()) {
    std::vector<double> numbers(data.numbers.size());
    for (std::size_t c = 0; c < perm.size(); ++c) numbers[perm[c]] = data.numbers[c];
    data.numbers = numbers;
  }
  for (auto& row : data.units) {
    for (auto& v : row) {
      if (v) v = perm[*v];
    }
  }
  return data;
}

ReliabilityData WithCodersReversed(ReliabilityData data) {
  for (auto& row : data.units) std::reverse(row.begin(), row.end());
  return data;
}

// =============================================================================================
// Published worked examples

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (see fixture above): the
// 4-observer × 12-unit example with missing data. Published: nominal α = 0.743, ordinal
// α = 0.815, interval α = 0.849, ratio α = 0.797.
TEST(KrippAlphaPublished, Krippendorff2011FourObserversNominal) {
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(Krippendorff2011FourObservers(), Level::Nominal)), 0.743, 0.0005);
}
TEST(KrippAlphaPublished, Krippendorff2011FourObserversOrdinal) {
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(Krippendorff2011FourObservers(), Level::Ordinal)), 0.815, 0.0005);
}
TEST(KrippAlphaPublished, Krippendorff2011FourObserversInterval) {
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(Krippendorff2011FourObservers(), Level::Interval)), 0.849, 0.0005);
}
TEST(KrippAlphaPublished, Krippendorff2011FourObserversRatio) {
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(Krippendorff2011FourObservers(), Level::Ratio)), 0.797, 0.0005);
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": binary data, two
// observers, ten units, no missing data.
//   observer A: 0 1 0 0 0 0 0 0 1 0
//   observer B: 1 1 1 0 0 1 0 0 0 0
// Published α = 0.095. By hand: o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6,
// n = 20; α = 1 − (n − 1)·o_01/(n_0·n_1) = 1 − 19·4/84 = 2/21.
TEST(KrippAlphaPublished, Krippendorff2011TwoObserversBinary) {
  const ReliabilityData data =
      ByCoder({"0", "1"}, {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}});
  const double alpha = ValueOf(KrippendorffAlpha(data, Level::Nominal));
  EXPECT_NEAR(alpha, 0.095, 0.0005);
  EXPECT_NEAR(alpha, 2.0 / 21.0, kExact);
}

// Fleiss (1971), Psychol. Bull. 76:378–382, Table 1 (fixture above). Published κ = .430.
// By hand: column totals T_j = 26, 26, 30, 55, 43 of N·m = 180, so p_j = .144, .144, .167,
// .306, .239; Σ_i Σ_j n_ij² = 680, P̄ = (680 − 180)/(30·6·5) = 5/9.
TEST(FleissKappaPublished, Fleiss1971Table1) {
  const ReliabilityData data = Fleiss1971Table1();
  EXPECT_NEAR(ValueOf(FleissKappa(data)), 0.430, 0.0005);
  EXPECT_NEAR(ValueOf(MeanPairwiseAgreement(data)), 5.0 / 9.0, kExact);
}

// Same table, per-category κ_j = 1 − Σ_i n_ij(m − n_ij) / (N m (m − 1) p_j (1 − p_j)); with
// N = 30, m = 6 this is 1 − 36·S_j/(T_j (180 − T_j)), where S_j = Σ_i n_ij(6 − n_ij) is
// 84, 84, 60, 101, 71 (summed by hand from the table):
//   35/143, 35/143, 13/25, 3239/6875, 3335/5891 ≈ .245, .245, .520, .471, .566.
TEST(FleissKappaPublished, Fleiss1971Table1PerCategory) {
  const std::vector<Result> kappas = FleissKappaPerCategory(Fleiss1971Table1());
  ASSERT_EQ(kappas.size(), 5U);
  EXPECT_NEAR(ValueOf(kappas[0]), 35.0 / 143.0, kExact);
  EXPECT_NEAR(ValueOf(kappas[1]), 35.0 / 143.0, kExact);
  EXPECT_NEAR(ValueOf(kappas[2]), 13.0 / 25.0, kExact);
  EXPECT_NEAR(ValueOf(kappas[3]), 3239.0 / 6875.0, kExact);
  EXPECT_NEAR(ValueOf(kappas[4]), 3335.0 / 5891.0, kExact);
}

// Cohen (1968), Psychol. Bull. 70:213–220, Table 1 (fixture above): published p_o = .70,
// p_c = .41 and unweighted κ = .492. By hand: A = 88 + 40 + 12 = 140 of N = 200; row totals
// 120, 60, 20, column totals 100, 60, 40; P_e = (12000 + 3600 + 800)/40000 = .41;
// κ = (.70 − .41)/(1 − .41) = 29/59.
TEST(CohenKappaPublished, Cohen1968Table1) {
  const ReliabilityData data = Cohen1968Table1();
  const double kappa = ValueOf(CohenKappa(data, 0, 1));
  EXPECT_NEAR(kappa, 0.492, 0.0005);
  EXPECT_NEAR(kappa, 29.0 / 59.0, kExact);
  EXPECT_NEAR(ValueOf(PercentAgreement(data, 0, 1)), 0.70, kExact);
}

// =============================================================================================
// Hand computations on the Cohen (1968) table (row totals 120, 60, 20; column totals 100, 60,
// 40; pooled totals 220, 120, 60 of 2N = 400; P_o = .70; q = 3 declared categories).

// Scott's π: pooled shares .55, .30, .15; P_e = .3025 + .09 + .0225 = .415;
// π = (.70 − .415)/(1 − .415) = .285/.585 = 19/39.
TEST(ScottPiHand, Cohen1968Table) {
  EXPECT_NEAR(ValueOf(ScottPi(Cohen1968Table1(), 0, 1)), 19.0 / 39.0, kExact);
}

// Brennan–Prediger κn: P_e = 1/3; S = (.70 − 1/3)/(2/3) = .55.
TEST(BrennanPredigerHand, Cohen1968Table) {
  EXPECT_NEAR(ValueOf(BrennanPrediger(Cohen1968Table1(), 0, 1)), 0.55, kExact);
}

// Gwet's AC1: Σ π_c(1 − π_c) = .55·.45 + .30·.70 + .15·.85 = .585; P_e = .585/(q − 1) = .2925;
// AC1 = (.70 − .2925)/(1 − .2925) = .4075/.7075 = 163/283.
TEST(GwetAc1Hand, Cohen1968Table) {
  EXPECT_NEAR(ValueOf(GwetAc1(Cohen1968Table1(), 0, 1)), 163.0 / 283.0, kExact);
}

// Linear weights |c − k|: observed Σ w n_ck = 1·(14 + 10 + 10 + 6) + 2·(18 + 2) = 80, so
// Σ w p_ck = .40; expected Σ w r_c k_k = 1·(120·60 + 60·100 + 60·40 + 20·60) + 2·(120·40 + 20·100)
// = 16800 + 13600 = 30400, so Σ w p_c. p_.k = .76; κ_w = 1 − .40/.76 = 9/19.
// Quadratic weights (c − k)²: observed 40 + 4·20 = 120 (.60); expected 16800 + 4·6800 = 44000
// (1.10); κ_w = 1 − .60/1.10 = 5/11.
TEST(WeightedKappaHand, Cohen1968TableLinearAndQuadratic) {
  EXPECT_NEAR(ValueOf(WeightedKappa(Cohen1968Table1(), 0, 1, false)), 9.0 / 19.0, kExact);
  EXPECT_NEAR(ValueOf(WeightedKappa(Cohen1968Table1(), 0, 1, true)), 5.0 / 11.0, kExact);
}

// Weights use the position in the declared list {schaamte, geen, tot last zijn}, also when
// "geen" is rare or unused, so "tot last zijn" is two steps from "schaamte".
// Two coders, 4 units: (s,s) (s,t) (t,s) (t,t) with s = 0, t = 2 of {s, geen, t}.
// Observed Σ w n = 2 + 2 = 4 (linear); expected Σ w r_c k_k = 2·(2·2) + 2·(2·2) = 16;
// κ_w = 1 − 4·4/16 = 0. With quadratic weights, 1 − 4·8/32 = 0 as well; both equal Cohen's κ = 0.
// Now (s,s) (s,geen) (t,t) (t,t): linear observed 1, expected r = (2,0,2), k = (1,1,2):
// Σ w r_c k_k = 1·(2·1) + 2·(2·2) + 2·(2·1) + 1·(2·1) = 2 + 8 + 4 + 2 = 16; κ_w = 1 − 4·1/16 = 3/4.
TEST(WeightedKappaHand, PositionsComeFromDeclaredList) {
  const ReliabilityData balanced = ByCoder({"schaamte", "geen", "tot last zijn"}, {{0, 0, 2, 2}, {0, 2, 0, 2}});
  EXPECT_NEAR(ValueOf(WeightedKappa(balanced, 0, 1, false)), 0.0, kExact);
  const ReliabilityData nearMiss = ByCoder({"schaamte", "geen", "tot last zijn"}, {{0, 0, 2, 2}, {0, 1, 2, 2}});
  EXPECT_NEAR(ValueOf(WeightedKappa(nearMiss, 0, 1, false)), 0.75, kExact);
}

// Percent agreement with missing values (fixture TwoCodersWithGaps): units 6 and 7 lack one
// coder and are left out; of the 6 remaining, units 1, 3, 4, 8 agree: 4/6.
TEST(PercentAgreementHand, ListwiseDeletionOfIncompleteUnits) {
  EXPECT_NEAR(ValueOf(PercentAgreement(TwoCodersWithGaps(), 0, 1)), 4.0 / 6.0, kExact);
}

// Cohen's κ on the same data after listwise deletion: pairs (s,s) (s,t) (t,t) (g,g) (t,s) (g,g)
// with s = schaamte, t = tot last zijn, g = geen. Coder 1: s 2, t 2, g 2; coder 2: s 2, t 2, g 2.
// P_e = 3·(2·2)/36 = 1/3; κ = (4/6 − 1/3)/(2/3) = 1/2.
TEST(CohenKappaHand, ListwiseDeletionOfIncompleteUnits) {
  EXPECT_NEAR(ValueOf(CohenKappa(TwoCodersWithGaps(), 0, 1)), 0.5, kExact);
}

// Three coders (fixture ThreeCoders): per fragment P_i = 1, 1/3, 1, 1/3, so P̄ = 2/3; all agree
// in fragments 1 and 3: 1/2. Category totals 6, 6, 0 of 12: Fleiss P_e = 1/2, κ = (2/3 − 1/2)/(1/2)
// = 1/3. Randolph with q = 3 declared: (2/3 − 1/3)/(1 − 1/3) = 1/2.
TEST(FleissKappaHand, ThreeCoders) {
  const ReliabilityData data = ThreeCoders();
  EXPECT_NEAR(ValueOf(MeanPairwiseAgreement(data)), 2.0 / 3.0, kExact);
  EXPECT_NEAR(ValueOf(AllAgree(data)), 0.5, kExact);
  EXPECT_NEAR(ValueOf(FleissKappa(data)), 1.0 / 3.0, kExact);
}
// §2a with a tolerance: a survey answer scored 1..5 by three coders. Units (coder values):
// (3,3,3) (2,3,3) (1,3,4) (5,4,5) (2,-,2). The last is incomplete and left out. Spreads max − min:
// 0, 1, 3, 1. Tolerance 0: 1/4 (= AllAgree); 1: 3/4; 3: 4/4. Two coders (the first two
// columns): |a − b| = 0, 1, 2, 1, 0 over five units; tolerance 1: 4/5.
TEST(AgreementWithinHand, NumericScoresWithATolerance) {
  ReliabilityData data;
  data.coders = 3;
  data.categories = {"1", "2", "3", "4", "5"};
  data.numbers = {1, 2, 3, 4, 5};
  const auto at = [](int v) { return std::optional<std::size_t>(static_cast<std::size_t>(v - 1)); };
  data.units = {{at(3), at(3), at(3)}, {at(2), at(3), at(3)}, {at(1), at(3), at(4)}, {at(5), at(4), at(5)},
                {at(2), std::nullopt, at(2)}};
  EXPECT_NEAR(ValueOf(AgreementWithin(data, 0)), 0.25, kExact);
  EXPECT_NEAR(ValueOf(AgreementWithin(data, 0)), ValueOf(AllAgree(data)), kExact);
  EXPECT_NEAR(ValueOf(AgreementWithin(data, 1)), 0.75, kExact);
  EXPECT_NEAR(ValueOf(AgreementWithin(data, 3)), 1.0, kExact);
  ReliabilityData two = data;
  two.coders = 2;
  two.units = {{at(3), at(3)}, {at(2), at(3)}, {at(1), at(3)}, {at(5), at(4)}, {at(2), at(2)}};
  EXPECT_NEAR(ValueOf(AgreementWithin(two, 1)), 0.8, kExact);
  EXPECT_FALSE(AgreementWithin(data, -1).Defined());
  data.numbers.clear();  // nominal categories have no distance
  EXPECT_NE(AgreementWithin(data, 1).undefinedReason.find("numeric"), std::string::npos);
}

TEST(RandolphKappaHand, ThreeCodersUsesDeclaredCategoryCount) {
  EXPECT_NEAR(ValueOf(RandolphKappa(ThreeCoders())), 0.5, kExact);
}

// Conger: p_r(schaamte) = 3/4, 2/4, 1/4 for coders 1–3 (p_r(tot last zijn) the complement);
// p̄ = 1/2 for both; s² = ((1/4)² + 0 + (1/4)²)/2 = 1/16 for both; P_e = (1/4 + 1/4) − (2/16)/3
// = 11/24; κ = (2/3 − 11/24)/(1 − 11/24) = (5/24)/(13/24) = 5/13.
TEST(CongerKappaHand, ThreeCoders) {
  EXPECT_NEAR(ValueOf(CongerKappa(ThreeCoders())), 5.0 / 13.0, kExact);
}

// Light: Cohen's κ per pair. Coders 1–2: P_o = 3/4, P_e = 3/4·1/2 + 1/4·1/2 = 1/2, κ = 1/2.
// Coders 1–3: P_o = 1/2, P_e = 3/4·1/4 + 1/4·3/4 = 3/8, κ = (1/8)/(5/8) = 1/5. Coders 2–3:
// P_o = 3/4, P_e = 1/2, κ = 1/2. Light = (1/2 + 1/5 + 1/2)/3 = 2/5.
TEST(LightKappaHand, ThreeCoders) {
  EXPECT_NEAR(ValueOf(LightKappa(ThreeCoders())), 0.4, kExact);
}

// The pitfall of agreement.md §4.5: with 3 coders and complete data each pair within a unit
// weighs 1/(m_u − 1) = 1/2. Fragments (ThreeCoders): {s,s,s} adds o_ss += 3·2/2 = 3;
// {s,s,t}: o_ss += 2·1/2 = 1, o_st = o_ts += 2·1/2 = 1; {t,t,t}: o_tt += 3; {s,t,t}: o_st = o_ts += 1,
// o_tt += 1. So o_ss = 4, o_st = o_ts = 2, o_tt = 4; n_s = n_t = 6, n = 12;
// α = 1 − (n − 1)·2·o_st/(2·n_s·n_t) = 1 − 11·2/36 = 7/18.
// The irr 0.84.1 shortcut (weight 1 when nothing is missing) doubles every o_ck and n_c, giving
// 1 − 23·4/144 = 13/36 instead; our value must not be that.
TEST(KrippAlphaHand, ThreeCodersWeightsPairsByOneOverMuMinusOne) {
  const double alpha = ValueOf(KrippendorffAlpha(ThreeCoders(), Level::Nominal));
  EXPECT_NEAR(alpha, 7.0 / 18.0, kExact);
  EXPECT_GT(std::abs(alpha - 13.0 / 36.0), 0.01);
}

// Ordinal δ² uses the coincidence marginals of pairable values in declared rank order, so a
// value in a single-value unit does not enter n_g. Two coders on a 3-point scale "laag" <
// "midden" < "hoog", 4 units (l,l) (m,m) (h,h) (l,m), plus unit 5 with only "midden" (not
// pairable). Marginals n = (3, 3, 2), n = 8. δ²(l,m) = (3 + 3 − 3)² = 9; δ²(m,h) = (3 + 2 − 2.5)²
// = 6.25; δ²(l,h) = (8 − 2.5)² = 30.25. Observed Σ o δ² = 2·1·9 = 18; expected Σ n_c n_k δ²
// = 2·(3·3·9 + 3·2·6.25 + 3·2·30.25) = 2·(81 + 37.5 + 181.5) = 600; α = 1 − 7·18/600 = 0.79.
TEST(KrippAlphaHand, OrdinalUsesPairableMarginalsInDeclaredOrder) {
  const ReliabilityData data =
      ByCoder({"laag", "midden", "hoog"}, {{0, 1, 2, 0, 1}, {0, 1, 2, 1, kNone}});
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Ordinal)), 0.79, kExact);
}

// Interval and ratio use `numbers`, not the category position. Two coders, units (0,0) (1,1)
// (0,1) with numbers 2 and 6: n_2 = 3, n_6 = 3, n = 6, o_26 = o_62 = 1.
// Interval δ² = 16: α = 1 − 5·(2·16)/(2·9·16) = 1 − 5/9 = 4/9. Ratio δ² = (4/8)² constant, so
// α is the same 4/9 (two values: every metric reduces to nominal).
TEST(KrippAlphaHand, IntervalAndRatioUseNumbers) {
  ReliabilityData data = ByCoder({"twee", "zes"}, {{0, 1, 0}, {0, 1, 1}});
  data.numbers = {2, 6};
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Interval)), 4.0 / 9.0, kExact);
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Ratio)), 4.0 / 9.0, kExact);
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Nominal)), 4.0 / 9.0, kExact);
}

// Three values where metrics differ: two coders, units (1,2) (2,2) (3,3) (1,1) with numbers
// 1, 2, 3. n_1 = 3, n_2 = 3, n_3 = 2, n = 8; o_12 = o_21 = 1.
// Interval: observed Σ o δ² = 2·1 = 2; expected = 2·(3·3·1 + 3·2·1 + 3·2·4) = 2·39 = 78;
// α = 1 − 7·2/78 = 32/39.
TEST(KrippAlphaHand, IntervalThreeValues) {
  ReliabilityData data = ByCoder({"1", "2", "3"}, {{0, 1, 2, 0}, {1, 1, 2, 0}});
  data.numbers = {1, 2, 3};
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Interval)), 32.0 / 39.0, kExact);
}

// Per-category α_c = 1 − (n − 1)(n_c − o_cc)/(n_c (n − n_c)). ThreeCoders: n = 12, n_s = 6,
// o_ss = 4: α_s = 1 − 11·2/36 = 7/18 (binary data, so equal to α).
TEST(KrippAlphaHand, PerCategory) {
  EXPECT_NEAR(ValueOf(KrippendorffAlphaForCategory(ThreeCoders(), 0)), 7.0 / 18.0, kExact);
  ExpectUndefined(KrippendorffAlphaForCategory(ThreeCoders(), 2));  // "geen" never occurs
  ExpectUndefined(KrippendorffAlphaForCategory(ThreeCoders(), 3));  // no such category
}

// =============================================================================================
// §6 properties

std::vector<Result> TwoCoderResults(const ReliabilityData& d, std::size_t a, std::size_t b) {
  return {PercentAgreement(d, a, b), CohenKappa(d, a, b),          ScottPi(d, a, b),
          BrennanPrediger(d, a, b),  GwetAc1(d, a, b),             WeightedKappa(d, a, b, false),
          WeightedKappa(d, a, b, true)};
}

std::vector<Result> NominalResults(const ReliabilityData& d) {
  std::vector<Result> all = {AllAgree(d),   MeanPairwiseAgreement(d), FleissKappa(d),
                             CongerKappa(d), LightKappa(d),            RandolphKappa(d),
                             KrippendorffAlpha(d, Level::Nominal)};
  if (d.coders == 2) {  // percent, Cohen, Scott, Brennan–Prediger, AC1 (not the weighted κ's)
    const std::vector<Result> two = TwoCoderResults(d, 0, 1);
    all.insert(all.end(), two.begin(), two.begin() + 5);
  }
  return all;
}

TEST(UnitProperties, PerfectAgreementGivesOne) {
  ReliabilityData two = ByCoder({"schaamte", "tot last zijn", "geen"}, {{0, 1, 2, 0, 1}, {0, 1, 2, 0, 1}});
  two.numbers = {1, 2, 3};
  for (const Result& r : TwoCoderResults(two, 0, 1)) EXPECT_NEAR(ValueOf(r), 1.0, kExact);
  ReliabilityData three = ByCoder({"schaamte", "tot last zijn"}, {{0, 1, 1, 0}, {0, 1, 1, 0}, {0, 1, 1, 0}});
  three.numbers = {0, 5};
  for (const ReliabilityData* d : {&two, &three}) {
    for (const Result& r : NominalResults(*d)) EXPECT_NEAR(ValueOf(r), 1.0, kExact);
    for (Level level : {Level::Ordinal, Level::Interval, Level::Ratio}) {
      EXPECT_NEAR(ValueOf(KrippendorffAlpha(*d, level)), 1.0, kExact);
    }
  }
}

TEST(UnitProperties, PermutingUnitsChangesNothing) {
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps(), ThreeCoders(), Fleiss1971Table1()}) {
    const ReliabilityData permuted = WithUnitsPermuted(d);
    const auto before = NominalResults(d);
    const auto after = NominalResults(permuted);
    for (std::size_t i = 0; i < before.size(); ++i) ExpectSame(before[i], after[i]);
  }
  const ReliabilityData k = Krippendorff2011FourObservers();
  for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
    ExpectSame(KrippendorffAlpha(k, level), KrippendorffAlpha(WithUnitsPermuted(k), level));
  }
}

TEST(UnitProperties, RelabellingNominalCategoriesChangesNothing) {
  const std::vector<std::size_t> perm3 = {2, 0, 1};
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps(), ThreeCoders()}) {
    const auto before = NominalResults(d);
    const auto after = NominalResults(WithCategoriesRelabelled(d, perm3));
    for (std::size_t i = 0; i < before.size(); ++i) ExpectSame(before[i], after[i]);
  }
  const std::vector<std::size_t> perm5 = {3, 0, 4, 1, 2};
  for (const ReliabilityData& d : {Krippendorff2011FourObservers(), Fleiss1971Table1()}) {
    const ReliabilityData relabelled = WithCategoriesRelabelled(d, perm5);
    const auto before = NominalResults(d);
    const auto after = NominalResults(relabelled);
    for (std::size_t i = 0; i < before.size(); ++i) ExpectSame(before[i], after[i]);
    for (std::size_t c = 0; c < 5; ++c) {
      ExpectSame(KrippendorffAlphaForCategory(d, c), KrippendorffAlphaForCategory(relabelled, perm5[c]));
    }
  }
  // Interval α moves the numbers along with the labels, so it is unchanged too.
  const ReliabilityData k = Krippendorff2011FourObservers();
  ExpectSame(KrippendorffAlpha(k, Level::Interval),
             KrippendorffAlpha(WithCategoriesRelabelled(k, perm5), Level::Interval));
}

TEST(UnitProperties, SwappingCodersChangesNothing) {
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps()}) {
    const auto ab = TwoCoderResults(d, 0, 1);
    const auto ba = TwoCoderResults(d, 1, 0);
    for (std::size_t i = 0; i < ab.size(); ++i) ExpectSame(ab[i], ba[i]);
  }
  for (const ReliabilityData& d : {Cohen1968Table1(), ThreeCoders(), Krippendorff2011FourObservers()}) {
    const auto before = NominalResults(d);
    const auto after = NominalResults(WithCodersReversed(d));
    for (std::size_t i = 0; i < before.size(); ++i) ExpectSame(before[i], after[i]);
  }
  const ReliabilityData k = Krippendorff2011FourObservers();
  for (Level level : {Level::Ordinal, Level::Interval, Level::Ratio}) {
    ExpectSame(KrippendorffAlpha(k, level), KrippendorffAlpha(WithCodersReversed(k), level));
  }
}

TEST(ScottPiProperties, FleissKappaEqualsScottPiForTwoCoders) {
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps()}) {
    ExpectSame(FleissKappa(d), ScottPi(d, 0, 1));
  }
}

TEST(LightKappaProperties, LightEqualsCohenEqualsCongerForTwoCoders) {
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps()}) {
    const double cohen = ValueOf(CohenKappa(d, 0, 1));
    EXPECT_NEAR(ValueOf(LightKappa(d)), cohen, kExact);
    EXPECT_NEAR(ValueOf(CongerKappa(d)), cohen, kExact);
  }
}

TEST(BrennanPredigerProperties, RandolphEqualsBrennanPredigerForTwoCoders) {
  for (const ReliabilityData& d : {Cohen1968Table1(), TwoCodersWithGaps()}) {
    ExpectSame(RandolphKappa(d), BrennanPrediger(d, 0, 1));
  }
}

// With two categories |c − k| = (c − k)² = [c ≠ k], so both weightings are the nominal
// weights and κ_w = κ.
TEST(WeightedKappaProperties, TwoCategoriesLinearAndQuadraticEqualCohen) {
  const ReliabilityData data = FromTable({"schaamte", "geen"}, {{12, 3}, {5, 10}});
  const double cohen = ValueOf(CohenKappa(data, 0, 1));
  EXPECT_NEAR(ValueOf(WeightedKappa(data, 0, 1, false)), cohen, kExact);
  EXPECT_NEAR(ValueOf(WeightedKappa(data, 0, 1, true)), cohen, kExact);
}

// α = 1 − (1 − π)(n − 1)/n with n = 2N, for two coders and complete data.
TEST(KrippAlphaProperties, RelationToScottPiForTwoCoders) {
  const ReliabilityData binary =
      ByCoder({"0", "1"}, {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}});
  for (const ReliabilityData& d : {Cohen1968Table1(), binary}) {
    const double n = 2.0 * static_cast<double>(d.units.size());
    const double pi = ValueOf(ScottPi(d, 0, 1));
    EXPECT_NEAR(ValueOf(KrippendorffAlpha(d, Level::Nominal)), 1 - (1 - pi) * (n - 1) / n, kExact);
  }
}

// The same relation holds between α and Fleiss' κ for m coders, complete data, n = N·m
// (D_o = 1 − P̄ and D_e = (1 − P_e)·n/(n − 1)).
TEST(KrippAlphaProperties, RelationToFleissKappaForCompleteData) {
  for (const ReliabilityData& d : {ThreeCoders(), Fleiss1971Table1()}) {
    const double n = static_cast<double>(d.units.size() * d.coders);
    const double kappa = ValueOf(FleissKappa(d));
    EXPECT_NEAR(ValueOf(KrippendorffAlpha(d, Level::Nominal)), 1 - (1 - kappa) * (n - 1) / n, kExact);
  }
}

TEST(KrippAlphaProperties, UnitWithSingleValueChangesNothing) {
  const ReliabilityData k = Krippendorff2011FourObservers();
  ReliabilityData more = k;
  more.units.push_back({std::nullopt, std::nullopt, std::size_t{4}, std::nullopt});
  more.units.push_back({std::size_t{0}, std::nullopt, std::nullopt, std::nullopt});
  more.units.push_back({std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
    ExpectSame(KrippendorffAlpha(k, level), KrippendorffAlpha(more, level));
  }
  for (std::size_t c = 0; c < 5; ++c) ExpectSame(KrippendorffAlphaForCategory(k, c), KrippendorffAlphaForCategory(more, c));
}

TEST(KrippAlphaProperties, BinaryAlphaEqualsPerCategoryAlpha) {
  const ReliabilityData gaps = ByCoder({"schaamte", "geen"}, {{0, 0, 1, kNone, 1, 0, 1},
                                                              {0, 1, 1, 1, kNone, 0, 0},
                                                              {kNone, 1, 1, 0, 1, 0, kNone}});
  for (const ReliabilityData& d : {gaps, ThreeCoders()}) {
    const double alpha = ValueOf(KrippendorffAlpha(d, Level::Nominal));
    EXPECT_NEAR(ValueOf(KrippendorffAlphaForCategory(d, 0)), alpha, kExact);
    EXPECT_NEAR(ValueOf(KrippendorffAlphaForCategory(d, 1)), alpha, kExact);
  }
}

// Row weights (ReliabilityData::weights): a row standing for w units counts as w repeated rows.
// The Cohen (1968) table as 9 weighted rows, and the Krippendorff (2011) data with three rows
// repeated, give the same coefficients as the expanded data.
ReliabilityData Collapsed(const ReliabilityData& expanded) {
  ReliabilityData collapsed = expanded;
  collapsed.units.clear();
  for (const auto& row : expanded.units) {
    const auto at = std::find(collapsed.units.begin(), collapsed.units.end(), row);
    if (at == collapsed.units.end()) {
      collapsed.units.push_back(row);
      collapsed.weights.push_back(1);
    } else {
      collapsed.weights[static_cast<std::size_t>(at - collapsed.units.begin())] += 1;
    }
  }
  return collapsed;
}

TEST(UnitProperties, WeightedRowsCountAsRepeatedRows) {
  ReliabilityData k = Krippendorff2011FourObservers();
  for (std::size_t u : {0U, 5U, 9U}) k.units.push_back(k.units[u]);
  ReliabilityData three = ThreeCoders();
  three.units.push_back(three.units[1]);
  three.units.push_back({std::size_t{0}, std::nullopt, std::size_t{1}});
  three.units.push_back({std::size_t{0}, std::nullopt, std::size_t{1}});
  for (const ReliabilityData& expanded : {Cohen1968Table1(), TwoCodersWithGaps(), k, three, Fleiss1971Table1()}) {
    const ReliabilityData collapsed = Collapsed(expanded);
    ASSERT_LT(collapsed.units.size(), expanded.units.size());
    const auto before = NominalResults(expanded);
    const auto after = NominalResults(collapsed);
    for (std::size_t i = 0; i < before.size(); ++i) ExpectSame(before[i], after[i]);
    for (std::size_t c = 0; c < expanded.categories.size(); ++c) {
      ExpectSame(KrippendorffAlphaForCategory(expanded, c), KrippendorffAlphaForCategory(collapsed, c));
      ExpectSame(FleissKappaPerCategory(expanded)[c], FleissKappaPerCategory(collapsed)[c]);
    }
    if (expanded.coders == 2) {
      for (bool quadratic : {false, true}) {
        ExpectSame(WeightedKappa(expanded, 0, 1, quadratic), WeightedKappa(collapsed, 0, 1, quadratic));
      }
    }
    const UnitReport a = ComputeUnitReport(expanded, Level::Ordinal);
    const UnitReport b = ComputeUnitReport(collapsed, Level::Ordinal);
    EXPECT_EQ(a.units, b.units);
    EXPECT_EQ(a.completeUnits, b.completeUnits);
    EXPECT_EQ(a.pairableUnits, b.pairableUnits);
    ExpectSame(a.krippendorffAlpha, b.krippendorffAlpha);
  }
  for (Level level : {Level::Ordinal, Level::Interval, Level::Ratio}) {
    ExpectSame(KrippendorffAlpha(k, level), KrippendorffAlpha(Collapsed(k), level));
  }
  // A row of weight 0 stands for no unit.
  ReliabilityData zero = Collapsed(Cohen1968Table1());
  zero.units.push_back({std::size_t{2}, std::size_t{0}});
  zero.weights.push_back(0);
  ExpectSame(CohenKappa(zero, 0, 1), CohenKappa(Cohen1968Table1(), 0, 1));
  ExpectSame(KrippendorffAlpha(zero, Level::Ordinal), KrippendorffAlpha(Cohen1968Table1(), Level::Ordinal));
  EXPECT_EQ(ComputeUnitReport(zero, Level::Nominal).units, 200U);
}

TEST(UnitDegenerate, InvalidWeights) {
  for (const std::vector<double>& weights :
       {std::vector<double>{1, 2}, std::vector<double>{1, 2, 3, -1}, std::vector<double>{1, 2, 0.5, 1}}) {
    ReliabilityData d = ThreeCoders();
    d.weights = weights;
    for (const Result& r : NominalResults(d)) ExpectUndefined(r);
    ExpectUndefined(KrippendorffAlphaForCategory(d, 0));
    for (const Result& r : FleissKappaPerCategory(d)) ExpectUndefined(r);
    ReliabilityData two = TwoCodersWithGaps();
    two.weights = weights;
    for (const Result& r : TwoCoderResults(two, 0, 1)) ExpectUndefined(r);
  }
}

// =============================================================================================
// Degenerate inputs: undefined with a reason, never NaN, never a silent 0 or 1.

TEST(UnitDegenerate, SingleCategoryIsUndefinedForChanceCorrectedCoefficients) {
  ReliabilityData d = ByCoder({"schaamte", "geen"}, {{0, 0, 0}, {0, 0, 0}});
  d.numbers = {1, 2};
  ExpectUndefined(CohenKappa(d, 0, 1));
  ExpectUndefined(ScottPi(d, 0, 1));
  ExpectUndefined(WeightedKappa(d, 0, 1, false));
  ExpectUndefined(WeightedKappa(d, 0, 1, true));
  ExpectUndefined(FleissKappa(d));
  ExpectUndefined(CongerKappa(d));
  ExpectUndefined(LightKappa(d));
  for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
    ExpectUndefined(KrippendorffAlpha(d, level));
  }
  ExpectUndefined(KrippendorffAlphaForCategory(d, 0));
  ExpectUndefined(KrippendorffAlphaForCategory(d, 1));
  const std::vector<Result> perCategory = FleissKappaPerCategory(d);
  ASSERT_EQ(perCategory.size(), 2U);
  ExpectUndefined(perCategory[0]);
  ExpectUndefined(perCategory[1]);
  // Percent agreement, S, AC1 and Randolph have a fixed chance term and stay defined.
  EXPECT_NEAR(ValueOf(PercentAgreement(d, 0, 1)), 1.0, kExact);
  EXPECT_NEAR(ValueOf(BrennanPrediger(d, 0, 1)), 1.0, kExact);
  EXPECT_NEAR(ValueOf(GwetAc1(d, 0, 1)), 1.0, kExact);
  EXPECT_NEAR(ValueOf(RandolphKappa(d)), 1.0, kExact);
}

// Coders who each use one (different) category: Cohen's P_e = 0, κ = (0 − 0)/1 = 0 is a
// computed value, not degenerate; α's expected disagreement is not 0 either.
TEST(CohenKappaProperties, CodersUsingDifferentSingleCategoriesGiveZero) {
  const ReliabilityData d = ByCoder({"schaamte", "geen"}, {{0, 0, 0}, {1, 1, 1}});
  EXPECT_NEAR(ValueOf(CohenKappa(d, 0, 1)), 0.0, kExact);
  EXPECT_TRUE(KrippendorffAlpha(d, Level::Nominal).Defined());
}

TEST(UnitDegenerate, NoPairableUnits) {
  const ReliabilityData d = ByCoder({"schaamte", "geen"}, {{0, kNone, 1, kNone}, {kNone, 1, kNone, kNone}});
  for (Level level : {Level::Nominal, Level::Ordinal}) ExpectUndefined(KrippendorffAlpha(d, level));
  ExpectUndefined(KrippendorffAlphaForCategory(d, 0));
  for (const Result& r : TwoCoderResults(d, 0, 1)) ExpectUndefined(r);
  for (const Result& r : NominalResults(d)) ExpectUndefined(r);
}

TEST(UnitDegenerate, EmptyData) {
  const ReliabilityData empty;
  for (const Result& r : NominalResults(empty)) ExpectUndefined(r);
  for (const Result& r : TwoCoderResults(empty, 0, 1)) ExpectUndefined(r);
  EXPECT_TRUE(FleissKappaPerCategory(empty).empty());
  ExpectUndefined(KrippendorffAlphaForCategory(empty, 0));
  const ReliabilityData noUnits = ByCoder({"schaamte", "geen"}, {{}, {}});
  for (const Result& r : NominalResults(noUnits)) ExpectUndefined(r);
  for (const Result& r : TwoCoderResults(noUnits, 0, 1)) ExpectUndefined(r);
  for (const Result& r : FleissKappaPerCategory(noUnits)) ExpectUndefined(r);
}

TEST(UnitDegenerate, FewerThanTwoCoders) {
  const ReliabilityData one = ByCoder({"schaamte", "geen"}, {{0, 1, 0}});
  for (const Result& r : NominalResults(one)) ExpectUndefined(r);
}

TEST(UnitDegenerate, CoderIndicesOutOfRangeOrEqual) {
  const ReliabilityData d = Cohen1968Table1();
  for (const Result& r : TwoCoderResults(d, 0, 2)) ExpectUndefined(r);
  for (const Result& r : TwoCoderResults(d, 5, 1)) ExpectUndefined(r);
  for (const Result& r : TwoCoderResults(d, 1, 1)) ExpectUndefined(r);
}

TEST(UnitDegenerate, MetricLevelsNeedNumbers) {
  ReliabilityData d = ThreeCoders();
  ExpectUndefined(KrippendorffAlpha(d, Level::Interval));
  ExpectUndefined(KrippendorffAlpha(d, Level::Ratio));
  d.numbers = {1, 2};  // one short
  ExpectUndefined(KrippendorffAlpha(d, Level::Interval));
  d.numbers = {-1, 1, 0};  // ratio scales have an absolute zero
  EXPECT_TRUE(KrippendorffAlpha(d, Level::Interval).Defined());
  ExpectUndefined(KrippendorffAlpha(d, Level::Ratio));
  d.numbers = {3, 3, 0};  // both used categories at the same number: expected disagreement 0
  ExpectUndefined(KrippendorffAlpha(d, Level::Interval));
}

TEST(UnitDegenerate, FewerThanTwoDeclaredCategories) {
  // Values out of range are a data problem; one declared category makes 1/q = 1.
  const ReliabilityData one = ByCoder({"schaamte"}, {{0, 0}, {0, 0}});
  ExpectUndefined(BrennanPrediger(one, 0, 1));
  ExpectUndefined(GwetAc1(one, 0, 1));
  ExpectUndefined(RandolphKappa(one));
}

TEST(UnitDegenerate, MalformedData) {
  ReliabilityData outOfRange = ByCoder({"schaamte", "geen"}, {{0, 1}, {0, 2}});
  for (const Result& r : TwoCoderResults(outOfRange, 0, 1)) ExpectUndefined(r);
  for (const Result& r : NominalResults(outOfRange)) ExpectUndefined(r);
  ReliabilityData ragged = ByCoder({"schaamte", "geen"}, {{0, 1}, {0, 1}});
  ragged.units[1].pop_back();
  for (const Result& r : TwoCoderResults(ragged, 0, 1)) ExpectUndefined(r);
  for (const Result& r : NominalResults(ragged)) ExpectUndefined(r);
}

// =============================================================================================
// The report

void ExpectUndefinedMentions(const Result& r, const std::string& what) {
  ExpectUndefined(r);
  EXPECT_NE(r.undefinedReason.find(what), std::string::npos) << r.undefinedReason;
}

TEST(UnitReportTest, TwoCodersFillsEveryField) {
  const ReliabilityData d = TwoCodersWithGaps();
  const UnitReport r = ComputeUnitReport(d, Level::Nominal);
  EXPECT_EQ(r.units, 8U);
  EXPECT_EQ(r.completeUnits, 6U);
  EXPECT_EQ(r.pairableUnits, 6U);
  ExpectSame(r.percentAgreement, PercentAgreement(d, 0, 1));
  ExpectSame(r.meanPairwiseAgreement, PercentAgreement(d, 0, 1));  // two coders: P̄ = P_o
  ExpectSame(r.cohenKappa, CohenKappa(d, 0, 1));
  ExpectSame(r.scottPi, ScottPi(d, 0, 1));
  ExpectSame(r.brennanPrediger, BrennanPrediger(d, 0, 1));
  ExpectSame(r.gwetAc1, GwetAc1(d, 0, 1));
  ExpectSame(r.fleissKappa, ScottPi(d, 0, 1));
  ExpectSame(r.congerKappa, CohenKappa(d, 0, 1));
  ExpectSame(r.lightKappa, CohenKappa(d, 0, 1));
  ExpectSame(r.krippendorffAlpha, KrippendorffAlpha(d, Level::Nominal));
  for (const Result* f : {&r.percentAgreement, &r.meanPairwiseAgreement, &r.cohenKappa, &r.scottPi,
                          &r.brennanPrediger, &r.gwetAc1, &r.fleissKappa, &r.congerKappa, &r.lightKappa,
                          &r.krippendorffAlpha}) {
    EXPECT_TRUE(f->Defined()) << f->undefinedReason;
  }
}

TEST(UnitReportTest, ThreeCodersLeavesTwoCoderFieldsUndefined) {
  ReliabilityData d = ThreeCoders();
  d.units.push_back({std::size_t{0}, std::nullopt, std::size_t{1}});     // pairable, incomplete
  d.units.push_back({std::nullopt, std::nullopt, std::size_t{1}});       // neither
  d.numbers = {1, 2, 3};
  const UnitReport r = ComputeUnitReport(d, Level::Interval);
  EXPECT_EQ(r.units, 6U);
  EXPECT_EQ(r.completeUnits, 4U);
  EXPECT_EQ(r.pairableUnits, 5U);
  ExpectSame(r.percentAgreement, AllAgree(d));
  EXPECT_NEAR(ValueOf(r.percentAgreement), 0.5, kExact);
  EXPECT_NEAR(ValueOf(r.meanPairwiseAgreement), 2.0 / 3.0, kExact);
  ExpectUndefinedMentions(r.cohenKappa, "two coders");
  ExpectUndefinedMentions(r.scottPi, "two coders");
  ExpectUndefinedMentions(r.gwetAc1, "two coders");
  ExpectSame(r.brennanPrediger, RandolphKappa(d));
  EXPECT_NEAR(ValueOf(r.fleissKappa), 1.0 / 3.0, kExact);
  EXPECT_NEAR(ValueOf(r.congerKappa), 5.0 / 13.0, kExact);
  EXPECT_NEAR(ValueOf(r.lightKappa), 0.4, kExact);
  ExpectSame(r.krippendorffAlpha, KrippendorffAlpha(d, Level::Interval));
  EXPECT_TRUE(r.krippendorffAlpha.Defined());
}

TEST(UnitReportTest, EmptyDataGivesReasonsNotNumbers) {
  const UnitReport r = ComputeUnitReport(ReliabilityData{}, Level::Nominal);
  EXPECT_EQ(r.units, 0U);
  EXPECT_EQ(r.completeUnits, 0U);
  EXPECT_EQ(r.pairableUnits, 0U);
  for (const Result* f : {&r.percentAgreement, &r.meanPairwiseAgreement, &r.cohenKappa, &r.scottPi,
                          &r.brennanPrediger, &r.gwetAc1, &r.fleissKappa, &r.congerKappa, &r.lightKappa,
                          &r.krippendorffAlpha}) {
    ExpectUndefined(*f);
  }
}

}  // namespace

namespace {

// Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., the "abstractors" 3x3 table as
// shipped with his R package irrCAC (dataset cont3x3abstractors: two abstractors classifying 100
// pregnancies as Ectopic, AIU or NIU); the package's documented example output (vignette
// "Calculating Chance-corrected Agreement Coefficients" and the kappa2.table help page) gives
// Cohen's kappa 0.7964094, Scott's pi 0.7962397, Gwet's AC1 0.8493305, Brennan-Prediger 0.835,
// Krippendorff's alpha 0.7972585, percent agreement 0.89 and, with quadratic weights, 0.8921569.
TEST(CohenKappaPublished, Gwet2014AbstractorsTable) {
  const ReliabilityData data =
      FromTable({"Ectopic", "AIU", "NIU"}, {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
  EXPECT_NEAR(ValueOf(CohenKappa(data, 0, 1)), 0.7964094, 5e-8);
  EXPECT_NEAR(ValueOf(ScottPi(data, 0, 1)), 0.7962397, 5e-8);
  EXPECT_NEAR(ValueOf(WeightedKappa(data, 0, 1, true)), 0.8921569, 5e-8);
  EXPECT_NEAR(ValueOf(GwetAc1(data, 0, 1)), 0.8493305, 5e-8);
  EXPECT_NEAR(ValueOf(BrennanPrediger(data, 0, 1)), 0.835, 5e-8);
  EXPECT_NEAR(ValueOf(KrippendorffAlpha(data, Level::Nominal)), 0.7972585, 5e-8);
  EXPECT_NEAR(ValueOf(PercentAgreement(data, 0, 1)), 0.89, 1e-12);  // (13 + 20 + 56) / 100
}

}  // namespace
