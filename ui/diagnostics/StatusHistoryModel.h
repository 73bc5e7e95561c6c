// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusStatus.h"

#include <QAbstractTableModel>
#include <deque>

namespace heatdesk::ui {

// The bus status changes of every bus, newest first, at most `capacity` of them. A run reports
// its progress with every meter; those updates change the run's one "Reading n/m" row instead
// of adding a row each, so the history shows changes, not ticks.
class StatusHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Bus, State, Inferred, Evidence, ColumnCount };
    static constexpr int kDefaultCapacity = 1000;

    explicit StatusHistoryModel(int capacity = kDefaultCapacity, QObject* parent = nullptr);

    void add(const QString& bus, const bus::BusStatus& status, qint64 timeMs);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        qint64 timeMs = 0;
        QString bus;
        bus::BusStatus status;
    };

    int m_capacity;
    std::deque<Entry> m_entries; // newest first
};

} // namespace heatdesk::ui
