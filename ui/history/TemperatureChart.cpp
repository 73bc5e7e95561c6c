// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/TemperatureChart.h"

#include "history/Downsample.h"
#include "history/HistoryChartView.h"
#include "history/HistoryTableModel.h"
#include "history/NiceScale.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace heatdesk::ui::history {
namespace {

constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kDayMs = 24 * kHourMs;
const QColor kSupplyColour(200, 40, 40);
const QColor kReturnColour(31, 100, 180);
const QColor kDeltaColour(40, 140, 60);
const QColor kBandColour(240, 150, 30, 50);

QLineSeries* makeLine(const QColor& colour, qreal width, Qt::PenStyle style = Qt::SolidLine) {
    auto* s = new QLineSeries;
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    s->setPen(pen);
    return s;
}

void replace(QLineSeries* series, const QList<QPointF>& points) {
    series->replace(points);
}

// Lowest and highest y of drawn points.
void extend(const QList<QPointF>& points, double& lo, double& hi) {
    for (const QPointF& p : points) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
}

} // namespace

TemperatureChart::TemperatureChart(QObject* parent)
    : QObject(parent) {
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    // QAreaSeries does not own its edges: they are its children so they live exactly as long.
    m_band = new QAreaSeries;
    m_bandUpper = new QLineSeries(m_band);
    m_bandLower = new QLineSeries(m_band);
    m_band->setUpperSeries(m_bandUpper);
    m_band->setLowerSeries(m_bandLower);
    m_band->setBrush(kBandColour);
    m_band->setPen(Qt::NoPen);
    m_supply = makeLine(kSupplyColour, 1.6);
    m_return = makeLine(kReturnColour, 1.6);
    m_delta = makeLine(kDeltaColour, 1.0);
    m_chart->addSeries(m_band);
    m_chart->addSeries(m_supply);
    m_chart->addSeries(m_return);
    m_chart->addSeries(m_delta);

    m_timeAxis = new QDateTimeAxis;
    m_temperatureAxis = new QValueAxis;
    m_deltaAxis = new QValueAxis;
    m_deltaAxis->setLinePenColor(kDeltaColour);
    m_deltaAxis->setLabelsColor(kDeltaColour.darker(120));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_temperatureAxis, Qt::AlignLeft);
    m_chart->addAxis(m_deltaAxis, Qt::AlignRight);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_band, m_supply, m_return}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_temperatureAxis);
    }
    m_delta->attachAxis(m_timeAxis);
    m_delta->attachAxis(m_deltaAxis);
    // The band shows ΔT between the lines; the ΔT line has the legend entry.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_band))
        marker->setVisible(false);

    m_view = new HistoryChartView(m_chart);
    m_view->setObjectName(QStringLiteral("temperatureChart"));
    m_view->setMinimumSize(320, 220);

    m_resampleTimer.setSingleShot(true);
    m_resampleTimer.setInterval(0);
    connect(&m_resampleTimer, &QTimer::timeout, this, &TemperatureChart::resample);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        if (!m_adjusting)
            scheduleResample();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, &TemperatureChart::scheduleResample);
    connect(m_view, &HistoryChartView::resetZoomRequested, this, &TemperatureChart::resetZoom);
    connect(m_supply, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        showPointTip(m_supply->name(), QStringLiteral("°C"), p, state);
    });
    connect(m_return, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        showPointTip(m_return->name(), QStringLiteral("°C"), p, state);
    });
    connect(m_delta, &QLineSeries::hovered, this,
            [this](const QPointF& p, bool state) { showPointTip(tr("ΔT"), QStringLiteral("K"), p, state); });
    retranslate();
    clear();
}

TemperatureChart::~TemperatureChart() {
    // The view owns the chart, the chart its series and axes; the view belongs to the widget
    // tree it was put into (or to nobody, then to this object).
    m_resampleTimer.stop();
    if (!m_view->parent())
        delete m_view;
}

void TemperatureChart::retranslate() {
    m_supply->setName(tr("Supply"));
    m_return->setName(tr("Return"));
    m_delta->setName(tr("ΔT (right axis)"));
    m_band->setName(tr("ΔT band"));
    m_timeAxis->setTitleText(tr("Time"));
    m_temperatureAxis->setTitleText(tr("Temperature (°C)"));
    m_deltaAxis->setTitleText(tr("ΔT (K)"));
}

void TemperatureChart::setTitle(const QString& title) {
    m_chart->setTitle(title);
}

void TemperatureChart::clear() {
    m_data.reset();
    m_resampleTimer.stop();
    for (QLineSeries* s : {m_supply, m_return, m_delta, m_bandUpper, m_bandLower})
        s->clear();
    m_adjusting = true;
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addDays(-1), now);
    m_timeAxis->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_temperatureAxis->setRange(0, 100);
    m_deltaAxis->setRange(0, 30);
    m_adjusting = false;
    m_view->setInteractive(false);
}

