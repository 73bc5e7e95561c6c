// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Settlement.h"

#include "billing/Tariff.h"

#include <algorithm>
#include <array>
#include <utility>

namespace heatdesk::billing {
namespace {

constexpr std::array<std::pair<SettlementMode, const char*>, 4> kModes = {{
    {SettlementMode::None, "none"},
    {SettlementMode::RefundAndCharge, "refund_and_charge"},
    {SettlementMode::RefundOnly, "refund_only"},
    {SettlementMode::Capped, "capped"},
}};

} // namespace

std::optional<SettlementMode> parseSettlementMode(const QString& text) {
    if (text.isEmpty())
        return SettlementMode::None;
    for (const auto& [mode, key] : kModes)
        if (text == QLatin1String(key))
            return mode;
    return std::nullopt;
}

QString settlementModeKey(SettlementMode mode) {
    for (const auto& [m, key] : kModes)
        if (m == mode)
            return QString::fromLatin1(key);
    return {};
}

QString settlementRoundingRule() {
    return QStringLiteral("each fee (basic, metered, prepaid, cap) is rounded once to 0.01 yuan, half away "
                          "from zero; sums and differences of rounded fees are exact");
}

Settlement settle(const Tariff& tariff, std::int64_t areaHundredths, std::int64_t consumptionHundredths,
                  std::optional<Money> paid) {
    Settlement s;
    s.mode = tariff.settlementMode;
    s.basicFee = basicFee(tariff, areaHundredths);
    s.meteredFee = meteredFee(tariff, std::max<std::int64_t>(0, consumptionHundredths));
    s.heatFee = s.basicFee + s.meteredFee;
    const Money areaFee =
        tariff.prepayPerM2 ? tariff.prepayPerM2->timesHundredths(areaHundredths).roundedTo(2) : Money();
    s.prepaidFromPayments = paid.has_value();
    s.prepaid = paid.value_or(areaFee);
    s.difference = s.heatFee - s.prepaid;
    switch (s.mode) {
    case SettlementMode::None:
        s.billed = areaFee; // area billing: the area fee is the fee, nothing is settled
        return s;
    case SettlementMode::RefundAndCharge:
        s.billed = s.heatFee;
        break;
    case SettlementMode::RefundOnly:
        // Heat above the area fee is not collected; an area fee not yet paid still is.
        s.billed = std::min(s.heatFee, areaFee);
        break;
    case SettlementMode::Capped:
        // The cap is a share of the area fee, whatever was actually paid. capPercent has four
        // decimals like any Money: 115 % is 115.0000, so ÷ 100 is a factor.
        s.cap = areaFee.timesFactor(Money::fromUnits(tariff.capPercent.units() / 100)).roundedTo(2);
        s.billed = std::min(s.heatFee, *s.cap);
        break;
    }
    const Money owed = s.billed - s.prepaid;
    if (owed > Money())
        s.charge = owed;
    else
        s.refund = Money() - owed;
    return s;
}

} // namespace heatdesk::billing
