// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace heatdesk::cjt188 {

// What a unit code measures. Canonical units inside the protocol layer (architecture.md): energy
// Wh, power kW, volume m³, flow m³/h.
enum class Quantity : std::uint8_t { Unknown, Energy, Power, Volume, Flow };
std::string_view quantityName(Quantity q);

// One entry of the unit-code table (shared/docs/cjt188.md §2.6).
struct UnitInfo {
    Quantity quantity = Quantity::Unknown;
    std::string_view symbol; // as the meter means it: "kWh", "GJ×100", "m3/h"
    // value in the canonical unit = meter value × 10^pow10 / divisor. divisor 3600 turns joules
    // into Wh and J/h into W-based units, so every factor stays exact in decimal.
    int pow10 = 0;
    double divisor = 1.0;
};

// The entry for a unit code, or nothing for a code not in the table (00, 1D..28, 36 as volts...).
[[nodiscard]] std::optional<UnitInfo> unitInfo(std::uint8_t code);
[[nodiscard]] inline bool isKnownUnit(std::uint8_t code) {
    return unitInfo(code).has_value();
}

// digits × 10^(pow10 - decimals) / divisor, computed so that exact decimals stay as exact as a
// double allows (one rounding, by a division of exact integers where possible).
[[nodiscard]] double scaleDecimal(std::uint64_t digits, int pow10, double divisor = 1.0);

// The value in the canonical unit of the code's quantity, or nothing for an unknown code.
// `extraPow10` shifts the target (e.g. -3 for kWh from Wh).
[[nodiscard]] std::optional<double> toCanonical(std::uint64_t digits, int decimals, std::uint8_t unitCode,
                                                int extraPow10 = 0);

} // namespace heatdesk::cjt188
