// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryData.h"

#include <QAbstractTableModel>
#include <memory>

namespace heatdesk::ui::history {

// The readings of one history load, newest first. A corrected value shows the correction in force
// in a colour of its own (its tooltip: the value as read, who corrected it, when and why); the
// Corrections column spells out every correction, so the values as read stay on screen.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ReadAt,
        MeterTime,
        Energy,
        Volume,
        Power,
        Flow,
        Supply,
        Return,
        Delta,
        Flags,
        Corrections,
        ColumnCount
    };
    enum Role {
        CorrectedRole = Qt::UserRole + 1, // bool: this cell shows a correction
        ValueAsReadRole,                  // double or invalid: the reading's own value
        ReadingIdRole,                    // qint64
    };

    explicit HistoryTableModel(QObject* parent = nullptr);

    void setData(std::shared_ptr<const HistoryData> data);
    void clear();
    // The reading shown in `row`.
    const HistoryRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Column of a quantity and back; Energy..Delta follow Quantity's order.
    static Column columnOf(Quantity q) { return static_cast<Column>(Energy + static_cast<int>(q)); }
    static std::optional<Quantity> quantityOf(int column);
    // "kWh", "m³", ... of a quantity.
    static QString unitOf(Quantity q);
    // Flag bits, valve and battery state in words ("alarm, power low"), translated.
    static QString flagWords(const HistoryRow& row);
    static QString quantityName(Quantity q);
    // "12,045.5" in the current locale, every digit the meter sent.
    static QString formatValue(double v);
    static QString formatTime(qint64 ms);
    // The Corrections column's text for a row (empty without corrections).
    static QString correctionsText(const HistoryData& data, const HistoryRow& row);

    // Language switched: headers and words again.
    void retranslate();

private:
    std::shared_ptr<const HistoryData> m_data;
};

} // namespace heatdesk::ui::history
