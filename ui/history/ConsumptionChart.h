// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryData.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace heatdesk::ui::history {

// Heat consumption per day, week or month as bars. The horizontal axis is a value axis with a
// label every few bars (a category label under each of 1,800 daily bars would be a smudge);
// bars touched by a skipped register drop are drawn in amber and explained in their tooltip.
class ConsumptionChart : public QObject {
    Q_OBJECT
public:
    explicit ConsumptionChart(QObject* parent = nullptr);
    ~ConsumptionChart() override;

    QChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }
    QBarSet* barSet() const { return m_set; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    QCategoryAxis* bucketAxis() const { return m_bucketAxis; }

    void setData(std::shared_ptr<const HistoryData> data);
    void setBucketSize(BucketSize size);
    BucketSize bucketSize() const { return m_size; }
    const Consumption* consumption() const;
    // Bars in MWh once the largest bar reaches 10,000 kWh.
    bool inMegawattHours() const { return m_mwh; }
    // "Total 1,234 kWh over 30 days; 1 register drop skipped (...)".
    QString summary() const;
    void clear();
    void setTitle(const QString& title);
    void retranslate();

signals:
    void summaryChanged(const QString& summary);

private:
    void rebuild();
    void relabel();
    QString bucketLabel(qint64 startMs, bool withYear) const;
    void showBarTip(bool state, int index);

    std::shared_ptr<const HistoryData> m_data;
    BucketSize m_size = BucketSize::Day;
    bool m_mwh = false;
    int m_labelStep = 0;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QCategoryAxis* m_bucketAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QTimer m_relabelTimer;
};

} // namespace heatdesk::ui::history
