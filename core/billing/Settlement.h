// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Money.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace heatdesk::billing {

struct Tariff;

// Who gets the difference between the season's heat fee and the prepayment (domain.md §1.3): a
// per-tariff switch, stored as text in tariffs.settlement_mode.
enum class SettlementMode {
    None,            // 无: no settlement, the prepaid area fee stands
    RefundAndCharge, // 多退少补: refund an overpayment, collect a shortfall
    RefundOnly,      // 多退少不补: refund an overpayment, never collect
    Capped,          // the heat fee is capped at cap % of the area fee, then settled both ways
};

std::optional<SettlementMode> parseSettlementMode(const QString& text);
QString settlementModeKey(SettlementMode mode); // the stored and JSON text: "refund_only", …

// The rounding rule every statement states: each fee is rounded once, to the fen, half away from
// zero; sums and differences of rounded fees are exact.
QString settlementRoundingRule();

// One heat user's season settlement statement; every amount in 元 rounded to the fen.
struct Settlement {
    SettlementMode mode = SettlementMode::None;
    Money basicFee;   // basic price × heated area
    Money meteredFee; // metered price × heat × correction factor
    Money heatFee;    // basicFee + meteredFee
    Money prepaid;    // the recorded payments of the season, or prepayment price × heated area
    bool prepaidFromPayments = false; // which of the two `prepaid` is
    std::optional<Money> cap;         // capped mode: cap % × prepayment price × heated area
    Money billed;                     // what the season costs the user under the mode
    Money difference;                 // heatFee − prepaid (positive: the user used more than prepaid)
    Money refund;                     // paid back to the user (≥ 0)
    Money charge;                     // collected from the user (≥ 0)
};

// Settles a season for a heated area and consumption (both × 100). A decreasing register
// (negative consumption) is billed as zero heat, never as a credit. `paid`: what the user's
// recorded payments of the season add up to; without any, the prepayment is taken to be the
// area fee (prepayment price × area), as when every household prepaid it in full.
Settlement settle(const Tariff& tariff, std::int64_t areaHundredths, std::int64_t consumptionHundredths,
                  std::optional<Money> paid = std::nullopt);

} // namespace heatdesk::billing
