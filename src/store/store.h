// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/clock.h"
#include "model/types.h"

namespace duiding::store {

namespace sqlite {
class Connection;
}
class ProjectLock;

enum class OpenMode { ReadWrite, ReadOnly };

/// Which codings to list; empty fields match everything.
struct CodingFilter {
  std::optional<RowId> code;
  std::optional<RowId> document;
  std::optional<RowId> coder;
  bool withDeletedCodes = false;  ///< codings of deleted codes are left out unless set
};

/// A coding with the text it covers.
struct QuotedCoding {
  Coding coding;
  std::string quote;
};

/// How many of each object a project holds.
struct Counts {
  std::int64_t users = 0, documents = 0, codes = 0, codings = 0, turns = 0, memos = 0, cases = 0,
               variables = 0, changeSets = 0;
};

/// A project file: the single source of truth of a Duiding project.
///
/// Every write happens inside a Transaction, which is one SQLite transaction and one entry of
/// the append-only change log (who, when, what: inserted rows by GUID, updated and deleted rows
/// with their images). A write outside
/// a transaction, or in a store opened read-only, throws. A failed transaction leaves the file
/// exactly as it was. Opening for writing takes the project lock: a second writer gets
/// ErrorKind::Locked; readers may open read-only alongside it (WAL). Files are created 0600.
/// Not thread-safe: use one Store per thread.
class Store {
 public:
  /// Creates a new project at `path` (":memory:" for a private in-memory one) with its first
  /// user. Refuses an existing file.
  static std::unique_ptr<Store> Create(const std::string& path, const std::string& projectName,
                                       const std::string& creator, Clock clock = SystemNow);
  /// Opens an existing project, migrating an older schema forward when writable.
  static std::unique_ptr<Store> Open(const std::string& path, OpenMode mode, Clock clock = SystemNow);
  ~Store();

  /// One change: commits on Commit(), rolls back if destroyed before.
  class Transaction {
   public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    void Commit();

   private:
    friend class Store;
    explicit Transaction(Store* store) : m_store(store) {}
    Store* m_store;
  };
  /// Reads made while it lives see one snapshot of the project and take SQLite's file locks
  /// once, not per statement (a search makes dozens of small reads). Inside a change or another
  /// read scope it does nothing: those already read from one snapshot. No change can start
  /// while it lives.
  class ReadScope {
   public:
    ReadScope(ReadScope&& other) noexcept;
    ReadScope& operator=(ReadScope&&) = delete;
    ~ReadScope();

   private:
    friend class Store;
    explicit ReadScope(Store* store) : m_store(store) {}
    Store* m_store;  // null: nothing to end
  };
  ReadScope BeginRead();

  /// Starts a change made by `user`, described by `label` in the change log. `kind` Do marks
  /// a change researchers can undo; Undo and Redo name the change set they revert.
  Transaction Begin(std::string_view label, std::optional<RowId> user, ChangeKind kind = ChangeKind::Other,
                    RowId reverts = 0);

  const std::string& Path() const { return m_path; }
  bool IsReadOnly() const { return m_readOnly; }
  const std::string& Now() const;

  // Project and users.
  ProjectInfo Info();
  Counts Count();
  /// Adds a user; a GUID given (as from an exchange file) is kept, else a new one is made.
  User AddUser(std::string_view name, std::string_view guid = {});
  std::vector<User> Users();
  std::optional<User> FindUser(std::string_view nameOrGuid);

  // Documents and their text.
  /// Stores a document whose text is already canonical (valid UTF-8, NFC, LF).
  Document AddDocument(Document meta, std::string_view text);
  std::vector<Document> Documents();
  std::optional<Document> FindDocument(std::string_view nameOrGuid);
  Document GetDocument(RowId id);
  std::string DocumentText(RowId id);
  /// Code points [start, end) of a document, reading only the chunks they touch.
  std::string DocumentSlice(RowId id, std::size_t start, std::size_t end);
  /// The stored chunks that hold code points [start, end) as one text, which begins at code
  /// point `begin` (the chunk boundary at or before start) and ends at a chunk boundary or the
  /// end of the text. For a caller that walks the text anyway: nothing is counted to cut it.
  /// Fills `into` (its capacity is kept, so a caller may reuse one buffer) and returns `begin`.
  std::size_t ReadChunks(RowId id, std::size_t start, std::size_t end, std::string& into);
  void DeleteDocument(RowId id);
  /// Adds speaker turns to their documents. Pass a document's turns together (as an import
  /// does): each run of turns of one document rewrites that document's turn list once.
  Turn AddTurn(Turn turn);
  void AddTurns(const std::vector<Turn>& turns);
  /// A document's turns ordered by start (turns starting together in the order added).
  std::vector<Turn> Turns(RowId document);
  /// The turn each of `positions` (ascending) falls in, or nothing; decodes only those turns.
  std::vector<std::optional<Turn>> TurnsAt(RowId document, const std::vector<std::size_t>& positions);

