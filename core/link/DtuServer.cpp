// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/DtuServer.h"

#include "link/DtuLink.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

// Refusals are warnings (someone dials in who should not, or a DTU is misconfigured); arrivals
// and departures are info, quiet unless asked for (QT_LOGGING_RULES="heatdesk.link.dtu.info=true").
Q_LOGGING_CATEGORY(lcDtu, "heatdesk.link.dtu", QtWarningMsg)

namespace heatdesk::link {

namespace {
// Large enough for a burst of a DTU's 2 kB packets, small enough that a thousand peers stay cheap.
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// A thousand DTUs redial at once after a carrier outage; the kernel's default queue drops most.
constexpr int kListenBacklog = 1024;
} // namespace

struct DtuServer::Peer {
    QTcpSocket* socket = nullptr;
    QString address;
    QByteArray buffer;                  // what came before the registration was complete
    QByteArray registration;            // the packet as the DTU sent it: a repeat of it is no data
    QString id;                         // empty until registered
    std::optional<DtuFrameCodec> codec; // a vendor framing's; none for plain
    QTimer registrationTimer;
    QTimer settleTimer;
    std::chrono::steady_clock::time_point windowStart;
    qint64 windowBytes = 0;
};

DtuServer::DtuServer(DtuServerSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    setKnownIds(m_settings.knownIds);
    m_server.setListenBacklogSize(kListenBacklog);
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(0);
    connect(&m_reaper, &QTimer::timeout, this, [this] { m_released.clear(); });
    connect(&m_server, &QTcpServer::newConnection, this, &DtuServer::acceptPeers);
}

DtuServer::~DtuServer() {
    // A link that outlives its server finds it gone (writes fail); no call-backs from a destructor.
    m_links.clear();
    close();
    m_released.clear();
}

bool DtuServer::listen(const QHostAddress& address, quint16 port) {
    return m_server.listen(address, port);
}

void DtuServer::close() {
    m_server.close();
    while (!m_peers.empty()) {
        Peer* peer = m_peers.begin()->first;
        release(peer);
        peer->socket->abort();
    }
}

void DtuServer::setKnownIds(const QSet<QString>& ids) {
    m_settings.knownIds = ids;
    m_knownWire.clear();
    for (const QString& id : ids)
        m_knownWire.append(dtuIdWire(id, m_settings.idRules.format));
}

qint64 DtuServer::bufferedBytes() const {
    qint64 total = 0;
    for (const auto& [key, peer] : m_peers)
        total += peer->buffer.size() + peer->socket->bytesAvailable() +
                 (peer->codec ? peer->codec->buffered() : 0);
    return total;
}

bool DtuServer::write(const QString& id, const QByteArray& bytes) {
    Peer* peer = m_dtus.value(id);
    if (!peer)
        return false;
    const QByteArray wire = peer->codec ? peer->codec->wrap(bytes) : bytes;
    return peer->socket->write(wire) == wire.size();
}

void DtuServer::attach(DtuLink* link) {
    m_links.insert(link->dtuId(), link);
}

void DtuServer::detach(DtuLink* link) {
    if (m_links.value(link->dtuId()) == link)
        m_links.remove(link->dtuId());
}

void DtuServer::acceptPeers() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        const QString address =
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        const bool full = m_unregistered >= m_settings.maxUnregisteredPeers ||
                          qsizetype(m_peers.size()) >= m_settings.maxUnregisteredPeers + m_settings.maxDtus;
        if (full) {
            socket->abort();
            socket->deleteLater();
            qCWarning(lcDtu).noquote() << address << "refused: too many connections";
            emit peerRejected(address, QStringLiteral("too many connections"));
            continue;
        }
        auto owned = std::make_unique<Peer>();
        Peer* peer = owned.get();
        peer->socket = socket;
        peer->address = address;
        peer->windowStart = std::chrono::steady_clock::now();
        socket->setReadBufferSize(kSocketReadBuffer);
        // Requests are a few bytes and the bus waits for them: no Nagle delay.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        peer->registrationTimer.setSingleShot(true);
        peer->settleTimer.setSingleShot(true);
        connect(&peer->registrationTimer, &QTimer::timeout, this, [this, peer] {
            drop(peer,
                 QStringLiteral("no registration within %1 ms").arg(m_settings.registrationTimeout.count()));
        });
        connect(&peer->settleTimer, &QTimer::timeout, this, [this, peer] { identify(peer, true); });
        connect(socket, &QTcpSocket::readyRead, this, [this, peer] { readPeer(peer); });
        connect(socket, &QTcpSocket::disconnected, this, [this, peer] { peerGone(peer); });
        peer->registrationTimer.start(m_settings.registrationTimeout);
        m_peers.emplace(peer, std::move(owned));
        ++m_unregistered;
        // Bytes that came with the connection are read at once.
        if (socket->bytesAvailable() > 0)
            readPeer(peer);
    }
}

