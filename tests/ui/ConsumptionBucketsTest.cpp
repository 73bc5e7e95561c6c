// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ConsumptionBuckets.h"

#include <QDateTime>
#include <gtest/gtest.h>
#include <vector>

using namespace heatdesk::ui::history;

namespace {

// China time: one zone, no daylight saving, so the expectations below are plain arithmetic.
const QTimeZone kChina(8 * 3600);
constexpr qint64 kHour = 3600 * 1000LL;

qint64 at(int y, int m, int d, int h = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), kChina).toMSecsSinceEpoch();
}

double sum(const Consumption& c) {
    double total = 0;
    for (const ConsumptionBucket& b : c.buckets)
        total += b.kwh;
    return total;
}

} // namespace

TEST(ConsumptionBuckets, HourlyReadingsSumToTheRegistersRisePerDay) {
    std::vector<EnergySample> samples;
    // Two days of hourly readings, 1.5 kWh an hour, from 2026-01-05 00:00 to 2026-01-07 00:00.
    for (int h = 0; h <= 48; ++h)
        samples.push_back({at(2026, 1, 5) + h * kHour, 1000.0 + 1.5 * h});
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    ASSERT_EQ(c.buckets.size(), 3); // the 7th holds the last reading, at its midnight
    EXPECT_EQ(c.buckets[0].startMs, at(2026, 1, 5));
    EXPECT_EQ(c.buckets[0].endMs, at(2026, 1, 6));
    EXPECT_NEAR(c.buckets[0].kwh, 36.0, 1e-9);
    EXPECT_NEAR(c.buckets[1].kwh, 36.0, 1e-9);
    EXPECT_NEAR(c.buckets[2].kwh, 0.0, 1e-9);
    EXPECT_EQ(c.buckets[0].coveredMs, 24 * kHour);
    EXPECT_EQ(c.buckets[2].coveredMs, 0);
    EXPECT_NEAR(c.totalKwh, 72.0, 1e-9);
    EXPECT_EQ(c.skippedDrops, 0);
}

TEST(ConsumptionBuckets, AnIntervalAcrossMidnightIsSharedByTime) {
    // 20:00 to 08:00 next day: a third before midnight, two thirds after.
    const std::vector<EnergySample> samples = {{at(2026, 1, 5, 20), 100.0}, {at(2026, 1, 6, 8), 112.0}};
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    ASSERT_EQ(c.buckets.size(), 2);
    EXPECT_NEAR(c.buckets[0].kwh, 4.0, 1e-9);
    EXPECT_NEAR(c.buckets[1].kwh, 8.0, 1e-9);
    EXPECT_EQ(c.buckets[0].coveredMs, 4 * kHour);
    EXPECT_EQ(c.buckets[1].coveredMs, 8 * kHour);
}

TEST(ConsumptionBuckets, DailyReadingsAtMidnightCountForTheDayTheyClose) {
    const std::vector<EnergySample> samples = {
        {at(2026, 1, 5), 100.0}, {at(2026, 1, 6), 130.0}, {at(2026, 1, 7), 150.0}};
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    ASSERT_EQ(c.buckets.size(), 3);
    EXPECT_NEAR(c.buckets[0].kwh, 30.0, 1e-9); // 5 January used 30, not 0
    EXPECT_NEAR(c.buckets[1].kwh, 20.0, 1e-9);
    EXPECT_NEAR(c.buckets[2].kwh, 0.0, 1e-9);
}

