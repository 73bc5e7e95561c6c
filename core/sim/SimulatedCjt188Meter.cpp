// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimulatedCjt188Meter.h"

#include "cjt188/DataId.h"
#include "cjt188/Encoder.h"
#include "cjt188/Message.h"

#include <array>
#include <cmath>

namespace heatdesk::sim {

namespace {

constexpr std::uint8_t kUnitKwh = 0x05;
constexpr std::uint8_t kUnitKw = 0x17;
constexpr std::uint8_t kUnitM3 = 0x2C;
constexpr std::uint8_t kUnitM3h = 0x35;
constexpr std::uint32_t kEightDigits = 100000000;

cjt188::MeasuredValue measured(double value, int decimals, std::uint8_t unitCode,
                               std::uint64_t modulus = kEightDigits) {
    cjt188::MeasuredValue m;
    const double scaled = std::floor(std::max(0.0, value) * std::pow(10.0, decimals) + 1e-6);
    m.digits = static_cast<std::uint32_t>(static_cast<std::uint64_t>(scaled) % modulus);
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

cjt188::Status statusOf(bool valveClosed, bool batteryLow) {
    cjt188::Status status;
    status.first = static_cast<std::uint8_t>((valveClosed ? 0x01 : 0x00) | (batteryLow ? 0x04 : 0x00));
    return status;
}

} // namespace

SimulatedCjt188Meter::SimulatedCjt188Meter(Cjt188MeterConfig config, const HeatingPhysics& physics)
    : m_config(std::move(config))
    , m_physics(physics)
    , m_valveClosed(m_config.valveClosed) {}

cjt188::MeasuredValue SimulatedCjt188Meter::energyRegister(double kwh) const {
    const auto units = static_cast<std::uint64_t>(m_config.energyRolloverUnits);
    return measured(kwh, 2, kUnitKwh, units > 0 && units < kEightDigits ? units : kEightDigits);
}

SimSeconds SimulatedCjt188Meter::meterClock(SimSeconds t) const {
    const double drift = m_config.clockDriftPpm * 1e-6 * double(t - m_physics.params().origin);
    return t + m_config.clockOffsetSeconds + static_cast<SimSeconds>(std::llround(drift));
}

FlatState SimulatedCjt188Meter::physical(SimSeconds t) const {
    FlatState s = m_physics.flat(m_config.flat, t);
    if (m_config.water) {
        s.volumeM3 = m_physics.waterVolumeM3(m_config.waterParams, t);
        s.flowM3h = m_physics.waterFlowM3h(m_config.waterParams, t);
    }
    return s;
}

FlatState SimulatedCjt188Meter::state(SimSeconds t) const {
    const FlatState flowing = physical(t);
    FlatState s = flowing;
    for (const Shut& shut : m_shut) {
        if (t <= shut.from)
            break;
        const bool shutNow = !shut.until || t < *shut.until;
        const FlatState before = physical(shut.from);
        const FlatState after = shutNow ? flowing : physical(*shut.until);
        s.energyKwh -= after.energyKwh - before.energyKwh;
        s.volumeM3 -= after.volumeM3 - before.volumeM3;
        if (shutNow)
            s.powerKw = s.flowM3h = 0;
    }
    return s;
}

SimSeconds SimulatedCjt188Meter::settlementAt(SimSeconds t, int monthsAgo) const {
    // The settlement value is the register at midnight of the 1st (the usual settlement day).
    auto due = civilFromSeconds(meterClock(t));
    const int months = due.year * 12 + (due.month - 1) - monthsAgo;
    due.year = months / 12;
    due.month = months % 12 + 1;
    due.day = 1;
    due.hour = due.minute = due.second = 0;
    return secondsFromCivil(due) - (meterClock(t) - t);
}

std::vector<std::uint8_t> SimulatedCjt188Meter::historyReply(SimSeconds t, int monthsAgo,
                                                             std::uint8_t ser) const {
    const auto& p = m_config.profile;
    const SimSeconds at = settlementAt(t, monthsAgo);
    const FlatState then = state(at);
    const auto value = m_config.water ? measured(then.volumeM3, 2, kUnitM3) : energyRegister(then.energyKwh);
    // 4 BCD digits and the unit, where the profile puts them (as in the 901F slots).
    std::array<std::uint8_t, 5> payload{};
    const bool unitFirst = p.unitPosition == cjt188::UnitPosition::UnitFirst;
    cjt188::encodeBcd(value.digits, std::span(payload).subspan(unitFirst ? 1 : 0, 4), p.valueOrder);
    payload[unitFirst ? 0 : 4] = value.unitCode;
    const cjt188::FrameFields fields{p.preambleCount, m_config.replyMeterType, m_config.address,
                                     std::uint8_t(0x80 | cjt188::function::ReadData)};
    const auto di = static_cast<std::uint16_t>(cjt188::di::History1 + monthsAgo - 1);
    return cjt188::buildMessage(fields, di, p.diOrder, ser, payload, p.plus33)
        .value_or(std::vector<std::uint8_t>{});
}

std::vector<std::uint8_t> SimulatedCjt188Meter::reply(SimSeconds t, std::uint8_t ser) const {
    const auto& p = m_config.profile;
    const cjt188::Status status = statusOf(m_valveClosed, m_config.batteryLow);
    cjt188::MeterClock clock;
    clock.time = civilFromSeconds(meterClock(t));
    const SimSeconds dueAt = settlementAt(t, 0);

    const FlatState s = state(t);
    const FlatState d = state(dueAt);
    if (m_config.water) {
        cjt188::WaterData w;
        w.currentVolume = measured(s.volumeM3, 2, kUnitM3);
        w.settlementVolume = measured(d.volumeM3, 2, kUnitM3);
        w.clock = clock;
        w.status = status;
        return cjt188::buildWaterReply(p, m_config.replyMeterType, m_config.address, p.diOrder, ser, w);
    }
    cjt188::HeatData h;
    h.settlementEnergy = energyRegister(d.energyKwh);
    h.currentEnergy = energyRegister(s.energyKwh);
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
    if (frame->control.function() == cjt188::function::ReadData && di.di >= cjt188::di::History1 &&
        di.di <= cjt188::di::History12)
        return historyReply(now, di.di - cjt188::di::History1 + 1, ser);
    if (frame->control.function() == cjt188::function::WriteData && di.di == cjt188::di::ValveControl)
        return valve(*frame, ser, now);
    return std::nullopt;
}

std::optional<std::vector<std::uint8_t>> SimulatedCjt188Meter::valve(const cjt188::Frame& frame,
                                                                     std::uint8_t ser, SimSeconds now) {
    const auto decoded = cjt188::decodeMessage(frame, m_config.profile);
    const auto* message = std::get_if<cjt188::Message>(&decoded);
    const auto* command = message ? std::get_if<cjt188::ValveCommand>(&message->payload) : nullptr;
    if (command == nullptr)
        return std::nullopt;
    const auto& p = m_config.profile;
    if (command->code != p.valveOpenCode && command->code != p.valveCloseCode) // a vendor code it lacks
        return cjt188::buildAbnormalReply(p, m_config.replyMeterType, m_config.address,
                                          cjt188::function::WriteData, ser,
                                          statusOf(m_valveClosed, m_config.batteryLow));
    const bool close = command->code == p.valveCloseCode;
    const bool shut = !m_shut.empty() && !m_shut.back().until;
    if (close && !shut)
        m_shut.push_back({now, std::nullopt});
    else if (!close && shut)
        m_shut.back().until = now;
    m_valveClosed = close;
    return cjt188::buildStatusReply(p, m_config.replyMeterType, m_config.address, cjt188::function::WriteData,
                                    cjt188::di::ValveControl, p.diOrder, ser,
                                    statusOf(m_valveClosed, m_config.batteryLow));
}

} // namespace heatdesk::sim
