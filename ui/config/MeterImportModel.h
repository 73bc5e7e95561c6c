// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/MeterImport.h"

#include <QAbstractTableModel>

namespace heatdesk::ui {

// The lines of a CSV meter import as a table: line, status (OK or the reason), and the meter and
// heat user each line makes. Model/view, so a 20,000-line preview stays light.
class MeterImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Line,
        Status,
        Number,
        Protocol,
        Primary,
        Secondary,
        Profile,
        Medium,
        Location,
        Account,
        UserName,
        Room,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<config::MeterImportLine> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<config::MeterImportLine> m_lines;
};

} // namespace heatdesk::ui
