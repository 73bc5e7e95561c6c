// SPDX-License-Identifier: GPL-3.0-or-later
// Names for the fixed header's fields: medium, manufacturer, status byte.
#include "mbus/Telegram.h"

namespace heatdesk::mbus {

std::string_view mediumName(std::uint8_t medium) {
    // EN 13757-3:2018 table "device type identification".
    static constexpr std::string_view names[0x38] = {
        "other", "oil", "electricity", "gas", "heat_outlet", "steam", "warm_water", "water",
        "heat_cost_allocator", "compressed_air", "cooling_outlet", "cooling_inlet", "heat_inlet",
        "heat_cooling", "bus_system", "unknown",
        // 0x10
        "irrigation_water", "water_data_logger", "gas_data_logger", "gas_converter", "calorific_value",
        "hot_water", "cold_water", "dual_water", "pressure", "ad_converter", "smoke_detector", "room_sensor",
        "gas_detector", "reserved_sensor", "reserved_sensor", "reserved_sensor",
        // 0x20
        "breaker", "valve", "reserved_switch", "reserved_switch", "reserved_switch", "customer_unit",
        "reserved_customer_unit", "reserved_customer_unit", "waste_water", "garbage", "carbon_dioxide",
        "reserved_environment", "reserved_environment", "reserved_environment", "reserved_environment",
        "reserved_environment",
        // 0x30
        "service_tool", "communication_controller", "unidirectional_repeater", "bidirectional_repeater",
        "reserved_system", "reserved_system", "radio_converter_system", "radio_converter_meter"};
    return medium < std::size(names) ? names[medium] : std::string_view("reserved");
}

std::array<char, 3> manufacturerLetters(std::uint16_t code) {
    // Three letters of 5 bits each, 'A' = 1 (EN 13757-3 §6.3.2, FLAG association).
    auto letter = [](unsigned v) { return static_cast<char>('@' + (v & 0x1F)); };
    return {letter(code >> 10), letter(code >> 5), letter(code)};
}

int statusFlagNames(std::uint8_t status, std::array<std::string_view, 8>& out) {
    int n = 0;
    switch (status & 0x03) {
    case 1:
        out[n++] = "application_busy";
        break;
    case 2:
        out[n++] = "application_error";
        break;
    case 3:
        out[n++] = "alarm";
        break;
    default:
        break;
    }
    if (status & 0x04)
        out[n++] = "power_low";
    if (status & 0x08)
        out[n++] = "permanent_error";
    if (status & 0x10)
        out[n++] = "temporary_error";
    if (status & 0x20)
        out[n++] = "manufacturer_1";
    if (status & 0x40)
        out[n++] = "manufacturer_2";
    if (status & 0x80)
        out[n++] = "manufacturer_3";
    return n;
}

} // namespace heatdesk::mbus
