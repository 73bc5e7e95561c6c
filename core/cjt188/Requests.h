// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Frame.h"
#include "cjt188/MeterProfile.h"
#include "reading/HeatReading.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace heatdesk::cjt188 {

// Complete request frames ready to write to the line: FE preamble and DI byte order from the
// profile, checksum computed here. Builders that can refuse their input return std::optional.
// `meterType` is what the request names (the profile's requestMeterType is the usual choice);
// `ser` is the master's sequence number, which meters may or may not echo.

struct RequestTarget {
    std::uint8_t meterType = meter_type::Heat;
    Address address;
};

// Any request: C = function (D7 = 0), DATA = DI SER payload.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
buildRequest(const MeterProfile& profile, const RequestTarget& target, std::uint8_t function,
             std::uint16_t di, std::uint8_t ser, std::span<const std::uint8_t> payload = {});

// Read data (C=01) of any DI; 901F is the current metering data of heat, water and gas meters.
[[nodiscard]] std::vector<std::uint8_t> readData(const MeterProfile& profile, const RequestTarget& target,
                                                 std::uint16_t di, std::uint8_t ser);
[[nodiscard]] std::vector<std::uint8_t> readCurrentData(const MeterProfile& profile,
                                                        const RequestTarget& target, std::uint8_t ser);
// Settlement value of `monthsAgo` (1..12) months ago: D120..D12B.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
readHistory(const MeterProfile& profile, const RequestTarget& target, int monthsAgo, std::uint8_t ser);
[[nodiscard]] std::vector<std::uint8_t> readSettlementDay(const MeterProfile& profile,
                                                          const RequestTarget& target, std::uint8_t ser);
[[nodiscard]] std::vector<std::uint8_t> readReadingDay(const MeterProfile& profile,
                                                       const RequestTarget& target, std::uint8_t ser);
// Key version is read with its own function code (C=09).
[[nodiscard]] std::vector<std::uint8_t> readKeyVersion(const MeterProfile& profile,
                                                       const RequestTarget& target, std::uint8_t ser);
// Read address (C=03, DI 810A) to the broadcast address with the wildcard type AA: only when one
// meter is on the line, since every meter answers.
[[nodiscard]] std::vector<std::uint8_t> readAddress(const MeterProfile& profile, std::uint8_t ser);

// Write settlement day / meter-reading day (A011/A012): day 1..31 as one BCD byte.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
writeSettlementDay(const MeterProfile& profile, const RequestTarget& target, int day, std::uint8_t ser);
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
writeReadingDay(const MeterProfile& profile, const RequestTarget& target, int day, std::uint8_t ser);
// Write standard time (A015), in the profile's time encoding (LSB-first BCD by default).
[[nodiscard]] std::optional<std::vector<std::uint8_t>> writeTime(const MeterProfile& profile,
                                                                 const RequestTarget& target,
                                                                 const reading::MeterTime& time,
                                                                 std::uint8_t ser);
// Valve control (A017): the profile's open (55) or close (99) code.
[[nodiscard]] std::vector<std::uint8_t> valveControl(const MeterProfile& profile, const RequestTarget& target,
                                                     bool open, std::uint8_t ser);
// Write address (C=15, DI A018). Nothing when the new address is the broadcast address.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> writeAddress(const MeterProfile& profile,
                                                                    const RequestTarget& target,
                                                                    const Address& newAddress,
                                                                    std::uint8_t ser);

} // namespace heatdesk::cjt188
