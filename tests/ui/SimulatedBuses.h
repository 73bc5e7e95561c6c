// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated M-Bus buses behind simulated serial-to-Ethernet converters on 127.0.0.1, registered
// in a workstation database as TCP channels: what the window tests and the GUI benchmark read.
#pragma once

#include "SimTestSupport.h"
#include "sim/TcpBusServer.h"
#include "store/ConfigRepository.h"

#include <memory>
#include <vector>

namespace uitest {

class SimulatedBuses {
public:
    // The site is added with the first bus (the database may not be open yet here).
    SimulatedBuses(heatdesk::store::Database& db, QString site)
        : m_db(db)
        , m_siteName(std::move(site)) {}

    // A bus of `meters` meters at primary addresses 1..n with identifications base+1..base+n.
    qint64 add(const QString& name, int meters, std::uint32_t baud = 9600,
               heatdesk::sim::BusFaults faults = {}, std::uint32_t idBase = 0x26020000u) {
        using namespace heatdesk;
        sim::BusConfig config;
        config.baud = baud;
        config.faults = faults;
        auto bus = std::make_unique<sim::SimulatedBus>(config, simtest::at("2026-01-15T09:00"));
        auto server = std::make_unique<sim::TcpBusServer>(*bus);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return 0;
        store::ConfigRepository repo(m_db);
        if (m_site == 0)
            m_site = repo.addSite(m_siteName).value_or(0);
        const auto channel = repo.addChannel(m_site, name + " converter", "tcp",
                                             QStringLiteral(R"({"host":"127.0.0.1","tcp_port":%1,"baud":%2})")
                                                 .arg(server->serverPort())
                                                 .arg(baud));
        const qint64 busId = *repo.addBus(*channel, name);
        for (int i = 1; i <= meters; ++i) {
            sim::MbusMeterConfig c;
            c.primaryAddress = std::uint8_t(i);
            c.idBcd = idBase + std::uint32_t(i);
            c.responseDelayMs = 15;
            bus->addMbusMeter(c, m_physics);
            store::MeterConfig m;
            m.busId = busId;
            m.number = QString::asprintf("%08X", c.idBcd);
            m.primaryAddress = i;
            repo.addMeter(m);
        }
        m_buses.push_back(std::move(bus));
        m_servers.push_back(std::move(server));
        return busId;
    }

    // A CJ/T 188 heat meter at `address` (14 digits) on the index-th bus added (database id busId).
    heatdesk::sim::SimulatedCjt188Meter* addCjt188Meter(std::size_t index, qint64 busId,
                                                        const char* address) {
        using namespace heatdesk;
        sim::Cjt188MeterConfig c;
        c.address = *cjt188::Address::fromText(address);
        c.responseDelayMs = 20;
        auto* meter = m_buses.at(index)->addCjt188Meter(c, m_physics);
        store::MeterConfig m;
        m.busId = busId;
        m.number = QString::fromLatin1(address);
        m.protocol = QStringLiteral("cjt188");
        m.medium = QStringLiteral("heat");
        store::ConfigRepository(m_db).addMeter(m);
        return meter;
    }

private:
    heatdesk::store::Database& m_db;
    QString m_siteName;
    qint64 m_site = 0;
    heatdesk::sim::HeatingPhysics m_physics = simtest::physics(5);
    std::vector<std::unique_ptr<heatdesk::sim::SimulatedBus>> m_buses;
    std::vector<std::unique_ptr<heatdesk::sim::TcpBusServer>> m_servers;
};

} // namespace uitest