void DtuServer::readPeer(Peer* peer) {
    QByteArray bytes = peer->socket->readAll();
    if (bytes.isEmpty())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - peer->windowStart >= std::chrono::seconds(1)) {
        peer->windowStart = now;
        peer->windowBytes = 0;
    }
    peer->windowBytes += bytes.size();
    if (peer->windowBytes > m_settings.maxBytesPerSecond) {
        drop(peer,
             QStringLiteral("flooding: more than %1 bytes in a second").arg(m_settings.maxBytesPerSecond));
        return;
    }
    if (!peer->id.isEmpty()) {
        if (peer->codec)
            unwrap(peer, bytes);
        else
            forward(peer, std::move(bytes));
        return;
    }
    peer->buffer += bytes;
    if (peer->buffer.size() > m_settings.maxUnregisteredBytes) {
        drop(peer,
             QStringLiteral("no registration in the first %1 bytes").arg(m_settings.maxUnregisteredBytes));
        return;
    }
    identify(peer, false);
}

void DtuServer::identify(Peer* peer, bool settled) {
    // Every framing the port hears has its say. A vendor framing still undecided waits (its packet
    // may be split), so that a plain ID matching the first bytes does not win too early.
    std::optional<DtuIdentification> invalidFound;
    bool undecided = false;
    for (const DtuFraming framing : {DtuFraming::HongdianDdp, DtuFraming::FourFaith, DtuFraming::Plain}) {
        if (!m_settings.framings.contains(framing))
            continue;
        const auto found = framing == DtuFraming::Plain
                               ? identifyDtu(peer->buffer, m_settings.idRules, m_knownWire, settled)
                               : identifyFramedDtu(peer->buffer, framing, m_settings.idRules.format, settled);
        if (found.outcome == DtuIdentification::Outcome::Identified && !undecided) {
            registerPeer(peer, found, framing);
            return;
        }
        if (found.outcome == DtuIdentification::Outcome::NeedMore)
            undecided = true;
        else if (found.outcome == DtuIdentification::Outcome::Invalid && !invalidFound)
            invalidFound = found;
    }
    if (!undecided) {
        drop(peer, QStringLiteral("not a registration: %1")
                       .arg(invalidFound ? invalidFound->reason : QStringLiteral("no framing enabled")));
        return;
    }
    if (!settled)
        peer->settleTimer.start(m_settings.registrationSettle);
}

void DtuServer::registerPeer(Peer* peer, const DtuIdentification& identification, DtuFraming framing) {
    const QString& id = identification.id;
    if (!m_settings.acceptUnknown && !m_settings.knownIds.contains(id)) {
        drop(peer, QStringLiteral("unknown DTU ID '%1'").arg(id));
        return;
    }
    if (const auto expected = m_settings.framingOf.find(id);
        expected != m_settings.framingOf.end() && *expected != framing) {
        drop(peer, QStringLiteral("DTU '%1' registered in %2 framing, but is set to %3")
                       .arg(id, dtuFramingName(framing), dtuFramingName(*expected)));
        return;
    }
    if (m_dtus.size() >= m_settings.maxDtus && !m_dtus.contains(id)) {
        drop(peer, QStringLiteral("too many DTUs (%1)").arg(m_settings.maxDtus));
        return;
    }
    peer->registrationTimer.stop();
    peer->settleTimer.stop();
    --m_unregistered;
    peer->id = id;
    peer->registration = peer->buffer.left(identification.consumed);
    QByteArray data = peer->buffer.mid(identification.consumed);
    peer->buffer = QByteArray();
    Peer* old = m_dtus.value(id);
    m_dtus.insert(id, peer); // first: the old connection's end is then no departure
    if (old) {
        qCInfo(lcDtu).noquote() << "DTU" << id << "dialled in again from" << peer->address
                                << "; closing its old connection from" << old->address;
        release(old);
        old->socket->abort();
    }
    if (framing != DtuFraming::Plain) {
        // Four-Faith IDs are hex text on any server; DDP IDs follow the server's format.
        const auto format =
            framing == DtuFraming::FourFaith ? DtuIdRules::Format::Hex : m_settings.idRules.format;
        peer->codec.emplace(framing, DtuFrameCodec::Side::Centre, dtuIdWire(id, format));
        // DDP: the DTU stays offline (and keeps redialling) until its registration is answered.
        if (const QByteArray reply = peer->codec->registrationReply(); !reply.isEmpty())
            peer->socket->write(reply);
    }
    qCInfo(lcDtu).noquote() << "DTU" << id << "registered from" << peer->address << "in"
                            << dtuFramingName(framing) << "framing";
    if (DtuLink* link = m_links.value(id))
        link->dtuArrived(); // first: whoever hears of the DTU finds its link open
    emit dtuConnected(id, peer->address);
    if (data.isEmpty() || !m_peers.contains(peer))
        return;
    if (peer->codec)
        unwrap(peer, data);
    else
        forward(peer, std::move(data));
}

