// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <limits>
#include <optional>

namespace heatdesk::store {

// One heat user with one of their meter assignments (a user without any meter appears once,
// with meterId 0): the rows a consumption sheet is built from.
struct UserMeterPeriod {
    qint64 userId = 0;
    QString account, name, community, building, unit, room;
    std::optional<double> areaM2;
    qint64 meterId = 0;
    QString meterNumber;
    qint64 validFromMs = 0;
    std::optional<qint64> validToMs;
};

// A heating season's tariff; prices are exact decimal text (billing parses them).
struct TariffRow {
    qint64 id = 0;
    int season = 0; // the year the season starts in
    QString name;
    QString seasonStart, seasonEnd; // ISO dates
    QString basicPricePerM2, meteredPricePerKwh, correction, settlementMode;
    QString prepayPricePerM2, capPercent;
};

// What one meter's readings in a period say about its sensors (plausibility checks).
struct MeterPeriodStats {
    qint64 negativeDeltaReadings = 0;    // supply − return below the rule's threshold
    qint64 faultTemperatureReadings = 0; // a temperature exactly at a sensor-fault value
    qint64 outOfRangeReadings = 0;       // a temperature outside the plausible range
    qint64 flaggedReadings = 0;          // readings carrying meter error/status flags
};

// One reading as the period pass of a sheet needs it: boundary values and sensor values.
struct PeriodReading {
    qint64 meterId = 0;
    qint64 readingId = 0;
    qint64 readAtMs = 0;
    std::optional<double> energyKwh, volumeM3, supplyC, returnC;
    quint32 flags = 0;
};

// Queries the billing layer makes. The SQL for them lives here.
class BillingRepository {
public:
    explicit BillingRepository(Database& db);

    // Users ordered by community, building, unit, room, account; `building` empty: all.
    QList<UserMeterPeriod> userMeters(const QString& building = {}, StoreError* error = nullptr);

    // The last energy correction in force per reading, for every reading that has one.
    QHash<qint64, std::optional<double>> energyCorrections(StoreError* error = nullptr);

    // Every reading with fromMs <= read_at <= toMs, in storage order: one pass over the table (a
    // sheet's boundaries and sensor checks from it, instead of a query per boundary and an
    // aggregate query that evaluates every rule in SQL). Through SQLite's C API where it can be
    // used: Qt SQL wraps each value in a QVariant, which for 3 million readings costs seconds.
    // Only readings with fromId <= id <= toId: a share of the table, for scanning it in parallel.
    MaybeError forEachReading(qint64 fromMs, qint64 toMs,
                              const std::function<void(const PeriodReading&)>& visit, qint64 fromId = 0,
                              qint64 toId = std::numeric_limits<qint64>::max());
    // The highest reading and meter ids (0 without any).
    qint64 lastReadingId(StoreError* error = nullptr);
    qint64 lastMeterId(StoreError* error = nullptr);

    std::optional<TariffRow> tariff(int season, const QString& name = QStringLiteral("residential"),
                                    StoreError* error = nullptr);
    MaybeError saveTariff(const TariffRow& tariff);

private:
    Database& m_db;
};

} // namespace heatdesk::store
