// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DataRecord.h"
#include "mbus/DecodeError.h"
#include "mbus/Frame.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace heatdesk::mbus {

// The fixed data header of a variable data response (EN 13757-3 §6.3).
enum class HeaderKind : std::uint8_t {
    None,  // CI 78: records only
    Short, // CI 7A: access number, status, signature
    Long,  // CI 72/76: identification, manufacturer, version, medium, then as Short
    Fixed, // CI 73/77: identification, access number, status; medium from the unit bytes
};

struct TelegramHeader {
    HeaderKind kind = HeaderKind::None;
    std::uint32_t idBcd = 0; // identification, BCD digits (hex digits kept as they come)
    std::uint16_t manufacturer = 0;
    std::uint8_t version = 0;
    std::uint8_t medium = 0;
    std::uint8_t access = 0;
    std::uint8_t status = 0;
    std::uint16_t signature = 0;
};

// CI fields of EN 13757-3 a wired M-Bus meter answers with.
namespace ci {
constexpr std::uint8_t ApplicationError = 0x70;
constexpr std::uint8_t Alarm = 0x71;
constexpr std::uint8_t VariableLong = 0x72;
constexpr std::uint8_t FixedLsb = 0x73;
constexpr std::uint8_t VariableMsb = 0x76; // mode 2: multi-byte values most significant first
constexpr std::uint8_t FixedMsb = 0x77;
constexpr std::uint8_t VariableNone = 0x78;
constexpr std::uint8_t VariableShort = 0x7A;
} // namespace ci

// One meter's answer, possibly assembled from several telegrams (FCB toggled, DIF 1F).
// Reused between decodes: its vectors keep their capacity, so steady-state decoding does not
// allocate.
struct Telegram {
    FrameKind frameKind = FrameKind::Long;
    std::uint8_t c = 0;
    std::uint8_t a = 0;
    std::uint8_t ci = 0;
    std::uint8_t length = 0;
    TelegramHeader header;
    std::vector<DataRecord> records;
    // Bytes after DIF 0F/1F, wire order, per telegram (a span each into its frame).
    std::vector<std::span<const std::uint8_t>> manufacturerData;
    bool moreRecordsFollow = false;
    bool fixedStructure = false; // CI 73/77
    bool alarm = false;          // CI 71
    std::uint8_t alarmStatus = 0;
    int telegramCount = 0;

    void clear();
};

// Decodes the application layer of one long frame into `out` (cleared first), or, with
// `append`, adds the frame's records as the next telegram of a multi-telegram read-out.
// The frame's bytes must outlive `out`.
// Returns an error for malformed data; CI 70 yields ErrorCode::ApplicationError with the
// meter's error code in DecodeError::detail (-1 when the frame carries none).
std::optional<DecodeError> decodeTelegram(const Frame& frame, Telegram& out, bool append = false);

// Decodes a byte sequence of one or more long frames that belong together (one meter,
// "more records follow" on all but the last) into `out`, at most 64 telegrams. Offsets in errors
// count from the start of `bytes`.
std::optional<DecodeError> decodeFrames(std::span<const std::uint8_t> bytes, Telegram& out);

// The EN 13757-3 medium name in snake_case (shared/docs/cli.md), "reserved" if unassigned.
std::string_view mediumName(std::uint8_t medium);
// Three-letter manufacturer code (FLAG association) from its 16-bit field.
std::array<char, 3> manufacturerLetters(std::uint16_t code);
// Status byte bits as names (application_busy, application_error, alarm, power_low,
// permanent_error, temporary_error, manufacturer_1..3): writes them to `out`, returns how many.
int statusFlagNames(std::uint8_t status, std::array<std::string_view, 8>& out);

} // namespace heatdesk::mbus
