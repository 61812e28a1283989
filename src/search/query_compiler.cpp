// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/query_compiler.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "search/analyzer.h"
#include "search/index_terms.h"

namespace duiding::search {
namespace {

using Kind = QueryNode::Kind;
constexpr std::size_t kMaxWildcardTerms = 200;

// A query for the documents: as Xapian runs it, and as the ranker does when it can.
struct DocQuery {
  Xapian::Query xapian;
  std::optional<RankPlan> plan;
};

DocQuery TermQuery(const std::string& term) {
  return {Xapian::Query(term), RankPlan{RankPlan::Kind::Term, term, {}}};
}

std::optional<RankPlan::Kind> RankKind(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND: return RankPlan::Kind::And;
    case Xapian::Query::OP_OR: return RankPlan::Kind::Or;
    case Xapian::Query::OP_AND_NOT: return RankPlan::Kind::AndNot;
    case Xapian::Query::OP_FILTER: return RankPlan::Kind::Filter;
    default: return std::nullopt;  // phrases, proximity and synonyms are Xapian's to run
  }
}

// `parts` joined by `op` (`window`: of a phrase or NEAR). A lone part of AND or OR stands for
// itself, as Xapian makes it.
DocQuery Join(Xapian::Query::op op, std::vector<DocQuery> parts, Xapian::termcount window = 0) {
  std::vector<Xapian::Query> queries;
  for (const DocQuery& p : parts) queries.push_back(p.xapian);
  DocQuery out{Xapian::Query(op, queries.begin(), queries.end(), window), std::nullopt};
  const std::optional<RankPlan::Kind> kind = RankKind(op);
  if (!kind || !std::all_of(parts.begin(), parts.end(), [](const DocQuery& p) { return p.plan.has_value(); }))
    return out;
  if (parts.size() == 1 && (*kind == RankPlan::Kind::And || *kind == RankPlan::Kind::Or)) {
    out.plan = std::move(parts.front().plan);
    return out;
  }
  out.plan = RankPlan{*kind, "", {}};
  for (DocQuery& p : parts) out.plan->parts.push_back(std::move(*p.plan));
  return out;
}

// The documents of `q`, weighing nothing.
DocQuery Unweighted(const DocQuery& q) {
  DocQuery out{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q.xapian, 0.0), std::nullopt};
  if (q.plan) out.plan = RankPlan{RankPlan::Kind::Unweighted, "", {*q.plan}};
  return out;
}

class Compiler {
 public:
  Compiler(const Xapian::Database& db, const Synonyms& synonyms, MemberForms* members)
      : m_db(db), m_synonyms(synonyms), m_members(members ? *members : m_ownMembers) {}

  CompiledQuery Run(const QueryNode& tree) {
    CompiledQuery out;
    DocQuery q = Part(tree, out);
    out.query = std::move(q.xapian);
    out.plan = std::move(q.plan);
    out.positional = m_positional;
    if (out.patterns.empty()) throw QueryError(tree.offset, "the query needs at least one word to look for");
    return out;
  }

 private:
  // The index terms of a text as the analyser cuts it: one sequence of stems.
  Sequence StemsOf(const std::string& text) {
    Sequence seq;
    for (const Token& t : m_analyzer.Tokens(text)) seq.push_back({terms::Stem(m_analyzer.Stem(t.folded))});
    return seq;
  }

  // A synonym member's stems, analysed once per searcher.
  const Sequence& MemberForm(const std::string& member) {
    auto [it, fresh] = m_members.try_emplace(member);
    if (fresh) it->second = StemsOf(member);
    return it->second;
  }

  Operand WordOperand(const QueryNode& node) {
    Operand op;
    if (node.prefix) {
      Alternatives expanded;
      const std::string prefix = terms::Stem(FoldTerm(node.text));
      for (auto t = m_db.allterms_begin(prefix); t != m_db.allterms_end(prefix); ++t) {
        if (expanded.size() == kMaxWildcardTerms)
          throw QueryError(node.offset, "'" + node.text + "*' matches too many words; make the prefix longer");
        expanded.push_back(*t);
      }
      op.forms.push_back({expanded});
      return op;
    }
    Sequence own = StemsOf(node.text);
    if (own.empty()) throw QueryError(node.offset, "'" + node.text + "' holds no word to search for");
    op.forms.push_back(own);
    if (node.kind == Kind::Word) {
      for (const std::string& alternative : m_synonyms.Alternatives(FoldTerm(node.text)))
        if (const Sequence& s = MemberForm(alternative); !s.empty()) op.forms.push_back(s);
      UseSynonymSet(op);
    }
    DropAbsentTerms(op);
    return op;
  }

