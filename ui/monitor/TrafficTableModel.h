// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/TrafficLog.h"

#include <QAbstractTableModel>
#include <deque>
#include <vector>

namespace heatdesk::ui {

// The newest traffic records of every bus as table rows, oldest first, at most `capacity` of
// them: a 24-hour run keeps a fixed amount of memory. Records are shared, never copied. Rows come
// in batches (one insert per batch, the oldest dropped in one remove) so a busy line costs the
// view a few layout passes a second, not one per record.
class TrafficTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Bus, Kind, Bytes, Decoded, ColumnCount };
    explicit TrafficTableModel(std::size_t capacity, QObject* parent = nullptr);

    void append(const std::vector<bus::TrafficRecordPtr>& batch);
    void clear();
    // After a language switch: the headers and the direction column are translated text.
    void retranslate();
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    [[nodiscard]] const bus::TrafficRecord& record(int row) const { return *m_rows[std::size_t(row)]; }

    // Checksum errors, garbage, timeouts and collisions: what "errors only" keeps and what is
    // shown in red.
    static bool isError(bus::TrafficRecord::Kind kind);
    // The kind as the monitor shows it (translated; the trace line keeps the CLI's names).
    static QString kindText(bus::TrafficRecord::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::size_t m_capacity;
    std::deque<bus::TrafficRecordPtr> m_rows;
};

} // namespace heatdesk::ui
