// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/Link.h"

#include <QPointer>

namespace heatdesk::link {

class DtuServer;

// The bus behind one GPRS DTU, reached through the DtuServer it dials in to. Open while that DTU
// is connected; Reconnecting while the workstation waits for it to dial in (again): only the DTU
// can make the connection, so "reconnecting" is waiting, not dialling.
class DtuLink : public Link {
    Q_OBJECT
public:
    // A DTU holds a reply until its serial line has been idle for its frame interval (200 ms on
    // common models, domain.md §5.4), and a GPRS round trip takes 0.3–1 s with bursts beyond: an
    // answer comes more than a second after it would on a local port. Per channel setting:
    // setLatencyAllowance().
    static constexpr std::chrono::milliseconds kDefaultLatency{1500};

    DtuLink(DtuServer& server, QString dtuId, QObject* parent = nullptr);
    ~DtuLink() override;

    void open() override;
    void close() override;
    bool write(const QByteArray& bytes) override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] const QString& dtuId() const { return m_id; }

private:
    friend class DtuServer;
    void dtuArrived();
    void dtuLeft();
    void deliver(const QByteArray& bytes);
    void waitForDtu();

    QPointer<DtuServer> m_server;
    QString m_id;
    bool m_wanted = false;
};

} // namespace heatdesk::link