  static bool OneWord(const Sequence& form) { return form.size() == 1 && form[0].size() == 1; }

  // A word whose synonym group the index holds as a term of its own (index_terms.h): its one-
  // word forms become that term, so Xapian reads one posting list and the hit finder one
  // position list instead of one per member. The index has the term only for exactly these
  // members (a word in two groups, or a list changed since indexing, keeps its members).
  void UseSynonymSet(Operand& op) const {
    std::vector<std::string> stems;
    for (const Sequence& form : op.forms)
      if (OneWord(form)) stems.push_back(form[0][0]);
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    if (stems.size() < 2) return;
    const std::string set = terms::SynonymSet(stems);
    if (!Exists(set)) return;
    std::vector<Sequence> forms{Sequence{Alternatives{set}}};
    for (Sequence& form : op.forms)
      if (!OneWord(form)) forms.push_back(std::move(form));
    op.forms = std::move(forms);
    op.grouped = std::move(stems);
  }

  // Whether any document holds `term`, asked once per query (a term recurs across synonyms).
  bool Exists(const std::string& term) const {
    auto [it, fresh] = m_exists.try_emplace(term, false);
    if (fresh) it->second = m_db.term_exists(term);
    return it->second;
  }

  // Terms no document holds can find nothing: asking once here spares Xapian a posting list and
  // the hit finder a position lookup per document for each (synonym sets are often half absent).
  // A form with a position left empty is dropped; the last one stays, so an operand keeps a form.
  void DropAbsentTerms(Operand& op) const {
    // One form stays whatever it holds, and Xapian looks its terms up anyway: asking here as
    // well would read their index blocks twice.
    if (op.forms.size() < 2) return;
    // A phrase a one-word form already finds stays out of Xapian's query (OperandQuery) and
    // only widens hits: its terms are read in the documents that match anyway.
    std::vector<bool> subsumed;
    for (const Sequence& form : op.forms) subsumed.push_back(Subsumed(form, op));
    std::vector<Sequence> kept;
    for (std::size_t i = 0; i < op.forms.size(); ++i) {
      Sequence& form = op.forms[i];
      // The group's term (UseSynonymSet found it there) and subsumed phrases need no look-up.
      if ((kept.empty() && !op.grouped.empty()) || subsumed[i]) {
        kept.push_back(std::move(form));
        continue;
      }
      bool possible = true;
      for (std::size_t w = 0; w < form.size() && possible; ++w) {  // a position left empty ends it
        Alternatives& at = form[w];
        at.erase(std::remove_if(at.begin(), at.end(), [&](const std::string& t) { return !Exists(t); }), at.end());
        possible = !at.empty();
      }
      if (possible) kept.push_back(std::move(form));
    }
    if (kept.empty()) kept.push_back(std::move(op.forms.front()));
    op.forms = std::move(kept);
  }

  static std::vector<DocQuery> Words(const Sequence& seq) {
    std::vector<DocQuery> words;
    for (const Alternatives& alt : seq) {
      std::vector<DocQuery> terms;
      for (const std::string& term : alt) terms.push_back(TermQuery(term));
      words.push_back(Join(Xapian::Query::OP_OR, std::move(terms)));
    }
    return words;
  }

  // The documents holding every word of `seq`, in any order.
  static DocQuery WordsQuery(const Sequence& seq) { return Join(Xapian::Query::OP_AND, Words(seq)); }

  DocQuery SequenceQuery(const Sequence& seq) {
    std::vector<DocQuery> words = Words(seq);
    if (words.size() == 1) return words.front();
    m_positional = true;
    const auto size = static_cast<Xapian::termcount>(words.size());
    return Join(Xapian::Query::OP_PHRASE, std::move(words), size);
  }

