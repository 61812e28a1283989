// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace duiding::cli {

/// Builds compact JSON text for --json output; strings must be valid UTF-8.
class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  /// The shortest text that reads back as `value`; null for NaN and infinities.
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, std::int64_t value) { return Key(key).Int(value); }
  const std::string& Text() const { return m_out; }

 private:
  void Separate();
  std::string m_out;
  std::vector<bool> m_first;  // per open container: no element written yet
  bool m_afterKey = false;
};

/// `value` as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view value);

}  // namespace duiding::cli
