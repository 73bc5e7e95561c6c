// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/DataField.h"

#include <bit>
#include <cstring>

namespace heatdesk::mbus {

Lvar classifyLvar(std::uint8_t lvar) {
    if (lvar <= 0xBF)
        return {LvarKind::Text, lvar};
    if (lvar >= 0xC0 && lvar <= 0xC9)
        return {LvarKind::PositiveBcd, static_cast<std::uint8_t>(lvar - 0xC0)};
    if (lvar >= 0xD0 && lvar <= 0xD9)
        return {LvarKind::NegativeBcd, static_cast<std::uint8_t>(lvar - 0xD0)};
    if (lvar >= 0xE0 && lvar <= 0xEF)
        return {LvarKind::Binary, static_cast<std::uint8_t>(lvar - 0xE0)};
    return {LvarKind::Reserved, 0};
}

std::uint64_t readUnsigned(std::span<const std::uint8_t> bytes) {
    std::uint64_t v = 0;
    const std::size_t n = bytes.size() < 8 ? bytes.size() : 8;
    for (std::size_t i = n; i-- > 0;)
        v = (v << 8) | bytes[i];
    return v;
}

std::int64_t readSigned(std::span<const std::uint8_t> bytes) {
    const std::size_t n = bytes.size() < 8 ? bytes.size() : 8;
    if (n == 0)
        return 0;
    std::uint64_t v = readUnsigned(bytes);
    if (n < 8 && (bytes[n - 1] & 0x80))
        v |= ~std::uint64_t{0} << (8 * n); // sign-extend
    return static_cast<std::int64_t>(v);
}

bool readBcd(std::span<const std::uint8_t> bytes, std::int64_t& value) {
    std::int64_t v = 0;
    bool negative = false;
    for (std::size_t i = bytes.size(); i-- > 0;) {
        const std::uint8_t hi = bytes[i] >> 4;
        const std::uint8_t lo = bytes[i] & 0x0F;
        if (i == bytes.size() - 1 && hi == 0xF)
            negative = true;
        else if (hi > 9)
            return false;
        if (lo > 9)
            return false;
        v = v * 100 + (negative && i == bytes.size() - 1 ? 0 : hi * 10) + lo;
    }
    value = negative ? -v : v;
    return true;
}

float readReal32(std::span<const std::uint8_t> bytes) {
    const auto bits = static_cast<std::uint32_t>(readUnsigned(bytes.first(4)));
    return std::bit_cast<float>(bits);
}

} // namespace heatdesk::mbus
