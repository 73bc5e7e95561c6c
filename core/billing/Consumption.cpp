// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Consumption.h"

#include "billing/Money.h"
#include "billing/Plausibility.h"
#include "store/ReadingRepository.h"

#include <QHash>
#include <limits>

namespace heatdesk::billing {
namespace {

using store::BoundaryReading;

class BoundaryFinder {
public:
    BoundaryFinder(store::Database& db, const PeriodScan& scan, const ConsumptionOptions& options)
        : m_readings(db)
        , m_scan(scan)
        , m_options(options) {
        m_corrections = store::BillingRepository(db).energyCorrections(&m_error);
    }

    const store::StoreError* error() const { return m_error.message.isEmpty() ? nullptr : &m_error; }

    std::optional<BoundaryValue> valueAt(qint64 meterId, qint64 atMs, bool& meterError) {
        const auto withinTolerance = [&](const std::optional<BoundaryReading>& r) {
            return r && r->energyKwh.has_value() && std::llabs(r->readAtMs - atMs) <= m_options.toleranceMs;
        };
        std::optional<BoundaryReading> before, after;
        const bool periodBoundary = atMs == m_scan.period.fromMs || atMs == m_scan.period.toMs;
        if (const MeterWindow* w = m_scan.window(meterId); periodBoundary && w) {
            const bool start = atMs == m_scan.period.fromMs;
            before = start ? w->beforeStart : w->beforeEnd;
            after = start ? w->afterStart : w->afterEnd;
        }
        // The scan reaches only its margin (≥ the tolerance) beyond the period: a side it did not
        // see matters only for an interpolation, and a replacement date inside the period is never
        // one of its boundaries. Those are asked for, meter by meter.
        if (!periodBoundary || (!withinTolerance(before) && !withinTolerance(after))) {
            if (!before)
                before = m_readings.boundaryFor(meterId, atMs, true, &m_error);
            if (!after)
                after = m_readings.boundaryFor(meterId, atMs, false, &m_error);
        }
        const auto energyOf = [&](const BoundaryReading& r, bool& corrected) -> std::optional<double> {
            if (auto c = m_corrections.find(r.readingId); c != m_corrections.end()) {
                corrected = true;
                return *c;
            }
            return r.energyKwh;
        };
        const bool useBefore = withinTolerance(before);
        const bool useAfter = withinTolerance(after);
        if (useBefore || useAfter) {
            // The nearer of the two; a tie goes to the reading before (the state at the boundary).
            const BoundaryReading& r =
                useBefore && (!useAfter || atMs - before->readAtMs <= after->readAtMs - atMs) ? *before
                                                                                              : *after;
            BoundaryValue v;
            const auto energy = energyOf(r, v.corrected);
            if (!energy)
                return std::nullopt; // corrected to "unusable"
            v.timeMs = r.readAtMs;
            v.energyHundredths = toHundredths(*energy);
            v.volumeM3 = r.volumeM3;
            v.readingId = r.readingId;
            meterError = meterError || r.flags != 0;
            return v;
        }
        if (before && after && before->energyKwh && after->energyKwh && after->readAtMs > before->readAtMs) {
            bool c1 = false, c2 = false;
            const auto e1 = energyOf(*before, c1);
            const auto e2 = energyOf(*after, c2);
            if (!e1 || !e2)
                return std::nullopt;
            const double share = double(atMs - before->readAtMs) / double(after->readAtMs - before->readAtMs);
            BoundaryValue v;
            v.timeMs = atMs;
            v.energyHundredths = toHundredths(*e1 + (*e2 - *e1) * share);
            if (before->volumeM3 && after->volumeM3)
                v.volumeM3 = *before->volumeM3 + (*after->volumeM3 - *before->volumeM3) * share;
            v.estimated = true;
            v.corrected = c1 || c2;
            meterError = meterError || before->flags != 0 || after->flags != 0;
            return v;
        }
        return std::nullopt;
    }

private:
    store::ReadingRepository m_readings;
    const PeriodScan& m_scan;
    ConsumptionOptions m_options;
    QHash<qint64, std::optional<double>> m_corrections;
    store::StoreError m_error;
};

void addFlag(QStringList& flags, const QString& flag) {
    if (!flags.contains(flag))
        flags << flag;
}

} // namespace

ConsumptionResult computeConsumption(store::Database& db, const Period& period, const QString& building,
                                     const ConsumptionOptions& options) {
    auto scanned = scanPeriodInParallel(db.path(), period, options.toleranceMs, PlausibilityRules());
    if (!scanned) // the file cannot be opened again (in memory): on this connection
        scanned = scanPeriod(db, period, options.toleranceMs, PlausibilityRules());
    return computeConsumption(db, period, building, options,
                              [&]() -> const PeriodScanResult& { return *scanned; });
}

ConsumptionResult computeConsumption(store::Database& db, const Period& period, const QString& building,
                                     const ConsumptionOptions& options,
                                     const std::function<const PeriodScanResult&()>& scan) {
    store::StoreError error;
    const QList<store::UserMeterPeriod> rows = store::BillingRepository(db).userMeters(building, &error);
    if (!error.message.isEmpty())
        return error;
    const PeriodScanResult& scanned = scan();
    if (const auto* e = std::get_if<store::StoreError>(&scanned))
        return *e;
    BoundaryFinder finder(db, std::get<PeriodScan>(scanned), options);
    if (const auto* e = finder.error())
        return *e;

    QList<UserConsumption> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size();) {
        // All assignment rows of one user are adjacent (ordered by user, then valid_from).
        qsizetype j = i;
        while (j < rows.size() && rows[j].userId == rows[i].userId)
            ++j;
        UserConsumption c;
        c.user = rows[i];
        std::int64_t total = 0;
        bool complete = true;
        int segments = 0;
        bool meterError = false;
        for (qsizetype k = i; k < j; ++k) {
            const store::UserMeterPeriod& a = rows[k];
            if (a.meterId == 0)
                continue;
            const qint64 from = std::max(period.fromMs, a.validFromMs);
            const qint64 to = std::min(period.toMs, a.validToMs.value_or(std::numeric_limits<qint64>::max()));
            if (from >= to)
                continue; // the assignment lies outside the period
            ++segments;
            c.user = a;
            c.meterNumbers << a.meterNumber;
            c.meterIds << a.meterId;
            const auto start = finder.valueAt(a.meterId, from, meterError);
            const auto end = finder.valueAt(a.meterId, to, meterError);
            if (segments == 1)
                c.start = start;
            c.end = end;
            if (!start)
                addFlag(c.flags, QStringLiteral("missing_start"));
            if (!end)
                addFlag(c.flags, QStringLiteral("missing_end"));
            for (const auto& v : {start, end}) {
                if (v && v->estimated)
                    addFlag(c.flags, QStringLiteral("estimated"));
                if (v && v->corrected)
                    addFlag(c.flags, QStringLiteral("corrected"));
            }
            if (!start || !end) {
                complete = false;
                continue;
            }
            const std::int64_t used = end->energyHundredths - start->energyHundredths;
            if (used < 0)
                addFlag(c.flags, QStringLiteral("decreasing_register"));
            total += used;
        }
        if (segments == 0)
            addFlag(c.flags, QStringLiteral("no_meter"));
        if (segments > 1)
            addFlag(c.flags, QStringLiteral("meter_replaced"));
        if (meterError)
            addFlag(c.flags, QStringLiteral("meter_error"));
        if (segments > 0 && complete)
            c.consumptionHundredths = total;
        if (const auto* e = finder.error())
            return *e;
        out.append(std::move(c));
        i = j;
    }
    return out;
}

} // namespace heatdesk::billing
