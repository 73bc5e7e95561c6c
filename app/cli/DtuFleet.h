// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/DtuLink.h"
#include "link/DtuServer.h"

#include <QHostAddress>
#include <chrono>
#include <memory>
#include <vector>

namespace heatdesk::cli {

// What `--dtu-listen HOST:PORT --dtu ID[,ID…]|all [--wait-dtus N] [--wait-s S]` asks for.
struct DtuFleetOptions {
    QHostAddress host;
    quint16 port = 0;
    QStringList ids; // empty: all that dial in
    int waitFor = 0; // --wait-dtus; 0: every listed DTU (all: whoever comes within the wait)
    std::chrono::seconds wait{60};
    std::chrono::milliseconds latency = link::DtuLink::kDefaultLatency;
    link::DtuServerSettings server;
};

// The DTUs one read or scan works behind: listens, waits for them to dial in, and holds a link
// per DTU: the listed ones in the given order (also those that never came: their links wait,
// offline), or with `all` the ones that came within the wait, in the order they came.
class DtuFleet {
public:
    explicit DtuFleet(DtuFleetOptions options);

    // Empty when listening; otherwise why not.
    [[nodiscard]] QString listen();
    // Runs the event loop until the DTUs are there or the wait is over.
    void waitForDtus();

    [[nodiscard]] const std::vector<std::unique_ptr<link::DtuLink>>& links() const { return m_links; }
    // When the wait ended: how many had dialled in, and the listed ones that had not.
    [[nodiscard]] int dialledIn() const { return m_dialledIn; }
    [[nodiscard]] const QStringList& missing() const { return m_missing; }
    [[nodiscard]] int awaited() const;
    [[nodiscard]] const DtuFleetOptions& options() const { return m_options; }
    [[nodiscard]] QString listenAddress() const;

private:
    void addLink(const QString& id);
    [[nodiscard]] int connectedNow() const;
    [[nodiscard]] bool enoughArrived() const;

    DtuFleetOptions m_options;
    link::DtuServer m_server;
    std::vector<std::unique_ptr<link::DtuLink>> m_links; // after the server: they go first
    QStringList m_missing;
    int m_dialledIn = 0;
};

} // namespace heatdesk::cli
