// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
//
// Agreement on predefined units: ../shared/design/agreement.md §2–4.
//
// Conventions (stated here because the numbers depend on them):
// - Every count-based quantity is accumulated as a whole number held in a double, so every
//   degeneracy check ("expected disagreement is 0") is exact; we divide only at the end.
// - κ-type coefficients (percent agreement, Cohen, Scott, Brennan–Prediger, Gwet, weighted κ,
//   Fleiss, Conger, Light, Randolph) use listwise deletion: a unit counts only when every
//   coder involved has a value for it.
// - A row of `units` stands for `weights[u]` units (whole numbers ≥ 0; empty = 1 each). Every
//   sum over units — agreement counts, contingency tables, coincidences, report counts — is
//   weighted by it, exactly as if the row were repeated.
// - q (Brennan–Prediger, Gwet AC1, Randolph) is the number of *declared* categories.
// - Krippendorff's α uses pairable units only (m_u ≥ 2), each ordered pair of values from
//   two different coders in unit u weighted 1/(m_u − 1) — also when no value is missing.
//   Ordinal δ² uses the coincidence marginals in declared rank order; interval and ratio
//   δ² use `numbers`. Ratio α requires non-negative numbers (a ratio scale has an absolute
//   zero; the ratio metric is meaningless for negative values).
#include "agreement/unit_measures.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace duiding::agreement {
namespace {

using Matrix = std::vector<std::vector<double>>;
using Values = std::vector<std::optional<std::size_t>>;

Matrix Square(std::size_t q) { return Matrix(q, std::vector<double>(q, 0.0)); }

std::optional<std::size_t> Cell(const ReliabilityData& data, std::size_t unit, std::size_t coder) {
  const Values& row = data.units[unit];
  return coder < row.size() ? row[coder] : std::nullopt;
}

/// How many units row u stands for.
double Weight(const ReliabilityData& data, std::size_t unit) {
  return data.weights.empty() ? 1.0 : data.weights[unit];
}

std::size_t ValueCount(const ReliabilityData& data, std::size_t unit) {
  std::size_t m = 0;
  for (std::size_t i = 0; i < data.coders; ++i) m += Cell(data, unit, i).has_value() ? 1 : 0;
  return m;
}

std::string WeightProblem(const ReliabilityData& data) {
  if (data.weights.empty()) return {};
  if (data.weights.size() != data.units.size()) {
    return std::to_string(data.weights.size()) + " unit weights for " + std::to_string(data.units.size()) + " units";
  }
  for (std::size_t u = 0; u < data.weights.size(); ++u) {
    const double w = data.weights[u];
    if (!std::isfinite(w) || w < 0 || w != std::floor(w)) {
      return "the weight of unit " + std::to_string(u + 1) + " is " + std::to_string(w) +
             "; weights count units and must be whole numbers ≥ 0";
    }
  }
  return {};
}

/// Structural problems that make every coefficient meaningless; empty when the data is usable.
std::string DataProblem(const ReliabilityData& data) {
  const std::size_t q = data.categories.size();
  if (std::string why = WeightProblem(data); !why.empty()) return why;
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    const Values& row = data.units[u];
    if (row.size() != data.coders) {
      return "unit " + std::to_string(u + 1) + " has " + std::to_string(row.size()) +
             " coder cells, but the data declares " + std::to_string(data.coders) + " coders";
    }
    for (const auto& v : row) {
      if (v && *v >= q) {
        return "unit " + std::to_string(u + 1) + " refers to category index " + std::to_string(*v) +
               ", but only " + std::to_string(q) + " categories are declared";
      }
    }
  }
  return {};
}

std::string CoderPairProblem(const ReliabilityData& data, std::size_t a, std::size_t b) {
  if (a >= data.coders || b >= data.coders) {
    return "coder index " + std::to_string(std::max(a, b)) + " is out of range: the data has " +
           std::to_string(data.coders) + " coders";
  }
  if (a == b) return "both coder indices are " + std::to_string(a) + "; agreement needs two different coders";
  return {};
}

std::string PairProblem(const ReliabilityData& data, std::size_t a, std::size_t b) {
  std::string why = DataProblem(data);
  return why.empty() ? CoderPairProblem(data, a, b) : why;
}

