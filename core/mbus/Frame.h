// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DecodeError.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace heatdesk::mbus {

// EN 13757-2 (FT 1.2) link layer frames.
enum class FrameKind : std::uint8_t {
    Ack,     // single character E5
    Short,   // 10 C A CS 16
    Control, // 68 03 03 68 C A CI CS 16 (long frame without user data)
    Long,    // 68 L L 68 C A CI data... CS 16
};

constexpr std::uint8_t kAck = 0xE5;
constexpr std::uint8_t kShortStart = 0x10;
constexpr std::uint8_t kLongStart = 0x68;
constexpr std::uint8_t kStop = 0x16;

// L is one byte and counts C, A and CI too, so a long frame carries at most 252 bytes of user data
// and occupies at most 255 + 6 bytes on the wire.
constexpr std::size_t kMaxUserData = 252;
constexpr std::size_t kMaxFrameSize = 261;

// A parsed frame. `userData` points into the buffer given to parseFrame (CI excluded): the
// caller keeps that buffer alive while it uses the frame.
struct Frame {
    FrameKind kind = FrameKind::Ack;
    std::uint8_t c = 0;
    std::uint8_t a = 0;
    std::uint8_t ci = 0;
    std::uint8_t length = 0;                // the L field (long and control frames), else 0
    std::span<const std::uint8_t> userData; // bytes after CI, before CS
    std::size_t size = 0;                   // bytes the whole frame occupies
};

template <typename T>
using Result = std::variant<T, DecodeError>;

// Parses exactly one frame at the start of `bytes`. Extra bytes after it are not an error here:
// Frame::size says where the frame ended.
Result<Frame> parseFrame(std::span<const std::uint8_t> bytes);

// Control-field bits used by masters (EN 13757-2 §5.4).
namespace control {
constexpr std::uint8_t SndNke = 0x40;
constexpr std::uint8_t SndUd = 0x53;
constexpr std::uint8_t ReqUd2 = 0x5B;
constexpr std::uint8_t ReqUd1 = 0x5A;
constexpr std::uint8_t RspUd = 0x08;
constexpr std::uint8_t Fcb = 0x20;
constexpr std::uint8_t Fcv = 0x10;
} // namespace control

// Encoders (the checksum is computed here; callers never compute one).
[[nodiscard]] std::vector<std::uint8_t> buildShortFrame(std::uint8_t c, std::uint8_t a);
// Returns nothing when userData is longer than kMaxUserData: L could not count it, and a frame
// with a wrapped L would be read by the meter as a different, shorter frame.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
buildLongFrame(std::uint8_t c, std::uint8_t a, std::uint8_t ci, std::span<const std::uint8_t> userData);
std::uint8_t checksum(std::span<const std::uint8_t> bytes);

} // namespace heatdesk::mbus
