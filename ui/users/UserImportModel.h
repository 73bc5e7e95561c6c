// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportLinesModel.h"
#include "config/UserImport.h"

namespace heatdesk::ui {

// The lines of a heat user import: line, status (new, update or the reason), the user and the
// meter each line assigns.
class UserImportModel : public ImportLinesModel<config::UserImportLine> {
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

    using ImportLinesModel::ImportLinesModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const config::UserImportLine& line, int column) const override;
    bool isNumber(int column) const override { return column == Area; }
};

} // namespace heatdesk::ui
