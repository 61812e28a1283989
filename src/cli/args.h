// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace duiding::cli {

/// A mistake in how the command was called (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parsed command line: positionals in order, `--name value` options, `--flag` switches.
class Args {
 public:
  /// Parses argv[1..]; options may appear anywhere. `valued` lists options that take a value.
  Args(int argc, char** argv, const std::set<std::string>& valued, const std::set<std::string>& flags);

  const std::vector<std::string>& Positionals() const { return m_positionals; }
  std::optional<std::string> Option(const std::string& name) const;
  bool Flag(const std::string& name) const { return m_flags.count(name) > 0; }
  /// A non-negative integer option; UsageError when it is not one.
  std::optional<std::size_t> Count(const std::string& name) const;
  /// Refuses options the command does not take.
  void Allow(const std::set<std::string>& options) const;

 private:
  std::vector<std::string> m_positionals;
  std::map<std::string, std::string> m_options;
  std::set<std::string> m_flags;
};

/// The non-empty items of a list such as "a,b,c", split at `separator`.
std::vector<std::string> SplitList(const std::string& list, char separator = ',');
/// The same for an option that may be absent (no items).
std::vector<std::string> SplitList(const std::optional<std::string>& list, char separator = ',');

}  // namespace duiding::cli
