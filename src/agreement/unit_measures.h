// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "agreement/result.h"

/// Agreement on predefined units (sentences, turns, paragraphs, survey answers, spreadsheet
/// rows): the coefficients of ../shared/design/agreement.md §2–4. Pure functions over
/// reliability data; no I/O.
namespace duiding::agreement {

/// Units × coders. Each cell is an index into `categories`, or missing.
struct ReliabilityData {
  std::size_t coders = 0;
  /// The declared categories, in rank order for ordinal data. Coefficients that depend on the
  /// number of categories q (Brennan–Prediger, Gwet AC1) use this declared list.
  std::vector<std::string> categories;
  /// For interval and ratio data: each category's number (same length as `categories`).
  std::vector<double> numbers;
  std::vector<std::vector<std::optional<std::size_t>>> units;  ///< units[u][coder]
  /// How many units each row stands for (identical rows collapsed, as the project layer does
  /// for binary present/absent data); empty means once each. Every sum over units (agreement
  /// counts, contingency tables, coincidences, unit counts in reports) is weighted by it.
  std::vector<double> weights;
};

enum class Level { Nominal, Ordinal, Interval, Ratio };

/// Percent agreement, two coders: the share of units both coded where the values are equal.
/// Units missing either coder's value are left out.
Result PercentAgreement(const ReliabilityData& data, std::size_t coderA, std::size_t coderB);
/// Percent agreement, any number of coders, variant (a) "all agree": the share of units
/// coded by every coder where all values are equal (listwise deletion).
Result AllAgree(const ReliabilityData& data);
/// Percent agreement with a tolerance, for numeric values (§2a): the share of units coded by
/// every coder whose values lie within `tolerance` of each other (max − min ≤ tolerance). With
/// two coders, |a − b| ≤ tolerance; with tolerance 0 it is AllAgree. Undefined without numbers.
Result AgreementWithin(const ReliabilityData& data, double tolerance);
/// Mean pairwise agreement (Fleiss's P̄) over units coded by every coder.
Result MeanPairwiseAgreement(const ReliabilityData& data);

/// Two-coder coefficients (listwise deletion of units either coder left empty).
Result CohenKappa(const ReliabilityData& data, std::size_t coderA, std::size_t coderB);
Result ScottPi(const ReliabilityData& data, std::size_t coderA, std::size_t coderB);
/// Bennett, Alpert & Goldstein S = Brennan & Prediger κn: chance 1/q, q = declared categories.
Result BrennanPrediger(const ReliabilityData& data, std::size_t coderA, std::size_t coderB);
Result GwetAc1(const ReliabilityData& data, std::size_t coderA, std::size_t coderB);
/// Weighted κ (Cohen 1968) with linear or quadratic weights by position in the declared list.
Result WeightedKappa(const ReliabilityData& data, std::size_t coderA, std::size_t coderB, bool quadratic);

/// Multi-coder coefficients over units coded by every coder (listwise deletion).
Result FleissKappa(const ReliabilityData& data);
/// Fleiss' per-category κ_j.
std::vector<Result> FleissKappaPerCategory(const ReliabilityData& data);
Result CongerKappa(const ReliabilityData& data);
Result LightKappa(const ReliabilityData& data);
/// Randolph's free-marginal multi-rater κ (multi-rater Brennan–Prediger).
Result RandolphKappa(const ReliabilityData& data);

/// Krippendorff's α (2011/2019), any number of coders, missing values allowed: units with
/// fewer than two values are ignored.
Result KrippendorffAlpha(const ReliabilityData& data, Level level);
/// α for one category against all others (nominal).
Result KrippendorffAlphaForCategory(const ReliabilityData& data, std::size_t category);

/// Everything above for one reliability data set, with the counts a report states.
struct UnitReport {
  std::size_t units = 0;          ///< units in the data
  std::size_t completeUnits = 0;  ///< coded by every coder (the κ-type coefficients use these)
  std::size_t pairableUnits = 0;  ///< with at least two values (α uses these)
  Result percentAgreement;        ///< two coders: PercentAgreement; more: AllAgree
  Result meanPairwiseAgreement;
  Result cohenKappa;              ///< two coders only; undefined otherwise (see Conger, Light)
  Result scottPi;                 ///< two coders only
  Result brennanPrediger;         ///< two coders: κn; more: Randolph's free-marginal κ
  Result gwetAc1;                 ///< two coders only
  Result fleissKappa;
  Result congerKappa;
  Result lightKappa;
  Result krippendorffAlpha;       ///< at the requested level
};
UnitReport ComputeUnitReport(const ReliabilityData& data, Level level);

}  // namespace duiding::agreement
