// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/BusTreeModel.h"

#include "diagnostics/BusStatusText.h"
#include "main/DomainText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace heatdesk::ui {

namespace {

// A small filled dot: the state colours are the same everywhere in the window.
QIcon dot(const QColor& colour, bool hollow = false) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(130), 1.2));
    p.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

const QColor kGreen(0x2e, 0x9d, 0x4f), kGrey(0x9a, 0xa0, 0xa6), kRed(0xd0, 0x3b, 0x30),
    kOrange(0xe8, 0x8b, 0x1a), kBlue(0x2f, 0x6f, 0xd6);

constexpr quint32 kAlarmFlags = 0x7FF; // every ReadingFlag bit: any is worth a look

} // namespace

BusTreeModel::BusTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
}

void BusTreeModel::load(const QList<store::TreeRow>& rows) {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_channelNode.clear();
    m_busNode.clear();
    m_meterNode.clear();
    m_meterCount = 0;
    m_nodes.reserve(std::size_t(rows.size()) + 64);
    QHash<qint64, int> siteNode;
    const auto make = [](Kind kind, qint64 id, qint64 busId, int parent, const QString& name) {
        Node n;
        n.kind = kind;
        n.id = id;
        n.busId = busId;
        n.parent = parent;
        n.name = name;
        return n;
    };
    const auto add = [this](Node node) {
        const int i = int(m_nodes.size());
        if (node.parent < 0) {
            node.row = int(m_roots.size());
            m_roots.push_back(i);
        } else {
            node.row = int(m_nodes[std::size_t(node.parent)].children.size());
            m_nodes[std::size_t(node.parent)].children.push_back(i);
        }
        m_nodes.push_back(std::move(node));
        return i;
    };
    for (const auto& r : rows) {
        auto site = siteNode.find(r.siteId);
        if (site == siteNode.end())
            site = siteNode.insert(r.siteId, add(make(Kind::Site, r.siteId, 0, -1, r.site)));
        auto channel = m_channelNode.find(r.channelId);
        if (channel == m_channelNode.end()) {
            Node c = make(Kind::Channel, r.channelId, 0, *site, r.channel);
            c.detail = r.channelKind;
            channel = m_channelNode.insert(r.channelId, add(std::move(c)));
        }
        auto bus = m_busNode.find(r.busId);
        if (bus == m_busNode.end())
            bus = m_busNode.insert(r.busId, add(make(Kind::Bus, r.busId, r.busId, *channel, r.bus)));
        if (r.meterId == 0)
            continue;
        Node m = make(Kind::Meter, r.meterId, r.busId, *bus, r.meterNumber);
        if (r.primaryAddress)
            m.detail = QStringLiteral("%1").arg(*r.primaryAddress);
        m.protocol = r.protocol;
        m.user = r.userRoom.isEmpty() ? r.userName : QStringLiteral("%1  %2").arg(r.userName, r.userRoom);
        m.search =
            QStringList{r.meterNumber, r.secondaryAddress, m.detail.isEmpty() ? QString() : "#" + m.detail,
                        r.userName,    r.userRoom,         r.location}
                .join(QLatin1Char('\n'))
                .toLower();
        m.lastReadAtMs = r.lastReadAtMs;
        m.lastEnergyKwh = r.lastEnergyKwh;
        m.flags = r.lastFlags;
        m_meterNode.insert(r.meterId, add(std::move(m)));
        ++m_meterCount;
    }
    endResetModel();
}

void BusTreeModel::setLinkState(qint64 channelId, link::Link::State state, const QString& error) {
    const auto it = m_channelNode.find(channelId);
    if (it == m_channelNode.end())
        return;
    auto& n = m_nodes[std::size_t(*it)];
    n.linkState = state;
    n.error = state == link::Link::State::Open ? QString() : error;
    changed(*it);
}

