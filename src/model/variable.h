// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

/// Typed variables (attributes) of cases and documents, with REFI-QDA's types.
namespace duiding {

enum class VariableType { Text, Boolean, Integer, Float, Date };

/// A calendar date, as xsd:date.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
  bool operator==(const Date&) const = default;
};

/// One value; its alternative always matches the variable's type.
using VariableValue = std::variant<std::string, bool, std::int64_t, double, Date>;

/// "text", "boolean", "integer", "float", "date".
const char* VariableTypeName(VariableType type);
std::optional<VariableType> ParseVariableType(std::string_view name);

/// The type a value holds.
VariableType TypeOf(const VariableValue& value);

/// Parses user text as a value of `type`: booleans as true/false/ja/nee/yes/no/1/0, dates as
/// YYYY-MM-DD (a real calendar date), floats with a period or a Dutch decimal comma. None when
/// the text is not such a value.
std::optional<VariableValue> ParseValue(VariableType type, std::string_view text);

/// Canonical text of a value: "true", "42", "3.5", "2026-03-12".
std::string FormatValue(const VariableValue& value);

}  // namespace duiding
