// SPDX-License-Identifier: GPL-3.0-or-later
// EN 13757-3 Annex A date/time types G, J, F, I, bit by bit.
#include "mbus/DateTypes.h"

#include <array>
#include <gtest/gtest.h>

using namespace heatdesk::mbus;

TEST(DateTypes, TypeGDate) {
    // Day 31, month 12, year 13: BF = 101 11111 (year bits 2..0 = 101), 1C = 0001 1100.
    const std::array<std::uint8_t, 2> b{0xBF, 0x1C};
    const TimePoint t = decodeTypeG(b);
    EXPECT_FALSE(t.invalid);
    EXPECT_EQ(t.year, 2013);
    EXPECT_EQ(t.month, 12);
    EXPECT_EQ(t.day, 31);
    EXPECT_FALSE(t.hasTime);
}

TEST(DateTypes, TypeGWithoutDayOrMonthIsInvalid) {
    const std::array<std::uint8_t, 2> noDay{0xA0, 0x1C};
    EXPECT_TRUE(decodeTypeG(noDay).invalid);
    const std::array<std::uint8_t, 2> feb30{0x9E, 0x12}; // 2012-02-30
    EXPECT_TRUE(decodeTypeG(feb30).invalid);
    const std::array<std::uint8_t, 2> feb29{0x9D, 0x12}; // 2012-02-29, a leap day
    EXPECT_FALSE(decodeTypeG(feb29).invalid);
}

TEST(DateTypes, TypeFDateTime) {
    // 0A 0C CD 13: 12:10 on 2014-03-13 (from a real Engelmann telegram).
    const std::array<std::uint8_t, 4> b{0x0A, 0x0C, 0xCD, 0x13};
    const TimePoint t = decodeTypeF(b);
    EXPECT_FALSE(t.invalid);
    EXPECT_EQ(t.year, 2014);
    EXPECT_EQ(t.month, 3);
    EXPECT_EQ(t.day, 13);
    EXPECT_EQ(t.hour, 12);
    EXPECT_EQ(t.minute, 10);
    EXPECT_FALSE(t.summerTime);
}

TEST(DateTypes, TypeFInvalidAndSummerTimeBits) {
    const std::array<std::uint8_t, 4> invalid{0x8A, 0x0C, 0xCD, 0x13};
    EXPECT_TRUE(decodeTypeF(invalid).invalid);
    const std::array<std::uint8_t, 4> summer{0x0A, 0x8C, 0xCD, 0x13};
    const TimePoint t = decodeTypeF(summer);
    EXPECT_TRUE(t.summerTime);
    EXPECT_EQ(t.hour, 12);
}

TEST(DateTypes, TypeFHundredYearBits) {
    // Year 13 with hundred-year bits 01 (byte 1 bits 5..6): 1900 + 100 + 13.
    const std::array<std::uint8_t, 4> b{0x0A, 0x2C, 0xCD, 0x13};
    EXPECT_EQ(decodeTypeF(b).year, 2014);
}

TEST(DateTypes, TypeJTime) {
    const std::array<std::uint8_t, 3> b{0x2D, 0x3B, 0x17}; // 23:59:45
    const TimePoint t = decodeTypeJ(b);
    EXPECT_FALSE(t.invalid);
    EXPECT_FALSE(t.hasDate);
    EXPECT_EQ(t.hour, 23);
    EXPECT_EQ(t.minute, 59);
    EXPECT_EQ(t.second, 45);
    const std::array<std::uint8_t, 3> bad{0x3F, 0x3F, 0x1F};
    EXPECT_TRUE(decodeTypeJ(bad).invalid);
}

TEST(DateTypes, TypeIDateTimeWithSeconds) {
    // 2024-01-31 14:05:30: seconds 30, minutes 5, hour 14, day 31 + year bits, month 1 + year bits.
    // Year 24 = 0011 000 -> day byte 000 11111 = 1F, month byte 0011 0001 = 31.
    const std::array<std::uint8_t, 6> b{0x1E, 0x05, 0x0E, 0x1F, 0x31, 0x05};
    const TimePoint t = decodeTypeI(b);
    EXPECT_FALSE(t.invalid);
    EXPECT_EQ(t.year, 2024);
    EXPECT_EQ(t.month, 1);
    EXPECT_EQ(t.day, 31);
    EXPECT_EQ(t.hour, 14);
    EXPECT_EQ(t.minute, 5);
    EXPECT_EQ(t.second, 30);
    const std::array<std::uint8_t, 6> invalid{0x1E, 0x85, 0x0E, 0x1F, 0x31, 0x05};
    EXPECT_TRUE(decodeTypeI(invalid).invalid);
}

TEST(DateTypes, LengthChoosesTheType) {
    TimePoint t;
    const std::array<std::uint8_t, 5> five{};
    EXPECT_FALSE(decodeTimePoint(five, t));
    const std::array<std::uint8_t, 2> two{0xBF, 0x1C};
    ASSERT_TRUE(decodeTimePoint(two, t));
    EXPECT_EQ(t.year, 2013);
}
