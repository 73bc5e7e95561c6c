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

    sim::ServeOptions options;
    options.wired = sim::ServeOptions::Wired::Tcp;
    options.dtuHost = QStringLiteral("127.0.0.1");
    options.dtuPort = dtuPort;
    m_server = std::make_unique<sim::ScenarioServer>(m_scenario, m_epoch);
    QString error;
    if (!m_server->start(options, &error))
        return QStringLiteral("demo %1").arg(error);
    // Point each converter channel of the database at the port its simulated converter got.
    for (const auto& line : m_server->lines()) {
        if (!line.tcp || line.buses.front() >= m_channelIds.size())
            continue;
        station::ChannelSettings settings;
        settings.kind = station::ChannelSettings::Kind::Tcp;
        settings.tcp.host = QStringLiteral("127.0.0.1");
        settings.tcp.port = line.tcp->serverPort();
        settings.serial.baud = static_cast<qint32>(line.bus->config().baud);
        if (auto e = config.setChannelSettings(m_channelIds[line.buses.front()], settings.toJson()))
            return e->message;
    }
    return {};
}

} // namespace heatdesk::gui
