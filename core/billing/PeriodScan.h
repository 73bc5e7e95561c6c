// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Period.h"
#include "store/BillingRepository.h"
#include "store/ReadingRepository.h"

#include <QHash>
#include <QString>
#include <limits>
#include <optional>
#include <variant>
#include <vector>

namespace heatdesk::billing {

struct PlausibilityRules;

// The readings of one meter nearest to the period's start and end, on either side, as far as the
// scan's margin reaches.
struct MeterWindow {
    bool seen = false; // the scan met a reading of this meter
    std::optional<store::BoundaryReading> beforeStart, afterStart, beforeEnd, afterEnd;
};

// What a sheet needs from the readings, gathered in one pass over the period and a margin either
// side: every meter's boundary readings and its sensor statistics under the rules.
struct PeriodScan {
    Period period;
    qint64 marginMs = 0;
    // By meter id: ids are SQLite rowids, dense from 1, and a sheet's 3 million readings each
    // land on one of 100,000 meters in no order, where a hash table's lookups cost seconds.
    std::vector<MeterWindow> meters;
    QHash<qint64, store::MeterPeriodStats> stats; // over [from, to); only meters that broke a rule

    const MeterWindow* window(qint64 meterId) const {
        return meterId >= 0 && meterId < static_cast<qint64>(meters.size()) && meters[meterId].seen
                   ? &meters[meterId]
                   : nullptr;
    }
};
using PeriodScanResult = std::variant<PeriodScan, store::StoreError>;

// Readings with fromId <= id <= toId only: a share of the table.
PeriodScanResult scanPeriod(store::Database& db, const Period& period, qint64 marginMs,
                            const PlausibilityRules& rules, qint64 fromId = 0,
                            qint64 toId = std::numeric_limits<qint64>::max());

// The same over two connections of its own to the file at `path`, each scanning half of the
// readings' ids on its own core (the table scan is most of a sheet's time), merged. Nothing when
// the file cannot be opened again (a database in memory): the caller scans on its connection.
std::optional<PeriodScanResult> scanPeriodInParallel(const QString& path, const Period& period,
                                                     qint64 marginMs, const PlausibilityRules& rules);

} // namespace heatdesk::billing
