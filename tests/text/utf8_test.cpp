// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/utf8.h"

#include <gtest/gtest.h>

namespace duiding::text {
namespace {

TEST(Utf8, AcceptsDutchAndEmoji) {
  EXPECT_FALSE(FindInvalidUtf8("één geïnterviewde coördinatie ĳs 's avonds 👍🏽 👨‍👩‍👧"));
  EXPECT_EQ(CountCodePoints("één"), 3u);
  EXPECT_EQ(CountCodePoints("👍🏽"), 2u);
}

TEST(Utf8, FindsTheFirstIllFormedByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xE9" "n"), 2u);                 // Windows-1252 é
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);                   // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);              // surrogate D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);           // beyond U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xE2\x82"), 0u);                   // truncated
  EXPECT_EQ(FindInvalidUtf8("ok \xF0\x9F\x91"), 3u);            // truncated emoji at the end
}

TEST(Utf8, FindsTheBadByteWhereverItSitsInALongAsciiRun) {
  // The eight-bytes-at-a-time path must not step over a bad byte or a split sequence.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(48, 'a');
    text[at] = '\xFF';
    EXPECT_EQ(FindInvalidUtf8(text), at) << at;
    std::string split(48, 'b');
    split.replace(at, 2, "\xC3");  // é without its second byte
    EXPECT_EQ(FindInvalidUtf8(split), at) << at;
  }
  EXPECT_EQ(FindInvalidUtf8(std::string(47, 'c') + "\xC3"), 47u);
  EXPECT_FALSE(FindInvalidUtf8(std::string(41, 'd') + "één 's avonds 👍" + std::string(9, 'e')));
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string text = "één ĳ 👍🏽";
  std::string rebuilt;
  for (std::size_t pos = 0; pos < text.size();) AppendUtf8(rebuilt, DecodeNext(text, pos));
  EXPECT_EQ(rebuilt, text);
}

TEST(Utf8, SlicesByCodePoints) {
  EXPECT_EQ(SliceCodePoints("één keer 👍🏽 ja", 0, 3), "één");
  EXPECT_EQ(SliceCodePoints("één keer 👍🏽 ja", 9, 11), "👍🏽");
  EXPECT_EQ(SliceCodePoints("één", 3, 3), "");
  EXPECT_THROW(SliceCodePoints("één", 2, 4), std::out_of_range);
}

TEST(Utf8, CountsCodePointsInLongTextAtEveryAlignment) {
  const std::string unit = "één geïnterviewde 's avonds 👍🏽 ĳ coördinatie ";
  std::string text;
  for (int i = 0; i < 40; ++i) text += unit;
  for (std::size_t skip = 0; skip < 12; ++skip) {
    const std::string_view view = std::string_view(text).substr(skip);
    if (!IsCodePointStart(view, 0)) continue;
    std::size_t expected = 0, pos = 0;
    while (pos < view.size()) {
      DecodeNext(view, pos);
      ++expected;
    }
    EXPECT_EQ(CountCodePoints(view), expected) << "skip " << skip;
  }
}

TEST(Utf8, EveryCodePointOffsetMatchesAByteByByteCount) {
  // Word-at-a-time skipping must land exactly where counting byte by byte does, also where a
  // character straddles two 8-byte words.
  std::string text;
  for (int i = 0; i < 9; ++i) text += "Één geïnterviewde zegt 's avonds: ĳverig 👵🏽 oma! ";
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos < text.size(); ++pos)
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) starts.push_back(pos);
  starts.push_back(text.size());
  for (std::size_t cp = 0; cp < starts.size(); ++cp) {
    ASSERT_EQ(ByteOffsetOfCodePoint(text, cp), starts[cp]) << cp;
    ASSERT_EQ(PrefixBytes(text, cp), starts[cp]) << cp;
    for (const std::size_t back : {std::size_t{1}, std::size_t{7}, std::size_t{8}, std::size_t{9}, std::size_t{40}})
      ASSERT_EQ(BackCodePoints(text, starts[cp], back), starts[cp >= back ? cp - back : 0]) << cp << " - " << back;
  }
  EXPECT_EQ(PrefixBytes(text, starts.size() + 5), text.size());
  EXPECT_THROW(ByteOffsetOfCodePoint(text, starts.size()), std::out_of_range);
  EXPECT_EQ(SliceCodePoints(text, 1, 4), "én ");
}

TEST(Utf8, MeasuresACodePointPrefixInBytes) {
  EXPECT_EQ(PrefixBytes("één 👍🏽", 2), 4u);
  EXPECT_EQ(PrefixBytes("één 👍🏽", 5), 10u);  // 👍 is four bytes
  EXPECT_EQ(PrefixBytes("één 👍🏽", 6), 14u);
  EXPECT_EQ(PrefixBytes("één 👍🏽", 7), 14u);  // fewer code points than asked: the whole text
  EXPECT_EQ(PrefixBytes("één", 0), 0u);
  EXPECT_EQ(PrefixBytes("", 3), 0u);
}

TEST(Utf8, StepsBackByCodePoints) {
  const std::string text = "één 👍🏽 ĳ";  // é é n ␠ 👍 🏽 ␠ ĳ: bytes 0 2 4 5 6 10 14 15 (17)
  EXPECT_EQ(BackCodePoints(text, text.size(), 1), 15u);
  EXPECT_EQ(BackCodePoints(text, text.size(), 2), 14u);
  EXPECT_EQ(BackCodePoints(text, 14, 2), 6u);  // over the emoji and its skin tone, 4 bytes each
  EXPECT_EQ(BackCodePoints(text, 6, 3), 2u);
  EXPECT_EQ(BackCodePoints(text, 6, 0), 6u);
  EXPECT_EQ(BackCodePoints(text, 6, 99), 0u);  // fewer code points than asked: the start
  EXPECT_EQ(BackCodePoints("", 0, 2), 0u);
  for (std::size_t cp = 0; cp <= 8; ++cp)  // every step back undoes a step forward
    EXPECT_EQ(BackCodePoints(text, text.size(), 8 - cp), PrefixBytes(text, cp)) << cp;
}

TEST(Utf8, LocatesLineAndColumn) {
  const std::string bytes = "eerste\ntwéé\xE9";
  const LineColumn at = LocateByte(bytes, bytes.size() - 1);
  EXPECT_EQ(at.line, 2u);
  EXPECT_EQ(at.column, 5u);
}

TEST(ForwardByteCursor, GoesOnFromTheLastPositionAndStopsAtTheEnd) {
  const std::string text = "één 👍🏽 ĳs";  // é 2 bytes, 👍 4, 🏽 4, ĳ 2
  ForwardByteCursor cursor(text);
  EXPECT_EQ(cursor.To(0), 0u);
  EXPECT_EQ(cursor.To(1), 2u);
  EXPECT_EQ(cursor.To(3), 5u);   // after "één"
  EXPECT_EQ(cursor.To(4), 6u);   // the thumb
  EXPECT_EQ(cursor.To(6), 14u);  // after thumb and skin tone
  EXPECT_EQ(cursor.To(7), 15u);  // ĳ
  EXPECT_EQ(cursor.To(99), text.size());
}

}  // namespace
}  // namespace duiding::text
