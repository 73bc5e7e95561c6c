// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace heatdesk::bus {

enum class BusState : quint8 {
    Idle,              // fact: nothing running
    Reading,           // fact: a job runs (with progress)
    NoLoadSuspected,   // inferred: every meter silent (no bus power, cut cable, wrong port)
    OverloadSuspected, // inferred: garbage and collision-like answers across addresses
    Offline,           // fact: the link cannot be used
};
QString busStateName(BusState state); // the cli.md names: idle, reading, no_load_suspected, …

// What the workstation says about a bus, always with the why. Transparent RS-232 masters show
// overload only on an LED, so the two "suspected" states are guesses from traffic and say so.
struct BusStatus {
    BusState state = BusState::Idle;
    bool inferred = false;
    QString evidence;
    int done = 0; // Reading: progress
    int total = 0;
};

// A device that can tell its real bus state (a level converter with a documented status
// command) plugs in here; its report wins over inference.
class BusHealthSource {
public:
    virtual ~BusHealthSource() = default;
    [[nodiscard]] virtual std::optional<BusStatus> report() const = 0;
};

// Tallies how addresses answered during one run and infers the bus state from it.
class BusStatusInference {
public:
    // Fewer silent or garbled addresses than this prove nothing about the bus: one silent
    // meter is a meter problem.
    static constexpr int kMinEvidence = 3;

    void reset() { *this = BusStatusInference{}; }
    void addClean() { ++m_clean; }
    void addSilent() { ++m_silent; }
    void addGarbled(std::uint64_t garbageBytes, std::uint64_t checksumErrors) {
        ++m_garbled;
        m_garbageBytes += garbageBytes;
        m_checksumErrors += checksumErrors;
    }
    void addCollision() { ++m_collisions; }

    // The state after a run (Idle, or one of the suspected states), with its evidence.
    [[nodiscard]] BusStatus infer() const;

    [[nodiscard]] int clean() const { return m_clean; }
    [[nodiscard]] int silent() const { return m_silent; }
    [[nodiscard]] int garbled() const { return m_garbled; }

private:
    int m_clean = 0;
    int m_silent = 0;
    int m_garbled = 0;
    int m_collisions = 0;
    std::uint64_t m_garbageBytes = 0;
    std::uint64_t m_checksumErrors = 0;
};

} // namespace heatdesk::bus
