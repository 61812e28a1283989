// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/agreement.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "model/error.h"
#include "project/agreement_units.h"
#include "project/project.h"

namespace duiding::project {
namespace {

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
constexpr const char* kNoGroup = "(geen)";

// A unit's values for every coder as one number: per coder (base 3) 0 = no value (the coder
// did not code this document), 1 = code absent, 2 = code present.
using Pattern = std::uint32_t;

struct DocumentData {
  Document document;
  std::vector<TextUnit> units;
  std::vector<std::size_t> groupOfUnit;
  std::vector<bool> coderCoded;                 // per coder: any coding in this document
  std::vector<std::vector<Ranges>> raw, union_;  // [code][coder]
};

std::size_t CoderValue(Pattern p, std::size_t coder) {
  for (std::size_t i = 0; i < coder; ++i) p /= 3;
  return p % 3;
}

// Reliability data for the coders `coders` (indices) from weighted patterns: one row per
// distinct projected pattern, weighted by how many units share it.
agreement::ReliabilityData DataFrom(const std::map<Pattern, double>& patterns, const std::vector<std::size_t>& coders) {
  std::map<std::vector<std::optional<std::size_t>>, double> rows;
  for (const auto& [pattern, weight] : patterns) {
    std::vector<std::optional<std::size_t>> row;
    for (std::size_t c : coders) {
      const std::size_t v = CoderValue(pattern, c);
      row.push_back(v == 0 ? std::nullopt : std::optional<std::size_t>(v - 1));
    }
    rows[row] += weight;
  }
  agreement::ReliabilityData data;
  data.coders = coders.size();
  data.categories = {"niet gecodeerd", "gecodeerd"};
  for (auto& [row, weight] : rows) {
    data.units.push_back(row);
    data.weights.push_back(weight);
  }
  return data;
}

std::vector<std::size_t> AllCoders(std::size_t m) {
  std::vector<std::size_t> all(m);
  std::iota(all.begin(), all.end(), 0);
  return all;
}

std::vector<agreement::Segment> Segments(const Ranges& ranges, std::size_t shift = 0, int value = 0) {
  std::vector<agreement::Segment> out;
  for (const auto& [s, e] : ranges) out.push_back({s + shift, e + shift, value});
  return out;
}

agreement::Result Mean(const std::vector<std::pair<double, double>>& valueAndWeight, bool weighted, const char* what) {
  double sum = 0, weights = 0;
  for (const auto& [v, w] : valueAndWeight) {
    sum += v * (weighted ? w : 1.0);
    weights += weighted ? w : 1.0;
  }
  if (weights <= 0) return agreement::Result::Undefined(std::string("no document where either coder used the code (") + what + ")");
  return agreement::Result::Of(sum / weights);
}

class Computation {
 public:
  Computation(Project& project, const AgreementOptions& options, Progress* progress)
      : m_project(project), m_options(options), m_progress(progress) {}

  AgreementReport Run() {
    Resolve();
    Load();
    CountPatterns();
    AgreementReport report;
    report.coders = m_coders;
    report.unit = m_options.unit;
    for (const DocumentData& d : m_docs) report.documents.push_back(d.document.name);
    for (const DocumentData& d : m_docs) report.unitCount += d.units.size();
    UnitBased(report);
    if (m_options.characterLevel) CharacterLevel(report);
    if (m_options.segments) SegmentLevel(report);
    if (m_options.unitizing) Unitizing(report);
    Step("disagreements", 0, 1);
    Disagreements(report);
    Definitions(report);
    return report;
  }

 private:
  // Between documents or codes: tells the front end and stops when it asked to.
  void Step(const char* stage, std::size_t done, std::size_t total) {
    ReportOrCancel(m_progress, ProgressState{stage, done, total, 0, 0, ""});
  }

