// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/encoding.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "text/utf8.h"

namespace duiding::text {
namespace {

const std::string kDutch = "Één geïnterviewde zei 's avonds: „ik wil niet tot last zijn” – coördinatie, ĳs 👍🏽";

std::string Utf16(std::string_view utf8, bool bigEndian) {
  std::string out = bigEndian ? "\xFE\xFF" : "\xFF\xFE";
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t cp = DecodeNext(utf8, pos);
    auto unit = [&](char16_t u) {
      const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
      out += bigEndian ? std::string{hi, lo} : std::string{lo, hi};
    };
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(static_cast<char16_t>(0xD800 + (cp >> 10)));
      unit(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      unit(static_cast<char16_t>(cp));
    }
  }
  return out;
}

TEST(Encoding, Utf8IsKeptAndItsBomRemoved) {
  const DecodedText plain = DecodeToUtf8(kDutch);
  EXPECT_EQ(plain.utf8, kDutch);
  EXPECT_EQ(plain.encoding, "UTF-8");
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBF" + kDutch).utf8, kDutch);
}

TEST(Encoding, Utf16WithByteOrderMarkEitherWay) {
  for (const bool big : {false, true}) {
    const DecodedText d = DecodeToUtf8(Utf16(kDutch, big));
    EXPECT_EQ(d.utf8, kDutch);
    EXPECT_EQ(d.encoding, big ? "UTF-16BE" : "UTF-16LE");
  }
}

TEST(Encoding, Windows1252IsDetectedForDutchFromOldWindowsMachines) {
  // "Één geïnterviewde vertelde dat ze zich schaamde; coördinatie … “hulp” €5" in Windows-1252.
  const std::string cp1252 =
      "\xC9\xE9n ge\xEFnterviewde vertelde dat ze zich schaamde voor haar moeder; co\xF6rdinatie \x85 "
      "\x93hulp\x94 kostte \x80" "5. Ze zei dat haar oma \xE9\xE9n keer per week kwam, 's avonds.";
  const DecodedText d = DecodeToUtf8(cp1252);
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_TRUE(d.detected);
  EXPECT_EQ(d.utf8,
            "Één geïnterviewde vertelde dat ze zich schaamde voor haar moeder; coördinatie … “hulp” kostte €5. "
            "Ze zei dat haar oma één keer per week kwam, 's avonds.");
}

TEST(Encoding, NamedEncodingOverridesDetection) {
  const DecodedText d = DecodeToUtf8("caf\xE9 \xA4", "ISO-8859-15");
  EXPECT_EQ(d.utf8, "café €");
  EXPECT_FALSE(d.detected);
  EXPECT_THROW(DecodeToUtf8("x", "klingon-8"), std::invalid_argument);
  EXPECT_THROW(DecodeToUtf8("caf\xC3", "UTF-8"), std::runtime_error);
}

TEST(Encoding, DoubleEncodedUtf8IsRepaired) {
  EXPECT_EQ(RepairDoubleEncodedUtf8("Ik heb Ã©Ã©n motie, geÃ¯nterviewde, â€œhulpâ€\u009D"),
            "Ik heb één motie, geïnterviewde, “hulp”");
  EXPECT_EQ(RepairDoubleEncodedUtf8("Ã‰Ã©n keer ðŸ‘\u008D"), "Één keer 👍");
  EXPECT_EQ(RepairDoubleEncodedUtf8("één en Ã©Ã©n"), std::nullopt);  // mixed: the correct é is no UTF-8 byte
}

TEST(Encoding, CorrectTextIsNotRepaired) {
  EXPECT_EQ(RepairDoubleEncodedUtf8(kDutch), std::nullopt);
  EXPECT_EQ(RepairDoubleEncodedUtf8("gewoon ASCII"), std::nullopt);
  EXPECT_EQ(RepairDoubleEncodedUtf8("Ã la carte is Frans"), std::nullopt);  // Ã + space is no UTF-8
}

}  // namespace
}  // namespace duiding::text
