// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/Encoder.h"

#include <algorithm>

namespace heatdesk::cjt188 {
namespace {

std::uint8_t toBcdByte(int v) {
    return static_cast<std::uint8_t>((v / 10) << 4 | (v % 10));
}

void putMeasured(std::span<std::uint8_t> out, const MeasuredValue& m, const MeterProfile& profile) {
    const bool unitFirst = profile.unitPosition == UnitPosition::UnitFirst;
    encodeBcd(m.digits, out.subspan(unitFirst ? 1 : 0, 4), profile.valueOrder);
    out[unitFirst ? 0 : 4] = m.unitCode;
}

void putStatus(std::span<std::uint8_t> out, const Status& s, const MeterProfile& profile) {
    out[0] = profile.statusSwapped ? s.second : s.first;
    out[1] = profile.statusSwapped ? s.first : s.second;
}

std::vector<std::uint8_t> frameOrEmpty(std::optional<std::vector<std::uint8_t>> frame) {
    return frame ? std::move(*frame) : std::vector<std::uint8_t>{};
}

FrameFields replyFields(const MeterProfile& profile, std::uint8_t meterType, const Address& address,
                        std::uint8_t control) {
    return FrameFields{profile.preambleCount, meterType, address, control};
}

} // namespace

void encodeBcd(std::uint32_t value, std::span<std::uint8_t> bytes, ByteOrder order) {
    const std::size_t n = bytes.size();
    for (std::size_t k = 0; k < n; ++k) { // k = 0 is the least significant byte
        const auto b = toBcdByte(static_cast<int>(value % 100));
        value /= 100;
        bytes[order == ByteOrder::LsbFirst ? k : n - 1 - k] = b;
    }
}

std::optional<std::vector<std::uint8_t>> buildMessage(const FrameFields& fields, std::uint16_t di,
                                                      DiOrder order, std::uint8_t ser,
                                                      std::span<const std::uint8_t> payload, bool plus33) {
    if (payload.size() + 3 > kMaxDataLength)
        return std::nullopt;
    std::array<std::uint8_t, kMaxDataLength> data{};
    const auto d = diBytes(di, order);
    data[0] = d[0];
    data[1] = d[1];
    data[2] = ser;
    std::copy(payload.begin(), payload.end(), data.begin() + 3);
    const std::size_t n = payload.size() + 3;
    if (plus33)
        std::transform(data.begin(), data.begin() + std::ptrdiff_t(n), data.begin(),
                       [](std::uint8_t b) { return static_cast<std::uint8_t>(b + 0x33); });
    return buildFrame(fields, std::span<const std::uint8_t>(data.data(), n));
}

std::array<std::uint8_t, 7> encodeClock(const std::optional<reading::MeterTime>& time,
                                        TimeEncoding encoding) {
    std::array<std::uint8_t, 7> out{};
    if (!time)
        return out;
    const int fields[7] = {time->second, time->minute,     time->hour,      time->day,
                           time->month,  time->year % 100, time->year / 100};
    for (std::size_t k = 0; k < 7; ++k) {
        const int v = std::clamp(fields[k], 0, 99);
        switch (encoding) {
        case TimeEncoding::Binary:
            out[k] = static_cast<std::uint8_t>(v);
            break;
        case TimeEncoding::BcdMsbFirst:
            out[6 - k] = toBcdByte(v);
            break;
        case TimeEncoding::Auto:
        case TimeEncoding::BcdLsbFirst:
            out[k] = toBcdByte(v);
            break;
        }
    }
    return out;
}

std::array<std::uint8_t, 43> encodeHeatPayload(const HeatData& h, const MeterProfile& profile) {
    std::array<std::uint8_t, 43> p{};
    const std::span<std::uint8_t> s(p);
    putMeasured(s.subspan(0, 5), h.settlementEnergy, profile);
    putMeasured(s.subspan(5, 5), h.currentEnergy, profile);
    putMeasured(s.subspan(10, 5), h.power, profile);
    putMeasured(s.subspan(15, 5), h.flow, profile);
    putMeasured(s.subspan(20, 5), h.volume, profile);
    encodeBcd(h.supplyC.digits, s.subspan(25, 3), profile.valueOrder);
    encodeBcd(h.returnC.digits, s.subspan(28, 3), profile.valueOrder);
    encodeBcd(h.operatingHours.digits, s.subspan(31, 3), profile.valueOrder);
    const auto clock = encodeClock(h.clock.time, profile.timeEncoding);
    std::copy(clock.begin(), clock.end(), p.begin() + 34);
    putStatus(s.subspan(41, 2), h.status, profile);
    return p;
}

std::array<std::uint8_t, 19> encodeWaterPayload(const WaterData& w, const MeterProfile& profile) {
    std::array<std::uint8_t, 19> p{};
    const std::span<std::uint8_t> s(p);
    putMeasured(s.subspan(0, 5), w.currentVolume, profile);
    putMeasured(s.subspan(5, 5), w.settlementVolume, profile);
    const auto clock = encodeClock(w.clock.time, profile.timeEncoding);
    std::copy(clock.begin(), clock.end(), p.begin() + 10);
    putStatus(s.subspan(17, 2), w.status, profile);
    return p;
}

std::vector<std::uint8_t> buildHeatReply(const MeterProfile& profile, std::uint8_t meterType,
                                         const Address& address, DiOrder order, std::uint8_t ser,
                                         const HeatData& data) {
    const auto payload = encodeHeatPayload(data, profile);
    return frameOrEmpty(buildMessage(replyFields(profile, meterType, address, 0x80 | function::ReadData),
                                     di::CurrentData, order, ser, payload, profile.plus33));
}

std::vector<std::uint8_t> buildWaterReply(const MeterProfile& profile, std::uint8_t meterType,
                                          const Address& address, DiOrder order, std::uint8_t ser,
                                          const WaterData& data) {
    const auto payload = encodeWaterPayload(data, profile);
    return frameOrEmpty(buildMessage(replyFields(profile, meterType, address, 0x80 | function::ReadData),
                                     di::CurrentData, order, ser, payload, profile.plus33));
}

std::vector<std::uint8_t> buildStatusReply(const MeterProfile& profile, std::uint8_t meterType,
                                           const Address& address, std::uint8_t function, std::uint16_t di,
                                           DiOrder order, std::uint8_t ser, std::optional<Status> status) {
    std::array<std::uint8_t, 2> st{};
    if (status)
        putStatus(st, *status, profile);
    return frameOrEmpty(
        buildMessage(replyFields(profile, meterType, address, std::uint8_t(0x80 | (function & 0x3F))), di,
                     order, ser, std::span<const std::uint8_t>(st.data(), status ? 2 : 0), profile.plus33));
}

std::vector<std::uint8_t> buildAbnormalReply(const MeterProfile& profile, std::uint8_t meterType,
                                             const Address& address, std::uint8_t function, std::uint8_t ser,
                                             Status status) {
    std::array<std::uint8_t, 3> data{ser, 0, 0};
    putStatus(std::span(data).subspan(1, 2), status, profile);
    if (profile.plus33)
        for (auto& b : data)
            b = static_cast<std::uint8_t>(b + 0x33);
    return frameOrEmpty(
        buildFrame(replyFields(profile, meterType, address, std::uint8_t(0xC0 | (function & 0x3F))), data));
}

} // namespace heatdesk::cjt188
