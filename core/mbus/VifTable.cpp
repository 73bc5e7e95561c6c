// SPDX-License-Identifier: GPL-3.0-or-later
// The VIF tables of EN 13757-3 (2013/2018 editions): primary VIF, the two extension tables
// after FB and FD, and the combinable VIFE. Built once at compile time into 128-entry arrays so
// that a lookup on the decode hot path is a single index.
#include "mbus/VifTable.h"

#include <array>

namespace heatdesk::mbus {
namespace {

using Table = std::array<VifInfo, 128>;

constexpr VifInfo info(std::string_view quantity, Unit unit, int exp10, std::uint32_t factor = 1,
                       ValueHint hint = ValueHint::Number, Conversion conversion = Conversion::None) {
    return VifInfo{quantity, unit, static_cast<std::int8_t>(exp10), factor, hint, conversion};
}

constexpr VifInfo plain(std::string_view quantity, ValueHint hint = ValueHint::Unsigned) {
    return VifInfo{quantity, Unit::None, 0, 1, hint, Conversion::None};
}

// Durations coded with nn = 0 seconds, 1 minutes, 2 hours, 3 days.
constexpr std::uint32_t kDurationSeconds[4] = {1, 60, 3600, 86400};

constexpr VifInfo duration(std::string_view quantity, int nn) {
    return info(quantity, Unit::Second, 0, kDurationSeconds[nn & 3]);
}

// Durations coded with pp = 0 hours, 1 days, 2 months, 3 years.
constexpr VifInfo longDuration(std::string_view quantity, int pp) {
    switch (pp & 3) {
    case 0:
        return info(quantity, Unit::Second, 0, 3600);
    case 1:
        return info(quantity, Unit::Second, 0, 86400);
    case 2:
        return info(quantity, Unit::Month, 0);
    default:
        return info(quantity, Unit::Year, 0);
    }
}

constexpr VifInfo timePoint(std::string_view quantity) {
    return VifInfo{quantity, Unit::None, 0, 1, ValueHint::TimePoint, Conversion::None};
}

constexpr Table makePrimary() {
    Table t{};
    for (int n = 0; n < 8; ++n) {
        t[0x00 + n] = info("energy", Unit::Wh, n - 3);
        t[0x08 + n] = info("energy", Unit::J, n);
        t[0x10 + n] = info("volume", Unit::CubicMetre, n - 6);
        t[0x18 + n] = info("mass", Unit::Kilogram, n - 3);
        t[0x28 + n] = info("power", Unit::Watt, n - 3);
        t[0x30 + n] = info("power", Unit::JoulePerHour, n);
        t[0x38 + n] = info("volume_flow", Unit::CubicMetrePerHour, n - 6);
        // Per minute and per second are converted to per hour here, once.
        t[0x40 + n] = info("volume_flow", Unit::CubicMetrePerHour, n - 7, 60);
        t[0x48 + n] = info("volume_flow", Unit::CubicMetrePerHour, n - 9, 3600);
        t[0x50 + n] = info("mass_flow", Unit::KilogramPerHour, n - 3);
    }
    for (int n = 0; n < 4; ++n) {
        t[0x20 + n] = duration("on_time", n);
        t[0x24 + n] = duration("operating_time", n);
        t[0x58 + n] = info("flow_temperature", Unit::Celsius, n - 3);
        t[0x5C + n] = info("return_temperature", Unit::Celsius, n - 3);
        t[0x60 + n] = info("temperature_difference", Unit::Kelvin, n - 3);
        t[0x64 + n] = info("external_temperature", Unit::Celsius, n - 3);
        t[0x68 + n] = info("pressure", Unit::Bar, n - 3);
        t[0x70 + n] = duration("averaging_duration", n);
        t[0x74 + n] = duration("actuality_duration", n);
    }
    t[0x6C] = timePoint("date");
    t[0x6D] = timePoint("date_time");
    t[0x6E] = info("hca_units", Unit::None, 0);
    t[0x6F] = plain("reserved");
    t[0x78] = plain("fabrication_number");
    t[0x79] = plain("enhanced_identification");
    t[0x7A] = plain("bus_address");
    t[0x7B] = plain("unknown");
    t[0x7C] = plain("plain_text", ValueHint::Number);
    t[0x7D] = plain("unknown");
    t[0x7E] = plain("any_vif");
    t[0x7F] = plain("manufacturer_specific", ValueHint::Manufacturer);
    return t;
}

constexpr Table makeExtensionFb() {
    Table t{};
    for (auto& e : t)
        e = plain("reserved", ValueHint::Number);
    for (int n = 0; n < 2; ++n) {
        t[0x00 + n] = info("energy", Unit::Wh, n + 5);                              // 10^(n-1) MWh
        t[0x02 + n] = info("reactive_energy", Unit::VoltAmpereReactiveHour, n + 3); // 10^n kvarh
        t[0x08 + n] = info("energy", Unit::J, n + 8);                               // 10^(n-1) GJ
        t[0x10 + n] = info("volume", Unit::CubicMetre, n + 2);
        t[0x18 + n] = info("mass", Unit::Kilogram, n + 5); // 10^(n+2) t
        t[0x1A + n] = info("relative_humidity", Unit::Percent, n - 1);
        t[0x28 + n] = info("power", Unit::Watt, n + 5);         // 10^(n-1) MW
        t[0x30 + n] = info("power", Unit::JoulePerHour, n + 8); // 10^(n-1) GJ/h
    }
    for (int n = 0; n < 4; ++n) {
        t[0x0C + n] = info("energy", Unit::J, n + 5, 1, ValueHint::Number, Conversion::CalorieToJoule);
        t[0x14 + n] = info("reactive_power", Unit::VoltAmpereReactive, n); // 10^(nn-3) kvar
        t[0x2C + n] = info("frequency", Unit::Hertz, n - 3);
        t[0x34 + n] = info("apparent_power", Unit::VoltAmpere, n); // 10^(nn-3) kVA
        t[0x58 + n] = info("flow_temperature", Unit::Celsius, n - 3, 1, ValueHint::Number,
                           Conversion::FahrenheitToCelsius);
        t[0x5C + n] = info("return_temperature", Unit::Celsius, n - 3, 1, ValueHint::Number,
                           Conversion::FahrenheitToCelsius);
        t[0x60 + n] = info("temperature_difference", Unit::Kelvin, n - 3, 1, ValueHint::Number,
                           Conversion::FahrenheitDiffToKelvin);
        t[0x64 + n] = info("external_temperature", Unit::Celsius, n - 3, 1, ValueHint::Number,
                           Conversion::FahrenheitToCelsius);
        t[0x70 + n] = info("temperature_limit", Unit::Celsius, n - 3, 1, ValueHint::Number,
                           Conversion::FahrenheitToCelsius);
        t[0x74 + n] = info("temperature_limit", Unit::Celsius, n - 3);
    }
    t[0x20] = info("volume", Unit::CubicMetre, 0, 1, ValueHint::Number, Conversion::CubicFootToCubicMetre);
    t[0x21] = info("volume", Unit::CubicMetre, -1, 1, ValueHint::Number, Conversion::CubicFootToCubicMetre);
    t[0x22] = info("volume", Unit::CubicMetre, -1, 1, ValueHint::Number, Conversion::UsGallonToCubicMetre);
    t[0x23] = info("volume", Unit::CubicMetre, 0, 1, ValueHint::Number, Conversion::UsGallonToCubicMetre);
    t[0x2A] = info("phase_u_u", Unit::Degree, -1);
    t[0x2B] = info("phase_u_i", Unit::Degree, -1);
    for (int n = 0; n < 8; ++n)
        t[0x78 + n] = info("cumulation_count_max_power", Unit::Watt, n - 3);
    return t;
}

constexpr Table makeExtensionFd() {
    Table t{};
    for (auto& e : t)
        e = plain("reserved", ValueHint::Number);
    for (int n = 0; n < 4; ++n) {
        t[0x00 + n] = info("credit", Unit::Currency, n - 3);
        t[0x04 + n] = info("debit", Unit::Currency, n - 3);
        t[0x24 + n] = duration("storage_interval", n);
        t[0x2C + n] = duration("duration_since_readout", n);
        t[0x34 + n] = duration("period_of_tariff", n);
        t[0x68 + n] = longDuration("duration_since_cumulation", n);
        t[0x6C + n] = longDuration("battery_operating_time", n);
    }
    t[0x08] = plain("access_number");
    t[0x09] = plain("medium");
    t[0x0A] = plain("manufacturer");
    t[0x0B] = plain("parameter_set_id");
    t[0x0C] = plain("model_version");
    t[0x0D] = plain("hardware_version");
    t[0x0E] = plain("firmware_version");
    t[0x0F] = plain("software_version");
    t[0x10] = plain("customer_location", ValueHint::Text);
    t[0x11] = plain("customer", ValueHint::Text);
    t[0x12] = plain("access_code"); // user
    t[0x13] = plain("access_code_operator");
    t[0x14] = plain("access_code_system_operator");
    t[0x15] = plain("access_code_developer");
    t[0x16] = plain("password");
    t[0x17] = plain("error_flags");
    t[0x18] = plain("error_mask");
    t[0x19] = plain("security_key");
    t[0x1A] = plain("digital_output");
    t[0x1B] = plain("digital_input");
    t[0x1C] = info("baud_rate", Unit::Baud, 0, 1, ValueHint::Unsigned);
    t[0x1D] = info("response_delay_time", Unit::BitTimes, 0, 1, ValueHint::Unsigned);
    t[0x1E] = plain("retry");
    t[0x1F] = plain("remote_control");
    t[0x20] = plain("first_storage_number");
    t[0x21] = plain("last_storage_number");
    t[0x22] = plain("storage_block_size");
    t[0x23] = plain("tariff_descriptor");
    t[0x28] = info("storage_interval", Unit::Month, 0);
    t[0x29] = info("storage_interval", Unit::Year, 0);
    t[0x2A] = plain("operator_specific", ValueHint::Manufacturer);
    t[0x2B] = info("time_point_second", Unit::Second, 0);
    t[0x30] = timePoint("tariff_start");
    t[0x38] = info("period_of_tariff", Unit::Month, 0);
    t[0x39] = info("period_of_tariff", Unit::Year, 0);
    t[0x3A] = info("dimensionless", Unit::None, 0);
    t[0x3B] = plain("register_number");
    for (int n = 0; n < 16; ++n) {
        t[0x40 + n] = info("volts", Unit::Volt, n - 9);
        t[0x50 + n] = info("amperes", Unit::Ampere, n - 12);
    }
    // 0x31..0x33 overlap "duration of tariff" (minutes .. days) with the 0x30 start date.
    t[0x31] = duration("duration_of_tariff", 1);
    t[0x32] = duration("duration_of_tariff", 2);
    t[0x33] = duration("duration_of_tariff", 3);
    t[0x60] = plain("reset_counter");
    t[0x61] = plain("cumulation_counter");
    t[0x62] = plain("control_signal");
    t[0x63] = plain("day_of_week");
    t[0x64] = plain("week_number");
    t[0x65] = timePoint("time_point_of_day_change");
    t[0x66] = plain("parameter_activation_state");
    t[0x67] = plain("special_supplier_information");
    t[0x70] = timePoint("battery_change_date_time");
    t[0x71] = info("rf_level", Unit::Dbm, 0);
    t[0x72] = plain("daylight_saving", ValueHint::Manufacturer);
    t[0x73] = plain("listening_window", ValueHint::Manufacturer);
    t[0x74] = info("remaining_battery_life", Unit::Second, 0, 86400);
    t[0x75] = plain("meter_stop_count");
    t[0x76] = plain("manufacturer_data_container", ValueHint::Manufacturer);
    return t;
}

constexpr Table kPrimary = makePrimary();
constexpr Table kExtensionFb = makeExtensionFb();
constexpr Table kExtensionFd = makeExtensionFd();

constexpr std::string_view kRecordErrors[32] = {
    "error_none",
    "error_too_many_difes",
    "error_storage_not_implemented",
    "error_unit_not_implemented",
    "error_tariff_not_implemented",
    "error_function_not_implemented",
    "error_data_class_not_implemented",
    "error_data_size_not_implemented",
    "error_reserved",
    "error_reserved",
    "error_reserved",
    "error_too_many_vifes",
    "error_illegal_vif_group",
    "error_illegal_vif_exponent",
    "error_vif_dif_mismatch",
    "error_unimplemented_action",
    "error_reserved",
    "error_reserved",
    "error_reserved",
    "error_reserved",
    "error_reserved",
    "error_no_data",
    "error_data_overflow",
    "error_data_underflow",
    "error_data",
    "error_reserved",
    "error_reserved",
    "error_reserved",
    "error_premature_end_of_record",
    "error_reserved",
    "error_reserved",
    "error_reserved",
};

constexpr std::string_view kPer[16] = {
    "per_second",
    "per_minute",
    "per_hour",
    "per_day",
    "per_week",
    "per_month",
    "per_year",
    "per_revolution",
    "per_input_pulse_0",
    "per_input_pulse_1",
    "per_output_pulse_0",
    "per_output_pulse_1",
    "per_litre",
    "per_m3",
    "per_kg",
    "per_kelvin",
};

constexpr std::string_view kPer2[16] = {
    "per_kwh",
    "per_gj",
    "per_kw",
    "per_kelvin_litre",
    "per_volt",
    "per_ampere",
    "times_second",
    "times_second_per_volt",
    "times_second_per_ampere",
    "start_date_time_of",
    "uncorrected_unit",
    "accumulation_if_positive",
    "accumulation_abs_if_negative",
    "non_metric_unit",
    "base_conditions",
    "obis_declaration",
};

} // namespace

const VifInfo& primaryVif(std::uint8_t code) {
    return kPrimary[code & 0x7F];
}
const VifInfo& extensionFbVif(std::uint8_t code) {
    return kExtensionFb[code & 0x7F];
}
const VifInfo& extensionFdVif(std::uint8_t code) {
    return kExtensionFd[code & 0x7F];
}

CombinableVife combinableVife(std::uint8_t code) {
    code &= 0x7F;
    CombinableVife v;
    if (code < 0x20) {
        v.name = kRecordErrors[code];
        v.recordError = code != 0;
        return v;
    }
    if (code < 0x30) {
        v.name = kPer[code - 0x20];
        return v;
    }
    if (code < 0x40) {
        v.name = kPer2[code - 0x30];
        v.timePoint = code == 0x39;
        return v;
    }
    if (code < 0x50) {
        // E100 uf1b: date of begin/end of first/last limit exceed; else limit value / count.
        const bool upper = code & 0x08;
        if (code & 0x02) {
            static constexpr std::string_view names[8] = {
                "date_begin_first_lower_limit_exceed", "date_end_first_lower_limit_exceed",
                "date_begin_last_lower_limit_exceed",  "date_end_last_lower_limit_exceed",
                "date_begin_first_upper_limit_exceed", "date_end_first_upper_limit_exceed",
                "date_begin_last_upper_limit_exceed",  "date_end_last_upper_limit_exceed"};
            v.name = names[(upper ? 4 : 0) + ((code >> 1) & 2) + (code & 1)];
            v.timePoint = true;
        } else if ((code & 0x07) == 0) {
            v.name = upper ? "upper_limit" : "lower_limit";
        } else if ((code & 0x07) == 1) {
            v.name = upper ? "upper_limit_exceed_count" : "lower_limit_exceed_count";
        } else {
            v.name = "reserved";
        }
        return v;
    }
    if (code < 0x60) {
        // E101 ufnn: duration of limit exceed, u upper/lower, f first/last, nn its time unit.
        static constexpr std::string_view names[4] = {
            "duration_first_lower_limit_exceed", "duration_last_lower_limit_exceed",
            "duration_first_upper_limit_exceed", "duration_last_upper_limit_exceed"};
        v.name = names[((code >> 2) & 2) + ((code >> 2) & 1)];
        v.durationFactor = kDurationSeconds[code & 3];
        return v;
    }
    if (code < 0x68) {
        // E110 0fnn: duration of the condition, first or last.
        v.name = (code & 0x04) ? "duration_last" : "duration_first";
        v.durationFactor = kDurationSeconds[code & 3];
        return v;
    }
    if (code < 0x70) {
        switch (code) {
        case 0x68:
            v.name = "value_during_lower_limit_exceed";
            break;
        case 0x69:
            v.name = "leakage_values";
            break;
        case 0x6C:
            v.name = "value_during_upper_limit_exceed";
            break;
        case 0x6D:
            v.name = "overflow_values";
            break;
        default: {
            static constexpr std::string_view names[4] = {"date_begin_first", "date_end_first",
                                                          "date_begin_last", "date_end_last"};
            v.name = names[((code >> 1) & 2) + (code & 1)];
            v.timePoint = true;
        }
        }
        return v;
    }
    if (code < 0x78) {
        v.name = "multiplicative_correction";
        v.exp10 = static_cast<std::int8_t>((code & 0x07) - 6);
        return v;
    }
    if (code < 0x7C) {
        v.name = "additive_correction";
        v.exp10 = static_cast<std::int8_t>((code & 0x03) - 3);
        return v;
    }
    switch (code) {
    case 0x7C:
        v.name = "extension_fc";
        break;
    case 0x7D:
        v.name = "multiplicative_correction";
        v.exp10 = 3;
        break;
    case 0x7E:
        v.name = "future_value";
        break;
    default:
        v.name = "manufacturer_specific";
        v.manufacturerRest = true;
    }
    return v;
}

std::string_view unitSymbol(Unit unit) {
    switch (unit) {
    case Unit::None:
        return "";
    case Unit::Wh:
        return "Wh";
    case Unit::J:
        return "J";
    case Unit::CubicMetre:
        return "m3";
    case Unit::Kilogram:
        return "kg";
    case Unit::Watt:
        return "W";
    case Unit::JoulePerHour:
        return "J/h";
    case Unit::CubicMetrePerHour:
        return "m3/h";
    case Unit::KilogramPerHour:
        return "kg/h";
    case Unit::Celsius:
        return "°C";
    case Unit::Kelvin:
        return "K";
    case Unit::Bar:
        return "bar";
    case Unit::Second:
        return "s";
    case Unit::Month:
        return "month";
    case Unit::Year:
        return "year";
    case Unit::Volt:
        return "V";
    case Unit::Ampere:
        return "A";
    case Unit::Percent:
        return "%";
    case Unit::Hertz:
        return "Hz";
    case Unit::Dbm:
        return "dBm";
    case Unit::Currency:
        return "currency";
    case Unit::VoltAmpereReactiveHour:
        return "varh";
    case Unit::VoltAmpereReactive:
        return "var";
    case Unit::VoltAmpere:
        return "VA";
    case Unit::Degree:
        return "°";
    case Unit::Baud:
        return "Bd";
    case Unit::BitTimes:
        return "bit_times";
    }
    return "";
}

} // namespace heatdesk::mbus
