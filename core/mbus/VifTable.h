// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace heatdesk::mbus {

// Canonical units: every value is scaled once, at decode time, into one of these
// (shared/docs/cli.md lists them). Months and years stay calendar units: they have no fixed length.
enum class Unit : std::uint8_t {
    None,
    Wh,
    J,
    CubicMetre,
    Kilogram,
    Watt,
    JoulePerHour,
    CubicMetrePerHour,
    KilogramPerHour,
    Celsius,
    Kelvin,
    Bar,
    Second,
    Month,
    Year,
    Volt,
    Ampere,
    Percent,
    Hertz,
    Dbm,
    Currency,
    VoltAmpereReactiveHour,
    VoltAmpereReactive,
    VoltAmpere,
    Degree,
    Baud,
    BitTimes,
};

std::string_view unitSymbol(Unit unit);

// How the record's data is to be read, beyond the DIF's own coding.
enum class ValueHint : std::uint8_t {
    Number,       // signed integer, BCD or real, scaled
    Unsigned,     // identifiers, versions, flags, counters: binary integers read unsigned
    TimePoint,    // date/time types G, J, F, I, M chosen by the data length
    Manufacturer, // opaque bytes: printed as hex in wire order
    Text,         // plain text expected (still printed as number if the DIF says integer)
};

// Conversions that are not a power of ten. Values that need one lose exactness (become reals).
enum class Conversion : std::uint8_t {
    None,
    FahrenheitToCelsius,    // absolute temperature
    FahrenheitDiffToKelvin, // temperature difference
    CalorieToJoule,         // MCal energy
    CubicFootToCubicMetre,
    UsGallonToCubicMetre,
};

// What a VIF (or an extension-table code) means and how its raw value is scaled:
// value = raw * factor * 10^exp10, then `conversion`.
struct VifInfo {
    std::string_view quantity = "unknown";
    Unit unit = Unit::None;
    std::int8_t exp10 = 0;
    std::uint32_t factor = 1;
    ValueHint hint = ValueHint::Number;
    Conversion conversion = Conversion::None;
};

// VIF code tables of EN 13757-3. `code` is the 7-bit code without the extension bit.
const VifInfo& primaryVif(std::uint8_t code);
const VifInfo& extensionFbVif(std::uint8_t code); // after VIF FB
const VifInfo& extensionFdVif(std::uint8_t code); // after VIF FD

// Special primary VIF codes (7 bits).
namespace vif {
constexpr std::uint8_t ExtensionFb = 0x7B;
constexpr std::uint8_t PlainText = 0x7C;
constexpr std::uint8_t ExtensionFd = 0x7D;
constexpr std::uint8_t AnyVif = 0x7E;
constexpr std::uint8_t ManufacturerSpecific = 0x7F;
} // namespace vif

// Combinable (orthogonal) VIFE, EN 13757-3 table "combinable VIFE codes".
// Effects a decoder applies to the value; everything else is a meaning reported by name.
struct CombinableVife {
    std::string_view name;
    std::int8_t exp10 = 0;            // multiplicative/additive correction: the value's scale changes
    bool timePoint = false;           // "date (/time) of ...": the data is a date, not a number
    bool recordError = false;         // E00x xxxx: the meter flags an error for this record
    bool manufacturerRest = false;    // 7F: the following VIFE and the data are manufacturer specific
    std::uint32_t durationFactor = 0; // "duration of ...": the value becomes seconds (x factor)
};
CombinableVife combinableVife(std::uint8_t code);

} // namespace heatdesk::mbus
