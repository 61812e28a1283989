// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>
#include <vector>

#include "export/fragments.h"
#include "export/quote_report.h"
#include "project/analysis.h"
#include "project/pseudonyms.h"

namespace duiding::project {

class Project;

/// Which fragments leave the project, and how.
struct FragmentExportOptions {
  RetrievalQuery query;     ///< codes, attributes, roles, coders
  bool onlyAgreed = false;  ///< only fragments every other coder of the document also coded (overlapping, same code)
  bool pseudonymise = false;
};

/// The project's pseudonym list (kept in the project, never exported).
std::vector<Pseudonym> LoadPseudonyms(Project& project);
/// Replaces the list as one undoable change.
void SavePseudonyms(Project& project, const std::vector<Pseudonym>& list);
/// The list with every speaker who is a person added ("Sanne" -> "[jongere 3]", numbered per
/// role after the labels already used); speaker labels that are roles ("I", "R", "Interviewer",
/// "Moderator", "Ouder 1") are not names and are left out. Saved when anything was added and the
/// project is writable.
std::vector<Pseudonym> PseudonymsWithSpeakers(Project& project);

/// The coded fragments the options choose, with code path, quote, document, speaker and role,
/// timestamp, attributes (the document's, then the speaker's), offsets, coder, date and memo.
/// Pseudonymised when asked: quotes, speaker names, document names, memos and attribute values;
/// `replaced` then lists every replacement ("<document> <start>-<end> quote: 'Sanne' -> [jongere 3]").
exchange::FragmentExport CollectFragments(Project& project, const FragmentExportOptions& options,
                                          std::vector<std::string>* replaced = nullptr);

/// A quote report of the chosen codes (their definitions and fragments).
exchange::QuoteReport CollectQuoteReport(Project& project, const FragmentExportOptions& options, bool showNames,
                                         std::vector<std::string>* replaced = nullptr);

}  // namespace duiding::project
