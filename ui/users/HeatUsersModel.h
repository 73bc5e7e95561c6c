// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HeatUserRepository.h"

#include <QAbstractTableModel>

namespace heatdesk::ui {

// The heat users a search found, one row each, with the meters measuring them now. Rows come
// whole from a worker (setRows); the view asks only for the rows it shows, so 100,000 stay light.
class HeatUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Account, Name, Community, Building, Unit, Room, Area, Contact, Meters, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `rows`; returns the rows shown before (freeing 100,000 rows takes the GUI thread
    // tens of milliseconds: the caller frees them elsewhere).
    [[nodiscard]] QList<store::HeatUserRow> setRows(QList<store::HeatUserRow> rows);
    [[nodiscard]] const store::HeatUserRow* row(int index) const;
    // The row showing user `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<store::HeatUserRow> m_rows;
};

} // namespace heatdesk::ui