void BusTreeModel::setBusStatus(qint64 busId, const bus::BusStatus& status) {
    const auto it = m_busNode.find(busId);
    if (it == m_busNode.end())
        return;
    m_nodes[std::size_t(*it)].status = status;
    changed(*it);
}

void BusTreeModel::setMeterOutcome(const station::MeterOutcome& outcome) {
    const auto it = m_meterNode.find(outcome.meterId);
    if (it == m_meterNode.end())
        return;
    auto& n = m_nodes[std::size_t(*it)];
    if (outcome.ok) {
        n.error.clear();
        n.lastReadAtMs = outcome.reading.readAtMs;
        n.lastEnergyKwh = outcome.reading.values.energyKwh;
        n.flags = outcome.reading.values.flags;
        m_nowMs = std::max(m_nowMs, outcome.reading.readAtMs);
    } else {
        n.error = outcome.error;
    }
    changed(*it);
}

QModelIndex BusTreeModel::busIndex(qint64 busId, int column) const {
    const auto it = m_busNode.find(busId);
    return it == m_busNode.end() ? QModelIndex() : indexOfNode(*it, column);
}

QModelIndex BusTreeModel::meterIndex(qint64 meterId, int column) const {
    const auto it = m_meterNode.find(meterId);
    return it == m_meterNode.end() ? QModelIndex() : indexOfNode(*it, column);
}

int BusTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex BusTreeModel::indexOfNode(int node, int column) const {
    return createIndex(m_nodes[std::size_t(node)].row, column, quintptr(node));
}

void BusTreeModel::changed(int node) {
    emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

QModelIndex BusTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = nodeOf(parent);
    const auto& list = p < 0 ? m_roots : m_nodes[std::size_t(p)].children;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, quintptr(list[std::size_t(row)]));
}

QModelIndex BusTreeModel::parent(const QModelIndex& child) const {
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes[std::size_t(n)].parent;
    return p < 0 ? QModelIndex() : indexOfNode(p, 0);
}

int BusTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes[std::size_t(p)].children.size());
}

int BusTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

BusTreeModel::MeterState BusTreeModel::meterState(const Node& n) const {
    if (!n.error.isEmpty())
        return MeterState::Error;
    if (n.flags & kAlarmFlags)
        return MeterState::Alarm;
    if (!n.lastReadAtMs || m_nowMs - *n.lastReadAtMs > kStaleAfterMs)
        return MeterState::Stale;
    return MeterState::Ok;
}

