// SPDX-License-Identifier: GPL-3.0-or-later
// Links on the real event loop: TCP against a server on 127.0.0.1, serial against a pseudo
// terminal pair.
#include "QtEventLoop.h"
#include "link/SerialLink.h"
#include "link/TcpLink.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <memory>
#include <unistd.h>

using namespace heatdesk::link;
using namespace std::chrono_literals;

namespace {

TcpSettings loopback(quint16 port) {
    TcpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.connectTimeout = 2000ms;
    s.backoffMin = 50ms;
    s.backoffMax = 200ms;
    return s;
}

class LinkTest : public ::testing::Test {
protected:
    void SetUp() override { testqt::ensureApp(); }
};

} // namespace

TEST_F(LinkTest, TcpMovesBytesBothWays) {
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    TcpLink link(loopback(server.serverPort()));
    QByteArray received;
    QObject::connect(&link, &Link::bytesReceived, [&](const QByteArray& b) { received += b; });
    link.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen() && server.hasPendingConnections(); }, 3000));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    peer->write(QByteArray::fromHex("E5"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received == QByteArray::fromHex("E5"); }, 3000));
    EXPECT_TRUE(link.write(QByteArray::fromHex("105B015C16")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer->bytesAvailable() >= 5; }, 3000));
    EXPECT_EQ(peer->readAll(), QByteArray::fromHex("105B015C16"));
    link.close();
    EXPECT_EQ(link.state(), Link::State::Closed);
    EXPECT_FALSE(link.write("x"));
}

TEST_F(LinkTest, TcpReconnectsWhenThePeerCloses) {
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    TcpLink link(loopback(server.serverPort()));
    QSignalSpy errors(&link, &Link::errorOccurred);
    link.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen() && server.hasPendingConnections(); }, 3000));
    std::unique_ptr<QTcpSocket> first(server.nextPendingConnection());
    first->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.count() > 0; }, 3000));
    EXPECT_EQ(link.lastError().kind, LinkError::Kind::Closed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen() && server.hasPendingConnections(); }, 3000));
    EXPECT_GE(link.connectAttempts(), 2);
}

TEST_F(LinkTest, TcpRefusedBacksOffAndConnectsWhenTheServerComesBack) {
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TcpLink link(loopback(port));
    QSignalSpy errors(&link, &Link::errorOccurred);
    link.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.count() >= 2; }, 3000));
    EXPECT_EQ(link.lastError().kind, LinkError::Kind::Refused);
    EXPECT_NE(link.state(), Link::State::Open);
    EXPECT_GT(link.currentBackoff(), 50ms); // doubled at least once

    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, port));
    ASSERT_TRUE(QTest::qWaitFor([&] { return link.isOpen(); }, 3000));
}

TEST_F(LinkTest, TcpWithoutReconnectStaysClosedAfterAFailure) {
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    auto settings = loopback(port);
    settings.reconnect = false;
    TcpLink link(settings);
    QSignalSpy errors(&link, &Link::errorOccurred);
    link.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.count() == 1; }, 3000));
    QTest::qWait(100);
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(link.state(), Link::State::Closed);
}

TEST_F(LinkTest, SerialReportsAMissingPort) {
    SerialSettings s;
    s.port = QStringLiteral("/dev/heatdesk-no-such-port");
    s.autoReopen = false;
    SerialLink link(s);
    QSignalSpy errors(&link, &Link::errorOccurred);
    link.open();
    ASSERT_GE(errors.count(), 1);
    EXPECT_EQ(link.lastError().kind, LinkError::Kind::NotFound);
    EXPECT_EQ(link.state(), Link::State::Closed);
    EXPECT_TRUE(link.lastError().message.contains("/dev/heatdesk-no-such-port"));
}

TEST_F(LinkTest, SerialOverAPseudoTerminalWithoutParity) {
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(grantpt(master), 0);
    ASSERT_EQ(unlockpt(master), 0);
    const QString slave = QString::fromLocal8Bit(ptsname(master));
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

    SerialSettings s;
    s.port = slave;
    s.parity = QSerialPort::NoParity;
    s.autoReopen = false;
    SerialLink link(s);
    QByteArray received;
    QObject::connect(&link, &Link::bytesReceived, [&](const QByteArray& b) { received += b; });
    link.open();
    ASSERT_TRUE(link.isOpen()) << link.lastError().message.toStdString();
    EXPECT_TRUE(link.description().contains("2400 8N1"));

    const unsigned char e5 = 0xE5;
    ASSERT_EQ(::write(master, &e5, 1), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return received == QByteArray::fromHex("E5"); }, 3000));

    ASSERT_TRUE(link.write(QByteArray::fromHex("1040014116")));
    QByteArray atMaster;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            char buf[64];
            const auto n = ::read(master, buf, sizeof buf);
            if (n > 0)
                atMaster.append(buf, n);
            return atMaster.size() >= 5;
        },
        3000));
    EXPECT_EQ(atMaster, QByteArray::fromHex("1040014116"));
    link.close();
    ::close(master);
}

TEST_F(LinkTest, SerialPseudoTerminalRefusesParityWithAHint) {
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(grantpt(master), 0);
    ASSERT_EQ(unlockpt(master), 0);
    SerialSettings s;
    s.port = QString::fromLocal8Bit(ptsname(master));
    s.parity = QSerialPort::EvenParity;
    SerialLink link(s);
    link.open();
    if (link.isOpen()) {
        // Some kernels accept PARENB on a pty; then there is nothing to report.
        link.close();
    } else {
        EXPECT_EQ(link.lastError().kind, LinkError::Kind::Settings);
        EXPECT_TRUE(link.lastError().message.contains("--parity none"))
            << link.lastError().message.toStdString();
        EXPECT_EQ(link.state(), Link::State::Closed);
    }
    ::close(master);
}

TEST_F(LinkTest, SerialNoticesAnUnpluggedDeviceAndKeepsTryingToReopen) {
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(grantpt(master), 0);
    ASSERT_EQ(unlockpt(master), 0);
    SerialSettings s;
    s.port = QString::fromLocal8Bit(ptsname(master));
    s.parity = QSerialPort::NoParity;
    s.reopenInterval = 50ms;
    SerialLink link(s);
    link.open();
    ASSERT_TRUE(link.isOpen());
    QSignalSpy errors(&link, &Link::errorOccurred);
    ::close(master); // the pseudo terminal goes away like an unplugged USB adapter
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.count() > 0; }, 3000));
    EXPECT_FALSE(link.isOpen());
    EXPECT_EQ(link.state(), Link::State::Reconnecting) << link.lastError().message.toStdString();
    link.close();
    EXPECT_EQ(link.state(), Link::State::Closed);
}
