// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files, the shipped demo scenario, and a simulated bus served over TCP like a
// serial-to-Ethernet converter, with wire pacing on the event loop.
#include "QtEventLoop.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "sim/Scenario.h"
#include "sim/TcpBusServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;

TEST(SimScenario, TheDemoScenarioLoadsAndEveryMeterAnswers) {
    QFile file(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/demo/scenario.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto parsed = Scenario::fromJson(file.readAll());
    ASSERT_TRUE(std::holds_alternative<Scenario>(parsed)) << std::get<QString>(parsed).toStdString();
    const auto& s = std::get<Scenario>(parsed);
    ASSERT_EQ(s.buses.size(), 5u);
    ASSERT_TRUE(s.start);
    EXPECT_EQ(s.epoch(), *s.start);
    const HeatingPhysics physics = s.physics(s.epoch());
    EXPECT_EQ(physics.params().origin, *s.start - Scenario::kHistorySeconds);
    auto bus = s.buildBus(0, physics, *s.start);
    ASSERT_EQ(bus->meterCount(), 8);
    mbus::Telegram tg;
    for (std::uint8_t a = 1; a <= 6; ++a) {
        if (a == 4) { // needs SND_NKE first
            ASSERT_EQ(bus->transmit(mbus::sndNke(a), 0).size(), 1u);
        }
        std::vector<std::uint8_t> bytes;
        for (const auto& b : bus->transmit(mbus::reqUd2(a, true), 0))
            bytes.push_back(b.byte);
        EXPECT_FALSE(mbus::decodeFrames(bytes, tg)) << int(a);
    }
    EXPECT_FALSE(s.buildBus(s.buses.size(), physics, 0));
    // What the demo shows besides healthy meters: an overloaded bus, a dead one, CJ/T 188 meters.
    EXPECT_TRUE(s.buses[2].config.faults.overload);
    EXPECT_TRUE(s.buses[4].config.faults.noLoad);
    EXPECT_EQ(s.buses[3].site, QStringLiteral("和平路换热站"));
    EXPECT_EQ(s.buses[3].building, QStringLiteral("4号楼"));
    EXPECT_TRUE(std::holds_alternative<Cjt188MeterSpec>(s.buses[3].meters.back()));
}

TEST(SimScenario, BadScenariosSayWhatAndWhere) {
    auto error = [](const char* json) {
        const auto r = Scenario::fromJson(json);
        return std::holds_alternative<QString>(r) ? std::get<QString>(r).toStdString() : std::string();
    };
    EXPECT_NE(error("not json"), "");
    EXPECT_NE(error("[]"), "");
    EXPECT_NE(error("{}").find("buses"), std::string::npos);
    EXPECT_NE(error(R"({"buses":[{"meters":[{"layout":"nope","id":"12345678"}]}]})")
                  .find("buses[0].meters[0].layout"),
              std::string::npos);
    EXPECT_NE(error(R"({"buses":[{"meters":[{"id":"1234"}]}]})").find("id"), std::string::npos);
    EXPECT_NE(error(R"({"buses":[{"baud":5,"meters":[]}]})").find("baud"), std::string::npos);
    EXPECT_NE(error(R"({"buses":[{"meters":[{"protocol":"cjt188","address":"x"}]}]})").find("address"),
              std::string::npos);
    EXPECT_NE(error(R"({"start":"yesterday","buses":[{"meters":[]}]})").find("start"), std::string::npos);
    EXPECT_EQ(error(R"({"buses":[{"meters":[{"id":"12345678","primary":7}]}]})"), "");
}

TEST(SimTcpBusServer, ServesOneClientWithWirePacing) {
    testqt::ensureApp();
    ClimateParams climate;
    climate.origin = *parseCivil("2025-10-01");
    const HeatingPhysics physics(climate);
    BusConfig config;
    config.baud = 9600; // keeps the test short: about 0.1 s for a telegram
    SimulatedBus bus(config, *parseCivil("2026-01-15T09:00"));
    MbusMeterConfig meter;
    meter.primaryAddress = 5;
    meter.idBcd = 0x12345678;
    meter.responseDelayMs = 20;
    bus.addMbusMeter(meter, physics);

    TcpBusServer server(bus);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    ASSERT_TRUE(client.waitForConnected(2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hasClient(); }, 2000));

    // A second client is refused while the first holds the line.
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, server.serverPort());
    EXPECT_TRUE(QTest::qWaitFor([&] { return second.state() == QAbstractSocket::UnconnectedState; }, 2000));

    SimulatedMbusMeter probe(meter, physics);
    const auto expected = probe.telegram(0, *parseCivil("2026-01-15T09:00"), 5).size();
    const auto request = mbus::reqUd2(5, true);
    QElapsedTimer timer;
    timer.start();
    client.write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    QByteArray received;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            received += client.readAll();
            return received.size() >= qsizetype(expected);
        },
        3000));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double wire = double((request.size() + expected) * 11) / 9600.0 + 0.020;
    EXPECT_GT(seconds, wire * 0.9); // paced, not dumped at once
    EXPECT_LT(seconds, wire + 0.5);
    std::vector<std::uint8_t> bytes(received.begin(), received.end());
    mbus::Telegram tg;
    EXPECT_FALSE(mbus::decodeFrames(bytes, tg));
    EXPECT_EQ(tg.header.idBcd, 0x12345678u);

    client.disconnectFromHost();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !server.hasClient(); }, 2000));
}

} // namespace