void TemperatureChart::setData(std::shared_ptr<const HistoryData> data, bool keepView) {
    const bool zoomed = m_data && (visibleFromMs() != m_fullFromMs || visibleToMs() != m_fullToMs);
    const qint64 keptFrom = visibleFromMs(), keptTo = visibleToMs();
    m_data = std::move(data);
    if (!m_data || m_data->rows.empty()) {
        clear();
        return;
    }
    m_fullFromMs = m_data->rows.front().readAtMs;
    m_fullToMs = m_data->rows.back().readAtMs;
    if (m_fullToMs - m_fullFromMs < kHourMs) { // one reading, or a few close together
        m_fullFromMs -= kHourMs;
        m_fullToMs += kHourMs;
    }
    m_view->setInteractive(true);
    if (!keepView || !zoomed) {
        resetZoom();
        return;
    }
    m_adjusting = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(keptFrom), QDateTime::fromMSecsSinceEpoch(keptTo));
    m_adjusting = false;
    resample(); // clamps to the new data
}

qint64 TemperatureChart::visibleFromMs() const {
    return m_timeAxis->min().toMSecsSinceEpoch();
}

qint64 TemperatureChart::visibleToMs() const {
    return m_timeAxis->max().toMSecsSinceEpoch();
}

void TemperatureChart::resetZoom() {
    if (!m_data)
        return;
    m_adjusting = true;
    m_chart->zoomReset();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fullFromMs),
                         QDateTime::fromMSecsSinceEpoch(m_fullToMs));
    m_adjusting = false;
    resample();
}

void TemperatureChart::scheduleResample() {
    if (m_data)
        m_resampleTimer.start();
}

void TemperatureChart::resample() {
    m_resampleTimer.stop();
    if (!m_data)
        return;
    // Keep the span inside the data, at least an hour wide: zooming out or panning past either
    // end stops there.
    const qint64 full = m_fullToMs - m_fullFromMs;
    qint64 from = visibleFromMs();
    qint64 to = visibleToMs();
    qint64 span = std::clamp<qint64>(to - from, std::min(kHourMs, full), full);
    if (to - from != span) {
        const qint64 centre = from + (to - from) / 2;
        from = centre - span / 2;
    }
    from = std::clamp(from, m_fullFromMs, m_fullToMs - span);
    to = from + span;
    m_adjusting = true;
    if (from != visibleFromMs() || to != visibleToMs())
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));

    const int buckets = std::clamp(int(m_chart->plotArea().width()), 100, kMaxBuckets);
    const auto x0 = double(from), x1 = double(to);
    const QList<QPointF> supply = minMaxDownsample(m_data->supply, x0, x1, buckets);
    const QList<QPointF> ret = minMaxDownsample(m_data->returnTemp, x0, x1, buckets);
    const QList<QPointF> delta = minMaxDownsample(m_data->delta, x0, x1, buckets);
    replace(m_supply, supply);
    replace(m_return, ret);
    replace(m_delta, delta);
    // The band between the lines: a smooth outline, one point per few pixels (see meanDownsample).
    const int bandBuckets = std::max(50, buckets / 4);
    replace(m_bandUpper, meanDownsample(m_data->supply, x0, x1, bandBuckets));
    replace(m_bandLower, meanDownsample(m_data->returnTemp, x0, x1, bandBuckets));

    // Temperatures fit what is visible; ΔT from zero (or below, if sensors are swapped).
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    extend(supply, lo, hi);
    extend(ret, lo, hi);
    if (lo > hi) {
        lo = 0;
        hi = 100;
    }
    const NiceScale t = niceScale(lo, hi, 7);
    m_temperatureAxis->setRange(t.lo, t.hi);
    m_temperatureAxis->setTickCount(t.ticks);
    m_temperatureAxis->setLabelFormat(QStringLiteral("%.%1f").arg(t.decimals()));
    double dlo = 0, dhi = 1;
    extend(delta, dlo, dhi);
    const NiceScale d = niceScale(dlo, dhi, t.ticks); // same tick count: the grid lines agree
    m_deltaAxis->setRange(d.lo, d.hi);
    m_deltaAxis->setTickCount(d.ticks);
    m_deltaAxis->setLabelFormat(QStringLiteral("%.%1f").arg(d.decimals()));

    // About one time label per 120 pixels, as precise as the distance between two labels needs
    // (months only when labels are months apart, or neighbours would read the same).
    const int ticks = std::clamp(int(m_chart->plotArea().width() / 120), 2, 10);
    const qint64 spacing = (to - from) / (ticks - 1);
    m_timeAxis->setFormat(spacing < kDayMs        ? QStringLiteral("MM-dd HH:mm")
                          : spacing < 45 * kDayMs ? QStringLiteral("yyyy-MM-dd")
                                                  : QStringLiteral("yyyy-MM"));
    m_timeAxis->setTickCount(ticks);
    m_adjusting = false;
}

void TemperatureChart::showPointTip(const QString& name, const QString& unit, const QPointF& point,
                                    bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%2: %3 %4")
                           .arg(HistoryTableModel::formatTime(qint64(point.x())), name,
                                QLocale().toString(point.y(), 'f', 1), unit),
                       m_view);
}

} // namespace heatdesk::ui::history
