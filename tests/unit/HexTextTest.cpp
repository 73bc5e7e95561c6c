// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HexText.h"

#include <gtest/gtest.h>

using namespace heatdesk;

TEST(HexText, AcceptsWhitespacePrefixesAndCase) {
    const auto p = text::parseHex("0x68 0X1f\n1F\t68,e5:E5");
    ASSERT_FALSE(p.error);
    EXPECT_EQ(p.bytes, (std::vector<std::uint8_t>{0x68, 0x1F, 0x1F, 0x68, 0xE5, 0xE5}));
}

TEST(HexText, DigitsRunTogether) {
    const auto p = text::parseHex("681F1F68");
    ASSERT_FALSE(p.error);
    EXPECT_EQ(p.bytes.size(), 4u);
}

TEST(HexText, NotHexSaysWhere) {
    const auto p = text::parseHex("68 1G");
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->code, mbus::ErrorCode::NotHex);
    EXPECT_EQ(p.error->offset, 4u);
    EXPECT_TRUE(p.bytes.empty());
}

TEST(HexText, OddDigitCountIsAnError) {
    const auto p = text::parseHex("68 1");
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->code, mbus::ErrorCode::OddDigits);
    EXPECT_EQ(p.error->offset, 3u);
}

TEST(HexText, EmptyInput) {
    EXPECT_EQ(text::parseHex(" \n ").error->code, mbus::ErrorCode::Empty);
}

TEST(HexText, RoundTrip) {
    const std::vector<std::uint8_t> bytes{0x00, 0xAB, 0xFF};
    EXPECT_EQ(text::toHex(bytes), "00ABFF");
}
