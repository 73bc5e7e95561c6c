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

// What a technician sends to the meter or bus of the tree's current row, other than a read:
// reset an M-Bus meter (SND_NKE and application reset: one that answers out of step), open or
// close a CJ/T 188 meter's valve (asked first: it cuts or restores a flat's heat), and find the
// address of the one CJ/T 188 meter on a bus (commissioning a meter whose number is unknown).
// The station runs them when the line is free; what came of them goes to the status bar, an
// address also to a box it can be copied from.
class MeterCommands : public QObject {
    Q_OBJECT
public:
    explicit MeterCommands(QWidget* window);

    void setStation(station::Station* station);
    // A row of BusTreeModel (its roles), or an invalid index.
    void setCurrent(const QModelIndex& index);
    [[nodiscard]] QList<QAction*> actions() const {
        return {m_reset, m_openValve, m_closeValve, m_readAddress};
    }
    void retranslate();

signals:
    void message(const QString& text);

private:
    void resetMeter();
    void switchValve(bool open);
    void readAddress();
    void commandDone(const bus::Cjt188Result& result);
    [[nodiscard]] QString errorText(const QString& error) const;

    QWidget* m_window;
    QPointer<station::Station> m_station;
    QAction* m_reset;
    QAction* m_openValve;
    QAction* m_closeValve;
    QAction* m_readAddress;
    qint64 m_meterId = 0; // current row: a meter
    bool m_cjt188 = false;
    qint64 m_busId = 0; // current row's bus
    QString m_meterNumber;
};

} // namespace heatdesk::ui
