// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Frame.h"
#include "cjt188/Message.h"
#include "cjt188/MeterProfile.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::cjt188 {

// The meter side of the protocol: what the tests and the simulator send back. Each encoder writes
// the layout the profile describes (value byte order, unit position, time encoding, ST order,
// +33H), so that decodeMessage with the same profile reads the same values back.

// A whole message: FE preamble (profile count), 68 T A C L, DI (in `order`), SER, payload, CS 16.
// Nothing when the payload does not fit L.
[[nodiscard]] std::optional<std::vector<std::uint8_t>>
buildMessage(const FrameFields& fields, std::uint16_t di, DiOrder order, std::uint8_t ser,
             std::span<const std::uint8_t> payload, bool plus33 = false);

// 43 bytes after DI+SER. Uses digits, unitCode and valueBytes-independent fields of `data`:
// MeasuredValue::digits/unitCode, the BcdNumber digits, clock.time (zeros when absent) and status.
[[nodiscard]] std::array<std::uint8_t, 43> encodeHeatPayload(const HeatData& data,
                                                             const MeterProfile& profile);
// 19 bytes after DI+SER.
[[nodiscard]] std::array<std::uint8_t, 19> encodeWaterPayload(const WaterData& data,
                                                              const MeterProfile& profile);
// The 7-byte time field; ClockEncoding NotSet or no time gives zeros.
[[nodiscard]] std::array<std::uint8_t, 7> encodeClock(const std::optional<reading::MeterTime>& time,
                                                      TimeEncoding encoding);
// `value` (at most 2 × bytes.size() digits) as packed BCD in the given order.
void encodeBcd(std::uint32_t value, std::span<std::uint8_t> bytes, ByteOrder order);

// A complete 901F reply from a meter (C = 81).
[[nodiscard]] std::vector<std::uint8_t> buildHeatReply(const MeterProfile& profile, std::uint8_t meterType,
                                                       const Address& address, DiOrder order,
                                                       std::uint8_t ser, const HeatData& data);
[[nodiscard]] std::vector<std::uint8_t> buildWaterReply(const MeterProfile& profile, std::uint8_t meterType,
                                                        const Address& address, DiOrder order,
                                                        std::uint8_t ser, const WaterData& data);
// A reply with DI SER ST (valve control, sync), or DI SER only when `status` is absent.
[[nodiscard]] std::vector<std::uint8_t> buildStatusReply(const MeterProfile& profile, std::uint8_t meterType,
                                                         const Address& address, std::uint8_t function,
                                                         std::uint16_t di, DiOrder order, std::uint8_t ser,
                                                         std::optional<Status> status);
// An abnormal reply in the meter-firmware form: C = function | C0, DATA = SER ST.
[[nodiscard]] std::vector<std::uint8_t> buildAbnormalReply(const MeterProfile& profile,
                                                           std::uint8_t meterType, const Address& address,
                                                           std::uint8_t function, std::uint8_t ser,
                                                           Status status);

} // namespace heatdesk::cjt188