std::string MultiProblem(const ReliabilityData& data) {
  std::string why = DataProblem(data);
  if (why.empty() && data.coders < 2) {
    why = "fewer than two coders (" + std::to_string(data.coders) + "); agreement needs at least two";
  }
  return why;
}

// ---------------------------------------------------------------------------------------------
// Two coders: the q × q contingency table of units both coded (listwise deletion).

struct PairTable {
  Matrix n;                    ///< n[c][k]: units coder A put in c and coder B in k
  std::vector<double> rowsA;   ///< coder A's marginal counts
  std::vector<double> colsB;   ///< coder B's marginal counts
  double units = 0;            ///< N
  double agreements = 0;       ///< Σ_c n[c][c]
};

PairTable Tabulate(const ReliabilityData& data, std::size_t a, std::size_t b) {
  const std::size_t q = data.categories.size();
  PairTable t{Square(q), std::vector<double>(q, 0.0), std::vector<double>(q, 0.0), 0, 0};
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    const auto va = Cell(data, u, a);
    const auto vb = Cell(data, u, b);
    if (!va || !vb) continue;
    const double w = Weight(data, u);
    t.n[*va][*vb] += w;
    t.rowsA[*va] += w;
    t.colsB[*vb] += w;
    t.units += w;
    t.agreements += *va == *vb ? w : 0;
  }
  return t;
}

/// Builds the table after all checks, or says why there is none.
std::string PairTableFor(const ReliabilityData& data, std::size_t a, std::size_t b, PairTable& table) {
  if (std::string why = PairProblem(data, a, b); !why.empty()) return why;
  table = Tabulate(data, a, b);
  if (table.units == 0) return "no unit was coded by both coders";
  return {};
}

/// (P_o − P_e)/(1 − P_e) from whole-number numerators over the common denominator `whole`.
/// agree/whole = P_o and chance/whole = P_e; chance == whole means expected disagreement 0.
Result ChanceCorrected(double agree, double chance, double whole, const std::string& degenerate) {
  if (chance == whole) return Result::Undefined(degenerate);
  return Result::Of((agree - chance) / (whole - chance));
}

std::size_t CategoriesUsed(const std::vector<double>& counts) {
  return static_cast<std::size_t>(std::count_if(counts.begin(), counts.end(), [](double c) { return c > 0; }));
}

std::vector<double> Pooled(const PairTable& t) {
  std::vector<double> pooled(t.rowsA.size());
  for (std::size_t c = 0; c < pooled.size(); ++c) pooled[c] = t.rowsA[c] + t.colsB[c];
  return pooled;
}

constexpr const char* kOneCategoryBothCoders =
    "expected disagreement is 0: both coders used one and the same category for every unit";

// ---------------------------------------------------------------------------------------------
// Multi-coder: units coded by every coder, as category counts n_ij.

struct CountTable {
  std::vector<std::vector<double>> perUnit;  ///< n_ij for each complete row i
  std::vector<double> weights;               ///< units each complete row stands for
  std::vector<double> totals;                ///< Σ_i w_i n_ij
  std::vector<std::size_t> complete;         ///< indices of the complete rows
  double units = 0;                          ///< N = Σ_i w_i
};

CountTable CountComplete(const ReliabilityData& data) {
  const std::size_t q = data.categories.size();
  CountTable t{{}, {}, std::vector<double>(q, 0.0), {}, 0};
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    if (ValueCount(data, u) != data.coders) continue;
    const double w = Weight(data, u);
    std::vector<double> counts(q, 0.0);
    for (std::size_t i = 0; i < data.coders; ++i) counts[*Cell(data, u, i)] += 1;
    for (std::size_t c = 0; c < q; ++c) t.totals[c] += w * counts[c];
    t.perUnit.push_back(std::move(counts));
    t.weights.push_back(w);
    t.complete.push_back(u);
    t.units += w;
  }
  return t;
}

std::string CountTableFor(const ReliabilityData& data, CountTable& table) {
  if (std::string why = MultiProblem(data); !why.empty()) return why;
  table = CountComplete(data);
  if (table.units == 0) return "no unit was coded by every coder";
  return {};
}

/// Fleiss's P̄: the mean over complete units of the share of agreeing coder pairs.
double MeanPairwise(const CountTable& t, double m) {
  double sum = 0;  // Σ_i w_i (Σ_j n_ij² − m), a whole number
  for (std::size_t i = 0; i < t.perUnit.size(); ++i) {
    double squares = 0;
    for (double n : t.perUnit[i]) squares += n * n;
    sum += t.weights[i] * (squares - m);
  }
  return sum / (t.units * m * (m - 1));
}

