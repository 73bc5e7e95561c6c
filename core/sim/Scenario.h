// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/DtuClient.h"
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
    // Fault "meter replaced": this long after the simulation starts, a new meter with this
    // identification takes its place (Scenario::buildBus turns it into config.replacement).
    std::optional<SimSeconds> replacedAfterSeconds;
    std::uint32_t replacementIdBcd = 0;
};
struct Cjt188MeterSpec {
    Cjt188MeterConfig config;
    MeterFaults faults;
};
using MeterSpec = std::variant<MbusMeterSpec, Cjt188MeterSpec>;

// How the workstation reaches a bus through a GPRS DTU that dials in: who the DTU says it is and
// how it keeps the link. The caller adds where it dials (DtuConfig::host, port).
struct DtuSpec {
    QString id;         // as the channel's "dtu_id" stores it: text, or hex digits
    bool idHex = false; // "hex": the registration packet is these bytes, not their text
    QByteArray heartbeat = QByteArrayLiteral("ping");
    int heartbeatMs = 60000;
    int frameIntervalMs = 200;
    bool idOnEveryPacket = false; // "data" mode: the ID also prefixes every packet
    // A vendor framing wraps everything in its packets (heatdesk-sim --dtu-framing).
    link::DtuFraming framing = link::DtuFraming::Plain;
    // Faults (DtuConfig): the link drops in the middle of a reply, random bytes before a reply,
    // an endless stream of random bytes once connected.
    double disconnectMidFrameRate = 0;
    double garbageRate = 0;
    bool endlessStream = false;
    friend bool operator==(const DtuSpec&, const DtuSpec&) = default;
};

struct BusSpec {
    QString name;
    QString site;     // the heat exchange station it belongs to; empty: the scenario's name
    QString building; // what its heat users' addresses say; empty: the bus name
    // Buses naming the same channel hang on one line (one converter or DTU) and share its baud,
    // echo, faults and DTU; empty: a channel of its own.
    QString channel;
    // The TCP port its converter listens on when heatdesk-sim serves the scenario with
    // --tcp-listen; 0: the next of the consecutive ports from --tcp-listen's.
    quint16 tcpPort = 0;
    BusConfig config;
    std::optional<DtuSpec> dtu; // reached through a GPRS DTU; absent: a serial-to-Ethernet converter
    std::vector<MeterSpec> meters;
};

// A simulation as a file describes it (JSON: climate seed and start time, buses with their
// faults, meters with their layouts, addresses and faults). resources/demo/ has an example;
// every field but the meters' identities has a default.
//
// Bus keys: "name", "site", "building", "baud", "echo", "faults" {"overload", "no_load",
// "bit_error_rate", "drop_rate", "duplicate_rate"}, "meters", "tcp_port" (a wired channel's), and
//   "channel": "NAME"  buses with the same NAME share one channel (one line), which must be
//                      described alike on each (baud, echo, faults, dtu, tcp_port);
//   "dtu": {"id": "868...", "id_format": "ascii"|"hex", "heartbeat": "ping",
//           "heartbeat_s": 60, "frame_interval_ms": 200}
//                      the bus is reached through a GPRS DTU with that ID (hex: an even number of
//                      hex digits, sent as bytes), heartbeat bytes (text) sent after heartbeat_s
//                      idle seconds (0: none), serial bytes bundled by the frame interval;
//                      optional "id_every_packet": true and "faults" {"disconnect_mid_frame_rate",
//                      "garbage_rate", "endless_stream"}.
// Meter faults: "silent", "slow_ms", "rollover_units" (the energy register's units: kWh, 0.1 MWh,
// 10 kWh by M-Bus layout, 0.01 kWh on CJ/T 188), "clock_offset_s", "clock_drift_ppm", and for
// M-Bus meters "replaced": {"after_s": 600, "id": "26019999"}.
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

    // The buses on the channel of bus `index`, in scenario order (the bus alone without a
    // shared channel); the first of them stands for the channel. Empty for no such bus.
    std::vector<std::size_t> channelBuses(std::size_t index) const;
    // The line of bus `index` as its channel's transport serves it: the meters of every bus on
    // that channel, with the channel's baud, echo and faults. Serve one line per channel.
    std::unique_ptr<SimulatedBus> buildLine(std::size_t index, const HeatingPhysics& physics,
                                            SimSeconds epoch) const;
    // The name of bus `index`'s channel, as the workstation's database has it: "GPRS DTU <id>"
    // behind a DTU, else the "channel" key, else "串口服务器 N" (N: the channel's number).
    QString channelName(std::size_t index) const;
    // How the DTU in front of bus `index` behaves, without where it dials (host, port: the
    // workstation's "dtu_listen"); nothing for a bus behind a converter.
    std::optional<DtuConfig> dtuFor(std::size_t index) const;
};

} // namespace heatdesk::sim
