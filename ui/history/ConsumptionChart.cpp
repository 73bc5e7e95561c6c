// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ConsumptionChart.h"

#include "history/HistoryTableModel.h"
#include "history/NiceScale.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace heatdesk::ui::history {
namespace {

const QColor kBarColour(214, 96, 40);
const QColor kDropColour(250, 190, 40);
constexpr double kMwhFrom = 10000; // kWh

} // namespace

ConsumptionChart::ConsumptionChart(QObject* parent)
    : QObject(parent) {
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setVisible(false);

    m_set = new QBarSet(QString());
    m_set->setColor(kBarColour);
    m_set->setBorderColor(kBarColour.darker(115));
    m_set->setSelectedColor(kDropColour);
    m_series = new QBarSeries;
    m_series->setBarWidth(0.8);
    m_series->append(m_set);
    m_chart->addSeries(m_series);

    m_bucketAxis = new QCategoryAxis;
    m_bucketAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_bucketAxis->setGridLineVisible(false);
    m_valueAxis = new QValueAxis;
    m_chart->addAxis(m_bucketAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_bucketAxis);
    m_series->attachAxis(m_valueAxis);

    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("consumptionChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_view->setFocusPolicy(Qt::StrongFocus);

    m_relabelTimer.setSingleShot(true);
    m_relabelTimer.setInterval(0);
    connect(&m_relabelTimer, &QTimer::timeout, this, &ConsumptionChart::relabel);
    // Wider or narrower: more or fewer date labels.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_relabelTimer.start(); });
    connect(m_series, &QBarSeries::hovered, this,
            [this](bool state, int index, QBarSet*) { showBarTip(state, index); });
    retranslate();
    clear();
}

ConsumptionChart::~ConsumptionChart() {
    m_relabelTimer.stop();
    if (!m_view->parent())
        delete m_view;
}

const Consumption* ConsumptionChart::consumption() const {
    return m_data ? &m_data->consumption[std::size_t(m_size)] : nullptr;
}

void ConsumptionChart::setTitle(const QString& title) {
    m_chart->setTitle(title);
}

void ConsumptionChart::clear() {
    m_data.reset();
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_valueAxis->setRange(0, 100);
    m_bucketAxis->setRange(-0.5, 0.5);
    for (const QString& label : m_bucketAxis->categoriesLabels())
        m_bucketAxis->remove(label);
    m_mwh = false;
    retranslate();
    emit summaryChanged(summary());
}

void ConsumptionChart::setData(std::shared_ptr<const HistoryData> data) {
    m_data = std::move(data);
    rebuild();
}

void ConsumptionChart::setBucketSize(BucketSize size) {
    if (size == m_size)
        return;
    m_size = size;
    rebuild();
}

void ConsumptionChart::rebuild() {
    const Consumption* c = consumption();
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    if (!c || c->buckets.isEmpty()) {
        m_mwh = false;
        m_valueAxis->setRange(0, 100);
        m_bucketAxis->setRange(-0.5, 0.5);
        relabel();
        retranslate();
        emit summaryChanged(summary());
        return;
    }
    double largest = 0;
    for (const ConsumptionBucket& b : c->buckets)
        largest = std::max(largest, b.kwh);
    m_mwh = largest >= kMwhFrom;
    const double scale = m_mwh ? 0.001 : 1.0;
    QList<qreal> values;
    QList<int> drops;
    values.reserve(c->buckets.size());
    for (qsizetype i = 0; i < c->buckets.size(); ++i) {
        values.append(c->buckets[i].kwh * scale);
        if (c->buckets[i].drops > 0)
            drops.append(int(i));
    }
    m_set->append(values);
    m_set->selectBars(drops);
    const NiceScale s = niceScale(0, std::max(largest * scale, 1e-3), 6);
    m_valueAxis->setRange(0, s.hi);
    m_valueAxis->setTickCount(s.ticks);
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(s.decimals()));
    m_bucketAxis->setRange(-0.5, double(c->buckets.size()) - 0.5);
    m_labelStep = 0;
    relabel();
    retranslate();
    emit summaryChanged(summary());
}

