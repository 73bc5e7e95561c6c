// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/UnitCode.h"

#include <algorithm>
#include <array>

namespace heatdesk::cjt188 {
namespace {

constexpr double kJoulePerWh = 3600.0;

constexpr std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                           1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                           1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

} // namespace

std::string_view quantityName(Quantity q) {
    switch (q) {
    case Quantity::Energy:
        return "energy";
    case Quantity::Power:
        return "power";
    case Quantity::Volume:
        return "volume";
    case Quantity::Flow:
        return "volume_flow";
    case Quantity::Unknown:
        break;
    }
    return "unknown";
}

std::optional<UnitInfo> unitInfo(std::uint8_t code) {
    using Q = Quantity;
    switch (code) {
    // Energy, canonical Wh.
    case 0x01:
        return UnitInfo{Q::Energy, "J", 0, kJoulePerWh};
    case 0x02:
        return UnitInfo{Q::Energy, "Wh", 0};
    case 0x03:
        return UnitInfo{Q::Energy, "Wh×10", 1};
    case 0x04:
        return UnitInfo{Q::Energy, "Wh×100", 2};
    case 0x05:
        return UnitInfo{Q::Energy, "kWh", 3};
    case 0x06:
        return UnitInfo{Q::Energy, "kWh×10", 4};
    case 0x07:
        return UnitInfo{Q::Energy, "kWh×100", 5};
    case 0x08:
        return UnitInfo{Q::Energy, "MWh", 6};
    case 0x09:
        return UnitInfo{Q::Energy, "MWh×10", 7};
    case 0x0A:
        return UnitInfo{Q::Energy, "MWh×100", 8};
    case 0x0B:
        return UnitInfo{Q::Energy, "kJ", 3, kJoulePerWh};
    case 0x0C:
        return UnitInfo{Q::Energy, "kJ×10", 4, kJoulePerWh};
    case 0x0D:
        return UnitInfo{Q::Energy, "kJ×100", 5, kJoulePerWh};
    case 0x0E:
        return UnitInfo{Q::Energy, "MJ", 6, kJoulePerWh};
    case 0x0F:
        return UnitInfo{Q::Energy, "MJ×10", 7, kJoulePerWh};
    case 0x10:
        return UnitInfo{Q::Energy, "MJ×100", 8, kJoulePerWh};
    case 0x11:
        return UnitInfo{Q::Energy, "GJ", 9, kJoulePerWh};
    case 0x12:
        return UnitInfo{Q::Energy, "GJ×10", 10, kJoulePerWh};
    case 0x13:
        return UnitInfo{Q::Energy, "GJ×100", 11, kJoulePerWh};
    // Power, canonical kW.
    case 0x14:
        return UnitInfo{Q::Power, "W", -3};
    case 0x15:
        return UnitInfo{Q::Power, "W×10", -2};
    case 0x16:
        return UnitInfo{Q::Power, "W×100", -1};
    case 0x17:
        return UnitInfo{Q::Power, "kW", 0};
    case 0x18:
        return UnitInfo{Q::Power, "kW×10", 1};
    case 0x19:
        return UnitInfo{Q::Power, "kW×100", 2};
    case 0x1A:
        return UnitInfo{Q::Power, "MW", 3};
    case 0x1B:
        return UnitInfo{Q::Power, "MW×10", 4};
    case 0x1C:
        return UnitInfo{Q::Power, "MW×100", 5};
    // Volume, canonical m³.
    case 0x29:
        return UnitInfo{Q::Volume, "L", -3};
    case 0x2A:
        return UnitInfo{Q::Volume, "L×10", -2};
    case 0x2B:
        return UnitInfo{Q::Volume, "L×100", -1};
    case 0x2C:
        return UnitInfo{Q::Volume, "m3", 0};
    case 0x2D:
        return UnitInfo{Q::Volume, "m3×10", 1};
    case 0x2E:
        return UnitInfo{Q::Volume, "m3×100", 2};
    // Flow, canonical m³/h.
    case 0x32:
        return UnitInfo{Q::Flow, "L/h", -3};
    case 0x33:
        return UnitInfo{Q::Flow, "L/h×10", -2};
    case 0x34:
        return UnitInfo{Q::Flow, "L/h×100", -1};
    case 0x35:
        return UnitInfo{Q::Flow, "m3/h", 0};
    case 0x36: // KingDa uses 36H for volts on its battery DI; in a flow field it is m³/h×10
        return UnitInfo{Q::Flow, "m3/h×10", 1};
    case 0x37:
        return UnitInfo{Q::Flow, "m3/h×100", 2};
    // Power given as energy per hour: J/h = 1/3600 W, canonical kW.
    case 0x40:
        return UnitInfo{Q::Power, "J/h", -3, kJoulePerWh};
    case 0x43:
        return UnitInfo{Q::Power, "kJ/h", 0, kJoulePerWh};
    case 0x44:
        return UnitInfo{Q::Power, "kJ/h×10", 1, kJoulePerWh};
    case 0x45:
        return UnitInfo{Q::Power, "kJ/h×100", 2, kJoulePerWh};
    case 0x46:
        return UnitInfo{Q::Power, "MJ/h", 3, kJoulePerWh};
    case 0x47:
        return UnitInfo{Q::Power, "MJ/h×10", 4, kJoulePerWh};
    case 0x48:
        return UnitInfo{Q::Power, "MJ/h×100", 5, kJoulePerWh};
    case 0x49:
        return UnitInfo{Q::Power, "GJ/h", 6, kJoulePerWh};
    case 0x4A:
        return UnitInfo{Q::Power, "GJ/h×10", 7, kJoulePerWh};
    case 0x4B:
        return UnitInfo{Q::Power, "GJ/h×100", 8, kJoulePerWh};
    default:
        return std::nullopt;
    }
}

double scaleDecimal(std::uint64_t digits, int pow10, double divisor) {
    const auto d = static_cast<double>(digits);
    if (pow10 >= 0) {
        const double scaled = d * kPow10[static_cast<std::size_t>(std::min(pow10, 22))];
        return divisor == 1.0 ? scaled : scaled / divisor;
    }
    // Divide once by an exact integer: 123456 / 100 is the double nearest to 1234.56.
    const double denominator = kPow10[static_cast<std::size_t>(std::min(-pow10, 22))] * divisor;
    return d / denominator;
}

std::optional<double> toCanonical(std::uint64_t digits, int decimals, std::uint8_t unitCode, int extraPow10) {
    const auto info = unitInfo(unitCode);
    if (!info)
        return std::nullopt;
    return scaleDecimal(digits, info->pow10 - decimals + extraPow10, info->divisor);
}

} // namespace heatdesk::cjt188
