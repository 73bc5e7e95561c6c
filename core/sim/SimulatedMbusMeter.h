// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/Requests.h"
#include "sim/HeatingPhysics.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace heatdesk::sim {

// Record layouts copied from real heat- and water-meter telegrams in tests/data/mbus/frames: which
// records, in which order, with which DIF coding and VIF resolution. Only the values are simulated.
enum class MbusLayout : std::uint8_t {
    LandisGyrT230,        // landis+gyr_ultraheat_t230: BCD, kWh, 0.01 m³, storage 1 due-date values
    EngelmannSensoStar2C, // engelmann_sensostar2c: binary, energy in 0.1 MWh (FB 00), °C integers
    SvmF22,               // svm_f22_telegram1: binary, kWh and litres; two telegrams (DIF 1F)
    ItronCf55,            // itron_cf_55: BCD, energy in 10 kWh, volume in m³, firmware versions (FD 0E/0F)
    // EFE_Engelmann-WaterStar: a warm-water meter (medium 06), binary, litres, year-end and
    // month-end registers, flow and its maximum in l/h. Its volume is the flat's tap water.
    EngelmannWaterStar,
};
std::string_view layoutName(MbusLayout layout);
std::optional<MbusLayout> layoutFromName(std::string_view name);

struct MbusMeterConfig {
    MbusLayout layout = MbusLayout::LandisGyrT230;
    std::uint8_t primaryAddress = 0;
    std::uint32_t idBcd = 0x00000001; // identification as BCD digits: 0x12345678 prints 12345678
    FlatParams flat;
    WaterParams water; // the household's tap water: what a water-meter layout measures
    // Some meters answer nothing but SND_NKE after power-up (their link layer starts unset).
    bool needsSndNkeAfterPowerUp = false;
    // Response delay after the request's last stop bit (EN 13757-2: 11 bit times .. 330 bit
    // times + 50 ms); the bus turns it into byte times.
    int responseDelayMs = 30;
    // Meter clock: offset at the origin and drift in parts per million.
    std::int64_t clockOffsetSeconds = 0;
    double clockDriftPpm = 0;
    bool batteryLow = false; // status bit 2 (power low)
    // The energy register wraps at this many units of its resolution (0 = the field's width):
    // small values let a test see a rollover.
    std::int64_t energyRolloverUnits = 0;
    // Idle filler (2F) at the end of each telegram, as some meters pad to a fixed length.
    int fillerBytes = 0;
    // Fault "meter replaced" at a set instant: the first request from then on finds the new meter.
    struct Replacement {
        SimSeconds at = 0;
        std::uint32_t newIdBcd = 0;
    };
    std::optional<Replacement> replacement;
};

// One wired M-Bus heat meter, sans-I/O: fed with a request frame and the time, it returns what
// it would put on the line (E5, an RSP_UD, or nothing). Link-layer behaviour follows
// EN 13757-2: primary and secondary addressing with wildcards, FCB toggling to step through a
// multi-telegram read-out and to repeat the last telegram, SND_NKE resets.
class SimulatedMbusMeter {
public:
    // The meter keeps a reference to `physics`: a temporary would dangle, so it is refused.
    SimulatedMbusMeter(MbusMeterConfig config, const HeatingPhysics& physics);
    SimulatedMbusMeter(MbusMeterConfig config, HeatingPhysics&& physics) = delete;

    const MbusMeterConfig& config() const { return m_config; }
    std::uint8_t primaryAddress() const { return m_config.primaryAddress; }
    mbus::SecondaryAddress secondaryAddress() const;
    std::uint16_t manufacturer() const;
    std::uint8_t version() const;
    std::uint8_t medium() const;
    int telegramCount() const;

    // Back to power-up state: deselected, link layer unset.
    void powerUp();
    // Replaces the meter (fault "meter replaced"): new identification, registers from zero at `at`.
    void replace(std::uint32_t newIdBcd, SimSeconds at);

    // A complete, checksum-valid frame addressed to anyone; the reply or nothing.
    std::optional<std::vector<std::uint8_t>> handle(std::span<const std::uint8_t> frame, SimSeconds now);

    // Telegram `index` (0-based) of a read-out at time `t`, as RSP_UD to `address`.
    std::vector<std::uint8_t> telegram(int index, SimSeconds t, std::uint8_t address);
    // Every telegram of one read-out back to back, as a master collects them (decodeFrames reads it).
    std::vector<std::uint8_t> readout(SimSeconds t);
    // The physical truth at t (registers offset by a replacement). A water meter's volume and
    // flow are the household's tap water.
    FlatState state(SimSeconds t) const;
    bool isWaterMeter() const;
    // The meter's own clock at real time t.
    SimSeconds meterClock(SimSeconds t) const;

private:
    // What the meter's sensors see at t, registers as if never replaced.
    FlatState measured(SimSeconds t) const;
    bool addressedToMe(std::uint8_t a) const;
    bool matches(std::span<const std::uint8_t> selection) const;

    MbusMeterConfig m_config;
    const HeatingPhysics& m_physics;
    bool m_linkReady = true;
    bool m_selected = false;
    std::optional<bool> m_lastFcb;
    int m_lastIndex = 0;
    std::vector<std::uint8_t> m_lastReply;
    std::uint8_t m_access = 0;
    double m_energyBase = 0; // subtracted after a replacement
    double m_volumeBase = 0;
};

} // namespace heatdesk::sim