constexpr const char* kOneCategoryAllCoders =
    "expected disagreement is 0: every coder used one and the same category for every unit";

// ---------------------------------------------------------------------------------------------
// Krippendorff's α: coincidences over pairable units.

struct Coincidences {
  Matrix o;                       ///< o_ck
  std::vector<double> marginals;  ///< n_c (whole numbers: pairable values of category c)
  double n = 0;                   ///< pairable values
};

Coincidences Coincide(const ReliabilityData& data) {
  const std::size_t q = data.categories.size();
  Coincidences k{Square(q), std::vector<double>(q, 0.0), 0};
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    const std::size_t mu = ValueCount(data, u);
    if (mu < 2) continue;
    std::vector<double> counts(q, 0.0);
    for (std::size_t i = 0; i < data.coders; ++i) {
      if (const auto v = Cell(data, u, i)) counts[*v] += 1;
    }
    const double w = Weight(data, u);
    const double pairWeight = w / static_cast<double>(mu - 1);
    for (std::size_t c = 0; c < q; ++c) {
      if (counts[c] == 0) continue;
      k.marginals[c] += w * counts[c];
      for (std::size_t d = 0; d < q; ++d) k.o[c][d] += counts[c] * (counts[d] - (c == d ? 1 : 0)) * pairWeight;
    }
    k.n += w * static_cast<double>(mu);
  }
  return k;
}

std::string CoincidencesFor(const ReliabilityData& data, Coincidences& k) {
  if (std::string why = MultiProblem(data); !why.empty()) return why;
  k = Coincide(data);
  if (k.n == 0) return "no pairable unit: no unit has values from two or more coders";
  return {};
}

using Delta = std::function<double(std::size_t, std::size_t)>;

Delta OrdinalDelta(const std::vector<double>& marginals) {
  return [marginals](std::size_t c, std::size_t k) {
    const auto [lo, hi] = std::minmax(c, k);
    double between = 0;
    for (std::size_t g = lo; g <= hi; ++g) between += marginals[g];
    const double d = between - (marginals[lo] + marginals[hi]) / 2;
    return d * d;
  };
}

Delta MakeDelta(const ReliabilityData& data, Level level, const Coincidences& k) {
  const std::vector<double>& x = data.numbers;
  switch (level) {
    case Level::Nominal: return [](std::size_t c, std::size_t d) { return c == d ? 0.0 : 1.0; };
    case Level::Ordinal: return OrdinalDelta(k.marginals);
    case Level::Interval: return [&x](std::size_t c, std::size_t d) { return (x[c] - x[d]) * (x[c] - x[d]); };
    case Level::Ratio:
      return [&x](std::size_t c, std::size_t d) {
        const double sum = x[c] + x[d];
        return sum == 0 ? 0.0 : ((x[c] - x[d]) / sum) * ((x[c] - x[d]) / sum);
      };
  }
  return {};
}

std::string LevelProblem(const ReliabilityData& data, Level level) {
  if (level == Level::Nominal || level == Level::Ordinal) return {};
  const char* name = level == Level::Interval ? "interval" : "ratio";
  if (data.numbers.size() != data.categories.size()) {
    return std::string(name) + " α needs a number for every category: " + std::to_string(data.numbers.size()) +
           " numbers for " + std::to_string(data.categories.size()) + " categories";
  }
  for (double x : data.numbers) {
    if (!std::isfinite(x)) return std::string(name) + " α needs finite category numbers";
    if (level == Level::Ratio && x < 0) return "ratio α needs non-negative category numbers (a ratio scale has an absolute zero)";
  }
  return {};
}

Result AlphaFrom(const Coincidences& k, const Delta& delta) {
  const std::size_t q = k.marginals.size();
  if (CategoriesUsed(k.marginals) < 2) {
    return Result::Undefined("expected disagreement is 0: only one category occurs among the pairable values");
  }
  double observed = 0;  // Σ o_ck δ²_ck
  double expected = 0;  // Σ n_c n_k δ²_ck
  for (std::size_t c = 0; c < q; ++c) {
    for (std::size_t d = 0; d < q; ++d) {
      if (c == d) continue;
      const double d2 = delta(c, d);
      observed += k.o[c][d] * d2;
      expected += k.marginals[c] * k.marginals[d] * d2;
    }
  }
  if (expected == 0) {
    return Result::Undefined("expected disagreement is 0: all pairable values are at distance 0 under this metric");
  }
  return Result::Of(1 - (k.n - 1) * observed / expected);
}

