// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string_view>

namespace duiding::text {

/// How many bytes at the start of a speaker turn's text are its opening rather than its words:
/// a timestamp in brackets ("[00:11:30] ", "[1:02:03.5]") and the speaker's label with its colon
/// ("Moeder: "), with the spaces after them. `turn` is the turn's text from its start (or more);
/// `speaker` its speaker. 0 when the text does not open that way: a label is only taken when it
/// is exactly the speaker's, so "Eerlijk: ..." said by R stays whole.
std::size_t TurnOpeningBytes(std::string_view turn, std::string_view speaker);

}  // namespace duiding::text
