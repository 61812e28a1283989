// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <string_view>

#include "cli/json.h"
#include "model/types.h"

/// Shared printing of model objects for duiding-cli.
namespace duiding::cli {

void WriteJson(JsonWriter& json, const User& user);
void WriteJson(JsonWriter& json, const Document& doc);
void WriteJson(JsonWriter& json, const Code& code, const std::string& path);

/// A quote on one line for terminal output: line breaks shown as " ¶ ", cut after `max` code
/// points with an ellipsis (0: never cut).
std::string OneLine(std::string_view quote, std::size_t max);

/// "1 coding", "2 codings": a number with its noun, singular or plural.
std::string Counted(std::size_t n, std::string_view one, std::string_view many);

}  // namespace duiding::cli
