// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PeriodScan.h"

#include "billing/Plausibility.h"

#include <algorithm>
#include <future>
#include <tuple>

namespace heatdesk::billing {
namespace {

store::BoundaryReading boundaryOf(const store::PeriodReading& r) {
    return {r.meterId, r.readingId, r.readAtMs, r.energyKwh, r.volumeM3, r.flags};
}

const store::BoundaryReading& boundaryOf(const store::BoundaryReading& b) {
    return b;
}

// The boundary queries' order: by time, then by id (two readings in the same millisecond).
template <typename A, typename B>
bool earlier(const A& a, const B& b) {
    return std::tie(a.readAtMs, a.readingId) < std::tie(b.readAtMs, b.readingId);
}

template <typename Reading>
void keepLast(std::optional<store::BoundaryReading>& slot, const Reading& r) {
    if (!slot || earlier(*slot, r))
        slot = boundaryOf(r);
}

template <typename Reading>
void keepFirst(std::optional<store::BoundaryReading>& slot, const Reading& r) {
    if (!slot || earlier(r, *slot))
        slot = boundaryOf(r);
}

// Adds the scan of another share of the readings of the same period.
void merge(PeriodScan& into, const PeriodScan& part) {
    if (part.meters.size() > into.meters.size())
        into.meters.resize(part.meters.size());
    for (std::size_t id = 0; id < part.meters.size(); ++id) {
        const MeterWindow& p = part.meters[id];
        if (!p.seen)
            continue;
        MeterWindow& w = into.meters[id];
        w.seen = true;
        if (p.beforeStart)
            keepLast(w.beforeStart, *p.beforeStart);
        if (p.afterStart)
            keepFirst(w.afterStart, *p.afterStart);
        if (p.beforeEnd)
            keepLast(w.beforeEnd, *p.beforeEnd);
        if (p.afterEnd)
            keepFirst(w.afterEnd, *p.afterEnd);
    }
    for (auto it = part.stats.begin(); it != part.stats.end(); ++it) {
        store::MeterPeriodStats& s = into.stats[it.key()];
        s.negativeDeltaReadings += it->negativeDeltaReadings;
        s.faultTemperatureReadings += it->faultTemperatureReadings;
        s.outOfRangeReadings += it->outOfRangeReadings;
        s.flaggedReadings += it->flaggedReadings;
    }
}

} // namespace

PeriodScanResult scanPeriod(store::Database& db, const Period& period, qint64 marginMs,
                            const PlausibilityRules& rules, qint64 fromId, qint64 toId) {
    PeriodScan scan;
    scan.period = period;
    scan.marginMs = marginMs;
    // Comparisons with an absent temperature are false, as they were in SQL.
    const auto below = [](const std::optional<double>& v, double limit) { return v && *v < limit; };
    const auto above = [](const std::optional<double>& v, double limit) { return v && *v > limit; };
    const auto isFault = [&](const std::optional<double>& v) {
        return v && std::find(rules.faultTemperatures.begin(), rules.faultTemperatures.end(), *v) !=
                        rules.faultTemperatures.end();
    };
    const auto visit = [&](const store::PeriodReading& r) {
        if (r.meterId < 0) // not a rowid HeatDesk assigns; such a meter's boundaries are asked for one by one
            return;
        if (r.meterId >= static_cast<qint64>(scan.meters.size()))
            scan.meters.resize(std::max<std::size_t>(r.meterId + 1, scan.meters.size() * 2));
        MeterWindow& w = scan.meters[r.meterId];
        w.seen = true;
        if (r.readAtMs <= period.fromMs)
            keepLast(w.beforeStart, r);
        if (r.readAtMs >= period.fromMs)
            keepFirst(w.afterStart, r);
        if (r.readAtMs <= period.toMs)
            keepLast(w.beforeEnd, r);
        if (r.readAtMs >= period.toMs)
            keepFirst(w.afterEnd, r);
        if (r.readAtMs < period.fromMs || r.readAtMs >= period.toMs)
            return;
        const bool negative = r.supplyC && r.returnC && *r.supplyC - *r.returnC < rules.negativeDeltaK;
        const bool fault = isFault(r.supplyC) || isFault(r.returnC);
        const bool outOfRange =
            below(r.supplyC, rules.minTemperatureC) || above(r.supplyC, rules.maxTemperatureC) ||
            below(r.returnC, rules.minTemperatureC) || above(r.returnC, rules.maxTemperatureC);
        if (!negative && !fault && !outOfRange && r.flags == 0)
            return;
        store::MeterPeriodStats& s = scan.stats[r.meterId];
        s.negativeDeltaReadings += negative;
        s.faultTemperatureReadings += fault;
        s.outOfRangeReadings += outOfRange;
        s.flaggedReadings += r.flags != 0;
    };
    store::BillingRepository repository(db);
    store::StoreError error;
    // Sized once: growing it while scanning would copy 100,000 windows at every doubling.
    scan.meters.resize(static_cast<std::size_t>(repository.lastMeterId(&error)) + 1);
    if (!error.message.isEmpty())
        return error;
    if (auto e =
            repository.forEachReading(period.fromMs - marginMs, period.toMs + marginMs, visit, fromId, toId))
        return *e;
    return scan;
}

std::optional<PeriodScanResult> scanPeriodInParallel(const QString& path, const Period& period,
                                                     qint64 marginMs, const PlausibilityRules& rules) {
    store::Database first;
    if (first.open(path, store::Database::Mode::ReadOnly))
        return std::nullopt;
    store::StoreError error;
    const qint64 middle = store::BillingRepository(first).lastReadingId(&error) / 2;
    if (!error.message.isEmpty())
        return error;
    auto upper = std::async(std::launch::async, [&]() -> std::optional<PeriodScanResult> {
        store::Database second;
        if (second.open(path, store::Database::Mode::ReadOnly))
            return std::nullopt;
        return scanPeriod(second, period, marginMs, rules, middle + 1);
    });
    PeriodScanResult result = scanPeriod(first, period, marginMs, rules, 0, middle);
    std::optional<PeriodScanResult> rest = upper.get();
    if (!rest) // a second connection could not be had: the other half on this one
        rest = scanPeriod(first, period, marginMs, rules, middle + 1);
    if (std::holds_alternative<store::StoreError>(result))
        return result;
    if (std::holds_alternative<store::StoreError>(*rest))
        return rest;
    merge(std::get<PeriodScan>(result), std::get<PeriodScan>(*rest));
    return result;
}

} // namespace heatdesk::billing
