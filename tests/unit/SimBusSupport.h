// SPDX-License-Identifier: GPL-3.0-or-later
// A live bus for tests that need the whole chain: a real BusEngine over a TcpLink to a
// TcpBusServer on 127.0.0.1 serving a SimulatedBus with meters at the given primary addresses.
// Needs a Qt application (testqt::ensureApp() or the widget tests' QApplication).
#pragma once

#include "SimTestSupport.h"
#include "bus/BusEngine.h"
#include "link/TcpLink.h"
#include "sim/SimulatedBus.h"
#include "sim/TcpBusServer.h"

#include <QTest>
#include <initializer_list>
#include <memory>

namespace simtest {

class LiveBus {
public:
    // 9600 Bd and a realtime factor above 1 keep a test short; the engine's answer windows stay
    // those of the configured baud.
    explicit LiveBus(std::initializer_list<int> primaries, std::uint32_t baud = 9600,
                     double realtimeFactor = 4.0, const QString& name = QStringLiteral("sim-bus"))
        : m_physics(physics(7))
        , m_bus(simConfig(baud), at("2026-01-15T09:00")) {
        std::uint32_t id = 0x10000001;
        for (const int primary : primaries) {
            heatdesk::sim::MbusMeterConfig meter;
            meter.primaryAddress = static_cast<std::uint8_t>(primary);
            meter.idBcd = id++;
            m_bus.addMbusMeter(meter, m_physics);
        }
        m_server = std::make_unique<heatdesk::sim::TcpBusServer>(m_bus, realtimeFactor);
        m_server->listen(QHostAddress::LocalHost, 0);
        heatdesk::link::TcpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server->serverPort();
        s.reconnect = false;
        m_link = std::make_unique<heatdesk::link::TcpLink>(s);
        heatdesk::bus::BusConfig config;
        config.name = name;
        config.baud = baud;
        m_engine = std::make_unique<heatdesk::bus::BusEngine>(m_link.get(), config);
    }

    // Opens the link and waits until the server holds it. False when that did not happen.
    [[nodiscard]] bool connect(int timeoutMs = 3000) {
        m_link->open();
        return QTest::qWaitFor([&] { return m_link->isOpen() && m_server->hasClient(); }, timeoutMs);
    }

    heatdesk::bus::BusEngine& engine() { return *m_engine; }
    heatdesk::sim::SimulatedBus& bus() { return m_bus; }

private:
    static heatdesk::sim::BusConfig simConfig(std::uint32_t baud) {
        heatdesk::sim::BusConfig c;
        c.baud = baud;
        return c;
    }

    heatdesk::sim::HeatingPhysics m_physics;
    heatdesk::sim::SimulatedBus m_bus;
    std::unique_ptr<heatdesk::sim::TcpBusServer> m_server;
    std::unique_ptr<heatdesk::link::TcpLink> m_link;
    std::unique_ptr<heatdesk::bus::BusEngine> m_engine;
};

} // namespace simtest
