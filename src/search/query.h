// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// Duiding's search query language (docs/query-language.md), parsed into a tree. Knows nothing
/// of Xapian: the index turns the tree into its own query.
namespace duiding::search {

struct QueryNode {
  enum class Kind {
    Word,    ///< text: one word as typed; prefix: it ended in '*' (mentor*)
    Phrase,  ///< "..." : text holds the words as typed
    And,     ///< children: all must match (also juxtaposition: "a b")
    Or,      ///< children: any may match
    Not,     ///< children[0]: must not match (NOT x, -x); only inside an And
    Near,    ///< children: within `distance` words of each other, any order (NEAR/n)
    Adj,     ///< children: within `distance` words, in this order (ADJ/n)
    Field,   ///< field:value (spreker, rol, regio, groep, methode, doc, code, codeur); text = value
  };
  Kind kind = Kind::Word;
  std::string text;
  std::string field;  ///< for Field: the field name, lower case
  bool prefix = false;
  unsigned distance = 0;
  std::size_t offset = 0;  ///< code point offset in the query where this node starts
  std::vector<QueryNode> children;
};

/// A query that cannot be parsed: the message and the code point offset in the query it points
/// at (what() reads "at character N: message", where N = Offset() + 1 counts from 1).
class QueryError : public std::runtime_error {
 public:
  QueryError(std::size_t offset, const std::string& message);
  std::size_t Offset() const { return m_offset; }
  const std::string& Message() const { return m_message; }

 private:
  std::size_t m_offset;
  std::string m_message;
};

/// The fields a query may name.
const std::vector<std::string>& QueryFields();

/// Parses `query`; QueryError for anything malformed: an unclosed quote or parenthesis, an
/// operator without an operand, NEAR/ADJ without a distance or with one over 100, an unknown
/// field (the message lists the known ones), a query that is only negative, an empty query.
/// Operator words (AND, OR, NOT, NEAR/n, ADJ/n) are recognised in capitals only, so "en" and
/// "of" stay words. Precedence, loosest first: OR, AND (and juxtaposition), NEAR/ADJ, NOT/-.
/// The tree it returns: And and Or never hold a child of their own kind (parenthesised groups
/// are merged in); a Not is always a child of an And that holds something positive; Near and
/// Adj hold only Words, Phrases and Ors of them; Word text has no '*' (that is `prefix`).
QueryNode ParseQuery(std::string_view query);

/// The tree written back as a query in canonical form (for memos and tests): single spaces,
/// NOT as "-", parentheses only where needed, field names lower case, field values quoted only
/// when they must be. For any tree ParseQuery returns, ParseQuery(ToString(tree)) is the same
/// tree (offsets aside).
std::string ToString(const QueryNode& node);

}  // namespace duiding::search
