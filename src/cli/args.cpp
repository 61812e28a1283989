// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "cli/args.h"

#include <charconv>

namespace duiding::cli {
namespace {

// Global options every command accepts.
const std::set<std::string> kGlobal = {"project", "user", "json", "help"};

}  // namespace

Args::Args(int argc, char** argv, const std::set<std::string>& valued, const std::set<std::string>& flags) {
  bool onlyPositionals = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (onlyPositionals || arg.size() < 2 || arg[0] != '-') {
      m_positionals.push_back(arg);
      continue;
    }
    if (arg == "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg == "-p") arg = "--project";
    if (arg == "-h") arg = "--help";
    if (arg.rfind("--", 0) != 0) throw UsageError("unknown option '" + arg + "'");
    std::string name = arg.substr(2);
    std::optional<std::string> inlineValue;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inlineValue = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (flags.count(name)) {
      if (inlineValue) throw UsageError("option --" + name + " takes no value");
      m_flags.insert(name);
    } else if (valued.count(name)) {
      if (!inlineValue && i + 1 >= argc) throw UsageError("option --" + name + " needs a value");
      m_options[name] = inlineValue ? *inlineValue : argv[++i];
    } else {
      throw UsageError("unknown option '--" + name + "'");
    }
  }
}

std::optional<std::string> Args::Option(const std::string& name) const {
  const auto it = m_options.find(name);
  if (it == m_options.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Args::Count(const std::string& name) const {
  const std::optional<std::string> text = Option(name);
  if (!text) return std::nullopt;
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || text->empty())
    throw UsageError("--" + name + " needs a whole number ≥ 0, not '" + *text + "'");
  return value;
}

void Args::Allow(const std::set<std::string>& options) const {
  const auto check = [&](const std::string& name) {
    if (!options.count(name) && !kGlobal.count(name)) throw UsageError("this command does not take --" + name);
  };
  for (const auto& [name, value] : m_options) check(name);
  for (const std::string& name : m_flags) check(name);
}

std::vector<std::string> SplitList(const std::string& list, char separator) {
  std::vector<std::string> items;
  for (std::size_t at = 0; at <= list.size();) {
    const std::size_t end = std::min(list.find(separator, at), list.size());
    if (end > at) items.emplace_back(list.substr(at, end - at));
    at = end + 1;
  }
  return items;
}

std::vector<std::string> SplitList(const std::optional<std::string>& list, char separator) {
  return list ? SplitList(*list, separator) : std::vector<std::string>{};
}

}  // namespace duiding::cli
