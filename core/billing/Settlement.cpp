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

Settlement settle(const Tariff& tariff, std::int64_t areaHundredths, std::int64_t consumptionHundredths) {
    Settlement s;
    s.mode = tariff.settlementMode;
    s.basicFee = basicFee(tariff, areaHundredths);
    s.meteredFee = meteredFee(tariff, std::max<std::int64_t>(0, consumptionHundredths));
    s.heatFee = s.basicFee + s.meteredFee;
    s.prepaid =
        tariff.prepayPerM2 ? tariff.prepayPerM2->timesHundredths(areaHundredths).roundedTo(2) : Money();
    s.difference = s.heatFee - s.prepaid;
    s.billed = s.heatFee;
    if (s.mode == SettlementMode::Capped) {
        // capPercent has four decimals like any Money: 115 % is 115.0000, so ÷ 100 is a factor.
        s.cap = s.prepaid.timesFactor(Money::fromUnits(tariff.capPercent.units() / 100)).roundedTo(2);
        s.billed = std::min(s.heatFee, *s.cap);
    }
    const Money owed = s.billed - s.prepaid;
    switch (s.mode) {
    case SettlementMode::None:
        s.billed = s.prepaid; // area billing: the prepayment is the fee
        break;
    case SettlementMode::RefundAndCharge:
    case SettlementMode::Capped:
        if (owed > Money())
            s.charge = owed;
        else
            s.refund = Money() - owed;
        break;
    case SettlementMode::RefundOnly:
        if (owed < Money())
            s.refund = Money() - owed;
        else
            s.billed = s.prepaid; // the shortfall is not collected
        break;
    }
    return s;
}

} // namespace heatdesk::billing
