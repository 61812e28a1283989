// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "model/guid.h"
#include "model/sha256.h"
#include "model/variable.h"

namespace duiding {
namespace {

// 8-4-4-4-12 lower-case hex, version nibble 4, variant 8/9/a/b.
bool IsV4Shape(const std::string& g) {
  if (g.size() != 36) return false;
  for (std::size_t i = 0; i < 36; ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const bool hex = (g[i] >= '0' && g[i] <= '9') || (g[i] >= 'a' && g[i] <= 'f');
    if (dash ? g[i] != '-' : !hex) return false;
  }
  return g[14] == '4' && std::string("89ab").find(g[19]) != std::string::npos;
}

TEST(Guid, IsVersion4InRefiFormat) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string guid = NewGuid();
    ASSERT_TRUE(IsV4Shape(guid)) << guid;
    seen.insert(guid);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(Guid, CanonicalFormAcceptsCaseAndBraces) {
  EXPECT_EQ(CanonicalGuid("{6B2E1A37-0C4F-4D2B-9E6A-1F2A3B4C5D6E}"), "6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e");
  EXPECT_EQ(CanonicalGuid("6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"), "6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e");
  EXPECT_FALSE(CanonicalGuid("Schaamte"));
  EXPECT_FALSE(CanonicalGuid("6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6g"));
  EXPECT_FALSE(CanonicalGuid("{6b2e1a37-0c4f-4d2b-9e6a-1f2a3b4c5d6e"));
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Every length around the block and padding boundaries, on bytes that are not text, so both
// implementations see every tail shape; the accelerated one must match the portable one.
TEST(Sha256, AcceleratedMatchesPortable) {
  std::printf("SHA extensions on this CPU: %s\n", detail::Sha256Accelerated() ? "yes" : "no (portable only)");
  std::string bytes;
  for (std::size_t n = 0; n < 300; ++n) {
    EXPECT_EQ(Sha256Hex(bytes), detail::Sha256HexPortable(bytes)) << "length " << n;
    bytes += static_cast<char>((n * 131 + 7) & 0xFF);
  }
  const std::string dutch = "één geïnterviewde zei 's avonds: 👍🏽 ĳs";
  EXPECT_EQ(Sha256Hex(dutch), detail::Sha256HexPortable(dutch));
}

TEST(Variables, ParseEachType) {
  EXPECT_EQ(ParseValue(VariableType::Boolean, "ja"), VariableValue(true));
  EXPECT_EQ(ParseValue(VariableType::Boolean, "Nee"), VariableValue(false));
  EXPECT_FALSE(ParseValue(VariableType::Boolean, "misschien"));
  EXPECT_EQ(ParseValue(VariableType::Integer, "17"), VariableValue(std::int64_t{17}));
  EXPECT_FALSE(ParseValue(VariableType::Integer, "17 jaar"));
  EXPECT_EQ(ParseValue(VariableType::Float, "3,5"), VariableValue(3.5));
  EXPECT_EQ(ParseValue(VariableType::Date, "2024-02-29"), VariableValue(Date{2024, 2, 29}));
  EXPECT_FALSE(ParseValue(VariableType::Date, "2023-02-29"));
  EXPECT_EQ(ParseValue(VariableType::Text, "Achterhoek"), VariableValue(std::string("Achterhoek")));
  EXPECT_EQ(FormatValue(Date{2026, 3, 12}), "2026-03-12");
  EXPECT_EQ(ParseVariableType("Integer"), VariableType::Integer);
}

}  // namespace
}  // namespace duiding
