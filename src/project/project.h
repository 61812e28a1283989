// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/imported.h"
#include "model/codebook.h"
#include "project/autocode.h"
#include "model/progress.h"
#include "project/code_tree.h"
#include "store/store.h"

namespace duiding::project {

/// Where a coding goes: by offsets, or by a quote found in the document.
struct CodingTarget {
  std::string document;  ///< name or GUID
  std::string code;      ///< path, GUID or unique name
  std::optional<std::size_t> start, end;
  std::optional<std::string> quote;
  std::optional<std::size_t> occurrence;  ///< 1-based, when the quote occurs more than once
};

/// A new code's properties.
struct CodeSpec {
  CodeSpec() = default;
  CodeSpec(std::string codeName, std::optional<std::string> parentCode = std::nullopt, std::string colour = {},
           std::string definition = {})
      : name(std::move(codeName)), parent(std::move(parentCode)), color(std::move(colour)),
        description(std::move(definition)) {}
  std::string name;
  std::optional<std::string> parent;  ///< reference to the parent code; none: top level
  std::string color;
  std::string description;  ///< the definition
  std::string nameEn, inclusion, exclusion, memo;
  std::vector<CodeExample> examples;
  bool isCodable = true;
  bool allowSimilar = false;  ///< add even when a code with a (nearly) equal name exists
};

/// The editable fields of a code definition; unset fields stay as they are.
struct CodeEdit {
  std::optional<std::string> color, description, nameEn, inclusion, exclusion, memo;
  std::optional<std::vector<CodeExample>> examples;
  std::optional<bool> isCodable;
};

/// A code whose name is close to a proposed one.
struct SimilarCode {
  Code code;
  std::string path;
  std::string reason;  ///< "the same name" / "the same apart from case or accents" / "nearly the same name"
};

/// What a merge did.
struct MergeReport {
  Code into;
  std::int64_t moved = 0, collapsed = 0, childrenMoved = 0;
};

/// A coder package made for one coder.
struct PackageReport {
  std::string path;
  User coder;
  std::int64_t codingsKept = 0, codingsHidden = 0;
};

/// What merging a coder package back did.
struct PackageMergeReport {
  User coder;
  std::int64_t added = 0, updated = 0, removed = 0, unchanged = 0, codesAdded = 0;
  std::vector<std::string> conflicts;  ///< one line each: what was not taken over, and why
};

/// How a codebook import went.
struct CodebookImportReport {
  std::int64_t added = 0, updated = 0, unchanged = 0;
  std::vector<std::string> warnings;
};

/// Filter by reference; empty fields match everything.
struct CodingQuery {
  std::optional<std::string> code, document, coder;
};

/// A researcher's view of a project: every operation checks its input completely, then makes
/// its change as one store transaction (one change-log entry) on behalf of the acting user. Bad
/// input throws duiding::Error with a one-line message and leaves the project unchanged.
class Project {
 public:
  explicit Project(std::unique_ptr<store::Store> store);

  static Project Create(const std::string& path, const std::string& name, const std::string& creator,
                        Clock clock = SystemNow);
  static Project Open(const std::string& path, store::OpenMode mode, Clock clock = SystemNow);

  store::Store& Store() { return *m_store; }

  /// Sets who makes the following changes (name or GUID); Error(NotFound) for an unknown user.
  /// Until then, changes are made by the project's creator.
  void ActAs(std::string_view user);
  const User& ActingUser() const { return m_user; }

  User AddUser(std::string_view name);
  /// Stores documents as one change; all or none. A name already used is a Conflict, and so
  /// is a text already in the project (same content hash) unless `allowDuplicateText`. Each
  /// speaker of a document becomes a case "<speaker> · <document>" with variable "rol"
  /// (interviewer, jongere, ouder, professional, netwerklid, other) and its turns linked to
  /// it, except speakers listed in the document's sharedCases (survey respondents): each is one
  /// case of that name, found or made, linked to every document it speaks in, its attributes
  /// text variables on the case. Document attributes become text variables on the document.
  /// Reports progress per document (stage "storing") and rolls everything back on cancel.
  std::vector<Document> AddDocuments(const std::vector<import::ImportedDocument>& documents,
                                     bool allowDuplicateText = false, Progress* progress = nullptr);
  /// What would stop each document from being added, in order: "<file>: a document named 'X'
  /// already exists", "<file>: the same text as 'Y' is already in the project" (unless
  /// `allowDuplicateText`), or nothing. Clashes within `documents` count too; the first of two
  /// clashing documents is fine, the second is not.
  std::vector<std::optional<std::string>> CheckNewDocuments(const std::vector<import::ImportedDocument>& documents,
                                                            bool allowDuplicateText = false);
  Document ResolveDocument(std::string_view reference);

