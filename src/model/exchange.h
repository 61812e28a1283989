// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/codebook.h"
#include "model/variable.h"

/// A whole project as it travels between QDA tools (REFI-QDA .qdpx): everything keyed by GUID,
/// positions in Unicode code points of each source's canonical text (UTF-8, LF, NFC), half-open.
/// Row ids mean nothing here.
namespace duiding {

struct ExchangeUser {
  std::string guid, name;
};

struct ExchangeCoding {
  std::string guid, codeGuid, creatingUser, createdAt;  ///< creatingUser is a user GUID
};

struct ExchangeSelection {
  std::string guid, name, description;
  std::size_t start = 0, end = 0;
  std::string creatingUser, createdAt;
  std::vector<ExchangeCoding> codings;
  std::vector<std::string> noteGuids;
};

struct ExchangeVariable {
  std::string guid, name, description;
  VariableType type = VariableType::Text;
};

struct ExchangeValue {
  std::string variableGuid;
  std::string value;  ///< as text (FormatValue / ParseValue)
};

struct ExchangeSource {
  std::string guid, name, description;
  std::string text;  ///< canonical: UTF-8, LF, NFC
  std::string creatingUser, createdAt;
  std::vector<ExchangeSelection> selections;
  std::vector<ExchangeValue> values;
  std::vector<std::string> noteGuids;
};

struct ExchangeNote {
  std::string guid, name, text, creatingUser, createdAt;
};

struct ExchangeCase {
  std::string guid, name, description;
  std::vector<ExchangeValue> values;
  std::vector<std::string> sourceGuids;
};

struct ExchangeSet {
  std::string guid, name, description;
  std::vector<std::string> codeGuids, sourceGuids, noteGuids;
};

struct ExchangeProject {
  std::string name, description, origin, creatingUser, createdAt;
  std::vector<ExchangeUser> users;
  Codebook codebook;
  std::vector<ExchangeVariable> variables;
  std::vector<ExchangeCase> cases;
  std::vector<ExchangeSource> sources;
  std::vector<ExchangeNote> notes;
  std::vector<ExchangeSet> sets;
  std::vector<std::string> projectNoteGuids;
};

}  // namespace duiding
