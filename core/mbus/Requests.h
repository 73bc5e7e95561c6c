// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heatdesk::mbus {

// Addresses with a meaning of their own (EN 13757-2). Meters take 0..250; 0 is the factory
// default.
constexpr std::uint8_t kMaxPrimaryAddress = 250;
constexpr std::uint8_t kNetworkLayerAddress = 0xFD; // the meter selected by secondary address
constexpr std::uint8_t kBroadcastWithReply = 0xFE;  // every meter answers: collisions if several
constexpr std::uint8_t kBroadcastNoReply = 0xFF;

// CI fields a master sends (the ones meters send are in Telegram.h).
namespace ci {
constexpr std::uint8_t ApplicationReset = 0x50;
constexpr std::uint8_t DataSend = 0x51;
constexpr std::uint8_t SelectSlave = 0x52;
constexpr std::uint8_t SetBaudRate300 = 0xB8; // B8..BF: 300, 600, ... 38400 baud
} // namespace ci

// The secondary (network-layer) address of a meter as a selection sends it. Every field can be
// a wildcard so that a search can select groups of meters.
struct SecondaryAddress {
    // Identification number: 8 BCD digits, wire order (the last two printed digits first).
    // A nibble F matches any digit.
    std::array<std::uint8_t, 4> id{0xFF, 0xFF, 0xFF, 0xFF};
    std::uint16_t manufacturer = 0xFFFF; // FLAG code as a number (KAM = 0x2C2D); FFFF matches any
    std::uint8_t version = 0xFF;         // FF matches any
    std::uint8_t medium = 0xFF;          // FF matches any

    // Reads the printed forms:
    // - "12345678": id only (manufacturer, version and medium match any);
    // - "IIIIIIIIMMMMVVMM": 16 hex digits. The id is printed as on the meter; manufacturer,
    //   version and medium are the bytes in wire order, as libmbus prints and reads them
    //   (Kamstrup, KAM = 0x2C2D, appears as "2D2C").
    // Id digits are 0-9 or F (any case) as a wildcard; the other fields take any hex digit.
    // Returns nothing for any other text (no spaces, no prefixes).
    [[nodiscard]] static std::optional<SecondaryAddress> fromText(std::string_view text);
    // The 16-digit form, upper case, that fromText reads back.
    [[nodiscard]] std::string toText() const;
    // The 8 data bytes of a selection: id, manufacturer (low byte first), version, medium.
    [[nodiscard]] std::array<std::uint8_t, 8> toBytes() const;
    [[nodiscard]] bool hasWildcard() const;

    friend bool operator==(const SecondaryAddress&, const SecondaryAddress&) = default;
};

// Complete request frames (start, checksum and stop included), ready to write to the line.
// Builders that can refuse their input return std::optional; the others cannot fail.
// `fcb` is the frame count bit the master alternates per meter so that a meter can tell a
// repeated request from a new one (FCV is always set in the C fields used here).

// SND_NKE: resets the meter's link layer (and its FCB expectation). The meter answers E5.
[[nodiscard]] std::vector<std::uint8_t> sndNke(std::uint8_t address);
// REQ_UD2: asks for class 2 (meter) data. The meter answers RSP_UD.
[[nodiscard]] std::vector<std::uint8_t> reqUd2(std::uint8_t address, bool fcb);
// REQ_UD1: asks for class 1 (alarm) data.
[[nodiscard]] std::vector<std::uint8_t> reqUd1(std::uint8_t address, bool fcb);

// SND_UD with any CI and user data; nothing when the data do not fit one frame (252 bytes).
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
sndUd(std::uint8_t address, std::uint8_t ciField, std::span<const std::uint8_t> data, bool fcb = false);
// Selects the meter(s) matching `secondary` (SND_UD to address FD, CI 52). The selected meter
// then answers at address FD; the others deselect themselves.
[[nodiscard]] std::vector<std::uint8_t> selectSecondary(const SecondaryAddress& secondary, bool fcb = false);
// Application reset (CI 50), optionally with the one-byte subcode that says what to reset.
[[nodiscard]] std::vector<std::uint8_t>
applicationReset(std::uint8_t address, std::optional<std::uint8_t> subcode = std::nullopt, bool fcb = false);
// Switches the meter's baud rate (CI B8..BF). Nothing for a rate other than 300, 600, 1200, 2400,
// 4800, 9600, 19200 or 38400.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> setBaudRate(std::uint8_t address, std::uint32_t baud,
                                                                   bool fcb = false);
// Writes a new primary address (CI 51, record DIF 01 VIF 7A). Nothing for a new address above
// 250: 251..255 are reserved, secondary addressing or broadcasts, and a meter set to one of them
// could no longer be read by its primary address.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress, bool fcb = false);

} // namespace heatdesk::mbus
