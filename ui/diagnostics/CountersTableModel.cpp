// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/CountersTableModel.h"

#include <QBrush>
#include <QColor>

namespace heatdesk::ui {

CountersTableModel::CountersTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CountersTableModel::add(const bus::TrafficRecord& record) {
    const int row = rowCount();
    if (!m_counters.buses().contains(record.bus)) {
        beginInsertRows({}, row, row);
        m_counters.add(record);
        endInsertRows();
        return;
    }
    m_counters.add(record);
    m_dirty = true;
}

void CountersTableModel::refresh() {
    if (!m_dirty || rowCount() == 0)
        return;
    m_dirty = false;
    emit dataChanged(index(0, Requests), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void CountersTableModel::reset() {
    m_counters.reset();
    m_dirty = true;
    refresh();
}

void CountersTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CountersTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_counters.buses().size());
}

int CountersTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountersTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString& bus = m_counters.buses().at(index.row());
    const BusCounters c = m_counters.of(bus);
    const auto count = [&]() -> std::uint64_t {
        switch (index.column()) {
        case Requests:
            return c.requests;
        case Answers:
            return c.answers;
        case Timeouts:
            return c.timeouts;
        case ChecksumErrors:
            return c.checksumErrors;
        case Collisions:
            return c.collisions;
        case Retries:
            return c.retries;
        case GarbageBytes:
            return c.garbageBytes;
        }
        return 0;
    };
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Bus ? QVariant(bus) : QVariant(static_cast<qulonglong>(count()));
    case Qt::TextAlignmentRole:
        return index.column() == Bus ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Failures stand out once there are any; a zero is calm.
        if (index.column() >= Timeouts && index.column() != Retries && count() > 0)
            return QBrush(QColor(0xA4, 0x00, 0x0F));
        return {};
    }
    return {};
}

QVariant CountersTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Bus:
        return tr("Bus");
    case Requests:
        return tr("Requests");
    case Answers:
        return tr("Answers");
    case Timeouts:
        return tr("Timeouts");
    case ChecksumErrors:
        return tr("Checksum errors");
    case Collisions:
        return tr("Collisions");
    case Retries:
        return tr("Retries");
    case GarbageBytes:
        return tr("Garbage bytes");
    }
    return {};
}

} // namespace heatdesk::ui
