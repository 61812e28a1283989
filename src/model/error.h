// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <stdexcept>
#include <string>

namespace duiding {

/// What went wrong, which decides how a front end reports it.
enum class ErrorKind {
  Input,     ///< bad data from the user: a file, an offset, a name (CLI exit 1)
  NotFound,  ///< a named object does not exist (CLI exit 1)
  Conflict,  ///< the change would break a rule: a duplicate name, a cycle (CLI exit 1)
  Locked,    ///< the project is open for writing elsewhere (CLI exit 1)
  Version,   ///< the project file is from a newer Duiding or not a project (CLI exit 1)
  Io,        ///< the environment failed: disk, permissions, SQLite (CLI exit 1)
  Cancelled, ///< the user stopped a long operation; nothing was changed (CLI exit 130)
  Internal,  ///< a bug in Duiding
};

/// The one exception type the core throws across library boundaries. The message is one line,
/// written for a researcher, naming the file and place where that applies.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
  ErrorKind Kind() const { return m_kind; }

 private:
  ErrorKind m_kind;
};

/// Short English name of a kind, for logs and JSON.
const char* ErrorKindName(ErrorKind kind);

}  // namespace duiding
