// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/Frame.h"

#include <algorithm>

namespace heatdesk::cjt188 {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

DecodeError error(ErrorCode code, std::size_t offset, std::string_view message) {
    return DecodeError{code, offset, message, -1};
}

// 68 L L 68 C A CI ... CS 16 that validates completely.
bool isMbusLongFrame(std::span<const std::uint8_t> b) {
    if (b.size() < 9 || b[0] != kStart || b[1] != b[2] || b[3] != kStart || b[1] < 3)
        return false;
    const std::size_t l = b[1];
    const std::size_t total = l + 6;
    return b.size() >= total && b[total - 1] == kStop && checksum(b.subspan(4, l)) == b[4 + l];
}

// 68 A0..A5 68 C L DATA CS 16 that validates completely.
bool isDlt645Frame(std::span<const std::uint8_t> b) {
    if (b.size() < 12 || b[0] != kStart || b[7] != kStart)
        return false;
    const std::size_t total = std::size_t(b[9]) + 12;
    return b.size() >= total && b[total - 1] == kStop && checksum(b.first(total - 2)) == b[total - 2];
}

} // namespace

MeterFamily meterFamily(std::uint8_t type) {
    if (type == meter_type::Wildcard)
        return MeterFamily::Wildcard;
    switch (type >> 4) {
    case 1:
        return MeterFamily::Water;
    case 2:
        return MeterFamily::Heat;
    case 3:
        return MeterFamily::Gas;
    case 4:
        return MeterFamily::Electricity;
    default:
        return MeterFamily::Other;
    }
}

std::string_view meterFamilyName(MeterFamily family) {
    switch (family) {
    case MeterFamily::Water:
        return "water";
    case MeterFamily::Heat:
        return "heat";
    case MeterFamily::Gas:
        return "gas";
    case MeterFamily::Electricity:
        return "electricity";
    case MeterFamily::Wildcard:
        return "wildcard";
    case MeterFamily::Other:
        break;
    }
    return "other";
}

std::string_view mediumName(std::uint8_t type) {
    switch (type) {
    case meter_type::ColdWater:
        return "cold_water";
    case meter_type::HotWater:
        return "warm_water";
    case meter_type::DrinkingWater:
        return "drinking_water";
    case meter_type::ReclaimedWater:
        return "reclaimed_water";
    case meter_type::Cooling:
        return "cooling";
    case meter_type::HeatCooling:
        return "heat_cooling";
    default:
        return meterFamilyName(meterFamily(type));
    }
}

std::string Address::toText() const {
    std::string out(14, '0');
    for (std::size_t i = 0; i < 7; ++i) {
        const std::uint8_t b = wire[6 - i];
        out[2 * i] = kHexDigits[b >> 4];
        out[2 * i + 1] = kHexDigits[b & 0x0F];
    }
    return out;
}

std::optional<Address> Address::fromText(std::string_view text) {
    if (text.size() != 14)
        return std::nullopt;
    Address a;
    for (std::size_t i = 0; i < 14; ++i) {
        const char c = text[i];
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        if (v < 0)
            return std::nullopt;
        std::uint8_t& b = a.wire[6 - i / 2];
        b = std::uint8_t(i % 2 == 0 ? v << 4 : b | v);
    }
    return a;
}

Address Address::broadcast() {
    Address a;
    a.wire.fill(0xAA);
    return a;
}

bool Address::isBroadcast() const {
    return std::all_of(wire.begin(), wire.end(), [](std::uint8_t b) { return b == 0xAA; });
}

std::string_view functionName(std::uint8_t f) {
    switch (f) {
    case function::ReadData:
        return "read_data";
    case function::ReadAddress:
        return "read_address";
    case function::WriteData:
        return "write_data";
    case function::ReadKeyVersion:
        return "read_key_version";
    case function::WriteAddress:
        return "write_address";
    case function::WriteSync:
        return "write_sync";
    default:
        return "vendor";
    }
}

std::uint8_t checksum(std::span<const std::uint8_t> bytes) {
    unsigned sum = 0;
    for (std::uint8_t b : bytes)
        sum += b;
    return static_cast<std::uint8_t>(sum);
}

