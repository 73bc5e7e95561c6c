// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Tariff.h"

namespace heatdesk::billing {

std::optional<Tariff> parseTariff(const store::TariffRow& row, QString* error) {
    auto fail = [&](const QString& what) -> std::optional<Tariff> {
        if (error)
            *error = QStringLiteral("tariff of season %1: %2").arg(row.season).arg(what);
        return std::nullopt;
    };
    Tariff t;
    t.season = row.season;
    const auto period = datePeriod(row.seasonStart, row.seasonEnd);
    if (!period)
        return fail(QStringLiteral("season dates %1..%2 are not valid ISO dates")
                        .arg(row.seasonStart, row.seasonEnd));
    t.period = *period;
    const auto basic = Money::parse(row.basicPricePerM2);
    const auto metered = Money::parse(row.meteredPricePerKwh);
    const auto correction = Money::parse(row.correction.isEmpty() ? QStringLiteral("1") : row.correction);
    if (!basic || !metered || !correction)
        return fail(QStringLiteral("prices must be decimals with at most four places"));
    t.basicPerM2 = *basic;
    t.meteredPerKwh = *metered;
    t.correction = *correction;
    return t;
}

Money meteredFee(const Tariff& t, std::int64_t consumptionHundredths) {
    return t.meteredPerKwh.timesHundredths(consumptionHundredths).timesFactor(t.correction).roundedTo(2);
}

Money basicFee(const Tariff& t, std::int64_t areaHundredths) {
    return t.basicPerM2.timesHundredths(areaHundredths).roundedTo(2);
}

} // namespace heatdesk::billing
