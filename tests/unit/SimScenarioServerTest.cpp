// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioServer: a scenario served as the field has it, one transport per line. Buses sharing a
// channel answer on one port; a line behind a DTU dials in with its scenario ID.
#include "QtEventLoop.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "sim/ScenarioServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;

// Two buses on channel "c", one bus alone, one behind the DTU "DTU-7"; 9600 Bd keeps it short.
constexpr const char* kDistrict = R"({"start":"2026-01-15T09:00","buses":[
    {"name":"b0","channel":"c","baud":9600,"meters":[{"id":"00000001","primary":1}]},
    {"name":"alone","baud":9600,"meters":[{"id":"00000003","primary":3}]},
    {"name":"b2","channel":"c","baud":9600,"meters":[{"id":"00000002","primary":2}]},
    {"name":"far","baud":9600,"dtu":{"id":"DTU-7","frame_interval_ms":20},
     "meters":[{"id":"00000004","primary":4}]}]})";

Scenario district() {
    auto parsed = Scenario::fromJson(kDistrict);
    EXPECT_TRUE(std::holds_alternative<Scenario>(parsed));
    return std::get<Scenario>(parsed);
}

// A port p with p + 1 free as well, for the consecutive converters.
quint16 twoFreePorts() {
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer a, b;
        if (a.listen(QHostAddress::LocalHost, 0) && a.serverPort() < 65535 &&
            b.listen(QHostAddress::LocalHost, a.serverPort() + 1))
            return a.serverPort();
    }
    return 0;
}

QByteArray readAtLeast(QTcpSocket& s, qsizetype n) {
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += s.readAll();
            return got.size() >= n;
        },
        3000);
    return got;
}

// Sends REQ_UD2 to `address` and returns the identification of the meter that answered, 0 for
// none within `waitMs`.
std::uint32_t readId(QTcpSocket& s, std::uint8_t address, int waitMs = 3000) {
    const auto request = mbus::reqUd2(address, true);
    s.write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    QByteArray got;
    mbus::Telegram tg;
    const bool decoded = QTest::qWaitFor(
        [&] {
            got += s.readAll();
            return !mbus::decodeFrames(std::vector<std::uint8_t>(got.begin(), got.end()), tg);
        },
        waitMs);
    return decoded ? tg.header.idBcd : 0;
}

TEST(SimScenarioServer, EveryLineOnItsOwnTransportAndTheDtuDialsInWithItsId) {
    testqt::ensureApp();
    QTcpServer workstation; // the workstation's DTU port
    ASSERT_TRUE(workstation.listen(QHostAddress::LocalHost, 0));
    const quint16 first = twoFreePorts();
    ASSERT_NE(first, 0);

    ServeOptions options;
    options.wired = ServeOptions::Wired::Tcp;
    options.firstTcpPort = first;
    options.dtuHost = QStringLiteral("127.0.0.1");
    options.dtuPort = workstation.serverPort();
    const Scenario scenario = district();
    ScenarioServer server(scenario, scenario.epoch());
    QString error;
    ASSERT_TRUE(server.start(options, &error)) << error.toStdString();

    // One line per channel, in scenario order, named as the workstation's database names them.
    const auto& lines = server.lines();
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].channel, QStringLiteral("c"));
    EXPECT_EQ(lines[0].buses, (std::vector<std::size_t>{0, 2}));
    EXPECT_EQ(lines[0].endpoint, QStringLiteral("127.0.0.1:%1").arg(first));
    EXPECT_EQ(lines[1].channel, QStringLiteral("串口服务器 2"));
    EXPECT_EQ(lines[1].endpoint, QStringLiteral("127.0.0.1:%1").arg(first + 1));
    EXPECT_EQ(lines[2].channel, QStringLiteral("GPRS DTU DTU-7"));
    ASSERT_TRUE(lines[2].dtu);
    EXPECT_FALSE(lines[2].tcp);

    // Both buses of channel "c" answer on its one port; the lone bus only on its own.
    QTcpSocket shared;
    shared.connectToHost(QHostAddress::LocalHost, first);
    ASSERT_TRUE(shared.waitForConnected(2000));
    EXPECT_EQ(readId(shared, 1), 0x00000001u);
    EXPECT_EQ(readId(shared, 2), 0x00000002u);
    EXPECT_EQ(readId(shared, 3, 500), 0u);
    EXPECT_EQ(lines[0].bus->counters().requests, 3u);
    EXPECT_EQ(lines[0].bus->counters().answered, 2u);
    QTcpSocket alone;
    alone.connectToHost(QHostAddress::LocalHost, first + 1);
    ASSERT_TRUE(alone.waitForConnected(2000));
    EXPECT_EQ(readId(alone, 3), 0x00000003u);

    // The DTU dials in, says who it is, and forwards its bus.
    ASSERT_TRUE(QTest::qWaitFor([&] { return workstation.hasPendingConnections(); }, 3000));
    QTcpSocket* dtu = workstation.nextPendingConnection();
    EXPECT_EQ(readAtLeast(*dtu, 5), QByteArray("DTU-7"));
    EXPECT_EQ(readId(*dtu, 4), 0x00000004u);
}