  void Resolve() {
    store::Store& store = m_project.Store();
    const CodeTree tree = m_project.Codebook();
    m_tree = std::make_unique<CodeTree>(tree);
    std::vector<Coding> all = store.Codings({});
    if (m_options.coders.empty()) {
      std::set<RowId> used;
      for (const Coding& c : all) used.insert(c.coder);
      for (const User& u : store.Users())
        if (used.count(u.id)) m_coders.push_back(u);
    } else {
      for (const std::string& ref : m_options.coders) {
        const auto user = store.FindUser(ref);
        if (!user) throw Error(ErrorKind::NotFound, "unknown coder '" + ref + "'");
        m_coders.push_back(*user);
      }
    }
    if (m_coders.size() < 2) throw Error(ErrorKind::Input, "agreement needs at least two coders with codings");
    if (m_coders.size() > 12) throw Error(ErrorKind::Input, "compare at most 12 coders at a time");
    for (std::size_t i = 0; i < m_coders.size(); ++i) m_coderIndex[m_coders[i].id] = i;
    std::erase_if(all, [&](const Coding& c) { return !m_coderIndex.count(c.coder); });
    if (m_options.codes.empty()) {
      std::set<RowId> used;
      for (const Coding& c : all) used.insert(c.code);
      for (const auto& [code, depth] : tree.DepthFirst())
        if (code->isCodable && used.count(code->id)) m_codes.push_back(code->id);
    } else {
      for (const std::string& ref : m_options.codes) m_codes.push_back(tree.Resolve(ref).id);
    }
    if (m_codes.empty()) throw Error(ErrorKind::Input, "no codes to compare: the coders have no codings");
    for (std::size_t i = 0; i < m_codes.size(); ++i) m_codeIndex[m_codes[i]] = i;
    std::erase_if(all, [&](const Coding& c) { return !m_codeIndex.count(c.code); });
    m_codings = std::move(all);
  }

  void Load() {
    store::Store& store = m_project.Store();
    std::map<RowId, std::set<std::size_t>> codersOf;
    for (const Coding& c : m_codings) codersOf[c.document].insert(m_coderIndex.at(c.coder));
    std::set<RowId> chosen;
    for (const std::string& ref : m_options.documents) chosen.insert(m_project.ResolveDocument(ref).id);
    std::vector<Document> documents = store.Documents();
    std::erase_if(documents,
                  [&](const Document& d) { return !chosen.empty() ? !chosen.count(d.id) : codersOf[d.id].size() < 2; });
    for (std::size_t i = 0; i < documents.size(); ++i) {
      Step("documents", i, documents.size());
      const Document& d = documents[i];
      DocumentData data;
      data.document = d;
      data.units = CutIntoUnits(store, d, m_options.unit);
      data.coderCoded.assign(m_coders.size(), false);
      for (std::size_t c : codersOf[d.id]) data.coderCoded[c] = true;
      data.raw.assign(m_codes.size(), std::vector<Ranges>(m_coders.size()));
      m_docIndex[d.id] = m_docs.size();
      m_docs.push_back(std::move(data));
    }
    if (m_docs.empty()) throw Error(ErrorKind::Input, "no document is coded by two of these coders");
    Step("documents", m_docs.size(), m_docs.size());
    for (const Coding& c : m_codings) {
      const auto d = m_docIndex.find(c.document);
      if (d == m_docIndex.end()) continue;
      m_docs[d->second].raw[m_codeIndex.at(c.code)][m_coderIndex.at(c.coder)].emplace_back(c.start, c.end);
    }
    for (DocumentData& d : m_docs) {
      d.union_.resize(m_codes.size());
      for (std::size_t k = 0; k < m_codes.size(); ++k) {
        for (Ranges& r : d.raw[k]) std::sort(r.begin(), r.end());
        for (const Ranges& r : d.raw[k]) d.union_[k].push_back(UnionOf(r));
      }
    }
    AssignGroups();
  }

  void AssignGroups() {
    m_groups = {kNoGroup};
    std::map<std::string, std::size_t> index{{kNoGroup, 0}};
    std::unordered_map<RowId, std::string> byDocument, byCase;
    if (!m_options.groupBy.empty()) {
      store::Store& store = m_project.Store();
      for (const Variable& v : store.Variables()) {
        if (v.name != m_options.groupBy) continue;
        for (const auto& [owner, value] : store.VariableValues(v.id)) {
          if (owner.document) byDocument[*owner.document] = FormatValue(value);
          if (owner.caseId) byCase[*owner.caseId] = FormatValue(value);
        }
      }
    }
    const auto groupOf = [&](const std::string& value) {
      const auto [it, added] = index.emplace(value, m_groups.size());
      if (added) m_groups.push_back(value);
      return it->second;
    };
    for (DocumentData& d : m_docs) {
      d.groupOfUnit.assign(d.units.size(), 0);
      if (m_options.groupBy.empty()) continue;
      const auto own = byDocument.find(d.document.id);
      for (std::size_t u = 0; u < d.units.size(); ++u) {
        if (own != byDocument.end()) {
          d.groupOfUnit[u] = groupOf(own->second);
        } else if (d.units[u].caseId) {
          const auto c = byCase.find(*d.units[u].caseId);
          if (c != byCase.end()) d.groupOfUnit[u] = groupOf(c->second);
        }
      }
    }
  }

