// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace heatdesk::cjt188 {

// Data identifiers of the 2004 set (shared/docs/cjt188.md §2.1), written as tables write them.
namespace di {
constexpr std::uint16_t CurrentData = 0x901F;
constexpr std::uint16_t History1 = 0xD120; // settlement-day value 1 month ago ... D12B 12 months ago
constexpr std::uint16_t History12 = 0xD12B;
constexpr std::uint16_t PriceTable = 0x8102;
constexpr std::uint16_t SettlementDay = 0x8103;
constexpr std::uint16_t ReadingDay = 0x8104;
constexpr std::uint16_t PurchaseAmount = 0x8105;
constexpr std::uint16_t KeyVersion = 0x8106;
constexpr std::uint16_t MeterAddress = 0x810A;
constexpr std::uint16_t WritePriceTable = 0xA010;
constexpr std::uint16_t WriteSettlementDay = 0xA011;
constexpr std::uint16_t WriteReadingDay = 0xA012;
constexpr std::uint16_t WritePurchaseAmount = 0xA013;
constexpr std::uint16_t WriteKey = 0xA014;
constexpr std::uint16_t WriteTime = 0xA015;
constexpr std::uint16_t WriteSync = 0xA016;
constexpr std::uint16_t ValveControl = 0xA017;
constexpr std::uint16_t WriteAddress = 0xA018;
constexpr std::uint16_t FactoryEnable = 0xA019;
} // namespace di

// Both byte orders are on the wire: 1F 90 (low byte first) and 90 1F (high byte first).
enum class DiOrder : std::uint8_t { LowFirst, HighFirst };
std::string_view diOrderName(DiOrder order); // "low_first", "high_first"

[[nodiscard]] bool isKnownDi(std::uint16_t di);
// What the DI means ("current metering data"), or empty for an unknown DI.
[[nodiscard]] std::string_view diName(std::uint16_t di);

struct DiMatch {
    std::uint16_t di = 0;
    DiOrder order = DiOrder::LowFirst;
    bool known = false;
};

// Reads the two DI bytes as received. No known DI is the byte swap of another known DI, so trying
// both orders against the table is unambiguous. An unknown DI is read in `fallback` order.
[[nodiscard]] DiMatch matchDi(std::uint8_t first, std::uint8_t second, DiOrder fallback = DiOrder::LowFirst);

[[nodiscard]] constexpr std::array<std::uint8_t, 2> diBytes(std::uint16_t di, DiOrder order) {
    const auto lo = static_cast<std::uint8_t>(di & 0xFF);
    const auto hi = static_cast<std::uint8_t>(di >> 8);
    return order == DiOrder::LowFirst ? std::array<std::uint8_t, 2>{lo, hi}
                                      : std::array<std::uint8_t, 2>{hi, lo};
}

} // namespace heatdesk::cjt188
