// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ConsumptionBuckets.h"

#include <QDateTime>
#include <algorithm>
#include <vector>

namespace heatdesk::ui::history {

qint64 bucketStart(qint64 ms, BucketSize size, const QTimeZone& zone) {
    QDate d = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    switch (size) {
    case BucketSize::Day:
        break;
    case BucketSize::Week:
        d = d.addDays(1 - d.dayOfWeek()); // Monday
        break;
    case BucketSize::Month:
        d = QDate(d.year(), d.month(), 1);
        break;
    }
    return d.startOfDay(zone).toMSecsSinceEpoch();
}

qint64 nextBucketStart(qint64 startMs, BucketSize size, const QTimeZone& zone) {
    const QDate d = QDateTime::fromMSecsSinceEpoch(startMs, zone).date();
    switch (size) {
    case BucketSize::Day:
        return d.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    case BucketSize::Week:
        return d.addDays(7).startOfDay(zone).toMSecsSinceEpoch();
    case BucketSize::Month:
        return d.addMonths(1).startOfDay(zone).toMSecsSinceEpoch();
    }
    return startMs;
}

Consumption bucketConsumption(std::span<const EnergySample> input, BucketSize size, const QTimeZone& zone) {
    Consumption out;
    if (input.empty())
        return out;
    std::vector<EnergySample> sortedCopy;
    std::span<const EnergySample> samples = input;
    const auto byTime = [](const EnergySample& a, const EnergySample& b) { return a.atMs < b.atMs; };
    if (!std::is_sorted(input.begin(), input.end(), byTime)) {
        sortedCopy.assign(input.begin(), input.end());
        std::stable_sort(sortedCopy.begin(), sortedCopy.end(), byTime);
        samples = sortedCopy;
    }

    // Bucket edges from the first sample's bucket to the one holding the last sample.
    const qint64 lastMs = samples.back().atMs;
    for (qint64 start = bucketStart(samples.front().atMs, size, zone); start <= lastMs;) {
        const qint64 end = nextBucketStart(start, size, zone);
        out.buckets.append(ConsumptionBucket{start, end});
        start = end;
    }

    // Both the samples and the buckets are in time order: one forward pass over each.
    qsizetype first = 0; // the bucket holding the current interval's start
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const EnergySample& a = samples[i - 1];
        const EnergySample& b = samples[i];
        while (out.buckets[first].endMs <= a.atMs)
            ++first;
        const double rise = b.kwh - a.kwh;
        if (rise < 0) {
            ++out.skippedDrops;
            for (qsizetype k = first; k < out.buckets.size() && out.buckets[k].startMs <= b.atMs; ++k)
                ++out.buckets[k].drops;
            continue;
        }
        const qint64 span = b.atMs - a.atMs;
        if (span == 0) { // two readings at the same instant
            out.buckets[first].kwh += rise;
            continue;
        }
        for (qsizetype k = first; k < out.buckets.size() && out.buckets[k].startMs < b.atMs; ++k) {
            ConsumptionBucket& bucket = out.buckets[k];
            const qint64 overlap = std::min(bucket.endMs, b.atMs) - std::max(bucket.startMs, a.atMs);
            if (overlap <= 0)
                continue;
            bucket.kwh += rise * static_cast<double>(overlap) / static_cast<double>(span);
            bucket.coveredMs += overlap;
        }
    }
    for (const ConsumptionBucket& bucket : out.buckets)
        out.totalKwh += bucket.kwh;
    return out;
}

} // namespace heatdesk::ui::history
