// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-sim --scenario with channels, as scripts use it: one "channel NAME → HOST:PORT" line
// per line on stdout, the request log on stderr with --verbose, the summary on exit.
#include "CliRunner.h"
#include "QtEventLoop.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;

constexpr const char* kScenario = R"({"start":"2026-01-15T09:00","buses":[
    {"name":"b0","channel":"c","meters":[{"id":"00000001","primary":1}]},
    {"name":"b1","channel":"c","meters":[{"id":"00000002","primary":2}]},
    {"name":"alone","meters":[{"id":"00000003","primary":3}]},
    {"name":"far","dtu":{"id":"DTU-7"},"meters":[{"id":"00000004","primary":4}]}]})";

class SimServeCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        ASSERT_TRUE(m_dir.isValid());
        QFile f(scenarioPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kScenario);
    }
    void TearDown() override {
        m_sim.kill();
        m_sim.waitForFinished(5000);
    }
    QString scenarioPath() const { return m_dir.filePath(QStringLiteral("district.json")); }

    QTemporaryDir m_dir;
    QProcess m_sim;
};

TEST_F(SimServeCliTest, PrintsEachChannelsEndpointLogsRequestsAndSumsThemUp) {
    m_sim.start(QStringLiteral(HEATDESK_SIM_PATH),
                {"--scenario", scenarioPath(), "--tcp-listen", "127.0.0.1:0", "--baud", "9600", "--verbose",
                 "--summary", "--duration", "20"});
    ASSERT_TRUE(m_sim.waitForStarted(5000));
    QByteArray out;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            out += m_sim.readAllStandardOutput();
            return out.count("channel ") >= 2;
        },
        5000))
        << out.toStdString();
    const QString text = QString::fromUtf8(out);
    static const QRegularExpression endpoint(QStringLiteral("^channel (.+) → 127\\.0\\.0\\.1:(\\d+)$"),
                                             QRegularExpression::MultilineOption);
    auto it = endpoint.globalMatch(text);
    std::vector<std::pair<QString, quint16>> channels;
    while (it.hasNext()) {
        const auto m = it.next();
        channels.emplace_back(m.captured(1), m.captured(2).toUShort());
    }
    ASSERT_EQ(channels.size(), 2u) << out.toStdString();
    EXPECT_EQ(channels[0].first, QStringLiteral("c"));
    EXPECT_EQ(channels[1].first, QStringLiteral("串口服务器 2"));
    EXPECT_NE(channels[0].second, channels[1].second);
    // The DTU has nowhere to dial: the simulator says so instead of hiding it.
    QByteArray err;
    auto errorSays = [&](const char* what) {
        return QTest::qWaitFor(
            [&] {
                err += m_sim.readAllStandardError();
                return err.contains(what);
            },
            3000);
    };
    EXPECT_TRUE(errorSays("channel GPRS DTU DTU-7 not served")) << err.toStdString();

    // The second bus of channel "c" answers on the channel's port.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, channels[0].second);
    ASSERT_TRUE(client.waitForConnected(3000));
    const auto request = mbus::reqUd2(2, true);
    client.write(reinterpret_cast<const char*>(request.data()), qint64(request.size()));
    QByteArray reply;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            reply += client.readAll();
            mbus::Telegram tg;
            return !mbus::decodeFrames(std::vector<std::uint8_t>(reply.begin(), reply.end()), tg) &&
                   tg.header.idBcd == 0x00000002u;
        },
        5000));
    EXPECT_TRUE(errorSays("c: → 10 7B 02 7D 16 ← 68")) << err.toStdString();

#ifdef Q_OS_UNIX
    m_sim.terminate(); // SIGTERM ends it early, summary included; elsewhere --duration does
#endif
    ASSERT_TRUE(m_sim.waitForFinished(30000));
    EXPECT_EQ(m_sim.exitCode(), 0);
    out += m_sim.readAllStandardOutput();
    EXPECT_TRUE(out.contains("\nsummary: 1 requests, 1 answered, 5 bytes in, ")) << out.toStdString();
    EXPECT_TRUE(out.contains("\n  c: 1 requests, 1 answered")) << out.toStdString();
}

TEST_F(SimServeCliTest, OneBusWithBusOrWithoutChannelsAndOneWiredTransportAtATime) {
    const auto both = clitest::runProgram(
        HEATDESK_SIM_PATH, {"--scenario", scenarioPath(), "--tcp-listen", "127.0.0.1:0", "--pty"});
    EXPECT_EQ(both.exitCode, 1);
    const auto one =
        clitest::runProgram(HEATDESK_SIM_PATH, {"--scenario", scenarioPath(), "--bus", "2", "--tcp-listen",
                                                "127.0.0.1:0", "--duration", "1"});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.startsWith("serving bus 'alone' (1 meters, 2400 Bd)")) << one.out.toStdString();
}

} // namespace
