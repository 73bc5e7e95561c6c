// SPDX-License-Identifier: GPL-3.0-or-later
// A serial-to-Ethernet converter that forwards the line in small pieces and, like most TCP
// stacks, holds the next piece back until the last is acknowledged (Nagle). The workstation must
// acknowledge at once, or every answer waits for its delayed ACK (40 ms on Linux, 200 ms on
// Windows): bench_wire_limit measured 65 ms instead of 17 ms per reading behind such a server.
#include "QtEventLoop.h"
#include "link/TcpLink.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace heatdesk;

TEST(TcpLinkAckTest, AnswersInPiecesAreNotHeldBackByDelayedAcks) {
    testqt::ensureApp();
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket* converter = nullptr; // Nagle stays on: the converter's stack decides, not ours
    QObject::connect(&server, &QTcpServer::newConnection,
                     [&] { converter = server.nextPendingConnection(); });

    link::TcpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.serverPort();
    s.reconnect = false;
    link::TcpLink tcp(s);
    int received = 0;
    QObject::connect(&tcp, &link::Link::bytesReceived,
                     [&](const QByteArray& b) { received += int(b.size()); });
    tcp.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tcp.isOpen() && converter; }, 3000));

    // Request and answer, as a bus is read: the answer comes as 8 one-byte pieces 2 ms apart.
    // An event loop of our own: QTest::qWaitFor sleeps 10 ms between looks.
    constexpr int kPieces = 8;
    QEventLoop loop;
    QObject::connect(converter, &QTcpSocket::readyRead, [&] {
        converter->readAll();
        for (int piece = 0; piece < kPieces; ++piece)
            QTimer::singleShot(2 * piece, Qt::PreciseTimer, converter, [&] { converter->write("\x68", 1); });
    });
    QObject::connect(&tcp, &link::Link::bytesReceived, [&] {
        if (received == kPieces)
            loop.quit();
    });
    std::vector<qint64> exchanges;
    for (int round = 0; round < 12; ++round) {
        received = 0;
        QElapsedTimer clock;
        clock.start();
        ASSERT_TRUE(tcp.write(QByteArray("\x10\x7B\x01\x7C\x16", 5)));
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        ASSERT_EQ(received, kPieces);
        exchanges.push_back(clock.elapsed());
    }
    // 14 ms of writing; a delayed ACK would add 40 ms to nearly every exchange.
    std::sort(exchanges.begin(), exchanges.end());
    EXPECT_LT(exchanges[exchanges.size() / 2], 35)
        << "median exchange in ms " << testing::PrintToString(exchanges);
}