Result<Frame> parseFrame(std::span<const std::uint8_t> bytes) {
    if (bytes.empty())
        return error(ErrorCode::Empty, 0, "no bytes");
    std::size_t start = 0;
    while (start < bytes.size() && bytes[start] == kPreamble)
        ++start;
    if (start == bytes.size() || bytes[start] != kStart) {
        const auto found = std::find(bytes.begin() + std::ptrdiff_t(start), bytes.end(), kStart);
        if (found == bytes.end())
            return error(ErrorCode::NoStart, start, "no 68 start byte after the FE preamble");
        return error(ErrorCode::BadStart, start, "bytes other than FE before the 68 start byte");
    }
    const auto rest = bytes.subspan(start);
    const std::size_t n = rest.size();

    // Three protocols start with 68 on these buses; only the framing that validates tells them
    // apart (an address digit can be 68). CJ/T 188 is tried first; a failure is reported as
    // not_cjt188 when the bytes are a complete frame of the other two.
    auto fail = [&](ErrorCode code, std::size_t offset, std::string_view message) -> Result<Frame> {
        if (isMbusLongFrame(rest))
            return error(ErrorCode::NotCjt188, start, "an EN 13757-2 long/control frame (68 L L 68)");
        if (isDlt645Frame(rest))
            return error(ErrorCode::NotCjt188, start, "a DL/T 645 frame (68 A0..A5 68)");
        return error(code, offset, message);
    };

    if (n < kHeaderSize)
        return fail(ErrorCode::Truncated, bytes.size(), "frame ends inside the header (68 T A0..A6 C L)");
    const std::size_t length = rest[10];
    const std::size_t total = kFrameOverhead + length;
    if (n < total) {
        // Ending on 16 before L says: a byte was lost or L is corrupt, not a read cut short.
        if (n >= kFrameOverhead && rest[n - 1] == kStop)
            return fail(ErrorCode::LengthMismatch, start + 10, "L announces more data than the frame holds");
        return fail(ErrorCode::Truncated, bytes.size(), "frame ends before the 13 + L bytes L announces");
    }
    if (rest[total - 1] != kStop)
        return fail(ErrorCode::BadStop, start + total - 1,
                    "the byte after CS is not 16 (L wrong or frame corrupt)");
    const std::uint8_t cs = checksum(rest.first(total - 2));
    if (cs != rest[total - 2]) {
        auto e =
            fail(ErrorCode::Checksum, start + total - 2, "CS differs from the sum of 68 .. last data byte");
        if (auto* d = std::get_if<DecodeError>(&e); d && d->code == ErrorCode::Checksum)
            d->detail = cs; // the calculated sum, for the message
        return e;
    }

    Frame f;
    f.preamble = start;
    f.offset = start;
    f.meterType = rest[1];
    std::copy_n(rest.begin() + 2, 7, f.address.wire.begin());
    f.control.raw = rest[9];
    f.length = static_cast<std::uint8_t>(length);
    f.data = rest.subspan(kHeaderSize, length);
    f.checksum = cs;
    f.size = start + total;
    return f;
}

std::optional<std::vector<std::uint8_t>> buildFrame(const FrameFields& fields,
                                                    std::span<const std::uint8_t> data) {
    if (data.size() > kMaxDataLength)
        return std::nullopt;
    std::vector<std::uint8_t> out;
    out.reserve(fields.preamble + kFrameOverhead + data.size());
    out.insert(out.end(), fields.preamble, kPreamble);
    const std::size_t start = out.size();
    out.push_back(kStart);
    out.push_back(fields.meterType);
    out.insert(out.end(), fields.address.wire.begin(), fields.address.wire.end());
    out.push_back(fields.control);
    out.push_back(static_cast<std::uint8_t>(data.size()));
    out.insert(out.end(), data.begin(), data.end());
    out.push_back(checksum(std::span(out).subspan(start)));
    out.push_back(kStop);
    return out;
}

} // namespace heatdesk::cjt188
