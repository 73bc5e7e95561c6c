// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryPeriod.h"

#include "history/NiceScale.h"

#include <gtest/gtest.h>
#include <limits>

using namespace heatdesk::ui::history;

TEST(HistoryPeriod, HeatingSeasonRunningOrLastOne) {
    // In season (domain.md §1.4: 15 Nov – 15 Mar), both sides of New Year.
    EXPECT_EQ(heatingSeasonFor(QDate(2026, 11, 29)).first, QDate(2026, 11, 15));
    EXPECT_EQ(heatingSeasonFor(QDate(2026, 11, 29)).last, QDate(2027, 3, 15));
    EXPECT_EQ(heatingSeasonFor(QDate(2027, 2, 1)).first, QDate(2026, 11, 15));
    EXPECT_EQ(heatingSeasonFor(QDate(2026, 11, 15)).first, QDate(2026, 11, 15));
    // Out of season: the one that ended, which has readings (the next has none yet).
    EXPECT_EQ(heatingSeasonFor(QDate(2026, 7, 1)).first, QDate(2025, 11, 15));
    EXPECT_EQ(heatingSeasonFor(QDate(2026, 11, 14)).last, QDate(2026, 3, 15));
}

TEST(HistoryPeriod, PresetsEndToday) {
    const QDate today(2026, 11, 29);
    EXPECT_EQ(presetRange(PeriodPreset::Last7Days, today).first, QDate(2026, 11, 23));
    EXPECT_EQ(presetRange(PeriodPreset::Last7Days, today).last, today);
    EXPECT_EQ(presetRange(PeriodPreset::Last30Days, today).first, QDate(2026, 10, 31));
    EXPECT_EQ(presetRange(PeriodPreset::OneYear, today).first, QDate(2025, 11, 30));
    EXPECT_EQ(presetRange(PeriodPreset::FiveYears, today).first, QDate(2021, 11, 30));
    const DayRange all = presetRange(PeriodPreset::All, today);
    EXPECT_FALSE(all.first.isValid());
    const MsRange ms = toMsRange(all);
    EXPECT_EQ(ms.fromMs, std::numeric_limits<qint64>::min());
    EXPECT_EQ(ms.toMs, std::numeric_limits<qint64>::max());
}

TEST(HistoryPeriod, DaysBecomeAHalfOpenRangeOfLocalMidnights) {
    const MsRange ms = toMsRange(DayRange{QDate(2026, 1, 5), QDate(2026, 1, 5)});
    EXPECT_EQ(ms.fromMs, QDate(2026, 1, 5).startOfDay().toMSecsSinceEpoch());
    EXPECT_EQ(ms.toMs, QDate(2026, 1, 6).startOfDay().toMSecsSinceEpoch());
    const MsRange open = toMsRange(QDateTime(), QDateTime::fromMSecsSinceEpoch(1000));
    EXPECT_EQ(open.fromMs, std::numeric_limits<qint64>::min());
    EXPECT_EQ(open.toMs, 1000);
}

TEST(NiceScale, RoundTicksThatCoverTheData) {
    const NiceScale t = niceScale(31.7, 71.2, 7);
    EXPECT_LE(t.lo, 31.7);
    EXPECT_GE(t.hi, 71.2);
    EXPECT_LE(t.ticks, 7);
    EXPECT_EQ(t.lo, 30.0);
    EXPECT_EQ(t.hi, 80.0);
    EXPECT_EQ(t.step, 10.0);
    EXPECT_EQ(t.decimals(), 0);
    const NiceScale small = niceScale(0, 0.9, 6);
    EXPECT_DOUBLE_EQ(small.hi, 1.0);
    EXPECT_EQ(small.decimals(), 1);
    const NiceScale flat = niceScale(45, 45, 7); // one value still gets a range
    EXPECT_LT(flat.lo, 45);
    EXPECT_GT(flat.hi, 45);
}
