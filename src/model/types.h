// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/variable.h"

/// The objects of a Duiding project as plain values. Every object has a stable GUID; `id` is
/// the store's row id, meaningful only within one project file. Every text position is a
/// Unicode code point offset into the document's stored text, half-open [start, end).
namespace duiding {

using RowId = std::int64_t;

struct ProjectInfo {
  std::string guid;
  std::string name;
  std::string description;
  std::string createdAt;
  int schemaVersion = 0;
};

/// A researcher who codes: every coding and change names one.
struct User {
  RowId id = 0;
  std::string guid;
  std::string name;
  std::string createdAt;
};

/// A transcript. Its text is fixed once imported; `length` counts code points.
struct Document {
  RowId id = 0;
  std::string guid;
  std::string name;
  std::string contentHash;  ///< SHA-256 of the stored UTF-8 text
  std::size_t length = 0;
  std::string sourcePath;   ///< the file it was imported from, as given
  std::string description;
  std::string createdAt;
  RowId creatingUser = 0;
};

/// One speaker's turn in a document.
struct Turn {
  RowId document = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string speaker;
  std::optional<std::int64_t> timestampMs;  ///< when the turn starts in the recording
  std::optional<std::int64_t> endMs;        ///< when it ends, if the source says (subtitles)
  std::optional<RowId> caseId;  ///< the case this speaker is, when known
};

/// An example that shows where a code applies: typical, or a borderline case. It may point at
/// a real coded fragment by the coding's GUID; its text is kept either way.
struct CodeExample {
  enum class Kind { Typical, Borderline };
  Kind kind = Kind::Typical;
  std::string text;
  std::string codingGuid;  ///< empty when not linked to a coding
  bool operator==(const CodeExample&) const = default;
};

/// A node of the codebook; codes nest through `parent`. A code may be a category (has
/// children), codable, or both. `description` is the code's definition.
struct Code {
  RowId id = 0;
  std::string guid;
  std::optional<RowId> parent;
  std::string name;
  std::string color;  ///< "#RRGGBB", or empty
  std::string description;  ///< the definition
  bool isCodable = true;
  std::string createdAt;
  RowId creatingUser = 0;
  std::string nameEn;     ///< the name in English, the second language; may be empty
  std::string inclusion;  ///< when to apply it
  std::string exclusion;  ///< when not to (and what to use instead)
  std::vector<CodeExample> examples;
  std::string memo;
  std::string deletedAt;  ///< when it was deleted (soft, restorable); empty while in use
  std::int64_t sortKey = 0;  ///< order among siblings (ascending, then name)
};

/// A code applied by one coder to [start, end) of one document.
struct Coding {
  RowId id = 0;
  std::string guid;
  RowId document = 0;
  RowId code = 0;
  RowId coder = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string createdAt;
  std::string memo;
};

/// A memo, free or attached to any object by its GUID.
struct Memo {
  RowId id = 0;
  std::string guid;
  std::string targetGuid;  ///< empty for a free memo
  std::string title;
  std::string text;
  RowId author = 0;
  std::string createdAt;
  std::string modifiedAt;
};

/// A unit of analysis: a respondent, a family, a focus group participant.
struct Case {
  RowId id = 0;
  std::string guid;
  std::string name;
  std::string description;
};

/// A typed attribute definition (region, group, age, ...).
struct Variable {
  RowId id = 0;
  std::string guid;
  std::string name;
  VariableType type = VariableType::Text;
  std::string description;
};

/// The owner of a variable value: exactly one of a case or a document.
struct ValueOwner {
  std::optional<RowId> caseId;
  std::optional<RowId> document;
};

/// Whether a change can be undone: researchers undo coding and codebook changes; imports and
/// project creation are not undone ('Other').
enum class ChangeKind { Other, Do, Undo, Redo };

/// One transaction of the append-only change log: who changed what, when.
struct ChangeSet {
  RowId id = 0;
  std::string guid;
  std::string at;
  RowId user = 0;
  std::string label;
  ChangeKind kind = ChangeKind::Other;
  RowId reverts = 0;  ///< for an undo or redo: the change set it reverts
};

/// One row-level change within a change set: for an update the row before and after as JSON,
/// for a delete the row before; an insert names the row by GUID (the row is its own image, and
/// deleting it later logs that image).
struct ChangeOp {
  RowId changeSet = 0;
  std::string object;  ///< "coding", "code", "document", ...
  std::string op;      ///< "insert", "update" or "delete"
  std::string guid;
  std::string before;
  std::string after;
};

}  // namespace duiding
