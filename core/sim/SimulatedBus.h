// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimulatedCjt188Meter.h"
#include "sim/SimulatedMbusMeter.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace heatdesk::sim {

// Time on the bus in microseconds since the bus's epoch (the physics instant `epoch`).
using Micros = std::int64_t;

// One byte as the master's UART delivers it: `at` is when its stop bit ends.
struct ScheduledByte {
    Micros at = 0;
    std::uint8_t byte = 0;
    friend bool operator==(const ScheduledByte&, const ScheduledByte&) = default;
};

// Faults of the whole bus. Rates are per byte (drop) or per bit of the 11-bit character (bit
// errors: start, 8 data, even parity, stop) or per reply (duplicate), drawn from the bus's seeded generator:
// the same seed and the same requests give the same bytes.
struct BusFaults {
    bool overload = false; // bus current above the master's limit: replies drown in garbage
    bool noLoad = false;   // no meter connected (or the bus cut): nothing ever answers
    double bitErrorRate = 0;
    double dropRate = 0;
    double duplicateRate = 0;
    friend bool operator==(const BusFaults&, const BusFaults&) = default;
};

struct MeterFaults {
    bool silent = false;
    int extraDelayMs = 0; // a slow meter: added to its response delay, even past the window
};

// What a line has carried since it was built: the simulator's summary of requests served.
struct LineCounters {
    std::uint64_t requests = 0; // frames with a good checksum the master put on the line
    std::uint64_t answered = 0; // of them, those some meter answered (garbled or not)
    std::uint64_t bytesIn = 0;  // everything the master sent, frames or not
    std::uint64_t bytesOut = 0; // everything the master received: echo and replies
};

// Sees each transmission: the master's bytes and everything it receives because of them.
using TransmitObserver =
    std::function<void(std::span<const std::uint8_t> request, const std::vector<ScheduledByte>& received)>;

struct BusConfig {
    std::uint32_t baud = 2400; // 300..9600 on M-Bus
    bool echo = false;         // lines (some level converters, RS-485 half duplex) echo the request
    // The master's UART (or the converter's) checks each character's parity and stop bit and
    // drops a bad one, as HeatDesk's serial link has the driver do. False: bad characters are
    // handed on as received, leaving the M-Bus checksum alone against bit errors.
    bool receiverChecksParity = true;
    std::uint64_t seed = 1;
    BusFaults faults;
};

// Up to 250 meters behind one M-Bus master channel, sans-I/O: the master's request bytes and the
// time they start go in; every byte the master then receives comes out with its arrival time.
// Pacing is 11 bits a character (start, 8 data, parity, stop) at the bus baud, both ways.
// Meters only see frames with a correct checksum (they check, as real ones do). When several
// meters answer at once their characters overlap on the wire: the master's UART samples the
// first start bit and gets the wired-AND of everything transmitting during that character
// (M-Bus replies are current pulses, a 0 bit wins), deterministically.
class SimulatedBus {
public:
    static constexpr int kMaxMeters = 250;

    SimulatedBus(BusConfig config, SimSeconds epoch);
    ~SimulatedBus();
    SimulatedBus(const SimulatedBus&) = delete;
    SimulatedBus& operator=(const SimulatedBus&) = delete;

    const BusConfig& config() const { return m_config; }
    // When an overload or a cut ends, the bus power comes back: every M-Bus meter's interface
    // starts from power-up (deselected; those that need it want SND_NKE again).
    void setFaults(const BusFaults& faults);
    void setBaud(std::uint32_t baud) { m_config.baud = baud; }
    // Nothing (nullptr) when the bus already has kMaxMeters meters. The meter keeps a reference
    // to `physics`, so a temporary is refused.
    SimulatedMbusMeter* addMbusMeter(const MbusMeterConfig& config, const HeatingPhysics& physics,
                                     MeterFaults faults = {});
    SimulatedMbusMeter* addMbusMeter(const MbusMeterConfig&, HeatingPhysics&&, MeterFaults = {}) = delete;
    SimulatedCjt188Meter* addCjt188Meter(const Cjt188MeterConfig& config, const HeatingPhysics& physics,
                                         MeterFaults faults = {});
    SimulatedCjt188Meter* addCjt188Meter(const Cjt188MeterConfig&, HeatingPhysics&&,
                                         MeterFaults = {}) = delete;
    int meterCount() const { return static_cast<int>(m_meters.size()); }
    SimulatedMbusMeter* mbusMeter(int index);
    SimulatedCjt188Meter* cjt188Meter(int index);
    void setMeterFaults(int index, MeterFaults faults);
    const LineCounters& counters() const { return m_counters; }
    // Called after every transmit (logging); an empty function stops it.
    void setObserver(TransmitObserver observer) { m_observer = std::move(observer); }

    // Microseconds one character takes at the bus baud.
    Micros characterMicros() const;
    // Simulated wall time of a bus instant (for the meters' physics).
    SimSeconds wallTime(Micros at) const { return m_epoch + at / 1000000; }

    // The master puts `request` on the line starting at `at`. Returns everything the master
    // receives because of it, in time order: the echo (if the line echoes), then the replies.
    // A transmission overlapping an earlier one's replies is the caller's business: a master
    // waits for the answer or its timeout before the next request.
    std::vector<ScheduledByte> transmit(std::span<const std::uint8_t> request, Micros at);

private:
    struct Char {
        Micros start;
        std::uint8_t byte;
        int source;
    };
    struct Meter;

    std::uint64_t next();
    double nextUnit();
    void applyLineFaults(std::vector<std::uint8_t>& reply);
    // Bit errors in one character; true when the receiver drops it.
    bool flipBits(std::uint8_t& byte);
    std::vector<ScheduledByte> receive(std::vector<Char> chars) const;

    BusConfig m_config;
    SimSeconds m_epoch;
    std::vector<std::unique_ptr<Meter>> m_meters;
    std::uint64_t m_draws = 0;
    LineCounters m_counters;
    TransmitObserver m_observer;
};

} // namespace heatdesk::sim
