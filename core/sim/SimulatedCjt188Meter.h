// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Frame.h"
#include "cjt188/Message.h"
#include "cjt188/MeterProfile.h"
#include "sim/HeatingPhysics.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::sim {

struct Cjt188MeterConfig {
    cjt188::Address address;
    // Heat meters answer 901F with the 43-byte heat layout, water meters with the 19-byte one.
    // Real heat meters answer with 25H to a request for 20H, so the reply type is its own field.
    std::uint8_t replyMeterType = 0x25;
    bool water = false;
    cjt188::MeterProfile profile; // DI order, FE count, byte orders, unit position, +33H
    FlatParams flat;
    WaterParams waterParams;
    int responseDelayMs = 40;
    std::int64_t clockOffsetSeconds = 0;
    double clockDriftPpm = 0;
    bool batteryLow = false;
    bool valveClosed = false;
    // The energy registers wrap at this many hundredths of a kWh (0 = the field's 8 digits):
    // small values let a test see a rollover.
    std::int64_t energyRolloverUnits = 0;
};

// One CJ/T 188 heat or water meter, sans-I/O, written with the project's own cjt188 encoder so
// that every profile variant it speaks is one the decoder is known to read.
class SimulatedCjt188Meter {
public:
    // The meter keeps a reference to `physics`: a temporary would dangle, so it is refused.
    SimulatedCjt188Meter(Cjt188MeterConfig config, const HeatingPhysics& physics);
    SimulatedCjt188Meter(Cjt188MeterConfig config, HeatingPhysics&& physics) = delete;

    const Cjt188MeterConfig& config() const { return m_config; }
    // A complete request frame (any FE preamble); the reply or nothing. Answers 901F read data
    // and the settlement-day history D120..D12B (either DI order), valve control A017 (C=04: the
    // profile's open or close code moves the valve, the reply's ST shows where it is), and
    // read-address to the broadcast address.
    std::optional<std::vector<std::uint8_t>> handle(std::span<const std::uint8_t> frame, SimSeconds now);
    // The 901F reply at time t with sequence number `ser`.
    std::vector<std::uint8_t> reply(SimSeconds t, std::uint8_t ser) const;
    // The D120..D12B reply: the register at midnight of the settlement day (the 1st) `monthsAgo`
    // months before the latest one, which 901F reports.
    std::vector<std::uint8_t> historyReply(SimSeconds t, int monthsAgo, std::uint8_t ser) const;
    SimSeconds meterClock(SimSeconds t) const;
    bool valveClosed() const { return m_valveClosed; }
    // What the meter measures at t: its flat's heat, or its household's water for a water meter
    // (volume and flow). While a valve closed by command is shut, nothing flows and the registers
    // stand still.
    FlatState state(SimSeconds t) const;

private:
    struct Shut {
        SimSeconds from;
        std::optional<SimSeconds> until; // still shut without
    };
    // A017: the profile's open or close code moves the valve; the reply's ST says where it is.
    std::optional<std::vector<std::uint8_t>> valve(const cjt188::Frame& request, std::uint8_t ser,
                                                   SimSeconds now);
    FlatState physical(SimSeconds t) const;
    // An energy register's value as the meter shows it: hundredths of a kWh, wrapped.
    cjt188::MeasuredValue energyRegister(double kwh) const;
    // The latest settlement day `monthsAgo` months back, as real time.
    SimSeconds settlementAt(SimSeconds t, int monthsAgo) const;

    Cjt188MeterConfig m_config;
    const HeatingPhysics& m_physics;
    bool m_valveClosed;       // as ST reports it; a configured closed valve was shut before the history
    std::vector<Shut> m_shut; // when commands shut the valve
};

} // namespace heatdesk::sim