/// The data restricted to the units coded by every coder.
ReliabilityData CompleteOnly(const ReliabilityData& data, const CountTable& t) {
  ReliabilityData only{data.coders, data.categories, data.numbers, {}, t.weights};
  for (std::size_t u : t.complete) only.units.push_back(data.units[u]);
  return only;
}

std::string TwoCodersOnly(const char* coefficient, std::size_t coders) {
  return std::string(coefficient) + " is defined for exactly two coders; this study has " + std::to_string(coders);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// §2 Percent agreement

Result PercentAgreement(const ReliabilityData& data, std::size_t coderA, std::size_t coderB) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  return Result::Of(t.agreements / t.units);
}

Result AllAgree(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  const double m = static_cast<double>(data.coders);
  double unanimous = 0;
  for (std::size_t i = 0; i < t.perUnit.size(); ++i) {
    const auto& counts = t.perUnit[i];
    if (std::find(counts.begin(), counts.end(), m) != counts.end()) unanimous += t.weights[i];
  }
  return Result::Of(unanimous / t.units);
}

Result AgreementWithin(const ReliabilityData& data, double tolerance) {
  if (!(tolerance >= 0)) return Result::Undefined("the tolerance must be zero or more");
  if (data.numbers.size() != data.categories.size() || data.numbers.empty())
    return Result::Undefined("a tolerance needs numeric values (level interval or ratio)");
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  double within = 0;
  for (std::size_t i = 0; i < t.perUnit.size(); ++i) {
    double low = 0, high = 0;
    bool any = false;
    for (std::size_t c = 0; c < t.perUnit[i].size(); ++c) {
      if (t.perUnit[i][c] == 0) continue;
      low = any ? std::min(low, data.numbers[c]) : data.numbers[c];
      high = any ? std::max(high, data.numbers[c]) : data.numbers[c];
      any = true;
    }
    if (high - low <= tolerance) within += t.weights[i];
  }
  return Result::Of(within / t.units);
}

Result MeanPairwiseAgreement(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  return Result::Of(MeanPairwise(t, static_cast<double>(data.coders)));
}

// ---------------------------------------------------------------------------------------------
// §3 Two coders

Result CohenKappa(const ReliabilityData& data, std::size_t coderA, std::size_t coderB) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  // Over the denominator N²: P_o = N·A/N², P_e = Σ_c r_c k_c / N².
  double chance = 0;
  for (std::size_t c = 0; c < t.rowsA.size(); ++c) chance += t.rowsA[c] * t.colsB[c];
  return ChanceCorrected(t.units * t.agreements, chance, t.units * t.units, kOneCategoryBothCoders);
}

Result ScottPi(const ReliabilityData& data, std::size_t coderA, std::size_t coderB) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  // Pooled counts t_c = r_c + k_c (sum 2N). Over 4N²: P_o = 4N·A, P_e = Σ t_c².
  double chance = 0;
  for (double pooled : Pooled(t)) chance += pooled * pooled;
  return ChanceCorrected(4 * t.units * t.agreements, chance, 4 * t.units * t.units, kOneCategoryBothCoders);
}

Result BrennanPrediger(const ReliabilityData& data, std::size_t coderA, std::size_t coderB) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  const double q = static_cast<double>(data.categories.size());
  if (q < 2) return Result::Undefined("fewer than two categories are declared, so chance agreement 1/q is 1");
  // Over q·N: P_o = q·A, P_e = N.
  return ChanceCorrected(q * t.agreements, t.units, q * t.units, "chance agreement 1/q is 1");
}

Result GwetAc1(const ReliabilityData& data, std::size_t coderA, std::size_t coderB) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  const double q = static_cast<double>(data.categories.size());
  if (q < 2) return Result::Undefined("fewer than two categories are declared; Gwet's AC1 divides by q − 1");
  // π_c = t_c/2N; Σ π_c(1 − π_c) = Σ t_c(2N − t_c)/4N². Over 4N²(q − 1):
  // P_o = 4N(q − 1)·A, P_e = Σ t_c(2N − t_c). P_e ≤ (1 − 1/q)/(q − 1) = 1/q < 1, never degenerate.
  double chance = 0;
  for (double pooled : Pooled(t)) chance += pooled * (2 * t.units - pooled);
  const double whole = 4 * t.units * t.units * (q - 1);
  return ChanceCorrected(4 * t.units * (q - 1) * t.agreements, chance, whole, "chance agreement is 1");
}