  /// The codes in use (deleted ones left out).
  CodeTree Codebook();
  /// Every code, deleted ones too.
  CodeTree CodebookWithDeleted();
  /// Codes whose names are equal or close to `name` (case, accents, one or two typos).
  std::vector<SimilarCode> SimilarCodes(std::string_view name);
  /// Adds a code. Error(Conflict) when a sibling has that name, or when a code anywhere has a
  /// (nearly) equal name and `spec.allowSimilar` is not set; the message names it.
  Code AddCode(const CodeSpec& spec);
  /// Renames a code; a (nearly) equal name elsewhere is refused unless `allowSimilar`.
  Code RenameCode(std::string_view reference, std::string_view newName, bool allowSimilar = false);
  /// Moves a code under `newParent`, or to the top level when none; `position` (0-based among
  /// its new siblings) places it, else it goes last.
  Code MoveCode(std::string_view reference, const std::optional<std::string>& newParent,
                std::optional<std::size_t> position = std::nullopt);
  /// Changes a code's colour, definition, criteria, examples or memo.
  Code EditCode(std::string_view reference, const CodeEdit& edit);
  /// Merges code `from` into `into`: its codings move (exact duplicates collapse), its
  /// sub-codes move under `into`, and `from` is deleted. One change.
  MergeReport MergeCodes(std::string_view from, std::string_view into);
  /// Moves the codings `codingGuids` (all of code `from`) to a new code `spec`. One change.
  Code SplitCode(std::string_view from, const std::vector<std::string>& codingGuids, const CodeSpec& spec);
  /// Deletes a code and its sub-codes (soft: their codings stay, hidden, until restored).
  Code DeleteCode(std::string_view reference);
  /// Restores a deleted code and the sub-codes deleted with it.
  Code RestoreCode(std::string_view reference);
  /// An in-vivo code: a new code named after the quote (cut to 60 characters at a word
  /// boundary), under `parent`, coding that quote. One change.
  std::pair<Code, Coding> InVivoCode(const CodingTarget& target, const std::optional<std::string>& parent);
  /// Adds or updates codes from a codebook (by GUID; a new code whose name a sibling already
  /// has is matched to it by name). One change, labelled with `source`.
  CodebookImportReport ImportCodebook(const duiding::Codebook& codebook, std::string_view source);
  /// The codes in use as an exchange codebook (tree order).
  duiding::Codebook ExportCodebook();

  /// Writes a coder package for a blind coding round: a copy of the project at `path` (0600)
  /// holding only `coder`'s codings and memos, with a fresh change log (nothing of the others'
  /// work), its own project GUID, and a note of where it came from.
  PackageReport MakeCoderPackage(std::string_view coder, const std::string& path);
  /// Takes a coder package's work back into this project as one undoable change. Documents are
  /// matched by GUID and content hash (by content hash alone when the GUID is unknown), codes
  /// and codings by GUID, never by name; codes the coder made are added. A coding the coder
  /// changed is updated, one they removed (made before the package) is removed. Whatever cannot
  /// be matched is skipped and listed in `conflicts`. Error(Input) for a file that is not a
  /// package of this project.
  PackageMergeReport MergeCoderPackage(const std::string& path);

  /// Undoes the newest change on the undo stack (coding and codebook changes); nothing when
  /// there is none. Returns the change undone.
  std::optional<ChangeSet> Undo();
  /// Redoes the newest undone change; nothing when there is none.
  std::optional<ChangeSet> Redo();
  /// The undo and redo stacks (top last), labelled with the changes they undo or redo.
  store::Store::UndoStacks UndoRedoStacks();

  Coding AddCoding(const CodingTarget& target, std::string_view memo);
  /// Adds many codings (document, code, coder, start, end, memo filled in) as one change labelled
  /// `label`; all are checked first (ranges, codable codes, known coders) and all or none land.
  std::vector<Coding> AddCodings(std::vector<Coding> codings, std::string_view label);
  /// Removes one coding; the target must match exactly one coding of the acting user unless a
  /// coding GUID is given.
  Coding RemoveCoding(const CodingTarget& target);
  Coding RemoveCodingByGuid(std::string_view guid);
  /// Changes a coding's memo and/or range (code points, within its document) as one undoable
  /// change; the coding keeps its GUID, code and coder. Error(Conflict) when the new range is
  /// exactly another coding of the same code and coder.
  Coding EditCoding(std::string_view guid, const std::optional<std::string>& memo,
                    const std::optional<std::pair<std::size_t, std::size_t>>& range);
  std::vector<store::QuotedCoding> Codings(const CodingQuery& query);

  /// Codes search hits with `code` on behalf of the acting user, each hit widened to `scope`;
  /// fragments that overlap become one, a fragment an existing coding of this code and coder
  /// overlaps widens that coding instead of adding another. `memo` (the query) goes with every
  /// new coding. One change, labelled `label`; with `dryRun` only the counts, nothing written.
  AutoCodeReport AutoCode(const std::vector<AutoCodeHit>& hits, std::string_view code, AutoCodeScope scope,
                          std::string_view memo, std::string_view label, bool dryRun);

 private:
  std::optional<ChangeSet> Revert(ChangeKind kind);
  std::optional<RowId> ResolveUserId(const std::optional<std::string>& reference);
  std::pair<std::size_t, std::size_t> ResolveRange(const Document& doc, const CodingTarget& target);

  std::unique_ptr<store::Store> m_store;
  User m_user;
};

/// Checks a code name: trimmed, not empty, no '/', at most 200 characters. Returns it trimmed.
std::string ValidCodeName(std::string_view name);
/// "#RGB" or "#RRGGBB" in any case becomes "#RRGGBB" upper case; empty stays empty.
std::string ValidColor(std::string_view color);

}  // namespace duiding::project
