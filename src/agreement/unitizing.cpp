// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "agreement/unitizing.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

// Agreement on segments of a continuous text (../shared/design/agreement.md §5). Which published
// definition each function implements, and every choice the sources leave open:
//
// Positions and lengths are characters (code points). Krippendorff treats the continuum as
// continuous; at character resolution his expected disagreements depend on that resolution.
//
// Input hygiene (all functions): a segment with start >= end covers no character and is ignored.
// CompareCharacters clamps segments to [0, length). The α functions refuse (Undefined with a
// reason) a segment reaching past `length` and overlapping segments of one coder, rather than
// guess what was meant.
//
// CompareCharacters (§5c, NVivo "Run a Coding Comparison query"): each coder's segments are
// merged into one set of coded characters; a = both, b = only A, c = only B, d = neither,
// N = length. Percent agreement = (a + d) / N. κ in NVivo's notation: A = a + b, B = a + c,
// EF = (A·B + (N − A)(N − B)) / N, TA = a + d, κ = (TA − EF) / (N − EF).
//   N − EF = (A(N − B) + B(N − A)) / N, which is 0 exactly when neither coder coded anything or
//   both coded every character (for N > 0). What NVivo documents: its help gives the EF / TA / κ
//   computation above and says κ = 1 for complete agreement and κ ≤ 0 for agreement no better
//   than chance; its FAQ "All my Kappa coefficients are 0 or 1. Is something wrong?" explains that
//   κ is shown as 1 when neither user coded the content at the node in that source, and as 0 when
//   only one user did. (We could check the help's formula and the FAQ's title against a stored
//   copy of the help, but not the FAQ's body word for word.) Duiding therefore reports:
//   - neither coded: value 1, flagged with Result::convention (the formula gives 0/0);
//   - only one coded: the formula itself gives exactly 0 (TA = EF = N − A), so it is a computed
//     value, not a convention;
//   - both coded everything: Undefined (0/0; NVivo documents no convention for it);
//   - N = 0: both results Undefined.
//
// CompareSegments (§5d, MAXQDA "segment agreement"): every non-empty segment of A is judged once
// against B's segments, and every non-empty segment of B once against A's. A segment counts as an
// agreement when the other coder has a segment with the same value whose overlap
// |s ∩ t| / |s ∪ t| (characters in both / characters in either) is >= threshold and whose
// intersection is not empty; otherwise it is a disagreement. So a matched pair contributes two
// agreements (one per coder) and agreements + disagreements = number of segments of A and B.
// "Overlap relative to the union" is the usual reading of MAXQDA's manual, not verified against
// MAXQDA itself. A threshold outside [0, 1] (or NaN) gives an Undefined percentage.
//
// SegmentKappa (Brennan & Prediger 1981, as MAXQDA uses it): P_o = Σ agreements / Σ (agreements +
// disagreements) over the table, P_e = 1/q with q = the number of entries (codes) in the table,
// whether or not a code has segments; κ = (P_o − P_e) / (1 − P_e).
//
// UnitizingAlpha1995 (§5a, Krippendorff 1995, Sociological Methodology 25:47–76; Content
// Analysis 2nd ed. 2004, ch. 12): exactly the uD_o / uD_e formulas of §5a, for the one category
// whose units the caller passes (Segment::value is not read). Additional Undefined cases: fewer
// than two coders, length 0, uD_e = 0 (e.g. no units at all), and every coder having marked the
// whole continuum as one single unit. The formula would give uα = 1 there, but the data has no
// variation at all (the mirror image of "no units at all", where uD_e = 0); agreement.md §6 asks
// for Undefined. This last rule is Duiding's, not Krippendorff's.
//
// UnitizingAlphaFamily (§5b, Krippendorff, Mathet, Bouvry & Widlöcher 2016, Quality & Quantity
// 50:2347–2364; Content Analysis 4th ed. 2019, §12.6):
//   - Each coder's partition of [0, length) consists of the coder's segments (never merged, even
//     when adjacent with equal values) and the maximal uncoded stretches between them (gaps, ∅).
//   - Observed (eq. 32): l_ck = 1/(m − 1) Σ_i Σ_{j≠i} Σ_g Σ_h [v_ig = c][v_jh = k] |s_ig ∩ s_jh|.
//   - Expected (eq. 33): ε_ck = (l_c. l_.k − [c = k] S_c) / (l.. − S / l..), S_c = Σ over all
//     coders' sections with value c of |s|² for a coded segment and |s| for a gap.
//   - uα (eq. 34, nominal) = 1 − Σ_{c≠k} l_ck / Σ_{c≠k} ε_ck.
//   - |uα (eq. 35): both matrices summed into the blocks {∅} and {all codes}, eq. 34 on the
//     result; ε is not recomputed.
//   - cuα (eqs. 36–37). The self-pairing correction of its expected term is not settled in the
//     sources available to us (agreement.md §5b, open point). DUIDING'S CHOICE: the nominal α of
//     the eq. 32 coincidences restricted to c, k ≠ ∅, with eq. 33 applied to the restricted
//     matrix and the same S_c correction:
//       l'_ck = l_ck for c, k ≠ ∅;  l'_c. = Σ_{k≠∅} l'_ck;  l'.. = Σ_{c,k≠∅} l'_ck;
//       ε'_ck = (l'_c. l'_.k − [c = k] S_c) / (l'.. − S' / l'..),  S' = Σ_{c≠∅} S_c,
//       with S_c = Σ |s|² over all coders' segments of value c (full segment lengths, not only
//       the parts that meet another coder's code);
//       cuα = 1 − Σ_{c≠k} l'_ck / Σ_{c≠k} ε'_ck.
//     The correction only enters through the denominator l'.. − S'/l'.. (off-diagonal ε' are
//     l'_c. l'_.k over it). cuα is Undefined when no stretch was coded by two coders (l'.. = 0),
//     when l'.. − S'/l'.. <= 0 (long coded segments that meet little of the other coders' coded
//     text), or when fewer than two codes occur in the restricted matrix.
//   - (k)uα (eq. 38). DUIDING'S CHOICE: the binary reduction of the eq. 32 / eq. 33 matrices (ε
//     not recomputed) to {k} vs {everything else, ∅ and all other codes}:
//       (k)uα = 1 − Σ_{c≠k} (l_kc + l_ck) / Σ_{c≠k} (ε_kc + ε_ck).
//     Undefined when code k was used by nobody or covers every coder's whole text.
//   ATLAS.ti's exact numbers may differ from Duiding's on cuα and (k)uα.
//   When the input is refused (fewer than two coders, length 0, invalid segments) every Result is
//   Undefined and `observed` / `expected` are empty.
namespace duiding::agreement {
namespace {

using Interval = std::pair<std::size_t, std::size_t>;  // [first, second)
using Matrix = std::vector<std::vector<double>>;

// ---- §5c helpers -------------------------------------------------------------------------

// The union of `segments` clamped to [0, length), as sorted disjoint intervals.
std::vector<Interval> CoveredIntervals(std::size_t length, const std::vector<Segment>& segments) {
  std::vector<Interval> spans;
  for (const Segment& s : segments) {
    const std::size_t begin = std::min(s.start, length), end = std::min(s.end, length);
    if (begin < end) spans.emplace_back(begin, end);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<Interval> merged;
  for (const Interval& span : spans) {
    if (!merged.empty() && span.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, span.second);
    else
      merged.push_back(span);
  }
  return merged;
}

std::size_t TotalLength(const std::vector<Interval>& intervals) {
  std::size_t total = 0;
  for (const Interval& i : intervals) total += i.second - i.first;
  return total;
}

std::size_t IntersectionLength(const std::vector<Interval>& x, const std::vector<Interval>& y) {
  std::size_t total = 0, i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    const std::size_t lo = std::max(x[i].first, y[j].first), hi = std::min(x[i].second, y[j].second);
    if (lo < hi) total += hi - lo;
    if (x[i].second < y[j].second)
      ++i;
    else
      ++j;
  }
  return total;
}

Result CharacterPercent(const CharacterComparison& t) {
  const std::size_t n = t.both + t.onlyA + t.onlyB + t.neither;
  if (n == 0) return Result::Undefined("undefined: the document is empty, there are no characters to compare");
  return Result::Of(static_cast<double>(t.both + t.neither) / static_cast<double>(n));
}

Result CharacterKappa(const CharacterComparison& t) {
  const std::size_t n = t.both + t.onlyA + t.onlyB + t.neither;
  const std::size_t codedA = t.both + t.onlyA, codedB = t.both + t.onlyB;
  if (n == 0) return Result::Undefined("undefined: the document is empty, there are no characters to compare");
  if (codedA == 0 && codedB == 0) {
    Result shown = Result::Of(1.0);
    shown.convention = "NVivo shows κ = 1 when neither coder coded the document";
    return shown;
  }
  if (codedA == n && codedB == n)
    return Result::Undefined(
        "undefined: both coders coded every character, so the chance agreement EF equals N and κ is 0/0 "
        "(NVivo documents no convention for this case)");
  const double N = static_cast<double>(n), A = static_cast<double>(codedA), B = static_cast<double>(codedB);
  const double ef = (A * B + (N - A) * (N - B)) / N;
  const double ta = static_cast<double>(t.both + t.neither);
  return Result::Of((ta - ef) / (N - ef));
}

// ---- §5d helpers -------------------------------------------------------------------------

bool IsEmpty(const Segment& s) { return s.start >= s.end; }

// Same value, non-empty intersection, and |s ∩ t| / |s ∪ t| >= threshold.
bool SegmentsAgree(const Segment& s, const Segment& t, double threshold) {
  if (s.value != t.value || IsEmpty(s) || IsEmpty(t)) return false;
  const std::size_t lo = std::max(s.start, t.start), hi = std::min(s.end, t.end);
  if (hi <= lo) return false;
  const std::size_t intersection = hi - lo;
  const std::size_t unionLength = (s.end - s.start) + (t.end - t.start) - intersection;
  return static_cast<double>(intersection) / static_cast<double>(unionLength) >= threshold;
}

// Adds the verdicts for every non-empty segment of `judged` against `other`.
void JudgeSegments(const std::vector<Segment>& judged, const std::vector<Segment>& other, double threshold,
                   SegmentAgreement& out) {
  for (const Segment& s : judged) {
    if (IsEmpty(s)) continue;
    const bool agrees =
        std::any_of(other.begin(), other.end(), [&](const Segment& t) { return SegmentsAgree(s, t, threshold); });
    ++(agrees ? out.agreements : out.disagreements);
  }
}

// ---- partitions of the continuum (§5a, §5b) ----------------------------------------------

// One stretch of a coder's partition of [0, length): index 0 is a gap, index v + 1 a segment with
// value v (in §5a every unit has index 1).
struct Section {
  std::size_t begin = 0, end = 0;
  std::size_t index = 0;
  double Length() const { return static_cast<double>(end - begin); }
  bool IsGap() const { return index == 0; }
};
using Partition = std::vector<Section>;

struct Partitions {
  std::vector<Partition> coders;
  std::string error;  ///< set when the input was refused
};

// `index` maps a segment to its section index.
template <typename IndexOf>
std::string PartitionOneCoder(std::size_t length, const std::vector<Segment>& segments, IndexOf index,
                              std::size_t coder, Partition& out) {
  std::vector<Segment> coded;
  for (const Segment& s : segments)
    if (!IsEmpty(s)) coded.push_back(s);
  std::sort(coded.begin(), coded.end(), [](const Segment& x, const Segment& y) { return x.start < y.start; });
  std::size_t position = 0;
  for (const Segment& s : coded) {
    if (s.end > length)
      return "undefined: coder " + std::to_string(coder + 1) + " has a segment [" + std::to_string(s.start) + ", " +
             std::to_string(s.end) + ") beyond the end of the document (length " + std::to_string(length) + ")";
    if (s.start < position)
      return "undefined: coder " + std::to_string(coder + 1) +
             " has overlapping segments; one coder's segments must not overlap";
    if (position < s.start) out.push_back({position, s.start, 0});
    out.push_back({s.start, s.end, index(s)});
    position = s.end;
  }
  if (position < length) out.push_back({position, length, 0});
  return {};
}

template <typename IndexOf>
Partitions PartitionAll(std::size_t length, const std::vector<std::vector<Segment>>& perCoder, IndexOf index) {
  Partitions result;
  if (perCoder.size() < 2) {
    result.error = "undefined: agreement needs at least two coders";
    return result;
  }
  if (length == 0) {
    result.error = "undefined: the document is empty (length 0)";
    return result;
  }
  result.coders.resize(perCoder.size());
  for (std::size_t i = 0; i < perCoder.size(); ++i) {
    result.error = PartitionOneCoder(length, perCoder[i], index, i, result.coders[i]);
    if (!result.error.empty()) return result;
  }
  return result;
}

// Calls visit(g, h, |g ∩ h|) for every pair of sections of two partitions that share a position.
template <typename Visit>
void ForEachOverlap(const Partition& x, const Partition& y, Visit visit) {
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    const std::size_t lo = std::max(x[i].begin, y[j].begin), hi = std::min(x[i].end, y[j].end);
    if (lo < hi) visit(x[i], y[j], static_cast<double>(hi - lo));
    if (x[i].end < y[j].end)
      ++i;
    else if (y[j].end < x[i].end)
      ++j;
    else
      ++i, ++j;
  }
}

// ---- §5a --------------------------------------------------------------------------------

bool Contains(const Section& outer, const Section& inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// δ² of two sections that share a position (§5a).
double SectionDistance(const Section& g, const Section& h) {
  if (!g.IsGap() && !h.IsGap()) {
    const double db = static_cast<double>(g.begin) - static_cast<double>(h.begin);
    const double de = static_cast<double>(g.end) - static_cast<double>(h.end);
    return db * db + de * de;
  }
  if (!g.IsGap() && h.IsGap() && Contains(h, g)) return g.Length() * g.Length();
  if (g.IsGap() && !h.IsGap() && Contains(g, h)) return h.Length() * h.Length();
  return 0.0;
}

// uD_o = 2 Σ_{i<j} Σ_pairs δ² / (m (m − 1) L²).
double ObservedDisagreement1995(std::size_t length, const std::vector<Partition>& coders) {
  double sum = 0.0;
  for (std::size_t i = 0; i < coders.size(); ++i)
    for (std::size_t j = i + 1; j < coders.size(); ++j)
      ForEachOverlap(coders[i], coders[j],
                     [&](const Section& g, const Section& h, double) { sum += SectionDistance(g, h); });
  const double m = static_cast<double>(coders.size()), L = static_cast<double>(length);
  return 2.0 * sum / (m * (m - 1.0) * L * L);
}

// Σ_{gaps h with l_h >= l} (l_h − l + 1), with `gaps` sorted ascending and `suffix[k]` the sum of
// gaps[k..].
double GapTerm(double l, const std::vector<double>& gaps, const std::vector<double>& suffix) {
  const std::size_t first = static_cast<std::size_t>(std::lower_bound(gaps.begin(), gaps.end(), l) - gaps.begin());
  const double count = static_cast<double>(gaps.size() - first);
  return suffix[first] - count * (l - 1.0);
}

// uD_e of §5a.
double ExpectedDisagreement1995(std::size_t length, const std::vector<Partition>& coders) {
  std::vector<double> units, gaps;
  for (const Partition& p : coders)
    for (const Section& s : p) (s.IsGap() ? gaps : units).push_back(s.Length());
  std::sort(gaps.begin(), gaps.end());
  std::vector<double> suffix(gaps.size() + 1, 0.0);
  for (std::size_t k = gaps.size(); k-- > 0;) suffix[k] = suffix[k + 1] + gaps[k];

  const double nc = static_cast<double>(units.size());
  double numerator = 0.0, selfPairs = 0.0;
  for (double l : units) {
    numerator += (nc - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0 + l * l * GapTerm(l, gaps, suffix);
    selfPairs += l * (l - 1.0);
  }
  const double m = static_cast<double>(coders.size()), L = static_cast<double>(length);
  return (2.0 / L) * numerator / (m * L * (m * L - 1.0) - selfPairs);
}

bool EveryCoderMarkedAllAsOneUnit(const std::vector<Partition>& coders) {
  return std::all_of(coders.begin(), coders.end(),
                     [](const Partition& p) { return p.size() == 1 && !p.front().IsGap(); });
}

// ---- §5b --------------------------------------------------------------------------------

Matrix Zero(std::size_t size) { return Matrix(size, std::vector<double>(size, 0.0)); }

// Eq. 32; ordered pairs i ≠ j are visited as i < j and added to both (c, k) and (k, c).
Matrix ObservedCoincidences(const std::vector<Partition>& coders, std::size_t size) {
  Matrix l = Zero(size);
  const double weight = 1.0 / static_cast<double>(coders.size() - 1);
  for (std::size_t i = 0; i < coders.size(); ++i)
    for (std::size_t j = i + 1; j < coders.size(); ++j)
      ForEachOverlap(coders[i], coders[j], [&](const Section& g, const Section& h, double overlap) {
        l[g.index][h.index] += weight * overlap;
        l[h.index][g.index] += weight * overlap;
      });
  return l;
}

// S_c of eq. 33: |s|² per coded segment, |s| per gap.
std::vector<double> SelfPairing(const std::vector<Partition>& coders, std::size_t size) {
  std::vector<double> s(size, 0.0);
  for (const Partition& p : coders)
    for (const Section& section : p) s[section.index] += section.IsGap() ? section.Length() : section.Length() * section.Length();
  return s;
}

std::vector<double> RowSums(const Matrix& l) {
  std::vector<double> sums;
  for (const auto& row : l) {
    double sum = 0.0;
    for (double x : row) sum += x;
    sums.push_back(sum);
  }
  return sums;
}

// Eq. 33 on `l` with self-pairing sums `s`; empty when l.. = 0 or l.. − S/l.. <= 0.
Matrix ExpectedCoincidences(const Matrix& l, const std::vector<double>& s) {
  const std::vector<double> marginal = RowSums(l);
  double total = 0.0, sTotal = 0.0;
  for (double x : marginal) total += x;
  for (double x : s) sTotal += x;
  if (total <= 0.0) return {};
  const double denominator = total - sTotal / total;
  if (denominator <= 0.0) return {};
  Matrix e = Zero(l.size());
  for (std::size_t c = 0; c < l.size(); ++c)
    for (std::size_t k = 0; k < l.size(); ++k)
      e[c][k] = (marginal[c] * marginal[k] - (c == k ? s[c] : 0.0)) / denominator;
  return e;
}

double OffDiagonal(const Matrix& x) {
  double sum = 0.0;
  for (std::size_t c = 0; c < x.size(); ++c)
    for (std::size_t k = 0; k < x.size(); ++k)
      if (c != k) sum += x[c][k];
  return sum;
}

// Eq. 34 (nominal): 1 − Σ_{c≠k} l_ck / Σ_{c≠k} ε_ck.
Result NominalAlpha(const Matrix& observed, const Matrix& expected, const std::string& whyUndefined) {
  const double expectedOff = OffDiagonal(expected);
  if (expectedOff <= 0.0) return Result::Undefined(whyUndefined);
  return Result::Of(1.0 - OffDiagonal(observed) / expectedOff);
}

// Sums the cells of `x` into blocks: index c goes to block group[c].
Matrix Collapse(const Matrix& x, const std::vector<std::size_t>& group, std::size_t blocks) {
  Matrix out = Zero(blocks);
  for (std::size_t c = 0; c < x.size(); ++c)
    for (std::size_t k = 0; k < x.size(); ++k) out[group[c]][group[k]] += x[c][k];
  return out;
}

Result BinaryAlpha(const Matrix& l, const Matrix& e) {
  std::vector<std::size_t> group(l.size(), 1);
  group[0] = 0;
  return NominalAlpha(Collapse(l, group, 2), Collapse(e, group, 2),
                      "undefined: |uα needs both coded text and gaps; the coders left no gaps or coded nothing");
}

Result ValueAlpha(const Matrix& l, const Matrix& e, std::size_t index) {
  std::vector<std::size_t> group(l.size(), 0);
  group[index] = 1;
  return NominalAlpha(Collapse(l, group, 2), Collapse(e, group, 2),
                      "undefined: (k)uα for code " + std::to_string(index - 1) +
                          " needs text with and without that code; no coder used it, or it covers all text");
}

// cuα (Duiding's choice; see the file comment): eq. 33 and 34 on the matrix without ∅.
Result CodedAlpha(const Matrix& l, const std::vector<double>& s) {
  Matrix restricted = Zero(l.size() - 1);
  for (std::size_t c = 1; c < l.size(); ++c)
    for (std::size_t k = 1; k < l.size(); ++k) restricted[c - 1][k - 1] = l[c][k];
  const std::vector<double> sCoded(s.begin() + 1, s.end());
  double total = 0.0;
  for (double x : RowSums(restricted)) total += x;
  if (total <= 0.0) return Result::Undefined("undefined: cuα needs text that two coders both coded; there is none");
  const Matrix e = ExpectedCoincidences(restricted, sCoded);
  if (e.empty())
    return Result::Undefined(
        "undefined: cuα's expected term has a non-positive denominator l'.. − S'/l'..: the coded segments are long "
        "compared with the text that two coders both coded");
  return NominalAlpha(restricted, e, "undefined: cuα needs at least two codes on text that two coders both coded");
}

UnitizingFamily RefusedFamily(const std::string& why, int values) {
  UnitizingFamily f;
  f.uAlpha = f.binaryUAlpha = f.cuAlpha = Result::Undefined(why);
  for (int v = 0; v < values; ++v) f.perValue[v] = Result::Undefined(why);
  return f;
}

std::string CheckValues(const std::vector<std::vector<Segment>>& perCoder, int values) {
  for (std::size_t i = 0; i < perCoder.size(); ++i)
    for (const Segment& s : perCoder[i])
      if (!IsEmpty(s) && (s.value < 0 || s.value >= values))
        return "undefined: coder " + std::to_string(i + 1) + " has a segment with value " + std::to_string(s.value) +
               " outside 0.." + std::to_string(values - 1);
  return {};
}

}  // namespace

CharacterComparison CompareCharacters(std::size_t length, const std::vector<Segment>& coderA,
                                      const std::vector<Segment>& coderB) {
  const std::vector<Interval> a = CoveredIntervals(length, coderA), b = CoveredIntervals(length, coderB);
  const std::size_t codedA = TotalLength(a), codedB = TotalLength(b), both = IntersectionLength(a, b);
  CharacterComparison t;
  t.both = both;
  t.onlyA = codedA - both;
  t.onlyB = codedB - both;
  t.neither = (length - codedA) - (codedB - both);  // characters outside both unions
  t.percentAgreement = CharacterPercent(t);
  t.kappa = CharacterKappa(t);
  return t;
}

SegmentAgreement CompareSegments(const std::vector<Segment>& coderA, const std::vector<Segment>& coderB,
                                 double threshold) {
  SegmentAgreement result;
  if (!(threshold >= 0.0 && threshold <= 1.0)) {
    result.percentAgreement = Result::Undefined("undefined: the overlap threshold must lie in [0, 1]");
    return result;
  }
  JudgeSegments(coderA, coderB, threshold, result);
  JudgeSegments(coderB, coderA, threshold, result);
  const std::size_t total = result.agreements + result.disagreements;
  result.percentAgreement =
      total == 0 ? Result::Undefined("undefined: neither coder has a segment to compare")
                 : Result::Of(static_cast<double>(result.agreements) / static_cast<double>(total));
  return result;
}

Result SegmentKappa(const std::vector<SegmentAgreement>& perCode) {
  if (perCode.size() < 2)
    return Result::Undefined("undefined: the chance correction P_e = 1/q needs at least two codes in the table");
  std::size_t agreements = 0, total = 0;
  for (const SegmentAgreement& code : perCode) {
    agreements += code.agreements;
    total += code.agreements + code.disagreements;
  }
  if (total == 0) return Result::Undefined("undefined: the table has no segments");
  const double po = static_cast<double>(agreements) / static_cast<double>(total);
  const double pe = 1.0 / static_cast<double>(perCode.size());
  return Result::Of((po - pe) / (1.0 - pe));
}

Result UnitizingAlpha1995(std::size_t length, const std::vector<std::vector<Segment>>& unitsPerCoder) {
  const Partitions p = PartitionAll(length, unitsPerCoder, [](const Segment&) { return std::size_t{1}; });
  if (!p.error.empty()) return Result::Undefined(p.error);
  if (EveryCoderMarkedAllAsOneUnit(p.coders))
    return Result::Undefined("undefined: every coder marked the whole text as one unit; there is no variation to assess");
  const double expected = ExpectedDisagreement1995(length, p.coders);
  if (expected <= 0.0)
    return Result::Undefined("undefined: the expected disagreement uD_e is 0 (no units of this category)");
  return Result::Of(1.0 - ObservedDisagreement1995(length, p.coders) / expected);
}

UnitizingFamily UnitizingAlphaFamily(std::size_t length, const std::vector<std::vector<Segment>>& segmentsPerCoder,
                                     int values) {
  if (values < 0) return RefusedFamily("undefined: the number of values is negative", 0);
  if (const std::string bad = CheckValues(segmentsPerCoder, values); !bad.empty()) return RefusedFamily(bad, values);
  const Partitions p = PartitionAll(length, segmentsPerCoder,
                                    [](const Segment& s) { return static_cast<std::size_t>(s.value) + 1; });
  if (!p.error.empty()) return RefusedFamily(p.error, values);

  const std::size_t size = static_cast<std::size_t>(values) + 1;
  UnitizingFamily f;
  f.observed = ObservedCoincidences(p.coders, size);
  const std::vector<double> s = SelfPairing(p.coders, size);
  f.expected = ExpectedCoincidences(f.observed, s);  // l.. = mL > 0 and S ≤ mL², so never empty here
  f.uAlpha = NominalAlpha(f.observed, f.expected,
                          "undefined: the expected disagreement is 0; only one value (a code or the gap) occurs");
  f.binaryUAlpha = BinaryAlpha(f.observed, f.expected);
  f.cuAlpha = values == 0 ? Result::Undefined("undefined: the domain has no codes") : CodedAlpha(f.observed, s);
  for (int v = 0; v < values; ++v) f.perValue[v] = ValueAlpha(f.observed, f.expected, static_cast<std::size_t>(v) + 1);
  return f;
}

}  // namespace duiding::agreement
