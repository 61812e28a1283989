// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/title_block.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

#include "import/manifest.h"
#include "import/table.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

constexpr std::size_t kMaxLines = 30;
constexpr std::size_t kMaxAttributes = 20;
constexpr std::size_t kMaxLabelBytes = 40;
constexpr std::size_t kMaxLabelWords = 3;

bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// A letter opens the label; multi-byte characters are taken as letters (é, Ĳ, ...).
bool StartsWithLetter(std::string_view label) {
  const auto c = static_cast<unsigned char>(label.front());
  return IsAsciiAlpha(c) || c >= 0x80;
}

bool IsLabelByte(unsigned char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || c >= 0x80 || c == ' ' || c == '\t' || c == '-' || c == '\'' || c == '.';
}

// The key and value of "Label: value", or nothing when the line is not one.
std::optional<std::pair<std::string, std::string>> LabelledLine(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view label = TrimSpace(line.substr(0, colon));
  const std::string_view value = TrimSpace(line.substr(colon + 1));
  if (label.empty() || label.size() > kMaxLabelBytes || value.empty() || !StartsWithLetter(label)) return std::nullopt;
  if (value.starts_with("//")) return std::nullopt;  // "https://...", not a label
  for (const char c : label)
    if (!IsLabelByte(static_cast<unsigned char>(c))) return std::nullopt;
  const std::string cleaned = CleanLabel(label);  // runs of space become one
  std::size_t words = 1;
  for (const char c : cleaned) words += c == ' ' ? 1 : 0;
  if (words > kMaxLabelWords) return std::nullopt;
  return std::make_pair(text::FoldCase(cleaned), CleanLabel(value));
}

// The bytes of `text` the title block may occupy: up to the first turn, or without turns the
// first paragraph (up to the first blank line after some text).
std::string_view BlockOf(std::string_view text, const std::vector<Turn>& turns) {
  if (!turns.empty()) {
    std::size_t first = turns.front().start;
    for (const Turn& t : turns) first = std::min(first, t.start);
    return text.substr(0, text::ByteOffsetOfCodePoint(text, first));
  }
  bool seenText = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const bool blank = TrimSpace(text.substr(pos, end - pos)).empty();
    if (blank && seenText) return text.substr(0, pos);
    seenText = seenText || !blank;
    pos = end + 1;
  }
  return text;
}

bool HasKey(const std::map<std::string, std::string>& attributes, const std::string& foldedKey) {
  for (const auto& [name, value] : attributes)
    if (text::FoldCase(CleanLabel(name)) == foldedKey) return true;
  return false;
}

}  // namespace

std::map<std::string, std::string> ReadTitleBlock(std::string_view text, const std::vector<Turn>& turns) {
  std::map<std::string, std::string> attributes;
  const std::string_view block = BlockOf(text, turns);
  std::size_t lines = 0;
  for (std::size_t pos = 0; pos < block.size() && lines < kMaxLines && attributes.size() < kMaxAttributes; ++lines) {
    std::size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) end = block.size();
    if (auto labelled = LabelledLine(block.substr(pos, end - pos))) {
      auto& [key, value] = *labelled;
      if (key == "regio" || key == "region") value = CanonicalRegion(value);
      attributes.emplace(std::move(key), std::move(value));
    }
    pos = end + 1;
  }
  return attributes;
}

void AddTitleBlockAttributes(ImportedDocument& doc, const std::map<std::string, std::string>& explicitAttributes) {
  for (auto& [key, value] : ReadTitleBlock(doc.text, doc.turns))
    if (!HasKey(explicitAttributes, key) && !HasKey(doc.attributes, key)) doc.attributes.emplace(key, value);
}

}  // namespace duiding::import
