// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/FixedData.h"

#include "mbus/DataField.h"
#include "mbus/Telegram.h"

#include <algorithm>
#include <array>

namespace heatdesk::mbus {
namespace {

struct FixedUnit {
    std::string_view quantity;
    Unit unit;
    int exp10;
};

// Unit field of the fixed structure (6 bits): decades of Wh, J, W, J/h, m³, m³/h, each running
// 1, 10, 100, then the next prefix.
FixedUnit fixedUnit(std::uint8_t u) {
    auto decade = [](std::uint8_t first, std::uint8_t code, int exp0) { return exp0 + (code - first); };
    if (u >= 0x02 && u <= 0x0A)
        return {"energy", Unit::Wh, decade(0x02, u, 0)};
    if (u >= 0x0B && u <= 0x13)
        return {"energy", Unit::J, decade(0x0B, u, 3)};
    if (u >= 0x14 && u <= 0x1C)
        return {"power", Unit::Watt, decade(0x14, u, 0)};
    if (u >= 0x1D && u <= 0x25)
        return {"power", Unit::JoulePerHour, decade(0x1D, u, 3)};
    if (u >= 0x26 && u <= 0x2E)
        return {"volume", Unit::CubicMetre, decade(0x26, u, -6)};
    if (u >= 0x2F && u <= 0x37)
        return {"volume_flow", Unit::CubicMetrePerHour, decade(0x2F, u, -6)};
    switch (u) {
    case 0x38:
        return {"temperature", Unit::Celsius, -3};
    case 0x39:
        return {"hca_units", Unit::None, 0};
    case 0x3F:
        return {"dimensionless", Unit::None, 0};
    default:
        return {"unknown", Unit::None, 0};
    }
}

// The fixed structure's 4-bit medium mapped onto the variable structure's medium codes.
std::uint8_t fixedMedium(unsigned m) {
    constexpr std::uint8_t map[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                      0x08, 0x0F, 0x03, 0x04, 0x06, 0x07, 0x08, 0x0F};
    return map[m & 0x0F];
}

} // namespace

std::optional<DecodeError> decodeFixedData(std::span<const std::uint8_t> d, std::size_t base, bool msbFirst,
                                           Telegram& out) {
    if (d.size() < 16)
        return DecodeError{ErrorCode::TruncatedHeader, base + d.size(), "fixed data structure needs 16 bytes",
                           -1};
    auto ordered = [msbFirst](std::span<const std::uint8_t> field) {
        std::array<std::uint8_t, 4> b{};
        std::copy(field.begin(), field.end(), b.begin());
        if (msbFirst)
            std::reverse(b.begin(), b.end());
        return b;
    };
    out.fixedStructure = true;
    TelegramHeader& h = out.header;
    h.kind = HeaderKind::Fixed;
    h.idBcd = static_cast<std::uint32_t>(readUnsigned(ordered(d.first(4))));
    h.access = d[4];
    h.status = d[5];
    const std::uint8_t unit1 = d[6];
    const std::uint8_t unit2 = d[7];
    h.medium = fixedMedium(((unit1 & 0xC0) >> 6) | ((unit2 & 0xC0) >> 4));

    // Status bit 7: counters binary (else BCD); bit 6: stored at a fixed date (else actual).
    const bool binary = h.status & 0x80;
    const bool stored = h.status & 0x40;
    const FixedUnit first = fixedUnit(unit1 & 0x3F);
    for (int n = 0; n < 2; ++n) {
        const auto field = d.subspan(8 + 4 * n, 4);
        FixedUnit fu = n == 0 ? first : fixedUnit(unit2 & 0x3F);
        if (n == 1 && (unit2 & 0x3F) == 0x3E) // "same unit as counter 1, historic value"
            fu = first;
        DataRecord& r = out.records.emplace_back();
        r.telegram = static_cast<std::uint8_t>(out.telegramCount);
        r.raw = field;
        r.data = field;
        r.storage = (stored || (n == 1 && (unit2 & 0x3F) == 0x3E)) ? 1 : 0;
        r.quantity = fu.quantity;
        r.unit = fu.unit;
        const auto bytes = ordered(field);
        std::int64_t v = 0;
        if (binary) {
            v = readSigned(bytes);
        } else if (!readBcd(bytes, v)) {
            r.kind = ValueKind::BadBcd;
            r.bytes = field;
            continue;
        }
        r.kind = ValueKind::Exact;
        r.mantissa = v;
        r.rawInteger = v;
        r.hasRawInteger = true;
        r.exp10 = static_cast<std::int8_t>(fu.exp10);
    }
    return std::nullopt;
}

} // namespace heatdesk::mbus
