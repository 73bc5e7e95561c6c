// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryData.h"
#include "history/HistoryPeriod.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace heatdesk::ui {

namespace history {
class ConsumptionChart;
class HistoryTableModel;
class TemperatureChart;
} // namespace history

// One meter's history: supply/return temperatures and ΔT over time, heat consumption per day,
// week or month, and the readings themselves (corrections shown as such). Reading happens on a
// worker thread with its own read-only connection; a newer request supersedes an older one and
// the GUI thread only ever receives finished results. Exports: charts as PNG/SVG, data as CSV.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    enum class Chart { Temperature, Consumption };

    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;

    // Each of these loads again (once, after the current event: setting all three costs one load).
    void setDatabasePath(const QString& path);
    // meterId <= 0: no meter chosen. `title` names it in the view and in exported files.
    void setMeter(qint64 meterId, const QString& title);
    // [from, to); an invalid `from` or `to` leaves that end open. The picker shows "Custom".
    void setPeriod(QDateTime from, QDateTime to);
    void setPreset(history::PeriodPreset preset);

    // Exports (file dialogs are only in the slots behind the Export menu).
    bool exportChartPng(Chart chart, const QString& path, QString* error = nullptr);
    bool exportChartSvg(Chart chart, const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr);

    // For the main window's status line and for tests.
    bool isLoading() const { return m_loading; }
    QString messageText() const;
    std::shared_ptr<const history::HistoryData> currentData() const { return m_data; }
    history::HistoryTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    history::TemperatureChart* temperatureChart() const { return m_temperature; }
    history::ConsumptionChart* consumptionChart() const { return m_consumption; }
    history::MsRange period() const { return m_range; }

public slots:
    // Loads now, superseding any load still running.
    void reload();

signals:
    // A load finished and is shown (readings: how many, 0 for an empty period).
    void loaded(int readings);
    // A load failed; the view shows the message.
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { NoMeter, NoDatabase, Loading, Empty, Error, Shown };

    void buildUi();
    void retranslateUi();
    void scheduleReload(int delayMs = 0);
    void finishLoad(std::shared_ptr<const history::HistoryData> result);
    void setState(State state);
    void applyPreset(history::PeriodPreset preset);
    void datesEdited();
    void bucketChosen();
    // The bar size for a new period, in the selector and the chart alike.
    void chooseBucket(history::BucketSize size);
    void exportChartInteractive(Chart chart, bool svg);
    void exportCsvInteractive();
    QString suggestedFileName(const QString& what, const QString& suffix) const;
    QString periodText() const;
    void updateTitles();

    QString m_databasePath;
    qint64 m_meterId = 0;
    QString m_meterTitle;
    history::PeriodPreset m_preset = history::PeriodPreset::Last30Days;
    history::MsRange m_range;
    bool m_bucketChosenByUser = false;

    // Generation of the newest load; workers compare against it to stop early.
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest;
    bool m_loading = false;
    State m_state = State::NoMeter;
    QString m_error;
    std::shared_ptr<const history::HistoryData> m_data;
    QTimer m_reloadTimer;

    QLabel* m_title = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_presetBox = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_exportButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_resetZoom = nullptr;
    QLabel* m_zoomHint = nullptr;
    QLabel* m_bucketLabel = nullptr;
    QComboBox* m_bucketBox = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    history::HistoryTableModel* m_model = nullptr;
    history::TemperatureChart* m_temperature = nullptr;
    history::ConsumptionChart* m_consumption = nullptr;
};

} // namespace heatdesk::ui
