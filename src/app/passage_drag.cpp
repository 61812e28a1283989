// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "app/passage_drag.h"

namespace duiding::app {
namespace {

struct Dragged {
  Selection passage;
  wxString text;
};

std::optional<Dragged>& Current() {
  static std::optional<Dragged> current;
  return current;
}

}  // namespace

void StartPassageDrag(const Selection& passage, const wxString& text) {
  if (passage.Empty()) Current().reset();
  else Current() = Dragged{passage, text};
}

std::optional<Selection> DroppedPassage(const wxString& text, const Selection& current) {
  const auto& dragged = Current();
  if (!dragged || dragged->text != text) return std::nullopt;
  const Selection& p = dragged->passage;
  if (current.documentGuid != p.documentGuid || current.start != p.start || current.end != p.end) return std::nullopt;
  return p;
}

void EndPassageDrag() { Current().reset(); }

}  // namespace duiding::app