QVariant BusTreeModel::display(const Node& n, int column) const {
    const QLocale locale;
    switch (column) {
    case NameColumn:
        switch (n.kind) {
        case Kind::Channel:
            return QStringLiteral("%1  (%2)").arg(n.name, channelKindText(n.detail));
        case Kind::Meter:
            return n.detail.isEmpty() ? n.name : QStringLiteral("%1  #%2").arg(n.name, n.detail);
        default:
            return n.name;
        }
    case StateColumn:
        switch (n.kind) {
        case Kind::Channel:
            switch (n.linkState) {
            case link::Link::State::Open:
                return tr("connected");
            case link::Link::State::Opening:
                return tr("connecting…");
            case link::Link::State::Reconnecting:
                return tr("reconnecting");
            case link::Link::State::Closed:
                return n.error.isEmpty() ? tr("not connected") : tr("error");
            }
            return {};
        case Kind::Bus:
            return n.status.inferred ? tr("%1 (inferred)").arg(BusStatusText::state(n.status))
                                     : BusStatusText::state(n.status);
        case Kind::Meter:
            switch (meterState(n)) {
            case MeterState::Ok:
                return tr("ok");
            case MeterState::Stale:
                return n.lastReadAtMs ? tr("stale") : tr("never read");
            case MeterState::Error:
                return tr("error: %1").arg(n.error);
            case MeterState::Alarm:
                return tr("alarm");
            }
            return {};
        default:
            return {};
        }
    case LastReadColumn:
        if (n.kind == Kind::Meter && n.lastReadAtMs)
            return QDateTime::fromMSecsSinceEpoch(*n.lastReadAtMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return {};
    case EnergyColumn:
        if (n.kind == Kind::Meter && n.lastEnergyKwh)
            return locale.toString(*n.lastEnergyKwh, 'f', 1);
        return {};
    case UserColumn:
        return n.kind == Kind::Meter ? n.user : QString();
    case ActionColumn:
        if (n.kind == Kind::Bus)
            return n.status.state == bus::BusState::Reading ? tr("Stop") : tr("Read bus");
        if (n.kind == Kind::Meter)
            return tr("Read");
        return {};
    default:
        return {};
    }
}

QVariant BusTreeModel::decoration(const Node& n, int column) const {
    if (column != StateColumn)
        return {};
    switch (n.kind) {
    case Kind::Channel:
        return n.linkState == link::Link::State::Open ? dot(kGreen)
               : n.error.isEmpty()                    ? dot(kGrey, true)
                                                      : dot(kRed);
    case Kind::Bus:
        switch (n.status.state) {
        case bus::BusState::Idle:
            return dot(kGreen);
        case bus::BusState::Reading:
            return dot(kBlue);
        case bus::BusState::Offline:
            return dot(kGrey);
        default:
            return dot(kRed, n.status.inferred);
        }
    case Kind::Meter:
        switch (meterState(n)) {
        case MeterState::Ok:
            return dot(kGreen);
        case MeterState::Stale:
            return dot(kGrey, true);
        case MeterState::Error:
            return dot(kRed);
        case MeterState::Alarm:
            return dot(kOrange);
        }
        return {};
    default:
        return {};
    }
}

QString BusTreeModel::toolTip(const Node& n) const {
    switch (n.kind) {
    case Kind::Channel:
        return n.error;
    case Kind::Bus:
        if (n.status.evidence.isEmpty())
            return {};
        return n.status.inferred
                   ? tr("Inferred from the traffic, not reported by the device:\n%1").arg(n.status.evidence)
                   : n.status.evidence;
    case Kind::Meter: {
        QStringList lines;
        if (!n.error.isEmpty())
            lines << tr("Last read failed: %1").arg(n.error);
        if (n.flags & kAlarmFlags)
            lines << tr("The meter reports a status condition; see the meter panel.");
        if (meterState(n) == MeterState::Stale)
            lines << (n.lastReadAtMs ? tr("No reading for more than a day.") : tr("Never read."));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant BusTreeModel::data(const QModelIndex& index, int role) const {
    const int i = nodeOf(index);
    if (i < 0)
        return {};
    const Node& n = m_nodes[std::size_t(i)];
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::DecorationRole:
        return decoration(n, index.column());
    case Qt::ToolTipRole:
        return toolTip(n);
    case Qt::TextAlignmentRole:
        return index.column() == EnergyColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && n.kind == Kind::Meter && meterState(n) == MeterState::Error)
            return QBrush(kRed.darker(120));
        if (index.column() == StateColumn && n.kind == Kind::Bus && n.status.inferred)
            return QBrush(kRed.darker(120));
        return {};
    case KindRole:
        return int(n.kind);
    case IdRole:
        return n.id;
    case BusIdRole:
        return n.busId;
    case SearchRole:
        return n.kind == Kind::Meter ? n.search : n.name.toLower();
    case BusyRole:
        return n.kind == Kind::Bus && n.status.state == bus::BusState::Reading;
    case ProtocolRole:
        return n.protocol;
    default:
        return {};
    }
}

QVariant BusTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site / channel / bus / meter");
    case StateColumn:
        return tr("State");
    case LastReadColumn:
        return tr("Last reading");
    case EnergyColumn:
        return tr("Energy (kWh)");
    case UserColumn:
        return tr("Heat user");
    case ActionColumn:
        return tr("Action");
    default:
        return {};
    }
}

} // namespace heatdesk::ui
