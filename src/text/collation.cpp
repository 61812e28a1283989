// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/collation.h"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace duiding::text {
namespace {

// One collator per thread: creating one is slow, and a collator is not to be shared.
const icu::Collator& DutchCollator() {
  thread_local std::unique_ptr<icu::Collator> collator;
  if (!collator) {
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU collator: ") + u_errorName(status));
  }
  return *collator;
}

}  // namespace

std::string DutchSortKey(std::string_view utf8) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::Collator& collator = DutchCollator();
  std::string key(64, '\0');
  int32_t length = collator.getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
  if (length > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(length));
    length = collator.getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), length);
  }
  key.resize(length > 0 ? static_cast<std::size_t>(length - 1) : 0);  // without the trailing NUL
  return key;
}

}  // namespace duiding::text
