// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/Cjt188Reader.h"

#include <QAction>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

namespace heatdesk::station {
class Station;
}

namespace heatdesk::ui {

// The CJ/T 188 commands on the tree's current row: open or close a meter's valve (asked first:
// it cuts or restores a flat's heat) and find the address of the one CJ/T 188 meter on a bus
// (commissioning a meter whose number is unknown). The station runs them when the line is free;
// what came of them goes to the status bar, an address also to a box it can be copied from.
class Cjt188Actions : public QObject {
    Q_OBJECT
public:
    explicit Cjt188Actions(QWidget* window);

    void setStation(station::Station* station);
    // A row of BusTreeModel (its roles), or an invalid index.
    void setCurrent(const QModelIndex& index);
    [[nodiscard]] QList<QAction*> actions() const { return {m_openValve, m_closeValve, m_readAddress}; }
    void retranslate();

signals:
    void message(const QString& text);

private:
    void switchValve(bool open);
    void readAddress();
    void commandDone(qint64 meterId, const bus::Cjt188Result& result);
    [[nodiscard]] QString errorText(const QString& error) const;

    QWidget* m_window;
    QPointer<station::Station> m_station;
    QAction* m_openValve;
    QAction* m_closeValve;
    QAction* m_readAddress;
    qint64 m_meterId = 0; // current row: a CJ/T 188 meter
    qint64 m_busId = 0;   // current row's bus
    QString m_meterNumber;
};

} // namespace heatdesk::ui
