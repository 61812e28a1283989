// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/coding_actions.h"

#include <algorithm>

#include "app/app_context.h"
#include "project/project.h"

namespace duiding::app {

std::vector<store::QuotedCoding> CodingsAtSelection(AppContext& context, const Code& code) {
  const Selection s = context.CurrentSelection();
  if (s.document == 0 || !context.HasProject()) return {};
  project::CodingQuery query;
  query.code = code.guid;
  query.document = s.documentGuid;
  std::vector<store::QuotedCoding> found = context.Project().Codings(query);
  // A bare cursor touches a coding from its first character to just after its last.
  std::erase_if(found, [&s](const store::QuotedCoding& q) {
    return s.start == s.end ? !(q.coding.start <= s.start && s.start <= q.coding.end)
                            : !(q.coding.start < s.end && s.start < q.coding.end);
  });
  return found;
}

}  // namespace duiding::app