  // Only units some coder gave the code are visited; every other unit of a document has the
  // same pattern (absent for the coders who coded the document), counted in bulk.
  void CountPatterns() {
    for (std::size_t di = 0; di < m_docs.size(); ++di) {
      Step("units", di, m_docs.size());
      const DocumentData& d = m_docs[di];
      std::vector<double> unitsPerGroup(m_groups.size(), 0);
      for (std::size_t g : d.groupOfUnit) ++unitsPerGroup[g];
      Pattern base = 0;
      for (std::size_t c = m_coders.size(); c-- > 0;) base = base * 3 + (d.coderCoded[c] ? 1 : 0);
      for (std::size_t k = 0; k < m_codes.size(); ++k) {
        std::map<std::size_t, Pattern> touched;  // unit -> pattern
        Pattern step = 1;
        for (std::size_t c = 0; c < m_coders.size(); ++c, step *= 3) {
          if (!d.coderCoded[c]) continue;
          for (std::size_t u : UnitsCovered(d.units, d.union_[k][c], m_options.unitOverlap)) {
            auto [it, added] = touched.emplace(u, base);
            it->second += step;  // absent (1) becomes present (2)
          }
        }
        std::vector<double> untouched = unitsPerGroup;
        for (const auto& [u, pattern] : touched) {
          Count(k, di, d.groupOfUnit[u], pattern, 1);
          --untouched[d.groupOfUnit[u]];
          m_touched[{di, u}].push_back(k);
        }
        for (std::size_t g = 0; g < m_groups.size(); ++g)
          if (untouched[g] > 0) Count(k, di, g, base, untouched[g]);
      }
    }
  }

  // Patterns summed per code, per document, per group and overall, as they are counted.
  void Count(std::size_t code, std::size_t document, std::size_t group, Pattern pattern, double weight) {
    m_byCode[code][pattern] += weight;
    m_byDocument[document][pattern] += weight;
    m_byGroup[group][pattern] += weight;
    m_overall[pattern] += weight;
  }

  void UnitBased(AgreementReport& report) {
    Step("units", m_docs.size(), m_docs.size());
    const std::vector<std::size_t> all = AllCoders(m_coders.size());
    const agreement::Level nominal = agreement::Level::Nominal;
    for (std::size_t k = 0; k < m_codes.size(); ++k) {
      CodeAgreement code;
      code.code = m_codes[k];
      code.path = m_tree->PathOf(m_codes[k]);
      code.units = agreement::ComputeUnitReport(DataFrom(m_byCode[k], all), nominal);
      report.codes.push_back(std::move(code));
    }
    report.overall = agreement::ComputeUnitReport(DataFrom(m_overall, all), nominal);
    for (std::size_t di = 0; di < m_docs.size(); ++di)
      report.perDocument.push_back(
          {m_docs[di].document.name, agreement::ComputeUnitReport(DataFrom(m_byDocument[di], all), nominal)});
    for (std::size_t a = 0; a < m_coders.size(); ++a)
      for (std::size_t b = a + 1; b < m_coders.size(); ++b)
        report.perPair.push_back({m_coders[a].name + " \u2013 " + m_coders[b].name,
                                  agreement::ComputeUnitReport(DataFrom(m_overall, {a, b}), nominal)});
    if (!m_options.groupBy.empty())
      for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_byGroup[g].empty()) continue;
        report.perGroup.push_back({m_options.groupBy + " = " + m_groups[g],
                                   agreement::ComputeUnitReport(DataFrom(m_byGroup[g], all), nominal)});
      }
  }

