// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/Link.h"

#include <QTcpSocket>
#include <QTimer>

namespace heatdesk::link {

struct TcpSettings {
    QString host;
    quint16 port = 0;
    std::chrono::milliseconds connectTimeout{5000};
    // Reconnect after a failure or a lost connection, waiting min, 2·min, 4·min … up to max.
    bool reconnect = true;
    std::chrono::milliseconds backoffMin{1000};
    std::chrono::milliseconds backoffMax{60000};
    bool keepAlive = true; // notices a converter that vanished while the bus was idle
};

// A TCP client to a serial-to-Ethernet converter or a concentrator's TCP port: the bytes are the
// M-Bus line's bytes, only later.
class TcpLink : public Link {
    Q_OBJECT
public:
    explicit TcpLink(TcpSettings settings, QObject* parent = nullptr);
    ~TcpLink() override;

    void open() override;
    void close() override;
    bool write(const QByteArray& bytes) override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] const TcpSettings& settings() const { return m_settings; }
    // The wait before the next reconnect attempt (grows with each failure, reset on success).
    [[nodiscard]] std::chrono::milliseconds currentBackoff() const { return m_backoff; }
    [[nodiscard]] int connectAttempts() const { return m_attempts; }

private:
    void connectNow();
    void handleConnected();
    void handleDisconnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleConnectTimeout();
    void readAvailable();
    void acknowledgeAtOnce();
    void fail(LinkError::Kind kind, const QString& message);

    TcpSettings m_settings;
    QTcpSocket m_socket;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    std::chrono::milliseconds m_backoff;
    bool m_wanted = false;
    bool m_failing = false; // one failure is being handled: the socket's follow-up signals are not new ones
    int m_attempts = 0;
};

} // namespace heatdesk::link