Result WeightedKappa(const ReliabilityData& data, std::size_t coderA, std::size_t coderB, bool quadratic) {
  PairTable t;
  if (std::string why = PairTableFor(data, coderA, coderB, t); !why.empty()) return Result::Undefined(why);
  // κ_w = 1 − Σ w n_ck / N  ÷  Σ w r_c k_k / N²  = 1 − N·Σ w n_ck / Σ w r_c k_k.
  double observed = 0;
  double expected = 0;
  for (std::size_t c = 0; c < t.rowsA.size(); ++c) {
    for (std::size_t k = 0; k < t.colsB.size(); ++k) {
      const double distance = c > k ? static_cast<double>(c - k) : static_cast<double>(k - c);
      const double w = quadratic ? distance * distance : distance;
      observed += w * t.n[c][k];
      expected += w * t.rowsA[c] * t.colsB[k];
    }
  }
  if (expected == 0) return Result::Undefined(kOneCategoryBothCoders);
  return Result::Of(1 - t.units * observed / expected);
}

// ---------------------------------------------------------------------------------------------
// §3 Multi-coder

Result FleissKappa(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  if (CategoriesUsed(t.totals) < 2) return Result::Undefined(kOneCategoryAllCoders);
  const double m = static_cast<double>(data.coders);
  const double values = t.units * m;  // N·m
  double chance = 0;
  for (double total : t.totals) chance += (total / values) * (total / values);
  return Result::Of((MeanPairwise(t, m) - chance) / (1 - chance));
}

std::vector<Result> FleissKappaPerCategory(const ReliabilityData& data) {
  const std::size_t q = data.categories.size();
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return std::vector<Result>(q, Result::Undefined(why));
  const double m = static_cast<double>(data.coders);
  const double values = t.units * m;  // N·m
  std::vector<Result> kappas;
  for (std::size_t j = 0; j < q; ++j) {
    const double total = t.totals[j];
    if (total == 0) {
      kappas.push_back(Result::Undefined("category '" + data.categories[j] + "' is never used"));
      continue;
    }
    if (total == values) {
      kappas.push_back(Result::Undefined("category '" + data.categories[j] + "' is the only category used"));
      continue;
    }
    double spread = 0;  // Σ_i n_ij (m − n_ij)
    for (std::size_t i = 0; i < t.perUnit.size(); ++i) spread += t.weights[i] * t.perUnit[i][j] * (m - t.perUnit[i][j]);
    // κ_j = 1 − Σ n(m − n) / (N m (m − 1) p_j (1 − p_j)) with p_j = total/(N m).
    kappas.push_back(Result::Of(1 - values * spread / ((m - 1) * total * (values - total))));
  }
  return kappas;
}

Result CongerKappa(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  if (CategoriesUsed(t.totals) < 2) return Result::Undefined(kOneCategoryAllCoders);
  const std::size_t q = data.categories.size();
  const double m = static_cast<double>(data.coders);
  Matrix share(data.coders, std::vector<double>(q, 0.0));  // weighted counts, then p_rj
  for (std::size_t i = 0; i < t.complete.size(); ++i) {
    for (std::size_t r = 0; r < data.coders; ++r) share[r][*Cell(data, t.complete[i], r)] += t.weights[i];
  }
  for (auto& row : share) {
    for (double& p : row) p /= t.units;
  }
  double chance = 0;  // Σ_j p̄_j² − Σ_j s_j²/m
  for (std::size_t j = 0; j < q; ++j) {
    double mean = 0;
    for (std::size_t r = 0; r < data.coders; ++r) mean += share[r][j] / m;
    double variance = 0;
    for (std::size_t r = 0; r < data.coders; ++r) variance += (share[r][j] - mean) * (share[r][j] - mean) / (m - 1);
    chance += mean * mean - variance / m;
  }
  return Result::Of((MeanPairwise(t, m) - chance) / (1 - chance));
}

