// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <algorithm>
#include <array>
#include <string>

#include "text/boundaries.h"
#include "text/unicode.h"

namespace duiding::text {
namespace {

// Abbreviations common in Dutch transcripts and reports, folded, with their final period.
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "a.s.",   "blz.",   "bijv.",  "bv.",    "ca.",    "d.m.v.", "d.w.z.", "dhr.",  "dr.",
    "drs.",   "e.a.",   "e.d.",   "e.v.",   "enz.",   "etc.",   "evt.",   "excl.", "i.p.v.",
    "i.s.m.", "incl.",  "ing.",   "ir.",    "jl.",    "m.a.w.", "m.b.t.", "m.b.v.", "mevr.",
    "mr.",    "mw.",    "n.a.v.", "nl.",    "nr.",    "o.a.",   "o.b.v.", "o.i.d.", "p.",
    "prof.",  "resp.",  "t.a.v.", "t.o.v.", "t.z.t.", "tel.",   "vs.",    "z.s.m."};

}  // namespace

bool IsDutchAbbreviation(std::string_view word) {
  const std::string folded = FoldCase(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), folded) != kAbbreviations.end();
}

}  // namespace duiding::text
