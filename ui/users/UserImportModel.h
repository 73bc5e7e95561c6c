// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/UserImport.h"

#include <QAbstractTableModel>

namespace heatdesk::ui {

// The lines of a heat user import: line, status (new, update or the reason), the user and the
// meter each line assigns.
class UserImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Line,
        Status,
        Account,
        Name,
        Community,
        Building,
        Unit,
        Room,
        Area,
        Contact,
        Meter,
        ValidFrom,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<config::UserImportLine> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<config::UserImportLine> m_lines;
};

} // namespace heatdesk::ui
