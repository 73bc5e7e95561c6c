// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace heatdesk::ui {

class FoundMetersModel;

// Looks for meters on one bus: a range of primary addresses, or a secondary (wildcard) search.
// The engine does the work on the event loop; the dialog starts it, shows progress and what it
// found, stops it, and hands the chosen finds to whoever keeps the bus's meters (addMeters).
// It never waits: Stop and Close cancel the scan at once.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    ScanDialog(bus::BusEngine& engine, const QString& busName, QWidget* parent = nullptr);
    ~ScanDialog() override;

    [[nodiscard]] bool isScanning() const { return m_scanning; }

    void start();
    void stop();
    void reject() override;

signals:
    void addMeters(const QList<heatdesk::bus::FoundMeter>& meters);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Why Start cannot be pressed now, or nothing when it can.
    std::optional<QString> blocker() const;
    void updateControls();
    void updateElapsed();
    void scanFinished(const bus::RunSummary& summary);
    void retranslate();

    QPointer<bus::BusEngine> m_engine;
    QString m_busName;
    bool m_scanning = false;
    std::optional<bus::RunSummary> m_lastRun; // the outcome shown after a scan
    QElapsedTimer m_clock;
    QTimer m_elapsedTimer;
    FoundMetersModel* m_found;

    QGroupBox* m_rangeBox;
    QRadioButton* m_primary;
    QLabel* m_fromLabel;
    QSpinBox* m_from;
    QLabel* m_toLabel;
    QSpinBox* m_to;
    QRadioButton* m_secondary;
    QLabel* m_maskLabel;
    QLineEdit* m_mask;
    QCheckBox* m_hexDigits;
    QLabel* m_problem;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_result;
    QTableView* m_table;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_add;
    QPushButton* m_close;
};

} // namespace heatdesk::ui
