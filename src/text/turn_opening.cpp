// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/turn_opening.h"

namespace duiding::text {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::size_t SkipBlanks(std::string_view text, std::size_t at) {
  while (at < text.size() && IsBlank(text[at])) ++at;
  return at;
}

}  // namespace

std::size_t TurnOpeningBytes(std::string_view turn, std::string_view speaker) {
  std::size_t at = 0;
  if (!turn.empty() && turn.front() == '[') {
    const std::size_t close = turn.find(']');
    if (close != std::string_view::npos && close > 1 &&
        turn.substr(1, close - 1).find_first_not_of("0123456789:.,") == std::string_view::npos)
      at = SkipBlanks(turn, close + 1);
  }
  if (speaker.empty() || turn.substr(at, speaker.size()) != speaker || turn.substr(at + speaker.size(), 1) != ":")
    return at;
  return SkipBlanks(turn, at + speaker.size() + 1);
}

}  // namespace duiding::text
