// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImportModel.h"

#include <QBrush>
#include <QColor>

namespace heatdesk::ui {

void MeterImportModel::setLines(QList<config::MeterImportLine> lines) {
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int MeterImportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int MeterImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterImportModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const config::MeterImportLine& line = m_lines.at(index.row());
    const bool bad = !line.error.isEmpty();
    if (role == Qt::ForegroundRole && bad && index.column() == Status)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == Status)
        return bad ? line.error : QVariant();
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == Primary))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const store::MeterConfig& m = line.meter;
    switch (index.column()) {
    case Line:
        return line.line;
    case Status:
        return bad ? line.error : tr("OK");
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
