// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimulatedCjt188Meter.h"

#include "cjt188/DataId.h"
#include "cjt188/Encoder.h"
#include "cjt188/Message.h"

#include <cmath>

namespace heatdesk::sim {

namespace {

constexpr std::uint8_t kUnitKwh = 0x05;
constexpr std::uint8_t kUnitKw = 0x17;
constexpr std::uint8_t kUnitM3 = 0x2C;
constexpr std::uint8_t kUnitM3h = 0x35;
constexpr std::uint32_t kEightDigits = 100000000;

cjt188::MeasuredValue measured(double value, int decimals, std::uint8_t unitCode) {
    cjt188::MeasuredValue m;
    const double scaled = std::floor(std::max(0.0, value) * std::pow(10.0, decimals) + 1e-6);
    m.digits = static_cast<std::uint32_t>(static_cast<std::uint64_t>(scaled) % kEightDigits);
    m.decimals = static_cast<std::uint8_t>(decimals);
    m.unitCode = unitCode;
    m.bcdValid = true;
    return m;
}

cjt188::BcdNumber bcd(double value, int decimals, std::uint32_t modulus) {
    cjt188::BcdNumber b;
    b.digits =
        static_cast<std::uint32_t>(std::llround(std::max(0.0, value) * std::pow(10.0, decimals))) % modulus;
    b.decimals = static_cast<std::uint8_t>(decimals);
    b.valid = true;
    return b;
}

} // namespace

SimulatedCjt188Meter::SimulatedCjt188Meter(Cjt188MeterConfig config, const HeatingPhysics& physics)
    : m_config(std::move(config))
    , m_physics(physics) {}

SimSeconds SimulatedCjt188Meter::meterClock(SimSeconds t) const {
    const double drift = m_config.clockDriftPpm * 1e-6 * double(t - m_physics.params().origin);
    return t + m_config.clockOffsetSeconds + static_cast<SimSeconds>(std::llround(drift));
}

std::vector<std::uint8_t> SimulatedCjt188Meter::reply(SimSeconds t, std::uint8_t ser) const {
    const auto& p = m_config.profile;
    cjt188::Status status;
    status.first =
        static_cast<std::uint8_t>((m_config.valveClosed ? 0x01 : 0x00) | (m_config.batteryLow ? 0x04 : 0x00));
    cjt188::MeterClock clock;
    clock.time = civilFromSeconds(meterClock(t));
    // The settlement value is the register at midnight of the 1st (the usual settlement day).
    auto due = civilFromSeconds(meterClock(t));
    due.day = 1;
    due.hour = due.minute = due.second = 0;
    const SimSeconds dueAt = secondsFromCivil(due) - (meterClock(t) - t);

    if (m_config.water) {
        cjt188::WaterData w;
        w.currentVolume = measured(m_physics.waterVolumeM3(m_config.waterParams, t), 2, kUnitM3);
        w.settlementVolume = measured(m_physics.waterVolumeM3(m_config.waterParams, dueAt), 2, kUnitM3);
        w.clock = clock;
        w.status = status;
        return cjt188::buildWaterReply(p, m_config.replyMeterType, m_config.address, p.diOrder, ser, w);
    }
    const FlatState s = m_physics.flat(m_config.flat, t);
    const FlatState d = m_physics.flat(m_config.flat, dueAt);
    cjt188::HeatData h;
    h.settlementEnergy = measured(d.energyKwh, 2, kUnitKwh);
    h.currentEnergy = measured(s.energyKwh, 2, kUnitKwh);
    h.power = measured(s.powerKw, 2, kUnitKw);
    h.flow = measured(s.flowM3h, p.flowDecimals, kUnitM3h);
    h.volume = measured(s.volumeM3, 2, kUnitM3);
    h.supplyC = bcd(s.supplyC, 2, 1000000);
    h.returnC = bcd(s.returnC, 2, 1000000);
    h.operatingHours =
        bcd(double(std::max<SimSeconds>(0, t - m_physics.params().origin) / 3600 + 8760), 0, 1000000);
    h.clock = clock;
    h.status = status;
    return cjt188::buildHeatReply(p, m_config.replyMeterType, m_config.address, p.diOrder, ser, h);
}

std::optional<std::vector<std::uint8_t>> SimulatedCjt188Meter::handle(std::span<const std::uint8_t> bytes,
                                                                      SimSeconds now) {
    const auto parsed = cjt188::parseFrame(bytes);
    const auto* frame = std::get_if<cjt188::Frame>(&parsed);
    if (frame == nullptr || frame->control.isResponse() || frame->data.size() < 3)
        return std::nullopt;
    const bool family =
        cjt188::meterFamily(frame->meterType) == cjt188::meterFamily(m_config.replyMeterType) ||
        frame->meterType == cjt188::meter_type::Wildcard;
    const auto di = cjt188::matchDi(frame->data[0], frame->data[1], m_config.profile.diOrder);
    const std::uint8_t ser = frame->data[2];
    if (frame->control.function() == cjt188::function::ReadAddress && frame->address.isBroadcast()) {
        // Every meter on the line answers this one; its address is in the reply's header.
        return cjt188::buildStatusReply(m_config.profile, m_config.replyMeterType, m_config.address,
                                        cjt188::function::ReadAddress, di.di, m_config.profile.diOrder, ser,
                                        std::nullopt);
    }
    if (!family || !(frame->address == m_config.address))
        return std::nullopt;
    if (frame->control.function() == cjt188::function::ReadData && di.di == cjt188::di::CurrentData)
        return reply(now, ser);
    return std::nullopt;
}

} // namespace heatdesk::sim
