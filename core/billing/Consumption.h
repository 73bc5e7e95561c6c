// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Period.h"
#include "billing/PeriodScan.h"
#include "store/BillingRepository.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <variant>

namespace heatdesk::store {
class Database;
}

namespace heatdesk::billing {

// The energy register at a period boundary and where the value came from.
struct BoundaryValue {
    qint64 timeMs = 0;
    std::int64_t energyHundredths = 0; // kWh × 100, exact
    bool estimated = false;            // interpolated between the readings either side
    bool corrected = false;            // a correction (with its reason) replaced the read value
    qint64 readingId = 0;              // the reading used (0 when interpolated)
    std::optional<double> volumeM3;    // the volume register beside it (plausibility checks)
};

// One heat user's consumption over a period: every number traceable to stored readings.
struct UserConsumption {
    store::UserMeterPeriod user; // the user's identity (meter fields: the last meter used)
    QStringList meterNumbers;    // in order; two after a replacement inside the period
    QList<qint64> meterIds;      // the same meters' database ids
    std::optional<BoundaryValue> start, end;
    std::optional<std::int64_t> consumptionHundredths; // absent when a boundary is missing
    QStringList flags; // no_meter, missing_start, missing_end, estimated, corrected,
                       // meter_replaced, decreasing_register, meter_error
};

struct ConsumptionOptions {
    // A reading this close to a boundary stands for it; farther away the value is interpolated
    // between the readings either side (and marked estimated).
    qint64 toleranceMs = 24 * 3600 * 1000LL;
};

using ConsumptionResult = std::variant<QList<UserConsumption>, store::StoreError>;

// Computes every user's consumption for a period from the stored readings (boundary readings per
// meter assignment, corrections applied and shown, replacements summed). Reads only.
ConsumptionResult computeConsumption(store::Database& db, const Period& period, const QString& building = {},
                                     const ConsumptionOptions& options = {});
// The same with the period's readings scanned by the caller (a margin of at least the tolerance;
// a sheet reuses the scan for its sensor checks): `scan` is asked for them once the heat users
// are loaded, so the scan may run meanwhile on another connection.
ConsumptionResult computeConsumption(store::Database& db, const Period& period, const QString& building,
                                     const ConsumptionOptions& options,
                                     const std::function<const PeriodScanResult&()>& scan);

} // namespace heatdesk::billing
