// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/variable.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <string>

namespace duiding {
namespace {

constexpr std::array<const char*, 5> kNames = {"text", "boolean", "integer", "float", "date"};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::optional<VariableValue> ParseBoolean(std::string_view text) {
  const std::string word = Lower(text);
  if (word == "true" || word == "ja" || word == "yes" || word == "1" || word == "waar") return true;
  if (word == "false" || word == "nee" || word == "no" || word == "0" || word == "onwaar") return false;
  return std::nullopt;
}

std::optional<VariableValue> ParseInteger(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<VariableValue> ParseFloat(std::string_view text) {
  std::string copy(text);
  if (copy.find('.') == std::string::npos)
    for (char& c : copy)
      if (c == ',') c = '.';
  double value = 0;
  const auto [end, ec] = std::from_chars(copy.data(), copy.data() + copy.size(), value);
  if (ec != std::errc() || end != copy.data() + copy.size() || copy.empty()) return std::nullopt;
  return value;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<VariableValue> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  auto number = [&](std::size_t at, std::size_t len, int& out) {
    const auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + len, out);
    return ec == std::errc() && end == text.data() + at + len;
  };
  if (!number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day)) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  const int days = kDays[d.month - 1] + (d.month == 2 && IsLeapYear(d.year) ? 1 : 0);
  if (d.day > days) return std::nullopt;
  return d;
}

}  // namespace

const char* VariableTypeName(VariableType type) { return kNames[static_cast<std::size_t>(type)]; }

std::optional<VariableType> ParseVariableType(std::string_view name) {
  const std::string word = Lower(name);
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (word == kNames[i]) return static_cast<VariableType>(i);
  return std::nullopt;
}

VariableType TypeOf(const VariableValue& value) { return static_cast<VariableType>(value.index()); }

std::optional<VariableValue> ParseValue(VariableType type, std::string_view text) {
  switch (type) {
    case VariableType::Text: return VariableValue(std::string(text));
    case VariableType::Boolean: return ParseBoolean(text);
    case VariableType::Integer: return ParseInteger(text);
    case VariableType::Float: return ParseFloat(text);
    case VariableType::Date: return ParseDate(text);
  }
  return std::nullopt;
}

std::string FormatValue(const VariableValue& value) {
  struct Visitor {
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const {
      char buffer[32];
      const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
      return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
    }
    std::string operator()(const Date& d) const {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
      return buffer;
    }
  };
  return std::visit(Visitor{}, value);
}

}  // namespace duiding
