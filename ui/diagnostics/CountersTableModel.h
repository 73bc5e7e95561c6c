// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/TrafficCounters.h"

#include <QAbstractTableModel>

namespace heatdesk::ui {

// One row per bus with its traffic counts. Counting is immediate; repainting is not: the
// counts change with every record, so the view hears of it when refresh() is called (a timer).
class CountersTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Bus,
        Requests,
        Answers,
        Timeouts,
        ChecksumErrors,
        Collisions,
        Retries,
        GarbageBytes,
        ColumnCount
    };

    explicit CountersTableModel(QObject* parent = nullptr);

    void add(const bus::TrafficRecord& record);
    // Tells the view the counts changed since the last call (nothing when they did not).
    void refresh();
    void reset();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TrafficCounters m_counters;
    bool m_dirty = false;
};

} // namespace heatdesk::ui
