// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/VifTable.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace heatdesk::mbus {

// DIF function field.
enum class RecordFunction : std::uint8_t { Instantaneous, Maximum, Minimum, Error };
std::string_view functionName(RecordFunction f);

// Calendar value of the EN 13757-3 date/time types (G, J, F, I). Fields the type lacks are 0.
struct TimePoint {
    std::uint16_t year = 0;
    std::uint8_t month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasDate = false;
    bool hasTime = false;
    bool hasSeconds = false;
    bool summerTime = false;
    bool invalid = false; // the type's IV bit is set, or a field is out of range
};

// What kind of value a record carries after decoding.
enum class ValueKind : std::uint8_t {
    None,   // DIF "no data" or selection for readout
    Exact,  // mantissa * 10^exp10: integers and BCD, exact whatever their size
    Real,   // binary float, or a value that needed a non-decimal conversion
    Time,   // TimePoint
    Text,   // ASCII: `bytes` in wire order, printed reversed (reading order)
    Bytes,  // opaque: `bytes` printed as hex in wire order
    BadBcd, // BCD with hex digits A..E (a meter's error display): `bytes` kept, no number
};

// One data record (DIB + VIB + data). Plain data: spans point into the frame buffer the telegram
// was decoded from, so decoding a record allocates nothing.
struct DataRecord {
    std::span<const std::uint8_t> raw;  // DIF through the last data byte
    std::span<const std::uint8_t> data; // the data field (after an LVAR byte, if any)
    std::uint8_t dif = 0;
    std::uint8_t vif = 0;  // the VIF byte as on the wire
    std::uint8_t lvar = 0; // LVAR byte of variable-length data
    std::uint8_t vifeCount = 0;
    std::array<std::uint8_t, 10> vife{};      // every VIFE as on the wire (extension code first for FB/FD)
    std::uint8_t combinableFrom = 0;          // index in `vife` of the first combinable VIFE
    std::uint8_t manufacturerVifeFrom = 0xFF; // index after a 7F VIFE: the rest is manufacturer's
    std::uint8_t telegram = 0;                // 1-based telegram number in a multi-telegram read-out
    RecordFunction function = RecordFunction::Instantaneous;
    std::uint64_t storage = 0;
    std::uint32_t tariff = 0;
    std::uint16_t subunit = 0;
    bool recordError = false; // a combinable VIFE reports an error for this record

    std::string_view quantity;
    Unit unit = Unit::None;
    std::span<const std::uint8_t> plainTextUnit; // VIF 7C/FC: the unit text, wire order

    ValueKind kind = ValueKind::None;
    std::int64_t mantissa = 0;
    std::int64_t rawInteger = 0; // the integer or BCD number as sent, before any scaling
    bool hasRawInteger = false;
    std::int8_t exp10 = 0;
    double real = 0.0;
    TimePoint time;
    std::span<const std::uint8_t> bytes;

    // The value as a double in the canonical unit (0 for kinds that are not numbers).
    double number() const;
    // True when the record has at least one combinable VIFE that changes its meaning.
    bool hasCombinableVife() const { return combinableFrom < vifeCount; }
};

} // namespace heatdesk::mbus
