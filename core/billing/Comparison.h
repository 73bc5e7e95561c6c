// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Consumption.h"

#include <QByteArray>
#include <QList>
#include <optional>
#include <variant>

namespace heatdesk::billing {

// Heat per m² this period against the same period a season earlier.
struct IntensityChange {
    std::optional<std::int64_t> currentPerM2, previousPerM2; // kWh/m² × 100
    std::optional<double> changePercent;                     // (current − previous) ÷ previous × 100
    // The same per heating degree-day, where the outdoor temperature of both periods is known: a
    // colder winter alone does not make a user look wasteful.
    std::optional<double> normalisedChangePercent;
};

struct UserComparison {
    store::UserMeterPeriod user;
    IntensityChange change;
    enum class Rank { Middle, Top, Bottom } rank = Rank::Middle; // among this period's users
};

struct BuildingComparison {
    QString community, building;
    int users = 0; // users whose heat and area are known in the current period
    IntensityChange change;
};

struct ComparisonOptions {
    double percentile = 10; // top and bottom this many percent of users by current kWh/m²
    std::optional<double> currentDegreeDays, previousDegreeDays;
    ConsumptionOptions consumption;
};

struct Comparison {
    Period current, previous;
    std::optional<double> currentDegreeDays, previousDegreeDays;
    QList<BuildingComparison> buildings; // in the users' order
    QList<UserComparison> users;
    // kWh/m² × 100 at and above which a user is in the top, at and below which in the bottom.
    std::optional<std::int64_t> topFrom, bottomTo;
};

// The same dates one year earlier (local calendar), e.g. January 2026 → January 2025.
Period sameTimeLastSeason(const Period& period);

// Heating degree-days from daily mean outdoor temperatures: Σ max(0, base − mean). The base is
// 18 °C, the standard room temperature (domain.md §1.3, Beijing).
double heatingDegreeDays(const QList<double>& dailyMeanOutdoorC, double baseC = 18.0);

// Compares two periods' consumption of the same users (matched by user id). Pure.
Comparison compareIntensity(const QList<UserConsumption>& current, const QList<UserConsumption>& previous,
                            const ComparisonOptions& options);

// Computes both periods from the stored readings and compares them.
std::variant<Comparison, store::StoreError> compareWithLastSeason(store::Database& db, const Period& current,
                                                                  const QString& building,
                                                                  const ComparisonOptions& options);

// One row per building, then one per user (kind "building" / "user"), UTF-8 with BOM like sheets.
QByteArray comparisonCsv(const Comparison& comparison);

} // namespace heatdesk::billing
