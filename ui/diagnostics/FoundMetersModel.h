// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"

#include <QAbstractTableModel>
#include <QList>

namespace heatdesk::ui {

// The meters a scan found, each with a check box: clean finds start checked, garbled ones
// (something answered, but not cleanly) start unchecked because they need a look first.
class FoundMetersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Primary, Secondary, Manufacturer, Version, Medium, Note, ColumnCount };

    explicit FoundMetersModel(QObject* parent = nullptr);

    void add(const bus::FoundMeter& meter);
    void clear();
    void retranslate();
    [[nodiscard]] QList<bus::FoundMeter> checkedMeters() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        bus::FoundMeter meter;
        std::optional<mbus::SecondaryAddress> secondary; // as found, or read from its telegram
        bool checked = true;
    };
    QList<Row> m_rows;
};

} // namespace heatdesk::ui
