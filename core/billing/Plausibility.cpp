// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Plausibility.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace heatdesk::billing {
namespace {

void flag(UserConsumption& u, const char* name) {
    const QString f = QString::fromLatin1(name);
    if (!u.flags.contains(f))
        u.flags << f;
}

std::optional<double> kwhPerM2(const UserConsumption& u) {
    if (!u.consumptionHundredths || !u.user.areaM2 || *u.user.areaM2 <= 0)
        return std::nullopt;
    return (*u.consumptionHundredths / 100.0) / *u.user.areaM2;
}

// R9: a register that went down from near its top to near zero wrapped around. An 8-digit
// register (M-Bus DIF 0C, CJ/T 188 4-byte BCD) tops out at 10^8 of its display unit; with a
// resolution of 0.01 kWh that is 10^6 kWh, with 1 kWh it is 10^8 kWh.
bool looksLikeRollover(const UserConsumption& u, double nearMaxShare) {
    if (!u.start || !u.end || u.end->energyHundredths >= u.start->energyHundredths)
        return false;
    const double start = u.start->energyHundredths / 100.0;
    const double end = u.end->energyHundredths / 100.0;
    for (double top : {1e6, 1e7, 1e8}) {
        if (start < top && start >= nearMaxShare * top && end < (1.0 - nearMaxShare) * top)
            return true;
    }
    return false;
}

} // namespace

PlausibilityRules PlausibilityRules::fromJson(const QJsonObject& j) {
    PlausibilityRules r;
    auto number = [&](const char* key, double& field) {
        if (j.contains(QLatin1String(key)) && j.value(QLatin1String(key)).isDouble())
            field = j.value(QLatin1String(key)).toDouble();
    };
    number("negative_delta_k", r.negativeDeltaK);
    double minReadings = r.negativeDeltaMinReadings;
    number("negative_delta_min_readings", minReadings);
    r.negativeDeltaMinReadings = static_cast<int>(minReadings);
    if (j.value(QLatin1String("fault_temperatures")).isArray()) {
        r.faultTemperatures.clear();
        for (const QJsonValue v : j.value(QLatin1String("fault_temperatures")).toArray())
            if (v.isDouble())
                r.faultTemperatures << v.toDouble();
    }
    number("min_temperature_c", r.minTemperatureC);
    number("max_temperature_c", r.maxTemperatureC);
    number("outlier_low_factor", r.outlierLowFactor);
    number("outlier_high_factor", r.outlierHighFactor);
    number("jump_factor", r.jumpFactor);
    number("rollover_near_max_share", r.rolloverNearMaxShare);
    double minUsers = r.minUsersForMedian;
    number("min_users_for_median", minUsers);
    r.minUsersForMedian = static_cast<int>(minUsers);
    return r;
}

QJsonObject PlausibilityRules::toJson() const {
    QJsonArray faults;
    for (double t : faultTemperatures)
        faults.append(t);
    return {{"negative_delta_k", negativeDeltaK},
            {"negative_delta_min_readings", negativeDeltaMinReadings},
            {"fault_temperatures", faults},
            {"min_temperature_c", minTemperatureC},
            {"max_temperature_c", maxTemperatureC},
            {"outlier_low_factor", outlierLowFactor},
            {"outlier_high_factor", outlierHighFactor},
            {"jump_factor", jumpFactor},
            {"rollover_near_max_share", rolloverNearMaxShare},
            {"min_users_for_median", minUsersForMedian}};
}

void applyPlausibility(QList<UserConsumption>& users, const QHash<qint64, store::MeterPeriodStats>& stats,
                       const PlausibilityRules& rules) {
    // Building medians of kWh/m².
    QHash<QString, QList<double>> perBuilding;
    for (const UserConsumption& u : users)
        if (const auto v = kwhPerM2(u); v && *v >= 0)
            perBuilding[u.user.community + QLatin1Char('/') + u.user.building] << *v;
    QHash<QString, double> median;
    for (auto it = perBuilding.begin(); it != perBuilding.end(); ++it) {
        QList<double>& values = it.value();
        if (values.size() < rules.minUsersForMedian)
            continue;
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        median.insert(it.key(), n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
    }

    for (UserConsumption& u : users) {
        for (qint64 meter : u.meterIds) {
            const auto s = stats.find(meter);
            if (s == stats.end())
                continue;
            if (s->negativeDeltaReadings >= rules.negativeDeltaMinReadings)
                flag(u, "negative_delta_t");
            if (s->faultTemperatureReadings > 0)
                flag(u, "sensor_fault_temperature");
            if (s->outOfRangeReadings > 0)
                flag(u, "implausible_temperature");
        }
        // R1: water went through but no heat was counted.
        if (u.consumptionHundredths && *u.consumptionHundredths == 0 && u.start && u.end &&
            u.start->volumeM3 && u.end->volumeM3 && *u.end->volumeM3 > *u.start->volumeM3)
            flag(u, "zero_energy_with_flow");
        if (looksLikeRollover(u, rules.rolloverNearMaxShare))
            flag(u, "rollover_suspected");

        const auto m = median.find(u.user.community + QLatin1Char('/') + u.user.building);
        const auto v = kwhPerM2(u);
        if (m == median.end() || !v || *m <= 0)
            continue;
        if (*v == 0)
            flag(u, "stuck_meter"); // R4: nothing used while the building heats
        else if (*v < rules.outlierLowFactor * *m)
            flag(u, "outlier_low");
        if (*v > rules.jumpFactor * *m)
            flag(u, "jump");
        else if (*v > rules.outlierHighFactor * *m)
            flag(u, "outlier_high");
    }
}

} // namespace heatdesk::billing

#include "store/ConfigRepository.h"

#include <QJsonDocument>

namespace heatdesk::billing {

PlausibilityRules plausibilityRules(store::Database& db) {
    if (const auto text = store::ConfigRepository(db).setting(QStringLiteral("plausibility_rules")))
        return PlausibilityRules::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
    return {};
}

std::variant<SensorStatistics, store::StoreError> loadSensorStatistics(store::Database& db,
                                                                       const Period& period) {
    SensorStatistics out;
    out.rules = plausibilityRules(db);
    auto scanned = scanPeriod(db, period, 0, out.rules);
    if (auto* e = std::get_if<store::StoreError>(&scanned))
        return *e;
    out.meters = std::move(std::get<PeriodScan>(scanned).stats);
    return out;
}

std::optional<store::StoreError> checkPlausibility(store::Database& db, const Period& period,
                                                   QList<UserConsumption>& users) {
    auto loaded = loadSensorStatistics(db, period);
    if (auto* e = std::get_if<store::StoreError>(&loaded))
        return *e;
    const auto& statistics = std::get<SensorStatistics>(loaded);
    applyPlausibility(users, statistics.meters, statistics.rules);
    return std::nullopt;
}

} // namespace heatdesk::billing
