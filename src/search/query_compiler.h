// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: a parsed query turned into a Xapian query (which documents
// match) and the patterns and filters that find the hits inside a matching document.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>
#include <xapian.h>

#include "search/query.h"
#include "search/ranker.h"
#include "search/synonyms.h"

namespace duiding::search {

/// Index terms any of which may stand at one word position.
using Alternatives = std::vector<std::string>;
/// Word positions in a row: a phrase, or one form of a word (a multi-word synonym).
using Sequence = std::vector<Alternatives>;

/// One searched-for thing: any of its forms.
struct Operand {
  std::vector<Sequence> forms;
  /// When one form is a synonym group's own term: the one-word stem terms it stands for.
  std::vector<std::string> grouped;
};

/// How the operands of one query part make a hit: each occurrence on its own (Single), or
/// occurrences of all operands within `distance` words of each other (Near) and in order (Adj).
struct HitPattern {
  enum class Kind { Single, Near, Adj };
  Kind kind = Kind::Single;
  unsigned distance = 0;
  std::vector<Operand> operands;
  /// Every matching document must have a hit of it: a phrase or proximity the whole query
  /// needs, for which Xapian is asked only for the words (its ranking is the same: a phrase
  /// weighs what its words weigh) and the hit finder drops the documents without such a hit.
  /// Xapian would check word positions in every candidate, again for each page of documents.
  bool required = false;
};

/// A condition on each hit: a field of its turn, case, document or codings.
struct FieldFilter {
  std::string field;   ///< spreker, rol, regio, groep, methode, code, codeur
  std::string folded;  ///< the value, folded
  bool negated = false;
};

struct CompiledQuery {
  Xapian::Query query;
  /// The same query for the ranker (ranker.h), when it is built of words, AND, OR, AND NOT and
  /// filters only: no phrase, proximity or synonym for Xapian to check or combine.
  std::optional<RankPlan> plan;
  bool positional = false;  ///< Xapian checks word positions to match (a phrase or NEAR/ADJ in an OR)
  std::vector<HitPattern> patterns;
  std::vector<FieldFilter> filters;
};

/// Synonym members as the analyser cuts and stems them, by member: the same for every query, so
/// a searcher keeps them from one query to the next.
using MemberForms = std::unordered_map<std::string, Sequence>;

/// Compiles `tree` against `db` (wildcards are expanded from its terms). QueryError for what the
/// grammar allows but a search cannot do: a query with no word to look for, fields inside OR.
/// `members`, when given, holds the analysed synonym members of earlier queries and gains new ones.
CompiledQuery CompileQuery(const QueryNode& tree, const Xapian::Database& db, const Synonyms& synonyms,
                           MemberForms* members = nullptr);

}  // namespace duiding::search
