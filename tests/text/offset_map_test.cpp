// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/offset_map.h"

#include <gtest/gtest.h>

#include <vector>

#include "text/utf8.h"

namespace duiding::text {
namespace {

struct Reference {
  std::vector<std::size_t> byte, utf16;  // per code point, plus the end
};

// Brute force: the obviously correct mapping, to compare against.
Reference Expected(const std::string& text) {
  Reference r;
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    r.byte.push_back(pos);
    r.utf16.push_back(units);
    units += DecodeNext(text, pos) > 0xFFFF ? 2 : 1;
  }
  r.byte.push_back(text.size());
  r.utf16.push_back(units);
  return r;
}

void ExpectMatchesReference(const std::string& text) {
  const OffsetMap map(text);
  const Reference r = Expected(text);
  ASSERT_EQ(map.CodePointCount() + 1, r.byte.size());
  EXPECT_EQ(map.Utf16Count(), r.utf16.back());
  for (std::size_t cp = 0; cp < r.byte.size(); ++cp) {
    ASSERT_EQ(map.ByteFromCodePoint(cp), r.byte[cp]) << "cp " << cp;
    ASSERT_EQ(map.Utf16FromCodePoint(cp), r.utf16[cp]) << "cp " << cp;
    ASSERT_EQ(map.CodePointFromByte(r.byte[cp]), cp) << "cp " << cp;
    ASSERT_EQ(map.CodePointFromUtf16(r.utf16[cp]), cp) << "cp " << cp;
  }
}

TEST(OffsetMap, DutchText) {
  ExpectMatchesReference("Eén geïnterviewde over coördinatie, 's avonds bij de ĲSSEL: ‘ideeën’.");
}

TEST(OffsetMap, EmojiNeedSurrogatePairsInUtf16) {
  const std::string text = "Top 👍🏽 en 👨‍👩‍👧 klaar";
  const OffsetMap map(text);
  EXPECT_EQ(map.CodePointCount(), 21u);  // the family is 5 code points joined by ZWJ
  EXPECT_EQ(map.Utf16FromCodePoint(5), 6u);   // after 👍 (2 units)
  EXPECT_EQ(map.Utf16FromCodePoint(6), 8u);   // after 🏽 (2 units)
  EXPECT_EQ(map.ByteFromCodePoint(6), 12u);   // 4 + 4 + 4 bytes
  ExpectMatchesReference(text);
}

TEST(OffsetMap, PositionsInsideACodePointRoundDown) {
  const OffsetMap map("aé👍b");
  EXPECT_EQ(map.CodePointFromByte(2), 1u);   // second byte of é
  EXPECT_EQ(map.CodePointFromByte(5), 2u);   // inside 👍
  EXPECT_EQ(map.CodePointFromUtf16(3), 2u);  // low surrogate of 👍
}

TEST(OffsetMap, OutOfRangeThrows) {
  const OffsetMap map("één");
  EXPECT_THROW(map.ByteFromCodePoint(4), std::out_of_range);
  EXPECT_THROW(map.CodePointFromByte(7), std::out_of_range);
  EXPECT_THROW(map.CodePointFromUtf16(4), std::out_of_range);
  EXPECT_EQ(map.ByteFromCodePoint(3), 5u);
}

TEST(OffsetMap, EmptyText) {
  const OffsetMap map("");
  EXPECT_EQ(map.CodePointCount(), 0u);
  EXPECT_EQ(map.ByteFromCodePoint(0), 0u);
  EXPECT_EQ(map.CodePointFromUtf16(0), 0u);
}

// A 300,000-character transcript mixing 1-, 2-, 3- and 4-byte code points, every position
// converted both ways: feasible only because conversion is not quadratic.
TEST(OffsetMap, LongTranscriptEveryPosition) {
  std::string text;
  const char* pieces[] = {"Moeder: ", "één ", "geïnterviewde ", "😅 ", "‘ja’ ", "ĳs\n"};
  while (CountCodePoints(text) < 300000) text += pieces[text.size() % 6];
  ExpectMatchesReference(text);
}

}  // namespace
}  // namespace duiding::text
