// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Money.h"
#include "billing/Period.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace heatdesk::billing;

TEST(Money, ParsesExactDecimals) {
    EXPECT_EQ(Money::parse("0.1871")->units(), 1871);
    EXPECT_EQ(Money::parse("7.5")->units(), 75000);
    EXPECT_EQ(Money::parse("-12")->units(), -120000);
    EXPECT_EQ(Money::parse(" 25 ")->units(), 250000);
    EXPECT_FALSE(Money::parse("0.18715")); // five places: refused, not rounded
    EXPECT_FALSE(Money::parse("1,5"));
    EXPECT_FALSE(Money::parse("abc"));
    EXPECT_FALSE(Money::parse(""));
    EXPECT_FALSE(Money::parse("."));
}

TEST(Money, PrintsRoundedHalfAwayFromZero) {
    EXPECT_EQ(Money::fromUnits(12345).toString(2), "1.23");
    EXPECT_EQ(Money::fromUnits(12350).toString(2), "1.24");
    EXPECT_EQ(Money::fromUnits(-12350).toString(2), "-1.24");
    EXPECT_EQ(Money::fromUnits(5).toString(2), "0.00");
    EXPECT_EQ(Money::fromUnits(1871).toString(4), "0.1871");
}

TEST(Money, TianjinWorkedExample) {
    // domain.md: 100 m², 8,100 kWh: 7.5 × 100 + 0.13 × 8,100 = 1,803 元.
    const Money basic = Money::parse("7.5")->timesHundredths(100 * 100);
    const Money metered = Money::parse("0.13")->timesHundredths(8100 * 100);
    EXPECT_EQ((basic + metered).toString(2), "1803.00");
}

TEST(Money, CorrectionFactorAndRounding) {
    // 0.1871 元/kWh × 1234.56 kWh = 230.986176 → 230.9862 (4 places) → × 1.05 = 242.53551 → 242.54
    const Money fee = Money::parse("0.1871")->timesHundredths(123456).timesFactor(*Money::parse("1.05"));
    EXPECT_EQ(fee.toString(2), "242.54");
}

TEST(Money, ReadingsBecomeExactHundredths) {
    EXPECT_EQ(toHundredths(1234.565), 123457); // 1234.56499… as a double
    EXPECT_EQ(toHundredths(0.335), 34);
    EXPECT_EQ(toHundredths(-0.005), -1);
    EXPECT_EQ(toHundredths(37351.0), 3735100);
}

TEST(Period, MonthsAndSeasons) {
    const auto jan = monthPeriod("2026-01");
    ASSERT_TRUE(jan);
    EXPECT_EQ(localIso(jan->fromMs), "2026-01-01T00:00:00");
    EXPECT_EQ(localIso(jan->toMs), "2026-02-01T00:00:00");
    EXPECT_FALSE(monthPeriod("2026-13"));
    EXPECT_FALSE(monthPeriod("26-01"));
    EXPECT_EQ(seasonOf(jan->fromMs), 2025);
    EXPECT_EQ(seasonOf(monthPeriod("2025-11")->fromMs), 2025);
    const auto season = datePeriod("2025-11-15", "2026-03-15");
    ASSERT_TRUE(season);
    EXPECT_EQ(localIso(season->toMs), "2026-03-16T00:00:00");
    EXPECT_FALSE(datePeriod("2026-03-15", "2025-11-15"));
}

TEST(Money, PaidAmountsAreWholeFen) {
    EXPECT_EQ(Money::parseFen("2500"), 2500'00);
    EXPECT_EQ(Money::parseFen(" -100.5 "), -100'50);
    EXPECT_EQ(Money::parseFen("0.01"), 1);
    EXPECT_EQ(Money::parseFen("1.005"), std::nullopt); // a tenth of a fen cannot be paid
    EXPECT_EQ(Money::parseFen("12,5"), std::nullopt);
    EXPECT_EQ(Money::fromFen(1900'01).toString(2), "1900.01");
}
