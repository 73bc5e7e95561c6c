// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace heatdesk::reading {

// A calendar time as the meter reports it (its own clock, no time zone).
struct MeterTime {
    int year = 0;
    int month = 0, day = 0, hour = 0, minute = 0, second = 0;
    friend bool operator==(const MeterTime&, const MeterTime&) = default;
};

// Error and status conditions a reading carries, from any protocol.
enum class ReadingFlag : std::uint32_t {
    ApplicationBusy = 1u << 0,
    ApplicationError = 1u << 1,
    Alarm = 1u << 2,
    PowerLow = 1u << 3,
    PermanentError = 1u << 4,
    TemporaryError = 1u << 5,
    Manufacturer1 = 1u << 6,
    Manufacturer2 = 1u << 7,
    Manufacturer3 = 1u << 8,
    ErrorRecord = 1u << 9,  // an "error flags" record with a non-zero value
    RecordError = 1u << 10, // a record marked by the meter as erroneous (error VIFE)
};
constexpr int kReadingFlagCount = 11;
std::string_view readingFlagName(ReadingFlag flag);

enum class ValveState : std::uint8_t { Unknown, Open, Closed, Abnormal };

// What the workstation stores of one meter read-out, in canonical units, whatever the protocol.
// Optional fields are absent when the telegram lacks them (never zero-filled).
struct HeatReading {
    std::optional<double> energyKwh;
    std::optional<double> volumeM3;
    std::optional<double> powerKw;
    std::optional<double> flowM3h;
    std::optional<double> supplyC;
    std::optional<double> returnC;
    std::optional<double> deltaK;
    std::optional<MeterTime> meterTime;
    std::optional<std::int64_t> operatingSeconds;
    std::uint32_t flags = 0; // ReadingFlag bits

    // CJ/T 188 meters report these too.
    std::optional<double> settlementEnergyKwh;
    std::optional<double> settlementVolumeM3;
    ValveState valve = ValveState::Unknown;
    std::optional<bool> batteryLow;

    // The frame(s) exactly as received: raw data is kept with every reading.
    std::vector<std::uint8_t> rawFrames;

    bool has(ReadingFlag f) const { return flags & static_cast<std::uint32_t>(f); }
    void set(ReadingFlag f) { flags |= static_cast<std::uint32_t>(f); }
    void clear();
};

} // namespace heatdesk::reading
