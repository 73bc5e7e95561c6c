// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: simulated GPRS DTUs, each with a bus of meters behind it, dial in to a DtuServer;
// one BusEngine per DTU reads its meters through a DtuLink, all on the one event loop.
#include "QtEventLoop.h"
#include "SimTestSupport.h"
#include "bus/BusEngine.h"
#include "link/DtuLink.h"
#include "link/DtuServer.h"
#include "mbus/Telegram.h"
#include "sim/DtuClient.h"
#include "sim/SimulatedBus.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace heatdesk;
using namespace std::chrono_literals;

namespace {

struct SimulatedDtu {
    std::unique_ptr<sim::SimulatedBus> bus;
    std::unique_ptr<sim::DtuClient> client;
};

class DtuReadTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        link::DtuServerSettings settings;
        settings.knownIds = {"DTU1", "DTU2"};
        server = std::make_unique<link::DtuServer>(settings);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
    }

    // A DTU in "link" mode with three meters (addresses 1..3, ids base+1..3) at 9600 Bd.
    SimulatedDtu dtu(const QByteArray& id, std::uint32_t idBase,
                     link::DtuFraming framing = link::DtuFraming::Plain, double garbageRate = 0) {
        SimulatedDtu d;
        sim::BusConfig bus;
        bus.baud = 9600;
        d.bus = std::make_unique<sim::SimulatedBus>(bus, simtest::at("2026-01-15T09:00"));
        for (std::uint8_t a = 1; a <= 3; ++a) {
            sim::MbusMeterConfig meter;
            meter.primaryAddress = a;
            meter.idBcd = idBase + a;
            d.bus->addMbusMeter(meter, physics);
        }
        sim::DtuConfig config;
        config.port = server->serverPort();
        config.registration = id;
        config.framing = framing;
        config.garbageRate = garbageRate;
        config.heartbeatMs = 50; // often, so heartbeats fall between requests and replies
        config.frameIntervalMs = 20;
        config.reconnectMinMs = 50;
        d.client = std::make_unique<sim::DtuClient>(config, *d.bus);
        return d;
    }

    // A server that hears only `framing`, one DTU in it, and the three meters read through it
    // without a retry. `garbageRate`: the share of replies the DTU precedes with random bytes.
    void readThroughFraming(link::DtuFraming framing, const QByteArray& idWire, const QString& id,
                            double garbageRate = 0) {
        link::DtuServerSettings settings;
        settings.knownIds = {id};
        settings.framings = {framing};
        server = std::make_unique<link::DtuServer>(settings);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        SimulatedDtu simulated = dtu(idWire, 0x33000000, framing, garbageRate);
        link::DtuLink link(*server, id);
        link.open();
        simulated.client->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen(); }, 3000));

        bus::BusConfig config;
        config.baud = 9600;
        config.retries = 0; // every reply must come through the framing the first time
        bus::BusEngine engine(&link, config);
        std::vector<std::uint32_t> ids;
        QObject::connect(&engine, &bus::BusEngine::meterRead, [&ids](const bus::MeterResult& r) {
            ASSERT_TRUE(r.ok) << r.error.toStdString();
            mbus::Telegram t;
            const auto* raw = reinterpret_cast<const std::uint8_t*>(r.raw.constData());
            ASSERT_FALSE(mbus::decodeFrames(std::span(raw, std::size_t(r.raw.size())), t));
            ids.push_back(t.header.idBcd);
        });
        QSignalSpy done(&engine, &bus::BusEngine::finished);
        ASSERT_TRUE(engine.readMeters({primary(1), primary(2), primary(3)}));
        ASSERT_TRUE(done.wait(20000));
        EXPECT_EQ(ids, (std::vector<std::uint32_t>{0x33000001, 0x33000002, 0x33000003}));
        EXPECT_EQ(done.at(0).at(0).value<bus::RunSummary>().status.state, bus::BusState::Idle);
    }

    static bus::MeterTarget primary(int a) {
        bus::MeterTarget t;
        t.primary = static_cast<std::uint8_t>(a);
        return t;
    }

    sim::HeatingPhysics physics = simtest::physics(3);
    std::unique_ptr<link::DtuServer> server;
};

} // namespace

