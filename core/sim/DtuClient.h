// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/DtuFraming.h"
#include "sim/PacedLine.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace heatdesk::sim {

// How one GPRS DTU behaves (shared/docs/domain.md §5): it dials in as a TCP client, says who it
// is with a registration packet, keeps the link up with heartbeats when idle, and forwards serial
// bytes transparently, bundled into TCP sends by a frame interval.
struct DtuConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    // Plain: `registration` is the packet (e.g. the IMEI as ASCII; empty: none). A vendor
    // framing builds its own packets around `registration` as the DTU ID on the wire (DDP: 11
    // ASCII bytes, Four-Faith: 4 bytes), heartbeats included; `heartbeat` and
    // `registrationOnEveryPacket` are then unused.
    link::DtuFraming framing = link::DtuFraming::Plain;
    QByteArray registration;
    QByteArray simNumber = QByteArrayLiteral("13800000000"); // in a Four-Faith registration
    bool registrationOnEveryPacket = false; // "data" mode: the packet is prefixed to every send
    QByteArray heartbeat = QByteArrayLiteral("ping");
    int heartbeatMs = 60000;   // after this long without sending anything; 0: off
    int frameIntervalMs = 200; // serial idle time that ends a TCP packet (Caimore default)
    int maxPacket = 2048;      // buffer size that ends a packet too
    int reconnectMinMs = 1000; // back-off doubles up to reconnectMaxMs
    int reconnectMaxMs = 60000;
    // Faults, seeded: the link drops in the middle of a reply; random bytes come before a packet
    // (a DTU's own debug output, line noise); an endless stream of random bytes once connected.
    double disconnectMidFrameRate = 0;
    double garbageRate = 0;
    bool endlessStream = false;
    std::uint64_t seed = 1;
};

// One simulated DTU with the bus behind its concentrator port. Event-driven, never blocks.
class DtuClient : public QObject {
    Q_OBJECT
public:
    DtuClient(DtuConfig config, SimulatedBus& bus, double realtimeFactor = 1.0, QObject* parent = nullptr);
    ~DtuClient() override;

    void start();
    bool isConnected() const;
    int connectCount() const { return m_connects; }

signals:
    void connected();
    void disconnected();

private:
    void dial();
    void onConnected();
    void onDisconnected();
    void onReadyRead();
    void serialBytes(const QByteArray& bytes);
    void sendPacket();
    void sendHeartbeat();
    void write(const QByteArray& payload);
    QByteArray vendorRegistration() const;
    QByteArray randomBytes(int count);
    void streamGarbage();

    DtuConfig m_config;
    PacedLine m_line;
    QTcpSocket* m_socket;
    link::DtuFrameCodec m_codec;
    bool m_online = false; // DDP: the centre answered the registration
    QTimer m_frameTimer;
    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    QTimer m_streamTimer;
    QByteArray m_serial;
    int m_backoffMs;
    int m_connects = 0;
    std::uint64_t m_draws = 0;
    bool m_started = false;
};

} // namespace heatdesk::sim
