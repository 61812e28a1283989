// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  Check(status, "ICU NFD data unavailable");
  return *nfd;
}

bool IsDroppedByFolding(UChar32 c) {
  return u_charType(c) == U_NON_SPACING_MARK || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// Folded and decomposed text without its marks; the ligature ĳ (no canonical decomposition)
// becomes the two letters every keyboard types.
icu::UnicodeString WithoutMarks(const icu::UnicodeString& decomposed) {
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x0133 || c == 0x0132) {
      kept.append(u"ij", 2);
    } else if (!IsDroppedByFolding(c)) {
      kept.append(c);
    }
  }
  return kept;
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

std::string FoldDiacritics(std::string_view utf8) {
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  folded.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed = Nfd().normalize(folded, status);
  Check(status, "NFD normalisation");
  const icu::UnicodeString composed = Nfc().normalize(WithoutMarks(decomposed), status);
  Check(status, "NFC normalisation");
  std::string out;
  composed.toUTF8String(out);
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
