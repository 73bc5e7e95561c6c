// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/HeatUsersModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace heatdesk::ui {

QList<store::HeatUserRow> HeatUsersModel::setRows(QList<store::HeatUserRow> rows) {
    beginResetModel();
    std::swap(m_rows, rows);
    endResetModel();
    return rows;
}

const store::HeatUserRow* HeatUsersModel::row(int index) const {
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int HeatUsersModel::rowOf(qint64 id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).user.id == id)
            return static_cast<int>(i);
    return -1;
}

int HeatUsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HeatUsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeatUsersModel::data(const QModelIndex& index, int role) const {
    const store::HeatUserRow* r = row(index.row());
    if (!r)
        return {};
    const store::HeatUser& u = r->user;
    // Deactivated users stay in the list (their history matters) but step back.
    if (role == Qt::ForegroundRole && !u.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() == Area)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Account:
        return u.account;
    case Name:
        return u.name;
    case Community:
        return u.community;
    case Building:
        return u.building;
    case Unit:
        return u.unit;
    case Room:
        return u.room;
    case Area:
        return u.areaM2 ? QLocale().toString(*u.areaM2, 'f', 2) : QString();
    case Contact:
        return u.contact;
    case Meters:
        return r->meters;
    case State:
        return u.active ? tr("active") : tr("deactivated");
    default:
        return {};
    }
}

QVariant HeatUsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Name:
        return tr("Name");
    case Community:
        return tr("Community");
    case Building:
        return tr("Building");
    case Unit:
        return tr("Unit");
    case Room:
        return tr("Room");
    case Area:
        return tr("Area m²");
    case Contact:
        return tr("Phone");
    case Meters:
        return tr("Meter");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace heatdesk::ui
