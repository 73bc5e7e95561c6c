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
    BusConfig config;
    std::vector<MeterSpec> meters;
};

// A simulation as a file describes it (JSON: climate seed and start time, buses with their
// faults, meters with their layouts, addresses and faults). resources/demo/ has an example;
// every field but the meters' identities has a default.
struct Scenario {
    QString name;
    ClimateParams climate;
    std::optional<SimSeconds> start; // simulated time when the simulation starts; absent: now
    std::vector<BusSpec> buses;

    // Reads a scenario; on error says what and where ("buses[0].meters[3].layout: ...").
    static std::variant<Scenario, QString> fromJson(const QByteArray& json);

    // A bus with its meters, ready to transmit. The physics must outlive the bus.
    std::unique_ptr<SimulatedBus> buildBus(std::size_t index, const HeatingPhysics& physics,
                                           SimSeconds epoch) const;
};

} // namespace heatdesk::sim
