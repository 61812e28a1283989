// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "project/shipped_codebooks.h"

#include "import/qdc_reader.h"

namespace duiding::project {

std::vector<std::string> ShippedCodebookNames() { return {"natuurlijk-mentorschap"}; }

std::optional<Codebook> ShippedCodebook(std::string_view name) {
  if (name != "natuurlijk-mentorschap") return std::nullopt;
  return import::ReadQdc(MentorshipCodebookText(), "natuurlijk-mentorschap.qdc").codebook;
}

}  // namespace duiding::project
