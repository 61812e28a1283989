// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

#include "text/utf8.h"

namespace duiding::text {
namespace {

struct Bom {
  std::string_view bytes;
  const char* encoding;
};

constexpr Bom kBoms[] = {{"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}};

bool IsLatin(std::string_view name) {
  return name == "ISO-8859-1" || name == "ISO-8859-15" || name == "windows-1252" || name == "ISO-8859-2";
}

// ICU's detector on the whole text; nullopt when it has no answer.
std::optional<DecodedText> Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || !name) return std::nullopt;
  DecodedText result;
  result.encoding = IsLatin(name) ? "windows-1252" : name;
  result.detected = true;
  result.confidence = ucsdet_getConfidence(match, &status);
  return result;
}

// Converts with ICU, stopping at the first byte that does not decode.
std::string Convert(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) throw std::invalid_argument("unknown encoding '" + encoding + "'");
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString decoded;
  const int32_t capacity = static_cast<int32_t>(bytes.size()) + 2;
  UChar* out = decoded.getBuffer(capacity);
  UChar* target = out;
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, out + capacity, &source, bytes.data() + bytes.size(), nullptr, true,
                 &status);
  decoded.releaseBuffer(static_cast<int32_t>(target - out));
  if (U_FAILURE(status))
    throw std::runtime_error("byte " + std::to_string(source - bytes.data()) + " is not valid " + encoding);
  std::string utf8;
  decoded.toUTF8String(utf8);
  return utf8;
}

// The Windows-1252 byte of a code point, if it has one (0x80-0x9F hold typographic marks).
std::optional<unsigned char> Windows1252Byte(char32_t cp) {
  static constexpr char32_t kHigh[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                         0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  if (cp <= 0xFF && (cp < 0x80 || cp >= 0xA0)) return static_cast<unsigned char>(cp);
  for (int i = 0; i < 32; ++i)
    if (kHigh[i] == cp) return static_cast<unsigned char>(0x80 + i);
  if (cp >= 0x80 && cp <= 0x9F) return static_cast<unsigned char>(cp);  // decoded as Latin-1
  return std::nullopt;
}

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view encoding) {
  DecodedText result;
  if (!encoding.empty()) {
    result.encoding = encoding;
    for (const Bom& bom : kBoms)
      if (bytes.starts_with(bom.bytes) && result.encoding == bom.encoding) bytes.remove_prefix(bom.bytes.size());
    result.utf8 = Convert(bytes, result.encoding);
    return result;
  }
  for (const Bom& bom : kBoms) {
    if (!bytes.starts_with(bom.bytes)) continue;
    result.encoding = bom.encoding;
    result.detected = true;
    result.utf8 = Convert(bytes.substr(bom.bytes.size()), result.encoding);
    return result;
  }
  if (!FindInvalidUtf8(bytes)) {
    result.encoding = "UTF-8";
    result.detected = true;
    result.utf8 = std::string(bytes);
    return result;
  }
  result = Detect(bytes).value_or(DecodedText{{}, "windows-1252", true, 0});
  if (result.encoding == "UTF-8") result.encoding = "windows-1252";  // not valid UTF-8, as checked above
  result.utf8 = Convert(bytes, result.encoding);
  return result;
}

std::optional<std::string> RepairDoubleEncodedUtf8(std::string_view utf8) {
  std::string bytes;
  bytes.reserve(utf8.size());
  bool anyHigh = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::optional<unsigned char> byte = Windows1252Byte(DecodeNext(utf8, pos));
    if (!byte) return std::nullopt;
    anyHigh = anyHigh || *byte >= 0x80;
    bytes.push_back(static_cast<char>(*byte));
  }
  if (!anyHigh || FindInvalidUtf8(bytes)) return std::nullopt;
  return bytes;
}

}  // namespace duiding::text
