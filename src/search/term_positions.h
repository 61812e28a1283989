// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Internal to the search library: where each index term stands in one document, kept in the
// document's record of the index's document file (document_file.h). The hit finder looks a
// term up here: a bisection and a few varints in mapped memory, where Xapian's position list
// costs a B-tree descent with reads from disk for every term in every document.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::search {

/// Terms a block of the dictionary holds; the first of each is written whole.
inline constexpr std::size_t kTermsPerBlock = 16;

/// The positions (ascending, from 1 as Xapian counts) of every term of a document.
std::string EncodeTermPositions(const std::map<std::string, std::vector<std::uint32_t>>& positions);

/// Reads an encoded dictionary without decoding more than one block of it.
class TermPositions {
 public:
  TermPositions() = default;                     ///< no terms
  explicit TermPositions(std::string_view data);  ///< `data` must outlive the reader
  /// Appends the first `limit` positions of `term` to `out`; false when the document lacks it.
  bool Find(std::string_view term, std::vector<std::uint32_t>& out, std::size_t limit) const;

 private:
  std::string_view BlockTerm(std::size_t block) const;  // the block's first term, whole

  std::string_view m_data;
  std::size_t m_blocks = 0, m_index = 0;  // blocks, where their offsets begin
};

}  // namespace duiding::search
