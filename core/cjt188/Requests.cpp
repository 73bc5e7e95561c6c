// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/Requests.h"

#include "cjt188/DataId.h"
#include "cjt188/Encoder.h"

namespace heatdesk::cjt188 {
namespace {

std::vector<std::uint8_t> mustFit(std::optional<std::vector<std::uint8_t>> frame) {
    // Only called for payloads of a few bytes, which always fit.
    return frame ? std::move(*frame) : std::vector<std::uint8_t>{};
}

std::optional<std::vector<std::uint8_t>> writeDay(const MeterProfile& profile, const RequestTarget& target,
                                                  std::uint16_t di, int day, std::uint8_t ser) {
    if (day < 1 || day > 31)
        return std::nullopt;
    const std::uint8_t bcd = static_cast<std::uint8_t>((day / 10) << 4 | (day % 10));
    return buildRequest(profile, target, function::WriteData, di, ser, std::span(&bcd, 1));
}

} // namespace

std::optional<std::vector<std::uint8_t>> buildRequest(const MeterProfile& profile,
                                                      const RequestTarget& target, std::uint8_t function,
                                                      std::uint16_t di, std::uint8_t ser,
                                                      std::span<const std::uint8_t> payload) {
    const FrameFields fields{profile.preambleCount, target.meterType, target.address,
                             static_cast<std::uint8_t>(function & 0x7F)};
    return buildMessage(fields, di, profile.diOrder, ser, payload, profile.plus33);
}

std::vector<std::uint8_t> readData(const MeterProfile& profile, const RequestTarget& target, std::uint16_t di,
                                   std::uint8_t ser) {
    return mustFit(buildRequest(profile, target, function::ReadData, di, ser));
}

std::vector<std::uint8_t> readCurrentData(const MeterProfile& profile, const RequestTarget& target,
                                          std::uint8_t ser) {
    return readData(profile, target, di::CurrentData, ser);
}

std::optional<std::vector<std::uint8_t>> readHistory(const MeterProfile& profile, const RequestTarget& target,
                                                     int monthsAgo, std::uint8_t ser) {
    if (monthsAgo < 1 || monthsAgo > 12)
        return std::nullopt;
    return readData(profile, target, static_cast<std::uint16_t>(di::History1 + monthsAgo - 1), ser);
}

std::vector<std::uint8_t> readSettlementDay(const MeterProfile& profile, const RequestTarget& target,
                                            std::uint8_t ser) {
    return readData(profile, target, di::SettlementDay, ser);
}

std::vector<std::uint8_t> readReadingDay(const MeterProfile& profile, const RequestTarget& target,
                                         std::uint8_t ser) {
    return readData(profile, target, di::ReadingDay, ser);
}

std::vector<std::uint8_t> readKeyVersion(const MeterProfile& profile, const RequestTarget& target,
                                         std::uint8_t ser) {
    return mustFit(buildRequest(profile, target, function::ReadKeyVersion, di::KeyVersion, ser));
}

std::vector<std::uint8_t> readAddress(const MeterProfile& profile, std::uint8_t ser) {
    return mustFit(buildRequest(profile, RequestTarget{meter_type::Wildcard, Address::broadcast()},
                                function::ReadAddress, di::MeterAddress, ser));
}

std::optional<std::vector<std::uint8_t>>
writeSettlementDay(const MeterProfile& profile, const RequestTarget& target, int day, std::uint8_t ser) {
    return writeDay(profile, target, di::WriteSettlementDay, day, ser);
}

std::optional<std::vector<std::uint8_t>>
writeReadingDay(const MeterProfile& profile, const RequestTarget& target, int day, std::uint8_t ser) {
    return writeDay(profile, target, di::WriteReadingDay, day, ser);
}

std::optional<std::vector<std::uint8_t>> writeTime(const MeterProfile& profile, const RequestTarget& target,
                                                   const reading::MeterTime& t, std::uint8_t ser) {
    if (t.year < 1900 || t.year > 2199 || t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 ||
        t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 || t.second > 59)
        return std::nullopt;
    const auto clock = encodeClock(t, profile.timeEncoding);
    return buildRequest(profile, target, function::WriteData, di::WriteTime, ser, clock);
}

std::vector<std::uint8_t> valveControl(const MeterProfile& profile, const RequestTarget& target, bool open,
                                       std::uint8_t ser) {
    const std::uint8_t code = open ? profile.valveOpenCode : profile.valveCloseCode;
    return mustFit(
        buildRequest(profile, target, function::WriteData, di::ValveControl, ser, std::span(&code, 1)));
}

std::optional<std::vector<std::uint8_t>> writeAddress(const MeterProfile& profile,
                                                      const RequestTarget& target, const Address& newAddress,
                                                      std::uint8_t ser) {
    if (newAddress.isBroadcast())
        return std::nullopt;
    return buildRequest(profile, target, function::WriteAddress, di::WriteAddress, ser, newAddress.wire);
}

} // namespace heatdesk::cjt188
