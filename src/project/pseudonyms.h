// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// Pseudonymisation for exports: names of people and places replaced consistently by labels
/// ("Sanne" -> "[jongere 3]", "Ede" -> "[plaats 1]"). Pure text work on top of the text module;
/// the list itself is kept in the project (never in an export).
namespace duiding::project {

/// One name to replace and the label that replaces it.
struct Pseudonym {
  enum class Kind { Person, Place, Other };
  Kind kind = Kind::Person;
  std::string name;   ///< as written: "Sanne", "Jan van der Berg", "Ede", "'t Harde"
  std::string label;  ///< "[jongere 3]", "[plaats 1]"
  bool operator==(const Pseudonym&) const = default;
};

/// The project's list as stored: one line per entry, "persoon|plaats|anders", TAB, name, TAB,
/// label; '#' lines are comments. Error(Input) naming the line for a malformed one.
std::vector<Pseudonym> ParsePseudonyms(std::string_view text);
std::string FormatPseudonyms(const std::vector<Pseudonym>& list);

/// One replacement made, for the report.
struct Replacement {
  std::string name;   ///< the entry's name
  std::string found;  ///< the text as it stood ("Van der Berg", "sanne")
  std::string label;
  std::size_t start = 0, end = 0;  ///< code points in the input text
};

/// Replaces every occurrence of the listed names in `text`: whole words only (a name inside
/// another word stays: "Ede" not in "Edeveen"... nor in "bede"), case- and
/// diacritic-insensitive ("sanne", "SANNE", "Sänne" match "Sanne"), the longest match first.
/// A person's name with Dutch particles ("Jan van der Berg", "Kees de Vries", "Anouk van 't Hof")
/// also matches its surname with the particles, capitalised or not ("Van der Berg", "van der
/// Berg", "de Vries") and the first name alone; the surname without its particles ("Berg",
/// "Vries") is not replaced on its own (too often an ordinary word). Particles: van, de, der,
/// den, het, 't, te, ter, ten, in, op, la, le, d', van de, van der, van den, van het, van 't,
/// in 't, op de, op 't, and combinations of these.
class Pseudonymiser {
 public:
  explicit Pseudonymiser(const std::vector<Pseudonym>& list);
  /// `text` with the names replaced; `replacements` (when given) lists each one.
  std::string Apply(std::string_view text, std::vector<Replacement>* replacements = nullptr) const;

 private:
  struct Variant {
    std::vector<std::string> words;  ///< folded (case and diacritics) words to match in sequence
    std::size_t entry = 0;
  };
  std::vector<Pseudonym> m_list;
  std::vector<Variant> m_variants;  ///< longest first
};

}  // namespace duiding::project
