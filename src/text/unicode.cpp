// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>

#include <stdexcept>

namespace duiding::text {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC data unavailable: ") + u_errorName(status));
  return *nfc;
}

void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
}

}  // namespace

bool IsNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = Nfc().isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  Check(status, "NFC check");
  return yes;
}

std::string ToNfc(std::string_view utf8) {
  if (IsNfc(utf8)) return std::string(utf8);
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  Nfc().normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr, status);
  Check(status, "NFC normalisation");
  return out;
}

std::string FoldCase(std::string_view utf8) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8Fold(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr, status);
  Check(status, "case folding");
  return out;
}

std::string UnifyLineEndings(std::string_view utf8) {
  std::size_t first = utf8.find('\r');
  if (first == std::string_view::npos) return std::string(utf8);
  std::string out(utf8.substr(0, first));
  out.reserve(utf8.size());
  for (std::size_t i = first; i < utf8.size(); ++i) {
    if (utf8[i] != '\r') {
      out += utf8[i];
      continue;
    }
    out += '\n';
    if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
  }
  return out;
}

std::string Canonicalize(std::string_view utf8) { return ToNfc(UnifyLineEndings(utf8)); }

}  // namespace duiding::text
