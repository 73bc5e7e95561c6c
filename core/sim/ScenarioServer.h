// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/DtuClient.h"
#include "sim/PtyBusServer.h"
#include "sim/Scenario.h"
#include "sim/TcpBusServer.h"

#include <QHostAddress>
#include <QObject>
#include <memory>
#include <vector>

namespace heatdesk::sim {

// Which transports serve a scenario's lines. A line is a channel of the scenario: the buses
// naming one "channel" (or a bus alone) with every meter of them on one wire.
struct ServeOptions {
    double realtimeFactor = 1.0;
    // Lines without a DTU ("wired"): each on a TCP server of its own like a serial-to-Ethernet
    // converter, each on a pseudo terminal like an RS-232 master, or not served.
    enum class Wired { None, Tcp, Pty };
    Wired wired = Wired::None;
    QHostAddress tcpHost = QHostAddress(QHostAddress::LocalHost);
    // The first wired line listens here, the next one on the port after, in scenario order;
    // 0: each on a free port the system picks. A line with a "tcp_port" in the scenario listens
    // there instead and takes no number.
    quint16 firstTcpPort = 0;
    // Where the lines behind a DTU dial in (the workstation's DTU port); an empty host leaves
    // them unserved.
    QString dtuHost;
    quint16 dtuPort = 0;
};

// One line and what serves it.
struct ServedLine {
    QString channel;                // Scenario::channelName, as the workstation's database has it
    std::vector<std::size_t> buses; // the scenario's buses on it; the first stands for the channel
    std::unique_ptr<SimulatedBus> bus;
    // At most one of these, by the line's kind and the options; none: not served.
    std::unique_ptr<TcpBusServer> tcp;
    std::unique_ptr<PtyBusServer> pty;
    std::unique_ptr<DtuClient> dtu;
    QString endpoint; // "127.0.0.1:17000", "/dev/pts/5", the DTU's ID; empty when not served
    std::optional<DtuConfig> dtuConfig; // how (and, when served, where) the line's DTU dials

    bool behindDtu() const { return dtuConfig.has_value(); }
};

// A scenario served the way the field has it, for heatdesk-sim and the GUI's demo: one
// SimulatedBus per channel (Scenario::buildLine), each on its own transport, paced at its baud;
// the lines behind GPRS DTUs dial in with their scenario IDs. Lives on the event loop.
class ScenarioServer : public QObject {
    Q_OBJECT
public:
    // The physics starts at `epoch` (Scenario::epoch(), or the demo's now).
    ScenarioServer(Scenario scenario, SimSeconds epoch, QObject* parent = nullptr);
    ~ScenarioServer() override;

    // Builds every line and serves those the options have a transport for; the DTUs start
    // dialling (and redial until someone listens). False with a message naming the channel when
    // a port or pseudo terminal cannot be opened.
    bool start(const ServeOptions& options, QString* error);

    const Scenario& scenario() const { return m_scenario; }
    const std::vector<ServedLine>& lines() const { return m_lines; }

private:
    Scenario m_scenario;
    SimSeconds m_epoch;
    std::unique_ptr<HeatingPhysics> m_physics;
    std::vector<ServedLine> m_lines;
};

} // namespace heatdesk::sim
