// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimulatedBus.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace heatdesk::sim {

struct MbusMeterSpec {
    MbusMeterConfig config;
    MeterFaults faults;
};
struct Cjt188MeterSpec {
    Cjt188MeterConfig config;
    MeterFaults faults;
};
using MeterSpec = std::variant<MbusMeterSpec, Cjt188MeterSpec>;

struct BusSpec {
    QString name;
    QString site;     // the heat exchange station it belongs to; empty: the scenario's name
    QString building; // what its heat users' addresses say; empty: the bus name
    BusConfig config;
    std::vector<MeterSpec> meters;
};

// A simulation as a file describes it (JSON: climate seed and start time, buses with their
// faults, meters with their layouts, addresses and faults). resources/demo/ has an example;
// every field but the meters' identities has a default.
struct Scenario {
    // Registers carry this much history before the simulation starts: the physics' origin.
    static constexpr SimSeconds kHistorySeconds = 180 * 86400;

    QString name;
    QString community; // the residential estate its heat users live in; empty: the scenario's name
    ClimateParams climate;
    std::optional<SimSeconds> start; // simulated time when the simulation starts; absent: now
    std::vector<BusSpec> buses;

    // Reads a scenario; on error says what and where ("buses[0].meters[3].layout: ...").
    static std::variant<Scenario, QString> fromJson(const QByteArray& json);
    // Reads a scenario file (at most 16 MiB); errors name the file. `unreadable` tells a file
    // that could not be opened from one that is not a scenario.
    static std::variant<Scenario, QString> fromFile(const QString& path, bool* unreadable = nullptr);

    // When the simulation starts: the scenario's start, or now (China time) without one.
    SimSeconds epoch() const;
    // The district's physics for a simulation starting at `epoch`. The live simulator and the
    // history written before it must use this one construction, or the registers would jump.
    HeatingPhysics physics(SimSeconds epoch) const;

    // A bus with its meters, ready to transmit. The physics must outlive the bus.
    std::unique_ptr<SimulatedBus> buildBus(std::size_t index, const HeatingPhysics& physics,
                                           SimSeconds epoch) const;
};

} // namespace heatdesk::sim
