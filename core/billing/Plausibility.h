// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Consumption.h"

#include <QJsonObject>
#include <QList>

namespace heatdesk::billing {

// Thresholds of the plausibility rules (shared/docs/domain.md §3.2). Data, not code: stored as
// JSON in the database's settings ("plausibility_rules"), defaults from the sources cited there.
struct PlausibilityRules {
    double negativeDeltaK = -0.3;                   // R2: supply − return below this …
    int negativeDeltaMinReadings = 3;               // … on at least this many readings
    QList<double> faultTemperatures = {0.0, 185.0}; // R3: Kamstrup's sensor open/short values
    double minTemperatureC = 5.0;                   // R3: plausible range of supply/return
    double maxTemperatureC = 130.0;
    double outlierLowFactor = 0.3;     // R7: kWh/m² below this × building median …
    double outlierHighFactor = 3.0;    // … or above this × median
    double jumpFactor = 10.0;          // R6: kWh/m² above this × median: a scale or unit error
    double rolloverNearMaxShare = 0.9; // R9: old value above this share of the register's range
    int minUsersForMedian = 5;         // R4/R6/R7 need a building of at least this many

    static PlausibilityRules fromJson(const QJsonObject& json); // missing keys keep their defaults
    QJsonObject toJson() const;
};

// Adds flags to each user's consumption (never changes a number): negative_delta_t,
// sensor_fault_temperature, implausible_temperature, zero_energy_with_flow, stuck_meter,
// outlier_low, outlier_high, jump, rollover_suspected. The building median of kWh/m² is taken
// over users with a complete consumption in the same building.
void applyPlausibility(QList<UserConsumption>& users, const QHash<qint64, store::MeterPeriodStats>& stats,
                       const PlausibilityRules& rules);

} // namespace heatdesk::billing

namespace heatdesk::billing {

// The rules in force in this database (defaults where it has none).
PlausibilityRules plausibilityRules(store::Database& db);

// The rules and the period's per-meter sensor statistics under them: the one pass over the
// period's readings the checks need (a sheet gets them from its own scan, see PeriodScan.h).
struct SensorStatistics {
    PlausibilityRules rules;
    QHash<qint64, store::MeterPeriodStats> meters;
};
std::variant<SensorStatistics, store::StoreError> loadSensorStatistics(store::Database& db,
                                                                       const Period& period);

// loadSensorStatistics, then applyPlausibility. Returns a store error, or nothing.
std::optional<store::StoreError> checkPlausibility(store::Database& db, const Period& period,
                                                   QList<UserConsumption>& users);

} // namespace heatdesk::billing
