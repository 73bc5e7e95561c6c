// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/Frame.h"

namespace heatdesk::mbus {
namespace {

DecodeError fail(ErrorCode code, std::size_t offset, std::string_view message) {
    return DecodeError{code, offset, message, -1};
}

} // namespace

std::uint8_t checksum(std::span<const std::uint8_t> bytes) {
    unsigned sum = 0;
    for (std::uint8_t b : bytes)
        sum += b;
    return static_cast<std::uint8_t>(sum);
}

Result<Frame> parseFrame(std::span<const std::uint8_t> bytes) {
    if (bytes.empty())
        return fail(ErrorCode::Empty, 0, "no bytes");

    Frame frame;
    switch (bytes[0]) {
    case kAck:
        frame.kind = FrameKind::Ack;
        frame.size = 1;
        return frame;

    case kShortStart:
        if (bytes.size() < 5)
            return fail(ErrorCode::TooShort, bytes.size(), "short frame needs 5 bytes (10 C A CS 16)");
        if (checksum(bytes.subspan(1, 2)) != bytes[3])
            return fail(ErrorCode::Checksum, 3, "checksum over C and A does not match CS");
        if (bytes[4] != kStop)
            return fail(ErrorCode::BadStop, 4, "stop byte 16 expected after CS");
        frame.kind = FrameKind::Short;
        frame.c = bytes[1];
        frame.a = bytes[2];
        frame.size = 5;
        return frame;

    case kLongStart: {
        if (bytes.size() < 4)
            return fail(ErrorCode::TooShort, bytes.size(), "long frame header 68 L L 68 incomplete");
        if (bytes[3] != kLongStart)
            return fail(ErrorCode::BadStart, 3, "second start byte 68 expected");
        if (bytes[1] != bytes[2])
            return fail(ErrorCode::LengthMismatch, 2, "the two L fields differ");
        const std::size_t l = bytes[1];
        if (l < 3)
            return fail(ErrorCode::LengthMismatch, 1, "L must count at least C, A and CI");
        const std::size_t total = l + 6;
        if (bytes.size() < total)
            return fail(ErrorCode::LengthMismatch, bytes.size(), "fewer bytes than the L field announces");
        if (checksum(bytes.subspan(4, l)) != bytes[4 + l])
            return fail(ErrorCode::Checksum, 4 + l, "checksum over C..data does not match CS");
        if (bytes[5 + l] != kStop)
            return fail(ErrorCode::BadStop, 5 + l, "stop byte 16 expected after CS");
        frame.kind = l == 3 ? FrameKind::Control : FrameKind::Long;
        frame.length = static_cast<std::uint8_t>(l);
        frame.c = bytes[4];
        frame.a = bytes[5];
        frame.ci = bytes[6];
        frame.userData = bytes.subspan(7, l - 3);
        frame.size = total;
        return frame;
    }

    default:
        return fail(ErrorCode::BadStart, 0, "frame must start with E5, 10 or 68");
    }
}

std::vector<std::uint8_t> buildShortFrame(std::uint8_t c, std::uint8_t a) {
    return {kShortStart, c, a, static_cast<std::uint8_t>(c + a), kStop};
}

std::optional<std::vector<std::uint8_t>> buildLongFrame(std::uint8_t c, std::uint8_t a, std::uint8_t ci,
                                                        std::span<const std::uint8_t> userData) {
    // L counts C, A, CI and the user data and is one byte: 252 bytes of user data at most.
    if (userData.size() > kMaxUserData)
        return std::nullopt;
    const auto l = static_cast<std::uint8_t>(3 + userData.size());
    std::vector<std::uint8_t> out;
    out.reserve(l + 6u);
    out.insert(out.end(), {kLongStart, l, l, kLongStart, c, a, ci});
    out.insert(out.end(), userData.begin(), userData.end());
    out.push_back(checksum(std::span(out).subspan(4)));
    out.push_back(kStop);
    return out;
}

} // namespace heatdesk::mbus