  void CharacterLevel(AgreementReport& report) {
    for (std::size_t k = 0; k < m_codes.size(); ++k) {
      Step("character level", k, m_codes.size());
      CodeAgreement& code = report.codes[k];
      std::vector<std::pair<double, double>> percent, kappa;
      for (std::size_t di = 0; di < m_docs.size(); ++di) {
        const DocumentData& d = m_docs[di];
        for (std::size_t a = 0; a < m_coders.size(); ++a)
          for (std::size_t b = a + 1; b < m_coders.size(); ++b) {
            if (!d.coderCoded[a] || !d.coderCoded[b]) continue;
            if (d.union_[k][a].empty() && d.union_[k][b].empty()) continue;  // neither used it here
            CharacterCell cell{d.document.id, a, b, d.document.length,
                               agreement::CompareCharacters(d.document.length, Segments(d.union_[k][a]),
                                                            Segments(d.union_[k][b]))};
            const double length = static_cast<double>(d.document.length);
            if (cell.comparison.percentAgreement.Defined())
              percent.emplace_back(*cell.comparison.percentAgreement.value, length);
            if (cell.comparison.kappa.Defined() && cell.comparison.kappa.convention.empty())
              kappa.emplace_back(*cell.comparison.kappa.value, length);
            code.characterCells.push_back(std::move(cell));
          }
      }
      code.characterPercentMean = Mean(percent, false, "percent agreement");
      code.characterPercentWeighted = Mean(percent, true, "percent agreement");
      code.characterKappaMean = Mean(kappa, false, "kappa");
      code.characterKappaWeighted = Mean(kappa, true, "kappa");
    }
    Step("character level", m_codes.size(), m_codes.size());
  }

  void SegmentLevel(AgreementReport& report) {
    std::vector<agreement::SegmentAgreement> table;
    for (std::size_t k = 0; k < m_codes.size(); ++k) {
      Step("segments", k, m_codes.size());
      agreement::SegmentAgreement sum;
      for (const DocumentData& d : m_docs)
        for (std::size_t a = 0; a < m_coders.size(); ++a)
          for (std::size_t b = a + 1; b < m_coders.size(); ++b) {
            if (!d.coderCoded[a] || !d.coderCoded[b]) continue;
            const agreement::SegmentAgreement one =
                agreement::CompareSegments(Segments(d.raw[k][a]), Segments(d.raw[k][b]), m_options.segmentThreshold);
            sum.agreements += one.agreements;
            sum.disagreements += one.disagreements;
          }
      const std::size_t total = sum.agreements + sum.disagreements;
      sum.percentAgreement = total ? agreement::Result::Of(static_cast<double>(sum.agreements) / static_cast<double>(total))
                                   : agreement::Result::Undefined("no segments of this code");
      report.codes[k].segments = sum;
      report.segmentsOverall.agreements += sum.agreements;
      report.segmentsOverall.disagreements += sum.disagreements;
      table.push_back(sum);
    }
    Step("segments", m_codes.size(), m_codes.size());
    const std::size_t total = report.segmentsOverall.agreements + report.segmentsOverall.disagreements;
    report.segmentsOverall.percentAgreement =
        total ? agreement::Result::Of(static_cast<double>(report.segmentsOverall.agreements) / static_cast<double>(total))
              : agreement::Result::Undefined("no segments");
    report.segmentKappa = agreement::SegmentKappa(table);
  }

  // Documents coded by every coder, laid end to end: the continuum of the unitizing measures.
  std::vector<std::pair<std::size_t, std::size_t>> Continuum(std::size_t& length) const {
    std::vector<std::pair<std::size_t, std::size_t>> docs;  // document index, offset
    length = 0;
    for (std::size_t di = 0; di < m_docs.size(); ++di) {
      if (std::find(m_docs[di].coderCoded.begin(), m_docs[di].coderCoded.end(), false) != m_docs[di].coderCoded.end())
        continue;
      docs.emplace_back(di, length);
      length += m_docs[di].document.length;
    }
    return docs;
  }

  void Unitizing(AgreementReport& report) {
    std::size_t length = 0;
    const auto continuum = Continuum(length);
    const auto domains = Domains();
    const std::size_t steps = m_codes.size() + domains.size();
    for (std::size_t k = 0; k < m_codes.size(); ++k) {
      Step("unitizing", k, steps);
      std::vector<std::vector<agreement::Segment>> perCoder(m_coders.size());
      for (const auto& [di, offset] : continuum)
        for (std::size_t c = 0; c < m_coders.size(); ++c) {
          auto s = Segments(m_docs[di].union_[k][c], offset);
          perCoder[c].insert(perCoder[c].end(), s.begin(), s.end());
        }
      report.codes[k].unitizingAlpha1995 =
          continuum.empty() ? agreement::Result::Undefined("no document is coded by every coder")
                            : agreement::UnitizingAlpha1995(length, perCoder);
    }
    for (std::size_t i = 0; i < domains.size(); ++i) {
      Step("unitizing", m_codes.size() + i, steps);
      report.domains.push_back(Domain(domains[i].first, domains[i].second, continuum, length));
    }
    Step("unitizing", steps, steps);
  }