  // A multi-word form that holds, at some position, only terms a one-word form of the same
  // operand also has: every document with it has that word too ("tot last zijn" beside "last").
  static bool Subsumed(const Sequence& form, const Operand& op) {
    if (form.size() < 2) return false;
    const auto holds = [](const std::vector<std::string>& terms, const Alternatives& at) {
      return std::all_of(at.begin(), at.end(),
                         [&](const std::string& t) { return std::find(terms.begin(), terms.end(), t) != terms.end(); });
    };
    for (const Alternatives& at : form) {
      if (holds(op.grouped, at)) return true;  // the group's term stands for these words
      for (const Sequence& other : op.forms)
        if (other.size() == 1 && holds(other[0], at)) return true;
    }
    return false;
  }

  // The documents an operand can have hits in. Forms that cannot add a document are left out
  // (their phrase would cost Xapian a position check in every document), and the rest are put
  // in one order, so the same synonym set reads the same from any of its words.
  DocQuery OperandQuery(const Operand& op) {
    std::vector<const Sequence*> kept;
    for (const Sequence& s : op.forms)
      if (!Subsumed(s, op)) kept.push_back(&s);
    if (kept.size() == 1) return SequenceQuery(*kept.front());  // nothing to put in order
    std::vector<std::pair<std::string, DocQuery>> forms;
    for (const Sequence* s : kept) {
      DocQuery q = SequenceQuery(*s);
      forms.emplace_back(q.xapian.get_description(), std::move(q));
    }
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    forms.erase(std::unique(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                forms.end());
    if (forms.size() == 1) return forms.front().second;
    std::vector<DocQuery> queries;
    for (auto& [description, q] : forms) queries.push_back(std::move(q));
    return Join(Xapian::Query::OP_SYNONYM, std::move(queries));
  }

  // NEAR and ADJ hold words, prefixes and OR groups of them.
  Operand ProximityOperand(const QueryNode& node) {
    if (node.kind == Kind::Word || node.kind == Kind::Phrase) return WordOperand(node);
    if (node.kind != Kind::Or) throw QueryError(node.offset, "NEAR and ADJ take words, prefixes or OR groups of them");
    Operand merged;
    for (const QueryNode& child : node.children) {
      Operand part = ProximityOperand(child);
      merged.forms.insert(merged.forms.end(), part.forms.begin(), part.forms.end());
      merged.grouped.insert(merged.grouped.end(), part.grouped.begin(), part.grouped.end());
    }
    return merged;
  }

  DocQuery Proximity(const QueryNode& node, CompiledQuery& out) {
    HitPattern pattern;
    pattern.kind = node.kind == Kind::Near ? HitPattern::Kind::Near : HitPattern::Kind::Adj;
    pattern.distance = node.distance;
    pattern.required = m_required;
    std::vector<DocQuery> parts;
    for (const QueryNode& child : node.children) {
      pattern.operands.push_back(ProximityOperand(child));
      parts.push_back(OperandQuery(pattern.operands.back()));
    }
    const auto window = static_cast<Xapian::termcount>(node.distance + node.children.size() - 1);
    out.patterns.push_back(pattern);
    if (pattern.required) return Join(Xapian::Query::OP_AND, std::move(parts));
    // Xapian 1.4 runs NEAR and PHRASE over single terms only. With alternatives (synonyms, OR
    // groups, prefixes) the documents holding every operand are candidates and the hit finder
    // keeps only those where the operands really stand close enough.
    const bool leaves = std::all_of(pattern.operands.begin(), pattern.operands.end(), [](const Operand& op) {
      return op.forms.size() == 1 && op.forms[0].size() == 1 && op.forms[0][0].size() == 1;
    });
    if (!leaves) return Join(Xapian::Query::OP_AND, std::move(parts));
    m_positional = true;
    return Join(node.kind == Kind::Near ? Xapian::Query::OP_NEAR : Xapian::Query::OP_PHRASE, std::move(parts), window);
  }

  DocQuery Single(const QueryNode& node, CompiledQuery& out) {
    HitPattern pattern;
    pattern.operands.push_back(WordOperand(node));
    const Operand& op = pattern.operands.back();
    // A phrase the query needs (with no synonym beside it): its words, and the hit finder
    // checks their order.
    pattern.required = m_required && op.forms.size() == 1 && op.forms[0].size() > 1;
    DocQuery q = pattern.required ? WordsQuery(op.forms[0]) : OperandQuery(op);
    out.patterns.push_back(pattern);
    // Stop words still have to be there, but do not rank.
    if (node.kind == Kind::Word && !node.prefix && DutchAnalyzer::IsStopWord(FoldTerm(node.text)))
      return Unweighted(q);
    return q;
  }

  DocQuery And(const QueryNode& node, CompiledQuery& out) {
    std::vector<DocQuery> positive, negative, filters;
    for (const QueryNode& child : node.children) {
      const bool negated = child.kind == Kind::Not;
      const QueryNode& part = negated ? child.children.at(0) : child;
      if (part.kind == Kind::Field && part.field == "doc") {
        (negated ? negative : filters).push_back(TermQuery(terms::DocName(part.text)));
      } else if (part.kind == Kind::Field) {
        out.filters.push_back({part.field, FoldTerm(part.text), negated});
        // Documents without the speaker or value anywhere cannot have such a hit.
        if (!negated && part.field != "code" && part.field != "codeur")
          filters.push_back(TermQuery(terms::Field(part.field, part.text)));
      } else if (negated) {
        CompiledQuery ignored;  // excluded documents have no hits to find
        negative.push_back(Optional(part, ignored));
      } else {
        positive.push_back(Part(part, out));
      }
    }
    if (positive.empty()) throw QueryError(node.offset, "the query needs at least one word to look for");
    DocQuery q = Join(Xapian::Query::OP_AND, std::move(positive));
    if (!filters.empty()) q = Join(Xapian::Query::OP_FILTER, {q, Join(Xapian::Query::OP_AND, std::move(filters))});
    if (!negative.empty()) q = Join(Xapian::Query::OP_AND_NOT, {q, Join(Xapian::Query::OP_OR, std::move(negative))});
    return q;
  }

  DocQuery Part(const QueryNode& node, CompiledQuery& out) {
    switch (node.kind) {
      case Kind::Word:
      case Kind::Phrase: return Single(node, out);
      case Kind::Near:
      case Kind::Adj: return Proximity(node, out);
      case Kind::And: return And(node, out);
      case Kind::Or: {
        std::vector<DocQuery> parts;
        std::vector<std::string> seen;  // "oma OR opa": both are the same synonym set
        for (const QueryNode& child : node.children) {
          if (child.kind == Kind::Field || child.kind == Kind::Not)
            throw QueryError(child.offset, "fields and NOT cannot stand inside OR");
          DocQuery q = Optional(child, out);
          std::string description = q.xapian.get_description();
          if (std::find(seen.begin(), seen.end(), description) != seen.end()) continue;
          seen.push_back(std::move(description));
          parts.push_back(std::move(q));
        }
        return Join(Xapian::Query::OP_OR, std::move(parts));
      }
      case Kind::Not:
      case Kind::Field: {
        QueryNode wrapper;
        wrapper.kind = Kind::And;
        wrapper.offset = node.offset;
        wrapper.children.push_back(node);
        return And(wrapper, out);
      }
    }
    throw QueryError(node.offset, "unknown query part");
  }

  // A part that need not hold in every matching document: one side of an OR, what NOT excludes.
  DocQuery Optional(const QueryNode& node, CompiledQuery& out) {
    const bool required = m_required;
    m_required = false;
    DocQuery q = Part(node, out);
    m_required = required;
    return q;
  }

  const Xapian::Database& m_db;
  const Synonyms& m_synonyms;
  MemberForms m_ownMembers;  // when the caller keeps none
  MemberForms& m_members;
  bool m_positional = false;  // a phrase or NEAR went into the Xapian query
  bool m_required = true;     // the part compiled now must hold in every matching document
  mutable std::map<std::string, bool> m_exists;
  DutchAnalyzer m_analyzer;
};

}  // namespace

CompiledQuery CompileQuery(const QueryNode& tree, const Xapian::Database& db, const Synonyms& synonyms,
                           MemberForms* members) {
  return Compiler(db, synonyms, members).Run(tree);
}

}  // namespace duiding::search
