// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusStatus.h"
#include "link/Link.h"
#include "station/Station.h"
#include "store/ConfigRepository.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace heatdesk::ui {

// The site → channel → bus → meter tree. One flat vector of nodes (no object per row), so 10,000
// meters cost a few hundred kilobytes and a view only asks for the rows it shows. Live changes
// (link state, bus status, a meter's new reading or failure) update one node and emit dataChanged
// for that row only.
class BusTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind : quint8 { Site, Channel, Bus, Meter };
    // The action (Read bus / Read) sits next to the name so it stays in view however narrow the
    // tree is.
    enum Column {
        NameColumn,
        ActionColumn,
        StateColumn,
        LastReadColumn,
        EnergyColumn,
        UserColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        IdRole,                      // database id of the site, channel, bus or meter
        BusIdRole,                   // the bus a bus or meter row belongs to
        SearchRole,                  // what the filter matches: number, address, user, room
        BusyRole,                    // a bus is being read (its action is Stop)
        ProtocolRole,                // a meter's protocol: "mbus", "cjt188"
    };
    // What a row of this model (or of a proxy over it) is.
    static Kind kindOf(const QModelIndex& index) { return static_cast<Kind>(index.data(KindRole).toInt()); }
    // A meter whose last reading is older than this is shown as stale.
    static constexpr qint64 kStaleAfterMs = 26LL * 3600 * 1000;

    explicit BusTreeModel(QObject* parent = nullptr);

    void load(const QList<store::TreeRow>& rows);
    void setLinkState(qint64 channelId, link::Link::State state, const QString& error);
    void setBusStatus(qint64 busId, const bus::BusStatus& status);
    void setMeterOutcome(const station::MeterOutcome& outcome);
    // "Now" for the stale rule (tests and screenshots fix it).
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    [[nodiscard]] QModelIndex busIndex(qint64 busId, int column = 0) const;
    [[nodiscard]] QModelIndex meterIndex(qint64 meterId, int column = 0) const;
    [[nodiscard]] int meterCount() const { return m_meterCount; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class MeterState : quint8 { Ok, Stale, Error, Alarm };
    struct Node {
        Kind kind = Kind::Site;
        qint64 id = 0;
        qint64 busId = 0;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        QString name;     // site, channel, bus name; meter number
        QString detail;   // channel kind; meter address
        QString user;     // meter: heat user and room
        QString search;   // meter: lower-case text the filter matches
        QString protocol; // meter
        // Live state.
        std::optional<qint64> lastReadAtMs;
        std::optional<double> lastEnergyKwh;
        quint32 flags = 0;
        QString error; // meter: why the last read failed; channel: link error
        link::Link::State linkState = link::Link::State::Closed;
        bus::BusStatus status;
    };

    int nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(int node, int column) const;
    void changed(int node);
    MeterState meterState(const Node& n) const;
    QVariant display(const Node& n, int column) const;
    QVariant decoration(const Node& n, int column) const;
    QString toolTip(const Node& n) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<qint64, int> m_channelNode, m_busNode, m_meterNode;
    int m_meterCount = 0;
    qint64 m_nowMs = 0;
};

} // namespace heatdesk::ui