  // A semantic domain: the chosen codes directly below one code, when there are two or more.
  std::vector<std::pair<RowId, std::vector<std::size_t>>> Domains() const {
    std::map<RowId, std::vector<std::size_t>> byParent;
    for (std::size_t k = 0; k < m_codes.size(); ++k)
      if (const auto parent = m_tree->Get(m_codes[k]).parent) byParent[*parent].push_back(k);
    std::vector<std::pair<RowId, std::vector<std::size_t>>> out;
    for (auto& [parent, members] : byParent)
      if (members.size() >= 2) out.emplace_back(parent, members);
    return out;
  }

  DomainAgreement Domain(RowId category, const std::vector<std::size_t>& members,
                         const std::vector<std::pair<std::size_t, std::size_t>>& continuum, std::size_t length) const {
    DomainAgreement domain;
    domain.category = category;
    domain.path = m_tree->PathOf(category);
    for (std::size_t k : members) domain.codes.push_back(m_tree->PathOf(m_codes[k]));
    std::vector<std::vector<agreement::Segment>> perCoder(m_coders.size());
    for (std::size_t c = 0; c < m_coders.size(); ++c) {
      std::size_t trimmed = 0;
      for (const auto& [di, offset] : continuum) {
        std::vector<agreement::Segment> segments;
        for (std::size_t v = 0; v < members.size(); ++v) {
          auto s = Segments(m_docs[di].union_[members[v]][c], offset, static_cast<int>(v));
          segments.insert(segments.end(), s.begin(), s.end());
        }
        std::sort(segments.begin(), segments.end(),
                  [](const agreement::Segment& a, const agreement::Segment& b) { return a.start < b.start; });
        for (agreement::Segment s : segments) {  // one coder's codes of a domain must not overlap
          if (!perCoder[c].empty() && s.start < perCoder[c].back().end) {
            ++trimmed;
            s.start = perCoder[c].back().end;
            if (s.start >= s.end) continue;
          }
          perCoder[c].push_back(s);
        }
      }
      if (trimmed)
        domain.warnings.push_back(m_coders[c].name + " applied two codes of '" + domain.path + "' to overlapping text " +
                                  std::to_string(trimmed) + " times; the later segment was cut to start where the " +
                                  "earlier one ends");
    }
    domain.family = continuum.empty() ? agreement::UnitizingFamily{}
                                      : agreement::UnitizingAlphaFamily(length, perCoder, static_cast<int>(members.size()));
    if (continuum.empty()) {
      const auto none = agreement::Result::Undefined("no document is coded by every coder");
      domain.family.uAlpha = domain.family.binaryUAlpha = domain.family.cuAlpha = none;
    }
    return domain;
  }

  void Disagreements(AgreementReport& report) {
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> byUnit(m_touched.begin(), m_touched.end());
    for (const auto& [key, codes] : byUnit) {
      const auto [di, u] = key;
      const DocumentData& d = m_docs[di];
      const TextUnit& unit = d.units[u];
      Disagreement entry;
      entry.codesByCoder.resize(m_coders.size());
      bool differ = false;
      for (std::size_t k : codes) {
        std::size_t present = 0, coding = 0;
        for (std::size_t c = 0; c < m_coders.size(); ++c) {
          if (!d.coderCoded[c]) continue;
          ++coding;
          const Ranges& r = d.union_[k][c];
          const bool has = !UnitsCovered({unit}, r, m_options.unitOverlap).empty();
          if (has) {
            ++present;
            entry.codesByCoder[c].push_back(m_tree->PathOf(m_codes[k]));
          }
        }
        if (present > 0 && present < coding) differ = true;
      }
      if (!differ) continue;
      if (report.disagreementCount++ >= m_options.disagreementLimit) continue;
      entry.document = d.document.id;
      entry.documentName = d.document.name;
      entry.documentGuid = d.document.guid;
      entry.start = unit.start;
      entry.end = unit.end;
      report.disagreements.push_back(std::move(entry));
    }
  }

