// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImportModel.h"

namespace heatdesk::ui {

int MeterImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterImportModel::display(const config::MeterImportLine& line, int column) const {
    const store::MeterConfig& m = line.meter;
    switch (column) {
    case Status:
        return tr("OK");
    case Number:
        return m.number;
    case Protocol:
        return m.protocol == QLatin1String("cjt188") ? tr("CJ/T 188") : tr("M-Bus");
    case Primary:
        return m.primaryAddress ? QVariant(*m.primaryAddress) : QVariant();
    case Secondary:
        return m.secondaryAddress;
    case Profile:
        return m.modelProfile;
    case Medium:
        return m.medium;
    case Location:
        return m.location;
    case Account:
        return line.user ? line.user->account : QString();
    case UserName:
        return line.user ? line.user->name : QString();
    case Room:
        if (!line.user)
            return {};
        return QStringList({line.user->building, line.user->unit, line.user->room}).join(QLatin1Char('-'));
    default:
        return {};
    }
}
QVariant MeterImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Status:
        return tr("Status");
    case Number:
        return tr("Number");
    case Protocol:
        return tr("Protocol");
    case Primary:
        return tr("Primary");
    case Secondary:
        return tr("Secondary");
    case Profile:
        return tr("Profile");
    case Medium:
        return tr("Medium");
    case Location:
        return tr("Location");
    case Account:
        return tr("Account");
    case UserName:
        return tr("Heat user");
    case Room:
        return tr("Room");
    default:
        return {};
    }
}

} // namespace heatdesk::ui