TEST(SimScenarioServer, PseudoTerminalsForWiredLinesAndUnservedDtus) {
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "pseudo terminals are POSIX";
#endif
    testqt::ensureApp();
    ServeOptions options;
    options.wired = ServeOptions::Wired::Pty;
    const Scenario scenario = district();
    ScenarioServer server(scenario, scenario.epoch());
    QString error;
    ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    const auto& lines = server.lines();
    ASSERT_EQ(lines.size(), 3u);
    for (int i : {0, 1}) {
        ASSERT_TRUE(lines[std::size_t(i)].pty);
        EXPECT_EQ(lines[std::size_t(i)].endpoint, lines[std::size_t(i)].pty->devicePath());
        EXPECT_TRUE(lines[std::size_t(i)].endpoint.startsWith(QStringLiteral("/dev/")));
    }
    EXPECT_NE(lines[0].endpoint, lines[1].endpoint);
    // Without --dtu-connect the DTU line is built but not served.
    EXPECT_TRUE(lines[2].behindDtu());
    EXPECT_FALSE(lines[2].dtu);
    EXPECT_TRUE(lines[2].endpoint.isEmpty());
}

TEST(SimScenarioServer, AChannelsOwnPortFromTheScenario) {
    testqt::ensureApp();
    const quint16 free = twoFreePorts();
    ASSERT_NE(free, 0);
    // "alone" names its port; channel "c" takes the first of the consecutive ones.
    auto parsed = Scenario::fromJson(QStringLiteral(R"({"buses":[
        {"name":"b0","channel":"c","meters":[{"id":"00000001","primary":1}]},
        {"name":"alone","tcp_port":%1,"meters":[{"id":"00000003","primary":3}]}]})")
                                         .arg(free)
                                         .toUtf8());
    ASSERT_TRUE(std::holds_alternative<Scenario>(parsed)) << std::get<QString>(parsed).toStdString();
    const Scenario& scenario = std::get<Scenario>(parsed);
    ServeOptions options;
    options.wired = ServeOptions::Wired::Tcp;
    options.firstTcpPort = free + 1;
    ScenarioServer server(scenario, scenario.epoch());
    QString error;
    ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    ASSERT_EQ(server.lines().size(), 2u);
    EXPECT_EQ(server.lines()[0].endpoint, QStringLiteral("127.0.0.1:%1").arg(free + 1));
    EXPECT_EQ(server.lines()[1].endpoint, QStringLiteral("127.0.0.1:%1").arg(free));

    auto refused = [](const char* json) { return std::holds_alternative<QString>(Scenario::fromJson(json)); };
    EXPECT_TRUE(refused(R"({"buses":[{"tcp_port":17000,"dtu":{"id":"D"},"meters":[]}]})"));
    EXPECT_TRUE(
        refused(R"({"buses":[{"channel":"c","tcp_port":17000,"meters":[]},{"channel":"c","meters":[]}]})"));
}

TEST(SimScenarioServer, ATakenPortNamesTheChannel) {
    testqt::ensureApp();
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    ServeOptions options;
    options.wired = ServeOptions::Wired::Tcp;
    options.firstTcpPort = taken.serverPort();
    const Scenario scenario = district();
    ScenarioServer server(scenario, scenario.epoch());
    QString error;
    EXPECT_FALSE(server.start(options, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("channel c: cannot listen"))) << error.toStdString();
}

} // namespace
