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
    const auto mode = parseSettlementMode(row.settlementMode);
    if (!mode)
        return fail(QStringLiteral("unknown settlement mode \"%1\"").arg(row.settlementMode));
    t.settlementMode = *mode;
    if (!row.prepayPricePerM2.isEmpty()) {
        t.prepayPerM2 = Money::parse(row.prepayPricePerM2);
        if (!t.prepayPerM2)
            return fail(QStringLiteral("the prepayment price must be a decimal with at most four places"));
    }
    if (!row.capPercent.isEmpty()) {
        const auto cap = Money::parse(row.capPercent);
        // Two decimals at most: the cap becomes a four-decimal factor (115.25 % → 1.1525).
        if (!cap || cap->units() % 100 != 0 || *cap <= Money())
            return fail(QStringLiteral("the cap must be a positive percentage with at most two decimals"));
        t.capPercent = *cap;
    }
    // Settling needs to know what was prepaid; a capped fee also caps at that area fee.
    if (t.settlementMode != SettlementMode::None && !t.prepayPerM2)
        return fail(QStringLiteral("settlement mode %1 needs the prepayment price per m²")
                        .arg(settlementModeKey(t.settlementMode)));
    return t;
}

Money meteredFee(const Tariff& t, std::int64_t consumptionHundredths) {
    return t.meteredPerKwh.timesHundredths(consumptionHundredths).timesFactor(t.correction).roundedTo(2);
}

Money basicFee(const Tariff& t, std::int64_t areaHundredths) {
    return t.basicPerM2.timesHundredths(areaHundredths).roundedTo(2);
}

} // namespace heatdesk::billing