TEST_F(DtuReadTest, TwoDtusAreReadAtTheSameTimeThroughTheirLinks) {
    SimulatedDtu first = dtu("DTU1", 0x11000000);
    SimulatedDtu second = dtu("DTU2", 0x22000000);
    link::DtuLink link1(*server, "DTU1");
    link::DtuLink link2(*server, "DTU2");
    link1.open();
    link2.open();
    first.client->start();
    second.client->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return link1.isOpen() && link2.isOpen(); }, 3000));

    bus::BusConfig config;
    config.baud = 9600;
    config.retries = 1;
    bus::BusEngine engine1(&link1, config);
    bus::BusEngine engine2(&link2, config);
    std::map<QString, std::vector<std::uint32_t>> ids;
    auto collect = [&](const QString& dtu) {
        return [&ids, dtu](const bus::MeterResult& r) {
            ASSERT_TRUE(r.ok) << dtu.toStdString() << " " << r.error.toStdString();
            mbus::Telegram t;
            const auto* raw = reinterpret_cast<const std::uint8_t*>(r.raw.constData());
            ASSERT_FALSE(mbus::decodeFrames(std::span(raw, std::size_t(r.raw.size())), t));
            ids[dtu].push_back(t.header.idBcd);
        };
    };
    QObject::connect(&engine1, &bus::BusEngine::meterRead, collect("DTU1"));
    QObject::connect(&engine2, &bus::BusEngine::meterRead, collect("DTU2"));
    QSignalSpy done1(&engine1, &bus::BusEngine::finished);
    QSignalSpy done2(&engine2, &bus::BusEngine::finished);
    ASSERT_TRUE(engine1.readMeters({primary(1), primary(2), primary(3)}));
    ASSERT_TRUE(engine2.readMeters({primary(1), primary(2), primary(3)}));
    // Both buses are busy at once: the DTUs are read side by side, not one after the other.
    EXPECT_TRUE(engine1.isRunning() && engine2.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return done1.count() == 1 && done2.count() == 1; }, 20000));

    EXPECT_EQ(ids["DTU1"], (std::vector<std::uint32_t>{0x11000001, 0x11000002, 0x11000003}));
    EXPECT_EQ(ids["DTU2"], (std::vector<std::uint32_t>{0x22000001, 0x22000002, 0x22000003}));
    EXPECT_EQ(done1.at(0).at(0).value<bus::RunSummary>().status.state, bus::BusState::Idle);
}

TEST_F(DtuReadTest, AMissingDtuIsOfflineWithEvidenceAndItsReconnectIsReadAgain) {
    link::DtuLink link(*server, "DTU1");
    link.open();
    bus::BusConfig config;
    config.baud = 9600;
    bus::BusEngine engine(&link, config);
    QSignalSpy done(&engine, &bus::BusEngine::finished);
    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });

    ASSERT_TRUE(engine.readMeters({primary(1)}));
    ASSERT_TRUE(done.wait(2000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].error, "offline");
    const auto offline = done.at(0).at(0).value<bus::RunSummary>().status;
    EXPECT_EQ(offline.state, bus::BusState::Offline);
    EXPECT_TRUE(offline.evidence.contains("has not dialled in")) << offline.evidence.toStdString();

    SimulatedDtu late = dtu("DTU1", 0x11000000);
    late.client->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen(); }, 3000));
    results.clear();
    ASSERT_TRUE(engine.readMeters({primary(2)}));
    ASSERT_TRUE(done.wait(10000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].ok) << results[0].error.toStdString();
}

TEST_F(DtuReadTest, AHongdianDdpDtuIsReadEndToEnd) {
    readThroughFraming(link::DtuFraming::HongdianDdp, "13900000001", "13900000001");
}

TEST_F(DtuReadTest, AFourFaithDtuIsReadEndToEnd) {
    readThroughFraming(link::DtuFraming::FourFaith, QByteArray::fromHex("0A1B2C3D"), "0A1B2C3D");
}

TEST_F(DtuReadTest, DdpNoiseBetweenPacketsIsDroppedAndEveryReplyStillComesThrough) {
    readThroughFraming(link::DtuFraming::HongdianDdp, "13900000001", "13900000001", 1.0);
}
