// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DecodeError.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heatdesk::cjt188 {

using mbus::DecodeError;
using mbus::ErrorCode;

template <typename T>
using Result = std::variant<T, DecodeError>;

// CJ/T 188 link layer: [FE...] 68 T A0..A6 C L DATA CS 16 (shared/docs/cjt188.md §1).
constexpr std::uint8_t kPreamble = 0xFE;
constexpr std::uint8_t kStart = 0x68;
constexpr std::uint8_t kStop = 0x16;
constexpr std::size_t kHeaderSize = 11;    // 68 T A0..A6 C L
constexpr std::size_t kFrameOverhead = 13; // header + CS + 16
constexpr std::size_t kMaxDataLength =
    255; // L is one byte; the 100/50 limits of some sources are not enforced
constexpr std::size_t kMaxFrameSize = kFrameOverhead + kMaxDataLength;

// Meter type T. Each type is a family (10..19 water, 20..29 heat, ...): real heat meters answer
// with 25H to a request sent with 20H, so decoding looks at the family, never at an exact echo.
namespace meter_type {
constexpr std::uint8_t ColdWater = 0x10;
constexpr std::uint8_t HotWater = 0x11;
constexpr std::uint8_t DrinkingWater = 0x12;
constexpr std::uint8_t ReclaimedWater = 0x13;
constexpr std::uint8_t Heat = 0x20;
constexpr std::uint8_t Cooling = 0x21;
constexpr std::uint8_t HeatCooling = 0x22; // 2018 only, uncertain
constexpr std::uint8_t Gas = 0x30;
constexpr std::uint8_t Electricity = 0x40;
constexpr std::uint8_t Wildcard = 0xAA; // with the broadcast address in read-address
} // namespace meter_type

enum class MeterFamily : std::uint8_t { Water, Heat, Gas, Electricity, Wildcard, Other };
MeterFamily meterFamily(std::uint8_t type);
std::string_view meterFamilyName(MeterFamily family);
// snake_case medium for the CLI header: cold_water, warm_water, heat, cooling, gas, ...
std::string_view mediumName(std::uint8_t type);

// Seven BCD bytes in wire order (A0 first). People read them A6..A0: 14 digits, the last five
// bytes the serial number and A6A5 the manufacturer code in the common layout.
struct Address {
    std::array<std::uint8_t, 7> wire{};

    // "20250012345678" (display order). Non-BCD nibbles print as hex (AA for the wildcard).
    [[nodiscard]] std::string toText() const;
    // Reads 14 hex digits in display order (digits 0-9, and A..F for wildcards such as AA).
    [[nodiscard]] static std::optional<Address> fromText(std::string_view text);
    [[nodiscard]] static Address broadcast();
    [[nodiscard]] bool isBroadcast() const;
    // A6A5, the manufacturer code of the common layout, as four display digits' value (BCD kept).
    [[nodiscard]] std::uint16_t manufacturerCode() const { return std::uint16_t(wire[6] << 8 | wire[5]); }
    friend bool operator==(const Address&, const Address&) = default;
};

// Control code C: D7 direction (1 = meter to master), D6 abnormal reply, D5..D0 function.
// 2004 meter firmware treats all six low bits as the function; one 2018 reading makes D5 a
// follow-up-frame flag. No standard function sets D5, so the function keeps six bits and D5 is
// exposed on its own for whoever needs the other reading.
struct Control {
    std::uint8_t raw = 0;
    [[nodiscard]] bool isResponse() const { return raw & 0x80; }
    [[nodiscard]] bool isAbnormal() const { return raw & 0x40; }
    [[nodiscard]] bool followUp() const { return raw & 0x20; }
    [[nodiscard]] std::uint8_t function() const { return raw & 0x3F; }
};

namespace function {
constexpr std::uint8_t ReadData = 0x01;
constexpr std::uint8_t ReadAddress = 0x03;
constexpr std::uint8_t WriteData = 0x04;
constexpr std::uint8_t ReadKeyVersion = 0x09;
constexpr std::uint8_t WriteAddress = 0x15;
constexpr std::uint8_t WriteSync = 0x16;
} // namespace function
std::string_view functionName(std::uint8_t function);

// A parsed frame. `data` points into the buffer given to parseFrame.
struct Frame {
    std::size_t preamble = 0; // FE bytes before 68
    std::uint8_t meterType = 0;
    Address address;
    Control control;
    std::uint8_t length = 0; // L
    std::span<const std::uint8_t> data;
    std::uint8_t checksum = 0;
    std::size_t offset = 0; // where 68 is in the buffer (== preamble)
    std::size_t size = 0;   // bytes from the first FE to 16 inclusive
};

// Parses one frame at the start of `bytes` (after any number of FE). Bytes after the 16 are not an
// error here: Frame::size says where the frame ended. Errors, checked in this order:
// no_start (no 68), bad_start (something else before 68), truncated, length_mismatch (the received
// bytes end with 16 before L says), bad_stop, checksum; and not_cjt188 when the bytes fail as
// CJ/T 188 but validate as an EN 13757-2 long/control frame or a DL/T 645 frame.
Result<Frame> parseFrame(std::span<const std::uint8_t> bytes);

// Sum of the bytes mod 256 (the caller passes 68 .. last data byte).
std::uint8_t checksum(std::span<const std::uint8_t> bytes);

struct FrameFields {
    std::size_t preamble = 0;
    std::uint8_t meterType = meter_type::Heat;
    Address address;
    std::uint8_t control = 0;
};
// A complete frame with checksum and stop. Nothing when data is longer than 255 bytes.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> buildFrame(const FrameFields& fields,
                                                                  std::span<const std::uint8_t> data);

} // namespace heatdesk::cjt188
