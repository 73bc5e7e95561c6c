// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/Requests.h"

#include "mbus/Frame.h"

#include <algorithm>

namespace heatdesk::mbus {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

std::optional<std::uint8_t> hexNibble(char c) {
    if (c >= '0' && c <= '9')
        return static_cast<std::uint8_t>(c - '0');
    if (c >= 'A' && c <= 'F')
        return static_cast<std::uint8_t>(c - 'A' + 10);
    if (c >= 'a' && c <= 'f')
        return static_cast<std::uint8_t>(c - 'a' + 10);
    return std::nullopt;
}

// Two hex digits as one byte, the first digit high.
std::optional<std::uint8_t> hexByte(std::string_view two) {
    const auto hi = hexNibble(two[0]);
    const auto lo = hexNibble(two[1]);
    if (!hi || !lo)
        return std::nullopt;
    return static_cast<std::uint8_t>(*hi << 4 | *lo);
}

// An id digit is BCD: A..E would select no meter at all, so they are refused rather than sent.
std::optional<std::uint8_t> idNibble(char c) {
    const auto n = hexNibble(c);
    if (!n || (*n > 9 && *n != 0xF))
        return std::nullopt;
    return n;
}

std::uint8_t sndUdControl(bool fcb) {
    return static_cast<std::uint8_t>(control::SndUd | (fcb ? control::Fcb : 0));
}

// Only for data whose size is fixed and small here: the frame always fits.
std::vector<std::uint8_t> smallSndUd(std::uint8_t address, std::uint8_t ciField,
                                     std::span<const std::uint8_t> data, bool fcb) {
    return *buildLongFrame(sndUdControl(fcb), address, ciField, data);
}

} // namespace

std::optional<SecondaryAddress> SecondaryAddress::fromText(std::string_view text) {
    if (text.size() != 8 && text.size() != 16)
        return std::nullopt;

    SecondaryAddress result;
    // Printed most significant digit first; on the wire the last digit pair comes first.
    for (std::size_t i = 0; i < 4; ++i) {
        const auto hi = idNibble(text[2 * i]);
        const auto lo = idNibble(text[2 * i + 1]);
        if (!hi || !lo)
            return std::nullopt;
        result.id[3 - i] = static_cast<std::uint8_t>(*hi << 4 | *lo);
    }
    if (text.size() == 8)
        return result;

    const auto manLow = hexByte(text.substr(8, 2));
    const auto manHigh = hexByte(text.substr(10, 2));
    const auto version = hexByte(text.substr(12, 2));
    const auto medium = hexByte(text.substr(14, 2));
    if (!manLow || !manHigh || !version || !medium)
        return std::nullopt;
    result.manufacturer = static_cast<std::uint16_t>(*manHigh << 8 | *manLow);
    result.version = *version;
    result.medium = *medium;
    return result;
}

std::string SecondaryAddress::toText() const {
    std::string text;
    text.reserve(16);
    const auto bytes = toBytes();
    auto put = [&text](std::uint8_t b) {
        text.push_back(kHexDigits[b >> 4]);
        text.push_back(kHexDigits[b & 0xF]);
    };
    for (std::size_t i = 0; i < 4; ++i)
        put(bytes[3 - i]);
    for (std::size_t i = 4; i < 8; ++i)
        put(bytes[i]);
    return text;
}

std::array<std::uint8_t, 8> SecondaryAddress::toBytes() const {
    return {id[0],
            id[1],
            id[2],
            id[3],
            static_cast<std::uint8_t>(manufacturer & 0xFF),
            static_cast<std::uint8_t>(manufacturer >> 8),
            version,
            medium};
}

bool SecondaryAddress::hasWildcard() const {
    const bool idWildcard = std::any_of(
        id.begin(), id.end(), [](std::uint8_t b) { return (b & 0x0F) == 0x0F || (b >> 4) == 0x0F; });
    return idWildcard || manufacturer == 0xFFFF || version == 0xFF || medium == 0xFF;
}

std::vector<std::uint8_t> sndNke(std::uint8_t address) {
    return buildShortFrame(control::SndNke, address);
}

std::vector<std::uint8_t> reqUd2(std::uint8_t address, bool fcb) {
    return buildShortFrame(static_cast<std::uint8_t>(control::ReqUd2 | (fcb ? control::Fcb : 0)), address);
}

std::vector<std::uint8_t> reqUd1(std::uint8_t address, bool fcb) {
    return buildShortFrame(static_cast<std::uint8_t>(control::ReqUd1 | (fcb ? control::Fcb : 0)), address);
}

std::optional<std::vector<std::uint8_t>> sndUd(std::uint8_t address, std::uint8_t ciField,
                                               std::span<const std::uint8_t> data, bool fcb) {
    return buildLongFrame(sndUdControl(fcb), address, ciField, data);
}

std::vector<std::uint8_t> selectSecondary(const SecondaryAddress& secondary, bool fcb) {
    const auto data = secondary.toBytes();
    return smallSndUd(kNetworkLayerAddress, ci::SelectSlave, data, fcb);
}

std::vector<std::uint8_t> applicationReset(std::uint8_t address, std::optional<std::uint8_t> subcode,
                                           bool fcb) {
    if (!subcode)
        return smallSndUd(address, ci::ApplicationReset, {}, fcb);
    const std::array<std::uint8_t, 1> data{*subcode};
    return smallSndUd(address, ci::ApplicationReset, data, fcb);
}

std::optional<std::vector<std::uint8_t>> setBaudRate(std::uint8_t address, std::uint32_t baud, bool fcb) {
    // The CI itself carries the rate; the meter acknowledges at the old rate, then switches.
    constexpr std::array<std::uint32_t, 8> rates{300, 600, 1200, 2400, 4800, 9600, 19200, 38400};
    const auto it = std::find(rates.begin(), rates.end(), baud);
    if (it == rates.end())
        return std::nullopt;
    const auto index = static_cast<std::uint8_t>(it - rates.begin());
    return smallSndUd(address, static_cast<std::uint8_t>(ci::SetBaudRate300 + index), {}, fcb);
}

std::optional<std::vector<std::uint8_t>> setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress,
                                                           bool fcb) {
    if (newAddress > kMaxPrimaryAddress)
        return std::nullopt;
    // One data record: DIF 01 (8-bit integer, instantaneous), VIF 7A (bus address), the value.
    const std::array<std::uint8_t, 3> data{0x01, 0x7A, newAddress};
    return smallSndUd(address, ci::DataSend, data, fcb);
}

} // namespace heatdesk::mbus