  // Codebook.
  Code AddCode(Code code);
  /// Writes every field of the code (by id).
  void UpdateCode(const Code& code);
  /// Every code, deleted ones too, by parent, then sibling order and name.
  std::vector<Code> Codes();
  /// Moves every coding of code `from` to `to`; a coding `to` already has exactly (same
  /// document, coder and range) is deleted instead. Returns {moved, collapsed}.
  std::pair<std::int64_t, std::int64_t> MergeCodings(RowId from, RowId to);
  /// Gives the codings `ids` the code `to`.
  void RecodeCodings(const std::vector<RowId>& ids, RowId to);
  /// Moves the children of `from` under `to`.
  void ReparentChildren(RowId from, RowId to);
  std::optional<Code> FindCodeByGuid(std::string_view guid);
  Code GetCode(RowId id);

  // Codings.
  Coding AddCoding(Coding coding);
  /// Adds many codings in one statement (the change log still gets a row for each); ids and
  /// GUIDs are filled in.
  void AddCodings(std::vector<Coding>& codings);
  void DeleteCoding(RowId id);
  /// Writes a coding's code, range and memo (by id).
  void UpdateCoding(const Coding& coding);
  std::optional<Coding> FindCodingByGuid(std::string_view guid);
  std::vector<Coding> Codings(const CodingFilter& filter);
  /// Codings in document order with their quotes, reading only the text chunks they cover.
  std::vector<QuotedCoding> QuotedCodings(const CodingFilter& filter);

  // Memos, cases and variables.
  Memo AddMemo(Memo memo);
  void UpdateMemo(const Memo& memo);
  std::vector<Memo> Memos();
  Case AddCase(Case c);
  std::vector<Case> Cases();
  void AddCaseDocument(RowId caseId, RowId document);
  std::vector<RowId> CaseDocuments(RowId caseId);
  Variable AddVariable(Variable variable);
  std::vector<Variable> Variables();
  /// Sets (or replaces) a value; its type must match the variable's.
  void SetValue(RowId variable, const ValueOwner& owner, const VariableValue& value);
  std::optional<VariableValue> GetValue(RowId variable, const ValueOwner& owner);
  /// Every value of a variable with its owner, in one query.
  std::vector<std::pair<ValueOwner, VariableValue>> VariableValues(RowId variable);

  /// A project setting (such as the search synonym list), or nothing when unset.
  std::optional<std::string> Setting(std::string_view key);
  /// Sets or replaces a setting; an empty value removes it.
  void SetSetting(std::string_view key, std::string_view value);

  /// Writes a consistent copy of the whole project to `path` (a new file, mode 0600).
  void CopyTo(const std::string& path);
  /// Turns this store (a fresh copy) into a coder package: every other coder's codings and
  /// memos are removed, the change log starts afresh (so it shows nothing of theirs), the
  /// project gets `guid` and `name`, and `settings` are set. One transaction; must not be in one.
  void MakeCoderPackage(RowId coder, const std::string& guid, const std::string& name,
                        const std::vector<std::pair<std::string, std::string>>& settings);

  // The change log, newest first.
  std::vector<ChangeSet> ChangeSets(std::size_t limit);
  std::vector<ChangeOp> ChangeOps(RowId changeSet);
  /// Whether every change set after the one with `guid` logged changes, and only to rows of
  /// `objects` (ChangeOp::object). False when `guid` is not in the log (it was started afresh)
  /// or a change set logged nothing (a change the log does not describe, such as turns).
  bool OnlyChangedSince(const std::string& guid, const std::vector<std::string>& objects);

  /// The undo and redo stacks (top last), derived from the change log: a Do change goes on
  /// the undo stack and empties the redo stack, an Undo moves its change to the redo stack, a
  /// Redo moves it back. Changes of kind Other are not on either stack.
  struct UndoStacks {
    std::vector<ChangeSet> undo, redo;
  };
  UndoStacks UndoRedo();
  /// Applies the inverse of every row change of `changeSet`, newest first, inside the open
  /// transaction: an insert is deleted, an update gets its row back, a delete is re-inserted
  /// with its id and GUID. Error(Conflict) when a row has since changed in a way that stops
  /// this (it is gone, or a name is taken again).
  void Revert(RowId changeSet);

 private:
  Store(const std::string& path, OpenMode mode, Clock clock, bool create);
  void RequireWritable(const char* what) const;
  sqlite::Connection& Db() { return *m_db; }

  std::string m_path;
  bool m_readOnly = false;
  Clock m_clock;
  std::string m_now;  // the current transaction's timestamp
  bool m_inTransaction = false;
  bool m_inRead = false;
  std::unique_ptr<ProjectLock> m_lock;
  std::unique_ptr<sqlite::Connection> m_db;
};

}  // namespace duiding::store
