// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DtuFleet.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace heatdesk::cli {

DtuFleet::DtuFleet(DtuFleetOptions options)
    : m_options(std::move(options))
    , m_server(m_options.server) {
    const bool all = m_options.ids.isEmpty();
    m_server.setAcceptUnknown(all);
    m_server.setKnownIds(QSet<QString>(m_options.ids.begin(), m_options.ids.end()));
    for (const QString& id : std::as_const(m_options.ids))
        addLink(id);
    if (all)
        QObject::connect(&m_server, &link::DtuServer::dtuConnected, &m_server, [this](const QString& id) {
            if (std::none_of(m_links.begin(), m_links.end(), [&](const auto& l) { return l->dtuId() == id; }))
                addLink(id);
        });
}

QString DtuFleet::listen() {
    if (m_server.listen(m_options.host, m_options.port))
        return {};
    return QStringLiteral("cannot listen for DTUs on %1: %2").arg(listenAddress(), m_server.errorString());
}

QString DtuFleet::listenAddress() const {
    return QStringLiteral("%1:%2").arg(m_options.host.toString()).arg(m_server.serverPort());
}

void DtuFleet::addLink(const QString& id) {
    auto link = std::make_unique<link::DtuLink>(m_server, id);
    link->setLatencyAllowance(m_options.latency);
    link->open();
    m_links.push_back(std::move(link));
}

int DtuFleet::connectedNow() const {
    return int(std::count_if(m_links.begin(), m_links.end(), [](const auto& l) { return l->isOpen(); }));
}

int DtuFleet::awaited() const {
    return m_options.waitFor > 0 ? m_options.waitFor : int(m_options.ids.size());
}

bool DtuFleet::enoughArrived() const {
    return awaited() > 0 && connectedNow() >= awaited();
}

void DtuFleet::waitForDtus() {
    const QString which =
        awaited() > 0 ? QStringLiteral("%1 DTUs").arg(awaited()) : QStringLiteral("every DTU that dials in");
    std::fprintf(stderr, "heatdesk-cli: listening on %s, waiting up to %lld s for %s\n",
                 qPrintable(listenAddress()), static_cast<long long>(m_options.wait.count()),
                 qPrintable(which));
    if (!enoughArrived()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_server, &link::DtuServer::dtuConnected, &loop, [&] {
            if (enoughArrived())
                loop.quit();
        });
        deadline.start(m_options.wait);
        loop.exec();
    }
    // The set of DTUs is fixed now: later callers are not read, so they are not let in.
    m_server.setAcceptUnknown(false);
    QSet<QString> ids;
    for (const auto& l : m_links)
        ids.insert(l->dtuId());
    m_server.setKnownIds(ids);
    for (const auto& l : m_links)
        if (!l->isOpen())
            m_missing.append(l->dtuId());
    m_dialledIn = int(m_links.size()) - int(m_missing.size());
    std::fprintf(stderr, "heatdesk-cli: %d DTUs dialled in\n", m_dialledIn);
}

} // namespace heatdesk::cli
