// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/codebook.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace duiding {
namespace {

enum class Field { NameEn, Definition, Inclusion, Exclusion, Typical, Borderline, Memo };

struct Label {
  std::string_view text;
  Field field;
};

// The first label of each field is the one FormatCodeDescription writes.
constexpr std::array<Label, 13> kLabels{{
    {"English", Field::NameEn},
    {"Definitie", Field::Definition},
    {"Wel coderen", Field::Inclusion},
    {"Niet coderen", Field::Exclusion},
    {"Typisch voorbeeld", Field::Typical},
    {"Grensgeval", Field::Borderline},
    {"Memo", Field::Memo},
    {"Definition", Field::Definition},
    {"Include", Field::Inclusion},
    {"Exclude", Field::Exclusion},
    {"Typical example", Field::Typical},
    {"Borderline example", Field::Borderline},
    {"Memo", Field::Memo},
}};

constexpr std::string_view kSeparator = "\n\n";
constexpr std::string_view kFragmentOpen = " [fragment ";

std::string_view LabelOf(Field field) {
  for (const Label& label : kLabels)
    if (label.field == field) return label.text;
  return {};
}

void AddSection(std::string& out, Field field, std::string_view value) {
  if (value.empty()) return;
  if (!out.empty()) out += kSeparator;
  out += LabelOf(field);
  out += ": ";
  out += value;
}

std::string ExampleText(const CodeExample& example) {
  if (example.codingGuid.empty()) return example.text;
  return example.text + std::string(kFragmentOpen) + example.codingGuid + "]";
}

bool OnlyDefinition(const Code& code) {
  return code.nameEn.empty() && code.inclusion.empty() && code.exclusion.empty() && code.examples.empty() &&
         code.memo.empty();
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (Lower(text[i]) != Lower(prefix[i])) return false;
  return true;
}

/// A label line: where its value starts (after "Label: ", or at the next line for "Label:" alone).
struct LabelLine {
  Field field;
  std::size_t lineStart;
  std::size_t valueStart;
};

std::optional<LabelLine> MatchLabel(std::string_view text, std::size_t lineStart) {
  const std::string_view line = text.substr(lineStart);
  for (const Label& label : kLabels) {
    if (!StartsWithIgnoringCase(line, label.text)) continue;
    const std::string_view rest = line.substr(label.text.size());
    const std::size_t colon = lineStart + label.text.size();
    if (rest.starts_with(": ") || rest.starts_with(":\t")) return LabelLine{label.field, lineStart, colon + 2};
    if (rest == ":" || rest.starts_with(":\n") || rest.starts_with(":\r\n"))
      return LabelLine{label.field, lineStart, colon + 1};
  }
  return std::nullopt;
}

std::vector<LabelLine> FindLabels(std::string_view text) {
  std::vector<LabelLine> labels;
  for (std::size_t lineStart = 0; lineStart <= text.size();) {
    if (auto label = MatchLabel(text, lineStart)) labels.push_back(*label);
    const std::size_t newline = text.find('\n', lineStart);
    if (newline == std::string_view::npos) break;
    lineStart = newline + 1;
  }
  return labels;
}

bool IsBlank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// Removes whole blank lines at either end; spaces inside the first and last lines stay.
std::string_view TrimBlankLines(std::string_view text) {
  for (auto newline = text.find('\n'); newline != std::string_view::npos; newline = text.find('\n')) {
    if (!IsBlank(text.substr(0, newline))) break;
    text.remove_prefix(newline + 1);
  }
  if (IsBlank(text)) return {};
  for (auto newline = text.rfind('\n'); newline != std::string_view::npos; newline = text.rfind('\n')) {
    if (!IsBlank(text.substr(newline + 1))) break;
    text = text.substr(0, newline);
  }
  if (text.ends_with('\r')) text.remove_suffix(1);  // the last line of CRLF text
  return text;
}

CodeExample ParseExample(CodeExample::Kind kind, std::string_view value) {
  CodeExample example{kind, std::string(value), {}};
  if (!value.ends_with(']')) return example;
  const auto open = value.rfind(kFragmentOpen);
  if (open == std::string_view::npos) return example;
  const std::size_t start = open + kFragmentOpen.size();
  const std::string_view guid = value.substr(start, value.size() - 1 - start);
  if (guid.empty() || guid.find_first_of(" \t\n]") != std::string_view::npos) return example;
  example.text = std::string(value.substr(0, open));
  example.codingGuid = std::string(guid);
  return example;
}

void Append(std::string& field, std::string_view value) {
  if (value.empty()) return;
  if (!field.empty()) field += kSeparator;
  field += value;
}

void ClearStructuredFields(Code& code) {
  code.nameEn.clear();
  code.description.clear();
  code.inclusion.clear();
  code.exclusion.clear();
  code.examples.clear();
  code.memo.clear();
}

void Store(Code& code, Field field, std::string_view value, bool exact) {
  switch (field) {
    case Field::NameEn: Append(code.nameEn, value); break;
    case Field::Definition: Append(code.description, value); break;
    case Field::Inclusion: Append(code.inclusion, value); break;
    case Field::Exclusion: Append(code.exclusion, value); break;
    case Field::Memo: Append(code.memo, value); break;
    case Field::Typical:
    case Field::Borderline: {
      if (!exact && value.empty()) break;
      const auto kind = field == Field::Typical ? CodeExample::Kind::Typical : CodeExample::Kind::Borderline;
      code.examples.push_back(ParseExample(kind, value));
      break;
    }
  }
}

// `exact` reads FormatCodeDescription's own labelled output: each section ends exactly at the
// one blank line before the next label, so values keep any blank lines of their own. Otherwise
// (text written by hand or by another tool) blank lines around every section are trimmed.
void Parse(std::string_view text, Code& code, bool exact) {
  ClearStructuredFields(code);
  const std::vector<LabelLine> labels = FindLabels(text);
  exact = exact && !labels.empty();  // a bare definition is always trimmed
  const auto section = [&](std::size_t begin, std::size_t end, bool last) {
    std::string_view value = text.substr(begin, end - begin);
    if (exact && !last && value.ends_with(kSeparator)) value.remove_suffix(kSeparator.size());
    return exact ? value : TrimBlankLines(value);
  };
  const std::size_t firstLabel = labels.empty() ? text.size() : labels.front().lineStart;
  Store(code, Field::Definition, section(0, firstLabel, labels.empty()), exact);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const bool last = i + 1 == labels.size();
    const std::size_t end = last ? text.size() : labels[i + 1].lineStart;
    Store(code, labels[i].field, section(std::min(labels[i].valueStart, end), end, last), exact);
  }
}

}  // namespace

std::string FormatCodeDescription(const Code& code) {
  // A bare definition is read back trimmed; one that starts or ends with blank lines keeps its
  // label so that it comes back exactly.
  if (OnlyDefinition(code) && TrimBlankLines(code.description) == code.description) return code.description;
  std::string out;
  AddSection(out, Field::NameEn, code.nameEn);
  AddSection(out, Field::Definition, code.description);
  AddSection(out, Field::Inclusion, code.inclusion);
  AddSection(out, Field::Exclusion, code.exclusion);
  // Examples keep their own order, typical and borderline mixed, so that a round trip is exact.
  for (const CodeExample& example : code.examples) {
    if (!out.empty()) out += kSeparator;
    out += LabelOf(example.kind == CodeExample::Kind::Typical ? Field::Typical : Field::Borderline);
    out += ": ";
    out += ExampleText(example);
  }
  AddSection(out, Field::Memo, code.memo);
  return out;
}

void ParseCodeDescription(std::string_view text, Code& code) {
  Parse(text, code, /*exact=*/true);
  if (FormatCodeDescription(code) == text) return;
  Parse(text, code, /*exact=*/false);
}

}  // namespace duiding