TEST(ConsumptionBuckets, ARegisterDropIsSkippedCountedAndNeverNegative) {
    // The meter is replaced on 6 January at noon: the new one starts at 3 kWh.
    const std::vector<EnergySample> samples = {{at(2026, 1, 5), 5000.0},     {at(2026, 1, 6), 5024.0},
                                               {at(2026, 1, 6, 12), 5036.0}, {at(2026, 1, 6, 13), 3.0},
                                               {at(2026, 1, 7), 14.0},       {at(2026, 1, 8), 38.0}};
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    EXPECT_EQ(c.skippedDrops, 1);
    ASSERT_EQ(c.buckets.size(), 4);
    for (const ConsumptionBucket& b : c.buckets)
        EXPECT_GE(b.kwh, 0.0);
    EXPECT_NEAR(c.buckets[0].kwh, 24.0, 1e-9);
    EXPECT_NEAR(c.buckets[1].kwh, 12.0 + 11.0, 1e-9); // before and after the drop, not across it
    EXPECT_NEAR(c.buckets[2].kwh, 24.0, 1e-9);
    EXPECT_EQ(c.buckets[1].drops, 1);
    EXPECT_EQ(c.buckets[0].drops, 0);
    EXPECT_EQ(c.buckets[1].coveredMs, 23 * kHour); // the hour of the drop is not covered
    EXPECT_NEAR(c.totalKwh, 24.0 + 23.0 + 24.0, 1e-9);
    EXPECT_NEAR(sum(c), c.totalKwh, 1e-9);
}

TEST(ConsumptionBuckets, WeeksStartOnMondayAndMonthsFollowTheCalendar) {
    // 2026-02-04 is a Wednesday.
    const std::vector<EnergySample> samples = {{at(2026, 2, 4), 0.0}, {at(2026, 3, 4), 28.0}};
    const Consumption weeks = bucketConsumption(samples, BucketSize::Week, kChina);
    ASSERT_FALSE(weeks.buckets.isEmpty());
    EXPECT_EQ(weeks.buckets[0].startMs, at(2026, 2, 2)); // Monday
    EXPECT_EQ(weeks.buckets[0].endMs, at(2026, 2, 9));
    EXPECT_NEAR(weeks.buckets[0].kwh, 5.0, 1e-9); // Wed..Sun: 5 of the 28 days
    EXPECT_NEAR(weeks.totalKwh, 28.0, 1e-9);

    const Consumption months = bucketConsumption(samples, BucketSize::Month, kChina);
    ASSERT_EQ(months.buckets.size(), 2);
    EXPECT_EQ(months.buckets[0].startMs, at(2026, 2, 1));
    EXPECT_EQ(months.buckets[0].endMs, at(2026, 3, 1));
    EXPECT_NEAR(months.buckets[0].kwh, 25.0, 1e-9); // 4 Feb .. 1 Mar: 25 of 28 days
    EXPECT_NEAR(months.buckets[1].kwh, 3.0, 1e-9);
}

TEST(ConsumptionBuckets, UnsortedInputIsSortedFirst) {
    const std::vector<EnergySample> samples = {
        {at(2026, 1, 7), 150.0}, {at(2026, 1, 5), 100.0}, {at(2026, 1, 6), 130.0}};
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    EXPECT_EQ(c.skippedDrops, 0);
    EXPECT_NEAR(c.totalKwh, 50.0, 1e-9);
}

TEST(ConsumptionBuckets, NothingOrOneReadingGivesNoConsumption) {
    EXPECT_TRUE(bucketConsumption({}, BucketSize::Day, kChina).buckets.isEmpty());
    const std::vector<EnergySample> one = {{at(2026, 1, 5, 9), 42.0}};
    const Consumption c = bucketConsumption(one, BucketSize::Month, kChina);
    ASSERT_EQ(c.buckets.size(), 1);
    EXPECT_EQ(c.buckets[0].kwh, 0.0);
    EXPECT_EQ(c.totalKwh, 0.0);
}

TEST(ConsumptionBuckets, TwoReadingsAtTheSameInstantCountOnce) {
    const std::vector<EnergySample> samples = {
        {at(2026, 1, 5, 9), 42.0}, {at(2026, 1, 5, 9), 43.0}, {at(2026, 1, 5, 10), 45.0}};
    const Consumption c = bucketConsumption(samples, BucketSize::Day, kChina);
    EXPECT_NEAR(c.totalKwh, 3.0, 1e-9);
}