Result LightKappa(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  const ReliabilityData complete = CompleteOnly(data, t);
  double sum = 0;
  double pairs = 0;
  for (std::size_t a = 0; a < data.coders; ++a) {
    for (std::size_t b = a + 1; b < data.coders; ++b) {
      const Result kappa = CohenKappa(complete, a, b);
      if (!kappa.Defined()) {
        return Result::Undefined("Cohen's κ for the coders at indices " + std::to_string(a) + " and " +
                                 std::to_string(b) + " is undefined (" + kappa.undefinedReason + ")");
      }
      sum += *kappa.value;
      pairs += 1;
    }
  }
  return Result::Of(sum / pairs);
}

Result RandolphKappa(const ReliabilityData& data) {
  CountTable t;
  if (std::string why = CountTableFor(data, t); !why.empty()) return Result::Undefined(why);
  const double q = static_cast<double>(data.categories.size());
  if (q < 2) return Result::Undefined("fewer than two categories are declared, so chance agreement 1/q is 1");
  return Result::Of((MeanPairwise(t, static_cast<double>(data.coders)) - 1 / q) / (1 - 1 / q));
}

// ---------------------------------------------------------------------------------------------
// §4 Krippendorff's α

Result KrippendorffAlpha(const ReliabilityData& data, Level level) {
  if (std::string why = LevelProblem(data, level); !why.empty()) return Result::Undefined(why);
  Coincidences k;
  if (std::string why = CoincidencesFor(data, k); !why.empty()) return Result::Undefined(why);
  return AlphaFrom(k, MakeDelta(data, level, k));
}

Result KrippendorffAlphaForCategory(const ReliabilityData& data, std::size_t category) {
  if (category >= data.categories.size()) {
    return Result::Undefined("category index " + std::to_string(category) + " is out of range: " +
                             std::to_string(data.categories.size()) + " categories are declared");
  }
  Coincidences k;
  if (std::string why = CoincidencesFor(data, k); !why.empty()) return Result::Undefined(why);
  const double nc = k.marginals[category];
  const std::string& name = data.categories[category];
  if (nc == 0) return Result::Undefined("category '" + name + "' does not occur among the pairable values");
  if (nc == k.n) return Result::Undefined("category '" + name + "' is the only category among the pairable values");
  // α_c = 1 − (n − 1)(n_c − o_cc) / (n_c (n − n_c))
  return Result::Of(1 - (k.n - 1) * (nc - k.o[category][category]) / (nc * (k.n - nc)));
}

// ---------------------------------------------------------------------------------------------
// Report

UnitReport ComputeUnitReport(const ReliabilityData& data, Level level) {
  UnitReport r;
  const bool weighted = WeightProblem(data).empty();  // else every coefficient says why
  double units = 0, complete = 0, pairable = 0;
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    const double w = weighted ? Weight(data, u) : 1.0;
    const std::size_t m = ValueCount(data, u);
    units += w;
    complete += m == data.coders && m > 0 ? w : 0;
    pairable += m >= 2 ? w : 0;
  }
  r.units = static_cast<std::size_t>(units);  // whole numbers: see WeightProblem
  r.completeUnits = static_cast<std::size_t>(complete);
  r.pairableUnits = static_cast<std::size_t>(pairable);
  const bool two = data.coders == 2;
  r.percentAgreement = two ? PercentAgreement(data, 0, 1) : AllAgree(data);
  r.meanPairwiseAgreement = MeanPairwiseAgreement(data);
  r.cohenKappa = two ? CohenKappa(data, 0, 1)
                     : Result::Undefined(TwoCodersOnly("Cohen's κ", data.coders) + "; see Conger's and Light's κ");
  r.scottPi = two ? ScottPi(data, 0, 1) : Result::Undefined(TwoCodersOnly("Scott's π", data.coders) + "; see Fleiss' κ");
  r.brennanPrediger = two ? BrennanPrediger(data, 0, 1) : RandolphKappa(data);
  r.gwetAc1 = two ? GwetAc1(data, 0, 1) : Result::Undefined(TwoCodersOnly("Gwet's AC1", data.coders));
  r.fleissKappa = FleissKappa(data);
  r.congerKappa = CongerKappa(data);
  r.lightKappa = LightKappa(data);
  r.krippendorffAlpha = KrippendorffAlpha(data, level);
  return r;
}

}  // namespace duiding::agreement
