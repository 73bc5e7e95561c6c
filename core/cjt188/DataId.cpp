// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/DataId.h"

namespace heatdesk::cjt188 {

std::string_view diOrderName(DiOrder order) {
    return order == DiOrder::LowFirst ? "low_first" : "high_first";
}

std::string_view diName(std::uint16_t d) {
    if (d >= di::History1 && d <= di::History12)
        return "history metering data (settlement value of an earlier month)";
    switch (d) {
    case di::CurrentData:
        return "current metering data";
    case di::PriceTable:
        return "price table";
    case di::SettlementDay:
        return "settlement day";
    case di::ReadingDay:
        return "meter-reading day";
    case di::PurchaseAmount:
        return "purchase amount";
    case di::KeyVersion:
        return "key version";
    case di::MeterAddress:
        return "meter address";
    case di::WritePriceTable:
        return "write price table";
    case di::WriteSettlementDay:
        return "write settlement day";
    case di::WriteReadingDay:
        return "write meter-reading day";
    case di::WritePurchaseAmount:
        return "write purchase amount";
    case di::WriteKey:
        return "write new key";
    case di::WriteTime:
        return "write standard time";
    case di::WriteSync:
        return "write mechanical/electronic sync data";
    case di::ValveControl:
        return "write valve control";
    case di::WriteAddress:
        return "write address";
    case di::FactoryEnable:
        return "factory enable";
    default:
        return {};
    }
}

bool isKnownDi(std::uint16_t d) {
    return !diName(d).empty();
}

DiMatch matchDi(std::uint8_t first, std::uint8_t second, DiOrder fallback) {
    const auto lowFirst = static_cast<std::uint16_t>(second << 8 | first);
    const auto highFirst = static_cast<std::uint16_t>(first << 8 | second);
    if (isKnownDi(lowFirst))
        return {lowFirst, DiOrder::LowFirst, true};
    if (isKnownDi(highFirst))
        return {highFirst, DiOrder::HighFirst, true};
    return {fallback == DiOrder::LowFirst ? lowFirst : highFirst, fallback, false};
}

} // namespace heatdesk::cjt188
