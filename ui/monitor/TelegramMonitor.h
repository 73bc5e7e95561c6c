// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/TrafficLog.h"

#include <QSet>
#include <QTimer>
#include <QWidget>
#include <deque>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace heatdesk::ui {

class TrafficFilter;
class TrafficTableModel;

// The live traffic of every bus (the dock the main window shows): time, bus, direction, the
// bytes in hex and what they mean, errors in colour. Filter by bus, meter and errors; pause to
// read while records keep being counted; copy and save as the CLI's trace lines.
//
// Bounded and never in the way: at most `capacity` records are kept (the oldest go), records
// arriving are gathered for 100 ms and shown in one batch, and while paused only the newest
// `capacity` of them wait.
class TelegramMonitor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 20000;
    static constexpr int kBatchIntervalMs = 100;

    explicit TelegramMonitor(QWidget* parent = nullptr, int capacity = kDefaultCapacity);
    ~TelegramMonitor() override;

    // Every record of every bus comes through here (connected to BusEngine::trafficRecorded).
    void append(const bus::TrafficRecordPtr& record);
    // Writes the rows the filter shows, as trace lines, one a line. False (and a message in
    // `error`) when the file cannot be written.
    bool saveTo(const QString& path, QString* error = nullptr) const;

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    void clear();
    // The selected rows as trace lines, to the clipboard.
    void copySelection() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void flushPending();
    void saveInteractively();
    void updateStatus();
    void retranslate();

    TrafficTableModel* m_model;
    TrafficFilter* m_filter;
    std::deque<bus::TrafficRecordPtr> m_pending;
    std::uint64_t m_newWhilePaused = 0;
    bool m_paused = false;
    QTimer m_batchTimer;
    QSet<QString> m_buses;

    QLabel* m_busLabel;
    QComboBox* m_bus;
    QLabel* m_meterLabel;
    QLineEdit* m_meter;
    QCheckBox* m_errorsOnly;
    QLabel* m_status;
    QPushButton* m_pause;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_clear;
    QTableView* m_table;
};

} // namespace heatdesk::ui
