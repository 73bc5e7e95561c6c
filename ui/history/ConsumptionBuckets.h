// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTimeZone>
#include <span>

namespace heatdesk::ui::history {

// Heat consumption per calendar day, week (Monday to Sunday, as in China) or month, for the
// history bar chart. Presentation only: sheets and fees come from billing/, with exact decimals.

enum class BucketSize { Day, Week, Month };

// One value of the energy register (kWh), corrections already applied.
struct EnergySample {
    qint64 atMs = 0;
    double kwh = 0;
};

struct ConsumptionBucket {
    qint64 startMs = 0; // local midnight that starts the day, week or month (inclusive)
    qint64 endMs = 0;   // the next bucket's start (exclusive)
    double kwh = 0;
    // How much of [startMs, endMs) lies between two usable readings: less than the bucket's
    // length at the ends of the data, or where a register drop was skipped.
    qint64 coveredMs = 0;
    int drops = 0; // register drops skipped that touch this bucket
};

struct Consumption {
    QList<ConsumptionBucket> buckets; // consecutive, from the first sample's to the last's
    int skippedDrops = 0;             // register decreases (meter replaced, rollover) left out
    double totalKwh = 0;              // sum of the buckets
};

// The bucket that holds `ms` in `zone` (its start), and the start of the bucket after it.
qint64 bucketStart(qint64 ms, BucketSize size, const QTimeZone& zone);
qint64 nextBucketStart(qint64 startMs, BucketSize size, const QTimeZone& zone);

// Consumption from the differences of consecutive register values. Each difference is spread
// over the time between its two readings in proportion to how much of that time lies in each
// bucket: with hourly readings that is the hour it belongs to, and a reading gap of three days
// shares its consumption among those days instead of piling it onto the day the meter answered
// again (and daily readings at midnight count for the day they close, not the next one). The
// sum over all buckets is the register's rise, so bars add up to what a sheet would bill.
// A negative difference (meter replaced, register rolled over, bad read) is never a negative
// bar: it is skipped, counted in `skippedDrops` and marked on the buckets it touches.
// `samples` are sorted by time (unsorted input is sorted first). Fewer than one sample: nothing.
Consumption bucketConsumption(std::span<const EnergySample> samples, BucketSize size, const QTimeZone& zone);

} // namespace heatdesk::ui::history