void DtuServer::unwrap(Peer* peer, QByteArrayView bytes) {
    const DtuFrameCodec::Output out = peer->codec->feed(bytes);
    if (!out.problems.isEmpty()) {
        // One line per read, not per bad byte: a noisy link must not flood the log.
        qCWarning(lcDtu).noquote() << "DTU" << peer->id << "from" << peer->address << ":"
                                   << out.problems.front()
                                   << (out.problems.size() > 1
                                           ? QStringLiteral("(and %1 more)").arg(out.problems.size() - 1)
                                           : QString());
    }
    if (!out.reply.isEmpty())
        peer->socket->write(out.reply);
    if (!out.data.isEmpty())
        if (DtuLink* link = m_links.value(peer->id))
            link->deliver(out.data);
    if (out.loggedOut && m_peers.contains(peer)) {
        qCInfo(lcDtu).noquote() << "DTU" << peer->id << "logged out";
        QTcpSocket* socket = peer->socket;
        release(peer);
        socket->flush(); // the logout answer goes out before the connection ends
        socket->disconnectFromHost();
    }
}

void DtuServer::forward(Peer* peer, QByteArray bytes) {
    // TCP keeps no packet boundaries, but a DTU sends its heartbeat alone after an idle time and
    // its ID prefix at the start of a packet, so both are looked for where bytes arrive.
    bool stripped = true;
    while (stripped && !bytes.isEmpty()) {
        stripped = false;
        if (m_settings.dropRepeatedRegistration && bytes.startsWith(peer->registration)) {
            bytes.remove(0, peer->registration.size());
            stripped = true;
        }
        for (const QByteArray& heartbeat : m_settings.heartbeats) {
            if (!heartbeat.isEmpty() && bytes.startsWith(heartbeat)) {
                bytes.remove(0, heartbeat.size());
                if (!m_settings.heartbeatReply.isEmpty())
                    peer->socket->write(m_settings.heartbeatReply);
                stripped = true;
            }
        }
    }
    if (bytes.isEmpty())
        return;
    if (DtuLink* link = m_links.value(peer->id))
        link->deliver(bytes);
}

void DtuServer::drop(Peer* peer, const QString& reason) {
    release(peer);
    peer->socket->abort();
    const QString who =
        peer->id.isEmpty() ? peer->address : QStringLiteral("%1 (DTU %2)").arg(peer->address, peer->id);
    qCWarning(lcDtu).noquote() << who << "dropped:" << reason;
    emit peerRejected(peer->address, reason);
}

void DtuServer::peerGone(Peer* peer) {
    release(peer);
}

// Forgets a connection; a registered DTU that still owned its ID is disconnected. The peer and its
// socket are deleted on the next loop turn: we may be inside one of their signals.
void DtuServer::release(Peer* peer) {
    auto node = m_peers.extract(peer);
    if (node.empty())
        return;
    m_released.push_back(std::move(node.mapped()));
    m_reaper.start();
    peer->registrationTimer.stop();
    peer->settleTimer.stop();
    QObject::disconnect(peer->socket, nullptr, this, nullptr);
    peer->socket->deleteLater();
    if (peer->id.isEmpty()) {
        --m_unregistered;
    } else if (m_dtus.value(peer->id) == peer) {
        m_dtus.remove(peer->id);
        qCInfo(lcDtu).noquote() << "DTU" << peer->id << "disconnected";
        emit dtuDisconnected(peer->id);
        if (DtuLink* link = m_links.value(peer->id))
            link->dtuLeft();
    }
}

} // namespace heatdesk::link
