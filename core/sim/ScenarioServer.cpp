// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ScenarioServer.h"

namespace heatdesk::sim {

ScenarioServer::ScenarioServer(Scenario scenario, SimSeconds epoch, QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_epoch(epoch) {}

ScenarioServer::~ScenarioServer() = default;

bool ScenarioServer::start(const ServeOptions& options, QString* error) {
    auto fail = [&](const ServedLine& line, const QString& why) {
        if (error)
            *error = QStringLiteral("channel %1: %2").arg(line.channel, why);
        return false;
    };
    m_lines.clear();
    m_physics = std::make_unique<HeatingPhysics>(m_scenario.physics(m_epoch));
    int numberedLines = 0; // wired lines without a port of their own in the scenario
    for (std::size_t i = 0; i < m_scenario.buses.size(); ++i) {
        ServedLine line;
        line.buses = m_scenario.channelBuses(i);
        if (line.buses.front() != i)
            continue; // served with the first bus of its channel
        line.channel = m_scenario.channelName(i);
        line.bus = m_scenario.buildLine(i, *m_physics, m_epoch);
        line.dtuConfig = m_scenario.dtuFor(i);
        if (line.behindDtu()) {
            if (!options.dtuHost.isEmpty()) {
                line.dtuConfig->host = options.dtuHost;
                line.dtuConfig->port = options.dtuPort;
                line.dtu = std::make_unique<DtuClient>(*line.dtuConfig, *line.bus, options.realtimeFactor);
                line.endpoint = m_scenario.buses[i].dtu->id;
            }
        } else if (options.wired == ServeOptions::Wired::Tcp) {
            line.tcp = std::make_unique<TcpBusServer>(*line.bus, options.realtimeFactor);
            const quint16 own = m_scenario.buses[i].tcpPort;
            const int port = own != 0                    ? own
                             : options.firstTcpPort == 0 ? 0
                                                         : options.firstTcpPort + numberedLines++;
            if (port > 65535)
                return fail(line, QStringLiteral("no port left after %1").arg(options.firstTcpPort));
            if (!line.tcp->listen(options.tcpHost, quint16(port)))
                return fail(line, QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(options.tcpHost.toString())
                                      .arg(port)
                                      .arg(line.tcp->errorString()));
            line.endpoint =
                QStringLiteral("%1:%2").arg(options.tcpHost.toString()).arg(line.tcp->serverPort());
        } else if (options.wired == ServeOptions::Wired::Pty) {
            line.pty = std::make_unique<PtyBusServer>(*line.bus, options.realtimeFactor);
            QString why;
            if (!line.pty->open(&why))
                return fail(line, QStringLiteral("cannot create a pseudo terminal: %1").arg(why));
            line.endpoint = line.pty->devicePath();
        }
        m_lines.push_back(std::move(line));
    }
    // Dial once every line is up, so that no DTU's reply races a later line's failure.
    for (auto& line : m_lines)
        if (line.dtu)
            line.dtu->start();
    return true;
}

} // namespace heatdesk::sim
