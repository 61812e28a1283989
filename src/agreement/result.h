// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>

namespace duiding::agreement {

/// A coefficient's value, or the reason it has none ("undefined: only one category occurs").
/// Never NaN, never a silent 0 or 1.
struct Result {
  std::optional<double> value;
  std::string undefinedReason;  ///< set exactly when there is no value
  /// Set when the value is a display convention of another tool rather than computed (NVivo
  /// shows κ = 1 when neither coder coded a document); says which.
  std::string convention;

  static Result Of(double v) { return {v, {}, {}}; }
  static Result Undefined(std::string why) { return {std::nullopt, std::move(why), {}}; }
  bool Defined() const { return value.has_value(); }
};

}  // namespace duiding::agreement