QString ConsumptionChart::bucketLabel(qint64 startMs, bool withYear) const {
    const QDate d = QDateTime::fromMSecsSinceEpoch(startMs, m_data->request.zone).date();
    switch (m_size) {
    case BucketSize::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case BucketSize::Day:
    case BucketSize::Week:
        break;
    }
    return d.toString(withYear ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd"));
}

void ConsumptionChart::relabel() {
    const Consumption* c = consumption();
    const qsizetype n = c ? c->buckets.size() : 0;
    // One label per ~90 pixels; steps of whole weeks or months where that reads naturally.
    const int room = std::max(2, int(m_chart->plotArea().width() / 90));
    int step = int(std::ceil(double(n) / room));
    if (m_size == BucketSize::Day && step > 1)
        step = step <= 7 ? 7 : step <= 14 ? 14 : int(std::ceil(step / 30.0)) * 30;
    if (m_size == BucketSize::Month && step > 1)
        step = step <= 2 ? 2 : step <= 3 ? 3 : step <= 6 ? 6 : int(std::ceil(step / 12.0)) * 12;
    step = std::max(step, 1);
    if (step == m_labelStep && !m_bucketAxis->categoriesLabels().isEmpty())
        return;
    m_labelStep = step;
    for (const QString& label : m_bucketAxis->categoriesLabels())
        m_bucketAxis->remove(label);
    m_bucketAxis->setStartValue(-0.5);
    if (n == 0)
        return;
    const QDate first =
        QDateTime::fromMSecsSinceEpoch(c->buckets.front().startMs, m_data->request.zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(c->buckets.back().startMs, m_data->request.zone).date();
    const bool withYear = first.year() != last.year();
    for (qsizetype i = 0; i < n; i += step)
        m_bucketAxis->append(bucketLabel(c->buckets[i].startMs, withYear), double(i));
}

void ConsumptionChart::retranslate() {
    switch (m_size) {
    case BucketSize::Day:
        m_bucketAxis->setTitleText(tr("Day"));
        break;
    case BucketSize::Week:
        m_bucketAxis->setTitleText(tr("Week (from Monday)"));
        break;
    case BucketSize::Month:
        m_bucketAxis->setTitleText(tr("Month"));
        break;
    }
    m_valueAxis->setTitleText(m_mwh ? tr("Heat consumption (MWh)") : tr("Heat consumption (kWh)"));
    m_set->setLabel(tr("Heat consumption"));
}

QString ConsumptionChart::summary() const {
    const Consumption* c = consumption();
    if (!c)
        return {};
    if (c->buckets.isEmpty())
        return tr("No energy values in this period.");
    const QLocale locale;
    QString unitTotal = m_mwh ? tr("%1 MWh").arg(locale.toString(c->totalKwh / 1000, 'f', 3))
                              : tr("%1 kWh").arg(locale.toString(c->totalKwh, 'f', 1));
    const int n = int(c->buckets.size());
    QString text = m_size == BucketSize::Day    ? tr("Total %1 over %n day(s)", nullptr, n).arg(unitTotal)
                   : m_size == BucketSize::Week ? tr("Total %1 over %n week(s)", nullptr, n).arg(unitTotal)
                                                : tr("Total %1 over %n month(s)", nullptr, n).arg(unitTotal);
    if (c->skippedDrops > 0)
        text += QStringLiteral(" · ") +
                tr("%n register drop(s) skipped (meter replaced or register rolled over), amber bars",
                   nullptr, c->skippedDrops);
    return text;
}

void ConsumptionChart::showBarTip(bool state, int index) {
    const Consumption* c = consumption();
    if (!state || !c || index < 0 || index >= c->buckets.size()) {
        QToolTip::hideText();
        return;
    }
    const ConsumptionBucket& b = c->buckets[index];
    const QLocale locale;
    const QString from =
        QDateTime::fromMSecsSinceEpoch(b.startMs, m_data->request.zone).date().toString(Qt::ISODate);
    const QString to = QDateTime::fromMSecsSinceEpoch(b.endMs, m_data->request.zone)
                           .date()
                           .addDays(-1)
                           .toString(Qt::ISODate);
    QString tip = from == to ? from : tr("%1 to %2").arg(from, to);
    tip += QLatin1Char('\n') + tr("%1 kWh").arg(locale.toString(b.kwh, 'f', 1));
    const qint64 length = b.endMs - b.startMs;
    if (length > 0 && b.coveredMs < length)
        tip += QLatin1Char('\n') +
               tr("Readings cover %1 % of it").arg(std::lround(100.0 * double(b.coveredMs) / double(length)));
    if (b.drops > 0)
        tip +=
            QLatin1Char('\n') +
            tr("%n register drop(s) skipped here: meter replaced or register rolled over", nullptr, b.drops);
    QToolTip::showText(QCursor::pos(), tip, m_view);
}

} // namespace heatdesk::ui::history
