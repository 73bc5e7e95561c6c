// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Money.h"
#include "billing/Period.h"
#include "billing/Settlement.h"
#include "store/BillingRepository.h"

#include <QString>
#include <optional>

namespace heatdesk::billing {

// Two-part heat price of one season: basic price × billing area + metered price × heat
// (× correction factor).
struct Tariff {
    int season = 0;
    Period period;
    Money basicPerM2;
    Money meteredPerKwh;
    Money correction = Money::fromUnits(Money::kScale); // 1
    SettlementMode settlementMode = SettlementMode::None;
    std::optional<Money> prepayPerM2;                         // the area fee prepaid before the season
    Money capPercent = Money::fromUnits(100 * Money::kScale); // capped mode: 100 % of the area fee
};

// Parses a stored tariff; a price that is not an exact decimal is an error, not a zero.
std::optional<Tariff> parseTariff(const store::TariffRow& row, QString* error = nullptr);

// Metered part for a consumption (kWh × 100), rounded to the fen.
Money meteredFee(const Tariff& t, std::int64_t consumptionHundredths);
// Basic part for an area (m² × 100), rounded to the fen.
Money basicFee(const Tariff& t, std::int64_t areaHundredths);

} // namespace heatdesk::billing
