// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace heatdesk::mbus {

// The DIF's data field (low nibble), EN 13757-3 table "coding of the data field".
namespace coding {
constexpr std::uint8_t NoData = 0x0;
constexpr std::uint8_t Real32 = 0x5;
constexpr std::uint8_t Selection = 0x8; // selection for readout: no data
constexpr std::uint8_t Variable = 0xD;  // LVAR byte tells kind and length
constexpr std::uint8_t Special = 0xF;
} // namespace coding

constexpr bool isBcdCoding(std::uint8_t field) {
    return field >= 0x9 && field <= 0xE && field != 0xD;
}

// Data length in bytes of a fixed-length coding (0 for no data, variable and special).
constexpr std::uint8_t fixedDataLength(std::uint8_t field) {
    constexpr std::uint8_t lengths[16] = {0, 1, 2, 3, 4, 4, 6, 8, 0, 1, 2, 3, 4, 0, 6, 0};
    return lengths[field & 0x0F];
}

// Kinds of variable-length data by LVAR (EN 13757-3 §6.3.3).
enum class LvarKind : std::uint8_t { Text, PositiveBcd, NegativeBcd, Binary, Reserved };
struct Lvar {
    LvarKind kind;
    std::uint8_t length; // data bytes after the LVAR byte
};
Lvar classifyLvar(std::uint8_t lvar);

// Little-endian integer of 1..8 bytes. Signed (two's complement, EN 13757-3 type B) or not.
std::int64_t readSigned(std::span<const std::uint8_t> bytes);
std::uint64_t readUnsigned(std::span<const std::uint8_t> bytes);

// BCD (type A), least significant byte first. A most significant nibble F marks a negative
// number. Returns false when any other digit is A..F (meters show errors that way).
bool readBcd(std::span<const std::uint8_t> bytes, std::int64_t& value);

// IEEE 754 single precision, little-endian (type H).
float readReal32(std::span<const std::uint8_t> bytes);

} // namespace heatdesk::mbus
