// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: the hits inside one matching document, from the word
// positions the index holds, kept or dropped by the query's field filters.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <xapian.h>

#include "search/document_file.h"
#include "search/query_compiler.h"
#include "search/term_positions.h"
#include "search/search.h"
#include "store/store.h"

namespace duiding::search {

class HitFinder {
 public:
  /// `documents` and `directory`: the index's document file and where each document's record is.
  HitFinder(store::Store& store, const DocumentFile& documents, const Directory& directory, const CompiledQuery& query);

  /// Appends the first `room` (at least one) hits of index document `id` in text order
  /// (without context). None when its record was wiped: a newer revision of the index has
  /// replaced or removed the document while this search ran.
  void AddHits(Xapian::docid id, std::vector<Hit>& hits, std::size_t room);

  /// The length in code points, and the text as the index holds it, of a document with hits.
  std::size_t DocumentLength(RowId document) const { return m_lengths.at(document); }
  std::string_view DocumentText(RowId document) const { return m_texts.at(document); }

 private:
  using Span = std::pair<Xapian::termpos, Xapian::termpos>;  // first and last word position

  const std::vector<std::uint32_t>& Positions(const std::string& term);
  std::vector<Span> Occurrences(const Operand& operand);
  std::vector<Span> PatternHits(const HitPattern& pattern);
  bool Passes(const FieldFilter& filter, const Hit& hit);
  bool AttributeIs(const std::map<std::string, std::string>& attributes, const FieldFilter& f) const;
  const std::map<std::string, std::string>& Attributes(const ValueOwner& owner);
  bool CodedAt(const Hit& hit, const std::optional<std::string>& code, const std::optional<std::string>& coder);
  std::set<RowId> CodesNamed(const std::string& folded);

  store::Store& m_store;
  const DocumentFile& m_documents;
  const Directory& m_directory;
  const CompiledQuery& m_query;
  std::optional<std::vector<Variable>> m_variables;
  TermPositions m_terms;  // of the current document
  std::map<std::string, std::vector<std::uint32_t>> m_positions;  // those looked up in it
  const bool m_firstOnly;           // hits are lone words, unfiltered: see AddHits
  std::size_t m_positionLimit = 0;  // positions read per term in the current document
  std::map<Xapian::docid, std::string> m_names;
  std::map<RowId, std::size_t> m_lengths;
  std::map<RowId, std::string_view> m_texts;
  std::map<std::pair<RowId, RowId>, std::map<std::string, std::string>> m_attributes;  // (case, doc)
  std::vector<Coding> m_codings;  // of the current document, when a filter needs them
  std::map<std::string, std::set<RowId>> m_codeSets, m_coderSets;
};

}  // namespace duiding::search
