// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryData.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace heatdesk::ui::history {

class HistoryChartView;

// Supply and return temperature over time, the band between them shaded, ΔT on its own axis.
// The data stays at full resolution in HistoryData; what is drawn is re-sampled (min/max per
// pixel column, at most ~2,000 points a line) for the visible span whenever it changes, so a
// five-year hourly history draws fast and zooming in shows every reading again.
class TemperatureChart : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxBuckets = 1000; // per line: at most 2 * kMaxBuckets + 2 points

    explicit TemperatureChart(QObject* parent = nullptr);
    ~TemperatureChart() override;

    HistoryChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }
    QLineSeries* supplySeries() const { return m_supply; }
    QLineSeries* returnSeries() const { return m_return; }
    QLineSeries* deltaSeries() const { return m_delta; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }

    // New data; `keepView`: the same meter and period refreshed (after a read), so a zoomed span
    // stays where the user put it instead of jumping back to the whole period.
    void setData(std::shared_ptr<const HistoryData> data, bool keepView = false);
    void clear();
    void setTitle(const QString& title);
    void retranslate();
    // Drawn span (ms); the whole period after a load or a reset.
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;

public slots:
    void resetZoom();
    // Draws the visible span again from the full data (after zoom, pan or resize).
    void resample();

private:
    void scheduleResample();
    void showPointTip(const QString& name, const QString& unit, const QPointF& point, bool state);

    std::shared_ptr<const HistoryData> m_data;
    QChart* m_chart = nullptr;
    HistoryChartView* m_view = nullptr;
    QLineSeries* m_supply = nullptr;
    QLineSeries* m_return = nullptr;
    QLineSeries* m_delta = nullptr;
    QLineSeries* m_bandUpper = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QAreaSeries* m_band = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_temperatureAxis = nullptr;
    QValueAxis* m_deltaAxis = nullptr;
    qint64 m_fullFromMs = 0;
    qint64 m_fullToMs = 0;
    bool m_adjusting = false;
    QTimer m_resampleTimer;
};

} // namespace heatdesk::ui::history
