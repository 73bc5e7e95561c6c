// SPDX-License-Identifier: GPL-3.0-or-later
#include "users/UserImportModel.h"

#include <QDateTime>
#include <QLocale>

namespace heatdesk::ui {

int UserImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserImportModel::display(const config::UserImportLine& line, int column) const {
    const store::HeatUser& u = line.user;
    switch (column) {
    case Status:
        return line.updates ? tr("OK, updates the account") : tr("OK, new");
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
    case Meter:
        return line.alreadyAssigned ? tr("%1 (assigned already)").arg(line.meterNumber) : line.meterNumber;
    case ValidFrom:
        return line.meterNumber.isEmpty()
                   ? QString()
                   : QDateTime::fromMSecsSinceEpoch(line.validFromMs).date().toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant UserImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Status:
        return tr("Status");
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
    case Meter:
        return tr("Meter");
    case ValidFrom:
        return tr("Valid from");
    default:
        return {};
    }
}

} // namespace heatdesk::ui
