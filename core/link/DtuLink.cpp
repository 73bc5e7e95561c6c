// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/DtuLink.h"

#include "link/DtuServer.h"

namespace heatdesk::link {

DtuLink::DtuLink(DtuServer& server, QString dtuId, QObject* parent)
    : Link(parent)
    , m_server(&server)
    , m_id(std::move(dtuId)) {
    setLatencyAllowance(kDefaultLatency);
    server.attach(this);
}

DtuLink::~DtuLink() {
    if (m_server)
        m_server->detach(this);
}

QString DtuLink::description() const {
    return QStringLiteral("dtu %1").arg(m_id);
}

void DtuLink::open() {
    m_wanted = true;
    if (m_server && m_server->isConnected(m_id))
        setState(State::Open);
    else
        waitForDtu();
}

void DtuLink::close() {
    m_wanted = false;
    setState(State::Closed);
}

bool DtuLink::write(const QByteArray& bytes) {
    return isOpen() && m_server && m_server->write(m_id, bytes);
}

void DtuLink::dtuArrived() {
    if (m_wanted)
        setState(State::Open);
}

void DtuLink::dtuLeft() {
    if (!m_wanted)
        return;
    reportError(LinkError::Kind::Closed, tr("%1: the DTU's connection ended").arg(description()));
    waitForDtu();
}

void DtuLink::deliver(const QByteArray& bytes) {
    if (isOpen())
        emit bytesReceived(bytes);
}

void DtuLink::waitForDtu() {
    if (state() != State::Reconnecting && lastError().kind == LinkError::Kind::None)
        reportError(LinkError::Kind::NotFound, tr("%1: the DTU has not dialled in").arg(description()));
    setState(State::Reconnecting);
}

} // namespace heatdesk::link
