// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportLinesModel.h"
#include "config/MeterImport.h"

namespace heatdesk::ui {

// The lines of a CSV meter import as a table: line, status (OK or the reason), and the meter and
// heat user each line makes.
class MeterImportModel : public ImportLinesModel<config::MeterImportLine> {
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

    using ImportLinesModel::ImportLinesModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const config::MeterImportLine& line, int column) const override;
    bool isNumber(int column) const override { return column == Primary; }
};

} // namespace heatdesk::ui
