// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusStatus.h"
#include "bus/TrafficLog.h"

#include <QTimer>
#include <QWidget>

class QGroupBox;
class QPushButton;
class QTableView;

namespace heatdesk::ui {

class CountersTableModel;
class StatusHistoryModel;

// For technicians: per bus the counts of requests, answers and every kind of failure, and the
// history of the bus status (inferred states marked, with their evidence). "Scan bus…" asks the
// main window, which owns the engines, to open the scan dialog for the selected bus.
class BusDiagnostics : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 250;

    explicit BusDiagnostics(QWidget* parent = nullptr);
    ~BusDiagnostics() override;

    // Every record of every bus (connected to BusEngine::trafficRecorded).
    void append(const bus::TrafficRecordPtr& record);
    // Connected to BusEngine::statusChanged of each bus; stamped with the time it arrives.
    void busStatusChanged(const QString& bus, const bus::BusStatus& status);
    void resetCounters();

signals:
    void scanRequested(const QString& bus);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString selectedBus() const;
    void retranslate();

    CountersTableModel* m_counters;
    StatusHistoryModel* m_history;
    QTimer m_refreshTimer;
    QGroupBox* m_countersBox;
    QGroupBox* m_historyBox;
    QTableView* m_countersView;
    QTableView* m_historyView;
    QPushButton* m_reset;
    QPushButton* m_scan;
};

} // namespace heatdesk::ui
