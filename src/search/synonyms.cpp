// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/synonyms.h"

#include <algorithm>

#include "model/error.h"
#include "search/analyzer.h"
#include "search/starter_synonyms.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

[[noreturn]] void Fail(const std::string& source, std::size_t line, const std::string& message) {
  throw Error(ErrorKind::Input, source + ": line " + std::to_string(line) + ": " + message);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The line without its comment, trimmed.
std::string_view Content(std::string_view line) { return Trim(line.substr(0, line.find('#'))); }

std::vector<std::string_view> SplitMembers(std::string_view line) {
  std::vector<std::string_view> members;
  for (std::size_t tilde = line.find('~'); tilde != std::string_view::npos; tilde = line.find('~')) {
    members.push_back(line.substr(0, tilde));
    line.remove_prefix(tilde + 1);
  }
  members.push_back(line);
  return members;
}

std::string FoldMember(std::string_view member, std::size_t index, const std::string& source, std::size_t line) {
  std::string folded = FoldPhrase(member);
  if (!folded.empty()) return folded;
  const std::string_view written = Trim(member);
  if (written.empty()) Fail(source, line, "member " + std::to_string(index) + " is empty");
  Fail(source, line, "member " + std::to_string(index) + " ('" + std::string(written) + "') has no words");
}

std::vector<std::string> ParseGroup(std::string_view content, const std::string& source, std::size_t line) {
  std::vector<std::string> group;
  const std::vector<std::string_view> members = SplitMembers(content);
  for (std::size_t i = 0; i < members.size(); ++i) {
    std::string folded = FoldMember(members[i], i + 1, source, line);
    if (std::find(group.begin(), group.end(), folded) == group.end()) group.push_back(std::move(folded));
  }
  if (group.size() < 2)
    Fail(source, line, "'" + std::string(content) + "' needs two or more different members, separated by '~'");
  return group;
}

}  // namespace

Synonyms Synonyms::Parse(std::string_view text, const std::string& source) {
  if (const auto bad = text::FindInvalidUtf8(text)) Fail(source, text::LocateByte(text, *bad).line, "not valid UTF-8");
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  Synonyms list;
  std::size_t line = 1;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    const std::size_t newline = std::min(text.find('\n', start), text.size());
    const std::string_view content = Content(text.substr(start, newline - start));
    if (!content.empty()) list.m_groups.push_back(ParseGroup(content, source, line));
    start = newline + 1;
  }
  return list;
}

const Synonyms& Synonyms::DutchStarter() {
  static const Synonyms starter = Parse(StarterSynonymsText(), "codebooks/synoniemen-jeugdhulp.txt");
  return starter;
}

std::vector<std::string> Synonyms::Alternatives(std::string_view member) const {
  std::vector<std::string> others;
  if (text::FindInvalidUtf8(member)) return others;
  const std::string key = FoldPhrase(member);
  for (const std::vector<std::string>& group : m_groups) {
    if (key.empty() || std::find(group.begin(), group.end(), key) == group.end()) continue;
    for (const std::string& other : group)
      if (other != key && std::find(others.begin(), others.end(), other) == others.end()) others.push_back(other);
  }
  return others;
}

}  // namespace duiding::search
