// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/StatusHistoryModel.h"

#include "diagnostics/BusStatusText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <algorithm>

namespace heatdesk::ui {
namespace {

bool sameChange(const bus::BusStatus& a, const bus::BusStatus& b) {
    if (a.state != b.state || a.inferred != b.inferred)
        return false;
    return a.state == bus::BusState::Reading || a.evidence == b.evidence;
}

} // namespace

StatusHistoryModel::StatusHistoryModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity)) {}

void StatusHistoryModel::add(const QString& bus, const bus::BusStatus& status, qint64 timeMs) {
    const auto last =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.bus == bus; });
    if (last != m_entries.end() && sameChange(last->status, status)) {
        last->status = status;
        const int row = static_cast<int>(last - m_entries.begin());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (rowCount() >= m_capacity) {
        beginRemoveRows({}, rowCount() - 1, rowCount() - 1);
        m_entries.pop_back();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.push_front({timeMs, bus, status});
    endInsertRows();
}

void StatusHistoryModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, State), index(rowCount() - 1, Inferred));
}

int StatusHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int StatusHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Bus:
            return e.bus;
        case State:
            return BusStatusText::state(e.status);
        case Inferred:
            return e.status.inferred ? tr("inferred") : QString();
        case Evidence:
            return e.status.evidence;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Inferred && e.status.inferred)
            return tr("Guessed from the traffic: a transparent M-Bus master shows this only on its LEDs.");
        if (index.column() == Evidence || index.column() == State)
            return e.status.evidence;
        return {};
    case Qt::ForegroundRole:
        if (index.column() != State)
            return {};
        if (e.status.state == bus::BusState::Offline || e.status.state == bus::BusState::OverloadSuspected)
            return QBrush(QColor(0xA4, 0x00, 0x0F));
        if (e.status.state == bus::BusState::NoLoadSuspected)
            return QBrush(QColor(0x8A, 0x5A, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == Inferred || (index.column() == State && e.status.inferred)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Bus:
        return tr("Bus");
    case State:
        return tr("State");
    case Inferred:
        return tr("Inferred");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}

} // namespace heatdesk::ui
