// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace duiding::text {

/// A user's regular expression (ICU syntax, Unicode-aware: \p{L}, case-insensitive with (?i))
/// tried at the start of a line. Named groups pick out parts: (?<speaker>...) and (?<time>...);
/// without a "speaker" group the first group is the speaker.
class LinePattern {
 public:
  /// Compiles `pattern`; std::invalid_argument naming the character offset of the error, or
  /// when the pattern has no group to take a speaker from.
  explicit LinePattern(std::string_view pattern);
  ~LinePattern();
  LinePattern(const LinePattern&) = delete;
  LinePattern& operator=(const LinePattern&) = delete;

  struct Match {
    std::size_t bytes = 0;  ///< UTF-8 bytes of `line` the match covers, from its start
    std::string speaker;
    std::string time;  ///< empty without a "time" group or when it matched nothing
  };
  /// The match at the very start of `line` (UTF-8), or nothing.
  std::optional<Match> MatchStart(std::string_view line) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> m_compiled;
};

}  // namespace duiding::text
