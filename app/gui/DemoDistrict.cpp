// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDistrict.h"

#include "sim/ScenarioHistory.h"
#include "station/ChannelSettings.h"
#include "store/ConfigRepository.h"

#include <QFile>
#include <QTcpServer>

namespace heatdesk::gui {

DemoDistrict::DemoDistrict(QObject* parent)
    : QObject(parent) {}

DemoDistrict::~DemoDistrict() = default;

QString DemoDistrict::prepare(QString* error, const std::function<void(double)>& progress) {
    QFile file(QStringLiteral(":/demo/scenario.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the demo scenario is missing from this build");
        return {};
    }
    auto parsed = sim::Scenario::fromJson(file.readAll());
    if (auto* bad = std::get_if<QString>(&parsed)) {
        *error = QStringLiteral("demo scenario: %1").arg(*bad);
        return {};
    }
    m_scenario = std::get<sim::Scenario>(std::move(parsed));
    // The demo happens now, whatever date the scenario file names: its history ends where the
    // live meters take over.
    m_scenario.start.reset();
    m_epoch = m_scenario.epoch();
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return {};
    }
    sim::ScenarioHistoryOptions options;
    options.dbPath = databasePath();
    options.epoch = m_epoch;
    const auto result = sim::generateScenarioHistory(m_scenario, options, error, progress);
    if (!result)
        return {};
    m_channelIds = result->channelIds;
    return databasePath();
}

QString DemoDistrict::serve() {
    m_physics = std::make_unique<sim::HeatingPhysics>(m_scenario.physics(m_epoch));
    store::Database db;
    if (auto e = db.open(databasePath()))
        return e->message;
    store::ConfigRepository config(db);
    // The workstation's DTU port for this run: a free port on 127.0.0.1 (the DTUs redial until
    // the window's station listens on it).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QStringLiteral("no free port for the demo DTUs: %1").arg(probe.errorString());
    const quint16 dtuPort = probe.serverPort();
    probe.close();
    if (auto e = config.setSetting(QStringLiteral("dtu_listen"), QStringLiteral("127.0.0.1:%1").arg(dtuPort)))
        return e->message;

    for (std::size_t i = 0; i < m_scenario.buses.size() && i < m_channelIds.size(); ++i) {
        // One line per channel: buses sharing a converter or DTU are served by their first.
        if (m_scenario.channelBuses(i).front() != i)
            continue;
        auto line = m_scenario.buildLine(i, *m_physics, m_epoch);
        if (!line)
            return QStringLiteral("demo bus %1 could not be built").arg(i);
        if (auto dtu = m_scenario.dtuFor(i)) {
            dtu->host = QStringLiteral("127.0.0.1");
            dtu->port = dtuPort;
            m_dtus.push_back(std::make_unique<sim::DtuClient>(*dtu, *line));
            m_dtus.back()->start();
        } else {
            auto server = std::make_unique<sim::TcpBusServer>(*line);
            if (!server->listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("demo converter %1: %2").arg(i).arg(server->errorString());
            station::ChannelSettings settings;
            settings.kind = station::ChannelSettings::Kind::Tcp;
            settings.tcp.host = QStringLiteral("127.0.0.1");
            settings.tcp.port = server->serverPort();
            settings.serial.baud = static_cast<qint32>(line->config().baud);
            if (auto e = config.setChannelSettings(m_channelIds[i], settings.toJson()))
                return e->message;
            m_servers.push_back(std::move(server));
        }
        m_buses.push_back(std::move(line));
    }
    return {};
}

} // namespace heatdesk::gui
