// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/codebook.h"

namespace duiding::project {

/// The text of codebooks/natuurlijk-mentorschap.qdc as shipped, compiled in at build time.
std::string_view MentorshipCodebookText();

/// The names of the codebooks Duiding ships ("natuurlijk-mentorschap").
std::vector<std::string> ShippedCodebookNames();
/// A shipped codebook by name, or nothing.
std::optional<Codebook> ShippedCodebook(std::string_view name);

}  // namespace duiding::project
