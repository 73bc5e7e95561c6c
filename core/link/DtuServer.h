// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/DtuFraming.h"
#include "link/DtuRegistration.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>
#include <chrono>
#include <memory>
#include <unordered_map>
#include <vector>

namespace heatdesk::link {

class DtuLink;

struct DtuServerSettings {
    DtuIdRules idRules;
    // Packets a DTU sends to stay online (domain.md §5.3); dropped where a packet starts. Some
    // models want an answer.
    QList<QByteArray> heartbeats{QByteArrayLiteral("ping")};
    QByteArray heartbeatReply;
    // The registration again where a packet starts is no data: the ID prefix of "link+data" mode,
    // or a model that re-registers as its heartbeat. Off only for a DTU whose data could begin
    // with its own ID (a one-byte hex ID).
    bool dropRepeatedRegistration = true;
    // The whitelist. IDs not in it are logged and refused, or accepted when acceptUnknown.
    QSet<QString> knownIds;
    bool acceptUnknown = false;
    // The framings DTUs may dial in with on this port, recognised by their registration (DDP
    // first, then Four-Faith, then plain: the vendor packets have fixed shapes, plain IDs do not).
    // A plain DTU on a port that also hears Four-Faith waits for 16 bytes or a pause.
    QList<DtuFraming> framings{DtuFraming::Plain};
    // The framing a known DTU is set to; one that registers in another is refused.
    QHash<QString, DtuFraming> framingOf;
    // Abuse limits (issue 6: never unbounded memory or a stalled loop).
    std::chrono::milliseconds registrationTimeout{10000};
    // A variable-length ID without terminator is complete when the DTU pauses this long.
    std::chrono::milliseconds registrationSettle{300};
    int maxUnregisteredBytes = 256;   // registration packets are under 100 bytes (domain.md §5.2)
    int maxUnregisteredPeers = 2048;  // connections still waiting for their registration
    int maxDtus = 10000;              // registered at once
    qint64 maxBytesPerSecond = 65536; // a DTU's serial port moves at most 11.5 kB/s (115200 Bd)
};

// The workstation's DTU port (domain.md §5): GPRS DTUs dial in, say who they are, and then
// carry the bytes of the bus behind them. Each connection is identified by its registration
// packet; heartbeats and repeated registrations are dropped where a packet starts; the rest goes
// to the DtuLink bound to that ID. A DTU in a vendor framing (DtuFraming.h) is answered as its
// protocol wants, and its data is unwrapped on the way in and wrapped on the way out. A DTU that dials in
// again replaces its old connection: the carrier often kills a link without either side noticing, and the DTU
// redials first. Everything runs on the owner's event loop; per peer memory is bounded.
class DtuServer : public QObject {
    Q_OBJECT
public:
    explicit DtuServer(DtuServerSettings settings = {}, QObject* parent = nullptr);
    ~DtuServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    void close();
    [[nodiscard]] quint16 serverPort() const { return m_server.serverPort(); }
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }
    [[nodiscard]] const DtuServerSettings& settings() const { return m_settings; }
    void setKnownIds(const QSet<QString>& ids);
    void setFramingOf(const QHash<QString, DtuFraming>& framingOf) { m_settings.framingOf = framingOf; }
    void setAcceptUnknown(bool accept) { m_settings.acceptUnknown = accept; }

    [[nodiscard]] bool isConnected(const QString& id) const { return m_dtus.contains(id); }
    [[nodiscard]] QStringList connectedIds() const { return m_dtus.keys(); }
    [[nodiscard]] int unregisteredPeers() const { return m_unregistered; }
    // Bytes held for peers that have not registered yet (bounded by the limits above).
    [[nodiscard]] qint64 bufferedBytes() const;
    // To the DTU's serial port; false when that DTU is not connected.
    bool write(const QString& id, const QByteArray& bytes);

signals:
    void dtuConnected(const QString& id, const QString& peer);
    void dtuDisconnected(const QString& id);
    void peerRejected(const QString& peer, const QString& reason);

private:
    friend class DtuLink;
    struct Peer;

    void attach(DtuLink* link);
    void detach(DtuLink* link);
    void acceptPeers();
    void readPeer(Peer* peer);
    void identify(Peer* peer, bool settled);
    void registerPeer(Peer* peer, const DtuIdentification& identification, DtuFraming framing);
    void forward(Peer* peer, QByteArray bytes);
    void unwrap(Peer* peer, QByteArrayView bytes);
    void drop(Peer* peer, const QString& reason);
    void peerGone(Peer* peer);
    void release(Peer* peer);

    DtuServerSettings m_settings;
    QList<QByteArray> m_knownWire;
    QTcpServer m_server;
    std::unordered_map<Peer*, std::unique_ptr<Peer>> m_peers;
    QHash<QString, Peer*> m_dtus;
    QHash<QString, DtuLink*> m_links;
    std::vector<std::unique_ptr<Peer>> m_released;
    QTimer m_reaper;
    int m_unregistered = 0;
};

} // namespace heatdesk::link
