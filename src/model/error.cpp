// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "model/error.h"

namespace duiding {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Input: return "input";
    case ErrorKind::NotFound: return "not-found";
    case ErrorKind::Conflict: return "conflict";
    case ErrorKind::Locked: return "locked";
    case ErrorKind::Version: return "version";
    case ErrorKind::Io: return "io";
    case ErrorKind::Cancelled: return "cancelled";
    case ErrorKind::Internal: return "internal";
  }
  return "internal";
}

}  // namespace duiding
