// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated GPRS DTU dialling in: registration, transparent forwarding with the frame
// interval, heartbeat when idle, redial after the centre drops it.
#include "QtEventLoop.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "sim/DtuClient.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;

class SimDtuTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        ClimateParams climate;
        climate.origin = *parseCivil("2025-10-01");
        m_physics = std::make_unique<HeatingPhysics>(climate);
        BusConfig config;
        config.baud = 9600;
        m_bus = std::make_unique<SimulatedBus>(config, *parseCivil("2026-01-15T09:00"));
        MbusMeterConfig meter;
        meter.primaryAddress = 8;
        meter.idBcd = 0x11223344;
        m_bus->addMbusMeter(meter, *m_physics);
        ASSERT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QTcpSocket* nextConnection() {
        if (!QTest::qWaitFor([&] { return m_server.hasPendingConnections(); }, 3000))
            return nullptr;
        return m_server.nextPendingConnection();
    }

    static QByteArray readAtLeast(QTcpSocket* s, qsizetype n, int ms = 3000) {
        QByteArray got;
        (void)QTest::qWaitFor(
            [&] {
                got += s->readAll();
                return got.size() >= n;
            },
            ms);
        return got;
    }

    std::unique_ptr<HeatingPhysics> m_physics;
    std::unique_ptr<SimulatedBus> m_bus;
    QTcpServer m_server;
};

TEST_F(SimDtuTest, RegistersForwardsBeatsAndRedials) {
    DtuConfig config;
    config.port = m_server.serverPort();
    config.registration = "860000000000042";
    config.heartbeat = "ping";
    config.heartbeatMs = 400;
    config.frameIntervalMs = 50;
    config.reconnectMinMs = 50;
    DtuClient dtu(config, *m_bus);
    dtu.start();

    QPointer<QTcpSocket> link = nextConnection();
    ASSERT_TRUE(link);
    EXPECT_EQ(readAtLeast(link, 15), config.registration);

    const auto request = mbus::reqUd2(8, true);
    link->write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    const QByteArray reply = readAtLeast(link, 60);
    QByteArray all = reply + readAtLeast(link, 1000, 300); // the rest, if TCP split it
    std::vector<std::uint8_t> bytes(all.begin(), all.end());
    mbus::Telegram tg;
    EXPECT_FALSE(mbus::decodeFrames(bytes, tg));
    EXPECT_EQ(tg.header.idBcd, 0x11223344u);

    EXPECT_EQ(readAtLeast(link, 4, 2000), QByteArray("ping"));

    link->abort(); // the centre drops the link: the DTU dials again and registers again
    QPointer<QTcpSocket> again = nextConnection();
    ASSERT_TRUE(again);
    EXPECT_EQ(readAtLeast(again, 15), config.registration);
    EXPECT_EQ(dtu.connectCount(), 2);
}

TEST_F(SimDtuTest, DataModePrefixesEveryPacket) {
    DtuConfig config;
    config.port = m_server.serverPort();
    config.registration = "ID01";
    config.registrationOnEveryPacket = true;
    config.heartbeatMs = 0;
    config.frameIntervalMs = 30;
    DtuClient dtu(config, *m_bus);
    dtu.start();
    QPointer<QTcpSocket> link = nextConnection();
    ASSERT_TRUE(link);
    const auto request = mbus::sndNke(8);
    link->write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    EXPECT_EQ(readAtLeast(link, 5), QByteArray("ID01\xE5"));
}

TEST_F(SimDtuTest, DropsTheLinkInTheMiddleOfAReplyAndDialsAgain) {
    DtuConfig config;
    config.port = m_server.serverPort();
    config.registration = "D";
    config.heartbeatMs = 0;
    config.frameIntervalMs = 30;
    config.reconnectMinMs = 50;
    config.disconnectMidFrameRate = 1.0;
    DtuClient dtu(config, *m_bus);
    dtu.start();
    QPointer<QTcpSocket> link = nextConnection();
    ASSERT_TRUE(link);
    EXPECT_EQ(readAtLeast(link, 1), QByteArray("D"));
    const auto request = mbus::reqUd2(8, true);
    link->write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    QByteArray got;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            got += link->readAll();
            return link->state() != QAbstractSocket::ConnectedState;
        },
        3000));
    got += link->readAll();
    // Half a telegram came, then the carrier dropped: nothing the centre can decode.
    ASSERT_FALSE(got.isEmpty());
    mbus::Telegram tg;
    EXPECT_TRUE(mbus::decodeFrames(std::vector<std::uint8_t>(got.begin(), got.end()), tg));
    QPointer<QTcpSocket> again = nextConnection();
    ASSERT_TRUE(again);
    EXPECT_EQ(readAtLeast(again, 1), QByteArray("D"));
    EXPECT_EQ(dtu.connectCount(), 2);
}

TEST_F(SimDtuTest, GarbageAndEndlessStreamFaults) {
    DtuConfig config;
    config.port = m_server.serverPort();
    config.heartbeatMs = 0;
    config.frameIntervalMs = 30;
    config.garbageRate = 1.0;
    DtuClient dtu(config, *m_bus);
    dtu.start();
    QPointer<QTcpSocket> link = nextConnection();
    ASSERT_TRUE(link);
    const auto request = mbus::sndNke(8);
    link->write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    QByteArray got = readAtLeast(link, 2);
    got += readAtLeast(link, 1000, 300);
    ASSERT_GT(got.size(), 1); // noise, then the E5
    EXPECT_EQ(got.back(), char(0xE5));

    DtuConfig endless = config;
    endless.garbageRate = 0;
    endless.endlessStream = true;
    DtuClient wedged(endless, *m_bus);
    wedged.start();
    QPointer<QTcpSocket> flood = nextConnection();
    ASSERT_TRUE(flood);
    EXPECT_GE(readAtLeast(flood, 20000, 3000).size(), 20000);
}

} // namespace