  void Definitions(AgreementReport& report) const {
    const std::string unit = UnitKindName(m_options.unit);
    const std::string share = m_options.unitOverlap > 0
                                  ? "covers more than " + std::to_string(static_cast<int>(m_options.unitOverlap * 100)) +
                                        " % of the " + unit
                                  : "overlaps the " + unit + " by at least one character";
    report.definitions = {
        {"units", "Each " + unit + " of the compared documents is a unit; a coder gives it a code when one of their "
                  "codings of that code " + share + ". A coder who made no coding in a document has no values there "
                  "(missing), rather than 'not coded'. Per code the values are 'gecodeerd' / 'niet gecodeerd'; the "
                  "overall row pools every unit x code decision."},
        {"percent agreement", "Two coders: the share of units both coded with equal values. More coders: the share "
                              "of units coded by every coder where all values are equal (variant a)."},
        {"Cohen's kappa", "Cohen (1960), two coders, each coder's own marginals."},
        {"Scott's pi", "Scott (1955), two coders, pooled marginals."},
        {"Brennan-Prediger kappa_n", "Bennett, Alpert & Goldstein S / Brennan & Prediger (1981), chance 1/q with q = 2 "
                                     "(coded, not coded); more than two coders: Randolph's free-marginal kappa."},
        {"Fleiss' kappa", "Fleiss (1971), units coded by every coder."},
        {"Krippendorff's alpha", "Krippendorff (2011), nominal; every unit with at least two values, weighted "
                                 "1/(m_u - 1); missing values allowed."},
        {"character level", "NVivo-style coding comparison per code, document and coder pair: every character is "
                            "coded by both, one or neither; percent agreement = (both + neither) / length, Cohen's "
                            "kappa on that 2x2 table. Means over the documents where either coder used the code, "
                            "unweighted and weighted by document length; NVivo's display conventions left out."},
        {"segment agreement", "MAXQDA-style: every coded segment of either coder agrees when the other coder has a "
                              "segment of the same code sharing at least " +
                                  std::to_string(static_cast<int>(m_options.segmentThreshold * 100)) +
                                  " % of their union; kappa with Brennan-Prediger chance 1/q, q = codes in the table."},
        {"unitizing alpha (1995)", "Krippendorff 1995 / 2004 u-alpha per code, over the documents coded by every "
                                   "coder laid end to end, positions in characters."},
        {"u-alpha family", "Krippendorff, Mathet, Bouvry & Widloecher 2016 / Krippendorff 2019 eqs. 32-35 per "
                           "semantic domain (the codes directly below one category): u-alpha, |u-alpha (coded vs "
                           "not coded) and cu-alpha (see the source notes in src/agreement/unitizing.cpp)."},
    };
  }

  Project& m_project;
  const AgreementOptions& m_options;
  Progress* m_progress;
  std::unique_ptr<CodeTree> m_tree;
  std::vector<User> m_coders;
  std::map<RowId, std::size_t> m_coderIndex, m_codeIndex, m_docIndex;
  std::vector<RowId> m_codes;
  std::vector<Coding> m_codings;
  std::vector<DocumentData> m_docs;
  std::vector<std::string> m_groups;
  std::map<std::size_t, std::map<Pattern, double>> m_byCode, m_byDocument, m_byGroup;
  std::map<Pattern, double> m_overall;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> m_touched;  // (doc, unit) -> codes
};

}  // namespace

std::optional<UnitKind> ParseUnitKind(std::string_view name) {
  if (name == "sentence" || name == "zin") return UnitKind::Sentence;
  if (name == "turn" || name == "beurt") return UnitKind::Turn;
  if (name == "paragraph" || name == "alinea") return UnitKind::Paragraph;
  if (name == "answer" || name == "antwoord") return UnitKind::Answer;
  return std::nullopt;
}

const char* UnitKindName(UnitKind kind) {
  switch (kind) {
    case UnitKind::Sentence: return "sentence";
    case UnitKind::Turn: return "speaker turn";
    case UnitKind::Paragraph: return "paragraph";
    case UnitKind::Answer: return "survey answer";
  }
  return "unit";
}

std::string Disagreement::Anchor() const {
  return "duiding:" + documentGuid + "#" + std::to_string(start) + "-" + std::to_string(end);
}

AgreementReport ComputeAgreement(Project& project, const AgreementOptions& options, Progress* progress) {
  AgreementReport report = Computation(project, options, progress).Run();
  ReportOrCancel(progress, ProgressState{"disagreements", 1, 1, 0, 0, ""});
  for (Disagreement& d : report.disagreements) d.quote = project.Store().DocumentSlice(d.document, d.start, d.end);
  return report;
}

}  // namespace duiding::project
