// SPDX-License-Identifier: GPL-3.0-or-later
// The meter history view against real databases: a small hand-made one whose every number is
// known, and five years of simulated hourly readings for the "never freeze" figures.
#include "history/HistoryView.h"

#include "history/ConsumptionChart.h"
#include "history/HistoryChartView.h"
#include "history/HistoryExport.h"
#include "history/HistoryTableModel.h"
#include "history/TemperatureChart.h"
#include "main/Language.h"
#include "sim/HistoryGenerator.h"
#include "store/ConfigRepository.h"
#include "store/CorrectionRepository.h"
#include "store/Database.h"
#include "store/ReadingRepository.h"

#include <QBarSet>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <gtest/gtest.h>
#include <memory>

using heatdesk::ui::HistoryView;
using namespace heatdesk::ui::history;
using namespace heatdesk::store;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr int kReadings = 48;

// The longest time the GUI thread did not come back to its event loop: a 1 ms timer notes the
// gaps between its own ticks. Beside the wall-clock gap it notes the thread's own CPU time in
// that gap: on a loaded machine a gap can be mostly waiting for a core, which is not our work.
class StallMeter {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_longestCpuNs = std::max(m_longestCpuNs, cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
    }
    void start() {
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_longestNs = 0;
        m_longestCpuNs = 0;
        m_timer.start();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }
    // Runs the event loop for `ms` (QTest::qWait sleeps between its rounds: stalls of its own).
    static void spin(int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    static qint64 threadCpuNs() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#else
        return 0;
#endif
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
};

// Two days of hourly readings of meter A from 2026-01-05 00:00 local time:
// - energy rises 2 kWh an hour; at 06:00 on the second day (h = 30) the meter is replaced and the
//   register starts again at 5 kWh: one drop, never a negative bar;
// - supply 60..65 °C, return 40..43 °C; the last reading carries the alarm flag;
// - corrections: the supply of h = 10 (twice; the later one is in force) and the energy of h = 40
//   (declared unusable).
// Meter B has no readings.
class HistoryViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("history.db"));
        Database db;
        ASSERT_FALSE(db.open(m_path, Database::Mode::ReadWrite, Database::Create::IfMissing));
        ConfigRepository config(db);
        const auto site = config.addSite(QStringLiteral("Station 1"));
        const auto channel = config.addChannel(*site, QStringLiteral("COM1"), QStringLiteral("serial"));
        const auto bus = config.addBus(*channel, QStringLiteral("Bus A"));
        for (int i = 0; i < 2; ++i) {
            MeterConfig m;
            m.busId = *bus;
            m.number = QStringLiteral("1234567%1").arg(i);
            m.primaryAddress = i + 1;
            m_meters.push_back(*config.addMeter(m));
        }
        std::vector<NewReading> batch;
        for (int h = 0; h < kReadings; ++h) {
            NewReading r;
            r.meterId = m_meters[0];
            r.readAtMs = start() + h * kHour;
            r.values.energyKwh = h < 30 ? 1000.0 + 2 * h : 5.0 + 2 * (h - 30);
            r.values.volumeM3 = 100.0 + 0.125 * h;
            r.values.powerKw = 2.0;
            r.values.flowM3h = 0.086;
            r.values.supplyC = 60.0 + h % 6;
            r.values.returnC = 40.0 + h % 4;
            r.values.deltaK = *r.values.supplyC - *r.values.returnC;
            r.values.meterTime = heatdesk::reading::MeterTime{2026, 1, 5 + h / 24, h % 24, 0, 12};
            if (h == kReadings - 1)
                r.values.set(heatdesk::reading::ReadingFlag::Alarm);
            r.values.rawFrames = {0x68, 0x03, 0x03, 0x68, 0x08, 0x01, 0x72, 0x7B, 0x16};
            batch.push_back(r);
        }
        ReadingRepository readings(db);
        QList<qint64> ids;
        ASSERT_FALSE(readings.append(batch, &ids));
        CorrectionRepository corrections(db);
        ASSERT_TRUE(corrections.add({0, ids[10], "supply_c", 66.0, "first guess", "Li", start()}));
        ASSERT_TRUE(
            corrections.add({0, ids[10], "supply_c", 65.5, "sensor swapped back", "Wang", start() + 1}));
        ASSERT_TRUE(corrections.add(
            {0, ids[40], "energy_kwh", std::nullopt, "display misread", "Wang", start() + 2}));
    }

    static qint64 start() { return QDateTime(QDate(2026, 1, 5), QTime(0, 0)).toMSecsSinceEpoch(); }

    // Loads meter A over January 2026 and waits for the result.
    void loadMeterA(HistoryView& view, QSignalSpy& loaded) {
        view.setDatabasePath(m_path);
        view.setPeriod(QDate(2026, 1, 1).startOfDay(), QDate(2026, 2, 1).startOfDay());
        view.setMeter(m_meters[0], QStringLiteral("Meter 12345670 · Room 301"));
        ASSERT_TRUE(loaded.wait(20000));
        ASSERT_EQ(loaded.count(), 1);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::vector<qint64> m_meters;
};

// Row of reading h (the table shows the newest first).
int rowOf(int h) {
    return kReadings - 1 - h;
}

} // namespace

TEST_F(HistoryViewTest, ShowsTheReadingsWithCorrectionsAsSuch) {
    HistoryView view;
    QSignalSpy loaded(&view, &HistoryView::loaded);
    loadMeterA(view, loaded);
    EXPECT_EQ(loaded[0][0].toInt(), kReadings);
    EXPECT_TRUE(view.messageText().isEmpty());

    const HistoryTableModel& model = *view.tableModel();
    ASSERT_EQ(model.rowCount(), kReadings);
    ASSERT_EQ(model.columnCount(), HistoryTableModel::ColumnCount);
    EXPECT_EQ(model.headerData(HistoryTableModel::Energy, Qt::Horizontal).toString(), "Energy\n(kWh)");
    EXPECT_EQ(model.headerData(HistoryTableModel::Supply, Qt::Horizontal).toString(), "Supply\n(°C)");
    const auto cell = [&](int h, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(rowOf(h), column), role);
    };
    EXPECT_EQ(cell(kReadings - 1, HistoryTableModel::ReadAt).toString(), "2026-01-06 23:00:00");
    EXPECT_EQ(cell(0, HistoryTableModel::MeterTime).toString(), "2026-01-05 00:00:12");
    EXPECT_EQ(cell(3, HistoryTableModel::Energy).toString(),
              HistoryTableModel::formatValue(1006)); // locale's
    EXPECT_EQ(cell(3, HistoryTableModel::Volume).toString(), "100.375");
    EXPECT_EQ(cell(3, HistoryTableModel::Delta).toString(), "20");
    EXPECT_EQ(cell(kReadings - 1, HistoryTableModel::Flags).toString(), "alarm");
    EXPECT_TRUE(cell(3, HistoryTableModel::Flags).toString().isEmpty());

    // The supply of h = 10 was corrected twice: the later value is shown, marked, and the value
    // as read stays on screen in the Corrections column.
    EXPECT_TRUE(cell(10, HistoryTableModel::Supply, HistoryTableModel::CorrectedRole).toBool());
    EXPECT_EQ(cell(10, HistoryTableModel::Supply).toString(), "65.5");
    EXPECT_EQ(cell(10, HistoryTableModel::Supply, HistoryTableModel::ValueAsReadRole).toDouble(), 64.0);
    EXPECT_TRUE(cell(10, HistoryTableModel::Supply, Qt::BackgroundRole).isValid());
    const QString tip = cell(10, HistoryTableModel::Supply, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains("sensor swapped back")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("64")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("Wang")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("1 earlier correction")) << tip.toStdString();
    const QString corrections = cell(10, HistoryTableModel::Corrections).toString();
    EXPECT_TRUE(corrections.contains("64 → 65.5")) << corrections.toStdString();
    EXPECT_TRUE(corrections.contains("sensor swapped back")) << corrections.toStdString();
    EXPECT_FALSE(cell(10, HistoryTableModel::Return, HistoryTableModel::CorrectedRole).toBool());
    EXPECT_FALSE(cell(11, HistoryTableModel::Supply, HistoryTableModel::CorrectedRole).toBool());
    // Energy of h = 40 declared unusable.
    EXPECT_EQ(cell(40, HistoryTableModel::Energy).toString(), "unusable");
    EXPECT_EQ(cell(40, HistoryTableModel::Energy, HistoryTableModel::ValueAsReadRole).toDouble(), 25.0);

    // Charts: every reading is a point (few enough to need no thinning); corrections applied.
    TemperatureChart& temperature = *view.temperatureChart();
    EXPECT_EQ(temperature.supplySeries()->count(), kReadings);
    EXPECT_EQ(temperature.returnSeries()->count(), kReadings);
    EXPECT_EQ(temperature.deltaSeries()->count(), kReadings);
    const auto points = temperature.supplySeries()->points();
    EXPECT_EQ(points[10].y(), 65.5);
    EXPECT_EQ(temperature.deltaSeries()->points()[10].y(), 65.5 - 42.0);

    // Bars: 48 kWh on the first day; on the second 10 before the replacement and 34 after it,
    // the drop skipped (the unusable reading at h = 40 changes nothing: its neighbours span it).
    ConsumptionChart& consumption = *view.consumptionChart();
    // A month's period: daily bars, and the selector says so.
    auto* bucketBox = view.findChild<QComboBox*>(QStringLiteral("bucketSize"));
    ASSERT_NE(bucketBox, nullptr);
    EXPECT_EQ(consumption.bucketSize(), BucketSize::Day);
    EXPECT_EQ(bucketBox->currentData().toInt(), int(BucketSize::Day));
    ASSERT_NE(consumption.consumption(), nullptr);
    const Consumption& days = *consumption.consumption();
    ASSERT_EQ(days.buckets.size(), 2);
    EXPECT_NEAR(days.buckets[0].kwh, 48.0, 1e-9);
    EXPECT_NEAR(days.buckets[1].kwh, 44.0, 1e-9);
    EXPECT_EQ(days.skippedDrops, 1);
    EXPECT_EQ(days.buckets[1].drops, 1);
    ASSERT_EQ(consumption.barSet()->count(), 2);
    for (int i = 0; i < consumption.barSet()->count(); ++i)
        EXPECT_GE(consumption.barSet()->at(i), 0.0);
    EXPECT_FALSE(consumption.inMegawattHours());
    EXPECT_TRUE(consumption.summary().contains("1 register drop")) << consumption.summary().toStdString();
    for (BucketSize size : {BucketSize::Week, BucketSize::Month}) {
        consumption.setBucketSize(size);
        EXPECT_NEAR(consumption.consumption()->totalKwh, 92.0, 1e-9);
    }
}

TEST_F(HistoryViewTest, ExportsChartsAsPngAndSvgAndDataAsCsv) {
    HistoryView view;
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &HistoryView::loaded);
    loadMeterA(view, loaded);
    QTest::qWait(50); // let the charts lay out at their size

    QTemporaryDir out;
    QString error;
    for (auto chart : {HistoryView::Chart::Temperature, HistoryView::Chart::Consumption}) {
        const QString png = out.filePath(QStringLiteral("chart%1.png").arg(int(chart)));
        ASSERT_TRUE(view.exportChartPng(chart, png, &error)) << error.toStdString();
        const QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 400);
        EXPECT_GT(image.height(), 200);

        const QString svg = out.filePath(QStringLiteral("chart%1.svg").arg(int(chart)));
        ASSERT_TRUE(view.exportChartSvg(chart, svg, &error)) << error.toStdString();
        QFile svgFile(svg);
        ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        EXPECT_TRUE(svgText.startsWith("<?xml")) << svgText.left(80).toStdString();
        EXPECT_TRUE(svgText.contains("<svg"));
    }

    const QString csv = out.filePath(QStringLiteral("readings.csv"));
    ASSERT_TRUE(view.exportCsv(csv, &error)) << error.toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the mark
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + kReadings);
    EXPECT_EQ(lines[0], csvHeader());
    EXPECT_EQ(lines[0].split(',').size(), 12);
    // Oldest first, ISO time with its UTC offset, the values as read.
    const QStringList first = lines[1].split(',');
    const QDateTime firstTime = QDateTime::fromMSecsSinceEpoch(start());
    EXPECT_EQ(first.mid(1, 10),
              QStringList({firstTime.toOffsetFromUtc(firstTime.offsetFromUtc()).toString(Qt::ISODate),
                           "2026-01-05T00:00:12", "1000", "100", "2", "0.086", "60", "40", "20", ""}))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1 + 10].contains("supply_c: 64 -> 65.5 (sensor swapped back; Wang,"))
        << lines[11].toStdString();
    EXPECT_TRUE(lines[1 + 40].contains("energy_kwh: 25 -> unusable (display misread;"))
        << lines[41].toStdString();
    EXPECT_TRUE(lines[kReadings].contains(",alarm,"));

    // Nothing loaded: the export says so instead of writing an empty file.
    HistoryView empty;
    EXPECT_FALSE(empty.exportCsv(out.filePath("none.csv"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(HistoryViewTest, EmptyStatesSayWhatIsMissing) {
    HistoryView view;
    EXPECT_TRUE(view.messageText().contains("Choose a meter")) << view.messageText().toStdString();

    // A meter without readings in the period.
    QSignalSpy loaded(&view, &HistoryView::loaded);
    QSignalSpy failed(&view, &HistoryView::failed);
    view.setDatabasePath(m_path);
    view.setPeriod(QDate(2026, 1, 1).startOfDay(), QDate(2026, 2, 1).startOfDay());
    view.setMeter(m_meters[1], QStringLiteral("Meter 12345671"));
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(loaded[0][0].toInt(), 0);
    EXPECT_TRUE(view.messageText().contains("has no readings")) << view.messageText().toStdString();
    EXPECT_EQ(view.tableModel()->rowCount(), 0);
    EXPECT_EQ(view.consumptionChart()->barSet()->count(), 0);

    // Meter A, but a period before its first reading.
    view.setMeter(m_meters[0], QStringLiteral("Meter 12345670"));
    view.setPeriod(QDate(2025, 1, 1).startOfDay(), QDate(2025, 2, 1).startOfDay());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(loaded.last()[0].toInt(), 0);
    EXPECT_TRUE(view.messageText().contains("2025-01-01 to 2025-01-31")) << view.messageText().toStdString();

    // No database file, and a file that is no database: a message, never a crash.
    view.setDatabasePath(m_dir.filePath("missing.db"));
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(view.messageText().contains("cannot be read")) << view.messageText().toStdString();
    EXPECT_TRUE(view.messageText().contains("missing.db"));
    QFile junk(m_dir.filePath("junk.db"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    view.setDatabasePath(junk.fileName());
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(view.tableModel()->rowCount(), 0);

    // Back to no meter.
    view.setMeter(0, QString());
    view.reload();
    EXPECT_TRUE(view.messageText().contains("Choose a meter"));
}

TEST_F(HistoryViewTest, ANewerLoadSupersedesAnOlderOne) {
    HistoryView view;
    QSignalSpy loaded(&view, &HistoryView::loaded);
    view.setDatabasePath(m_path);
    view.setPeriod(QDate(2026, 1, 1).startOfDay(), QDate(2026, 2, 1).startOfDay());
    view.setMeter(m_meters[0], QStringLiteral("A"));
    view.reload();
    view.setMeter(m_meters[1], QStringLiteral("B"));
    view.reload(); // before the first has come back
    ASSERT_TRUE(loaded.wait(20000));
    QTest::qWait(300); // the first load's result, if it were not dropped, would arrive too
    ASSERT_EQ(loaded.count(), 1);
    EXPECT_EQ(loaded[0][0].toInt(), 0);
    ASSERT_TRUE(view.currentData());
    EXPECT_EQ(view.currentData()->request.meterId, m_meters[1]);
}

TEST_F(HistoryViewTest, ZoomAndPanByKeyboardAndReset) {
    HistoryView view;
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &HistoryView::loaded);
    loadMeterA(view, loaded);
    TemperatureChart& chart = *view.temperatureChart();
    const qint64 fullFrom = chart.visibleFromMs(), fullTo = chart.visibleToMs();
    EXPECT_EQ(fullFrom, start());
    EXPECT_EQ(fullTo, start() + (kReadings - 1) * kHour);

    QWidget* chartView = chart.view();
    EXPECT_EQ(chartView->focusPolicy(), Qt::StrongFocus);
    chartView->setFocus();
    QTest::keyClick(chartView, Qt::Key_Plus);
    QTest::qWait(20);
    const qint64 zoomedSpan = chart.visibleToMs() - chart.visibleFromMs();
    EXPECT_LT(zoomedSpan, fullTo - fullFrom);
    const qint64 before = chart.visibleFromMs();
    QTest::keyClick(chartView, Qt::Key_Right);
    QTest::qWait(20);
    EXPECT_GT(chart.visibleFromMs(), before);
    EXPECT_NEAR(double(chart.visibleToMs() - chart.visibleFromMs()), double(zoomedSpan), 2.0 * 60 * 1000);
    // Panning stops at the last reading.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(chartView, Qt::Key_Right);
    QTest::qWait(20);
    EXPECT_EQ(chart.visibleToMs(), fullTo);
    EXPECT_LT(chart.supplySeries()->count(), kReadings); // only the visible span (and its neighbours)

    QTest::keyClick(chartView, Qt::Key_Home);
    QTest::qWait(20);
    EXPECT_EQ(chart.visibleFromMs(), fullFrom);
    EXPECT_EQ(chart.visibleToMs(), fullTo);

    static_cast<HistoryChartView*>(chartView)->zoomAround(4, chart.chart()->plotArea().center().x());
    QTest::qWait(20);
    EXPECT_LT(chart.visibleToMs() - chart.visibleFromMs(), fullTo - fullFrom);
    auto* reset = view.findChild<QPushButton*>(QStringLiteral("resetZoom"));
    ASSERT_NE(reset, nullptr);
    EXPECT_TRUE(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QTest::qWait(20);
    EXPECT_EQ(chart.visibleFromMs(), fullFrom);
    EXPECT_EQ(chart.visibleToMs(), fullTo);
    EXPECT_EQ(chart.supplySeries()->count(), kReadings);

    // The main window reloads after every read: a zoomed span stays; another period resets it.
    QTest::keyClick(chartView, Qt::Key_Plus);
    QTest::qWait(20);
    const qint64 zoomedFrom = chart.visibleFromMs(), zoomedTo = chart.visibleToMs();
    view.reload();
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(chart.visibleFromMs(), zoomedFrom);
    EXPECT_EQ(chart.visibleToMs(), zoomedTo);
    view.setPeriod(QDate(2026, 1, 5).startOfDay(), QDate(2026, 2, 1).startOfDay());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(chart.visibleFromMs(), fullFrom);
    EXPECT_EQ(chart.visibleToMs(), fullTo);
}

TEST_F(HistoryViewTest, DestroyedWhileLoadingIsHarmless) {
    auto view = std::make_unique<HistoryView>();
    view->setDatabasePath(m_path);
    view->setPeriod(QDate(2026, 1, 1).startOfDay(), QDate(2026, 2, 1).startOfDay());
    view->setMeter(m_meters[0], QStringLiteral("A"));
    view->reload();
    view.reset(); // the worker finishes on its own; its result goes nowhere
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(20);
}

namespace {

// A simulated meter's hourly readings over [from, to) (China civil dates), written by the
// simulator's history generator: real telegrams decoded by HeatDesk's own decoders.
qint64 simulatedMeter(const QString& path, const char* from, const char* to) {
    heatdesk::sim::HistoryOptions options;
    options.dbPath = path;
    options.buses = 1;
    options.metersPerBus = 1;
    options.from = *heatdesk::sim::parseCivil(from);
    options.to = *heatdesk::sim::parseCivil(to);
    options.intervalSeconds = 3600;
    options.cjt188EveryNthBus = 0;
    QString error;
    if (!heatdesk::sim::generateHistory(options, &error))
        return 0;
    Database db;
    if (db.open(path))
        return 0;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM meters ORDER BY id LIMIT 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace

// The "never freeze" figure of issue #8 for the history: five years of hourly readings
// (~43,800 per series) load on a worker; the GUI thread only takes the finished result, thins
// each line to at most ~2,000 points and draws. Prints the load time and the longest stall.
TEST(HistoryViewPerformance, FiveYearsHourlyLoadWithoutStallingTheGui) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("five-years.db"));
    const qint64 meter = simulatedMeter(path, "2021-11-30", "2026-11-29");
    ASSERT_GT(meter, 0);

    HistoryView view;
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &HistoryView::loaded);
    view.setDatabasePath(path);
    view.setPreset(PeriodPreset::All);
    view.setMeter(meter, QStringLiteral("Meter 1"));
    view.reload();
    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    stalls.start();
    ASSERT_TRUE(loaded.wait(60000));
    const qint64 loadMs = clock.elapsed();
    StallMeter::spin(500); // the charts and the table draw after the result arrives
    const double stallMs = stalls.longestMs();
    const auto data = view.currentData();
    ASSERT_TRUE(data);
    const int readings = loaded[0][0].toInt();
    EXPECT_GT(readings, 43000);
    const TemperatureChart& chart = *view.temperatureChart();
    for (QLineSeries* s : {chart.supplySeries(), chart.returnSeries(), chart.deltaSeries()}) {
        EXPECT_LE(s->count(), 2 * TemperatureChart::kMaxBuckets + 2);
        EXPECT_GT(s->count(), 200);
    }
    std::printf("history, 5 years hourly: %d readings; load %lld ms (worker: query %lld ms, total %lld ms); "
                "drawn points per line %lld; longest GUI-thread stall while loading and drawing %.1f ms "
                "(GUI-thread CPU in that stretch at most %.1f ms)\n",
                readings, static_cast<long long>(loadMs), static_cast<long long>(data->queryMs),
                static_cast<long long>(data->totalMs), static_cast<long long>(chart.supplySeries()->count()),
                stallMs, stalls.longestCpuMs());
    ::testing::Test::RecordProperty("load_ms", int(loadMs));
    ::testing::Test::RecordProperty("longest_stall_ms", int(stallMs));
    ::testing::Test::RecordProperty("longest_stall_cpu_ms", int(stalls.longestCpuMs()));
    // The target is 50 ms; the bound leaves room for a busy CI machine and sanitizer builds
    // while still failing if the query ever ran on the GUI thread (that alone takes ~500 ms).
#if defined(__SANITIZE_ADDRESS__)
    EXPECT_LT(stallMs, 600.0);
#else
    EXPECT_LT(stallMs, 250.0);
#endif
}

// Renders the view with a simulated season plus corrections to PNG files for a person to look
// at, in both languages: $HEATDESK_SCREENSHOT_DIR/history-{temperatures,consumption}-{en,zh_CN}.png
// (into a temporary folder when the variable is not set, so the rendering itself is always
// exercised).
TEST(HistoryViewScreenshot, RendersWithRealDataInBothLanguages) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("season.db"));
    const qint64 meter = simulatedMeter(path, "2025-11-15", "2026-03-16");
    ASSERT_GT(meter, 0);
    {
        Database db;
        ASSERT_FALSE(db.open(path));
        ReadingFilter filter;
        filter.meterId = meter;
        QList<qint64> ids;
        ReadingRepository(db).forEach(filter, [&](const StoredReading& r) {
            ids.append(r.id);
            return true;
        });
        ASSERT_GT(ids.size(), 3);
        // On the newest readings, so they show in the table's first rows.
        ASSERT_TRUE(CorrectionRepository(db).add({0, ids[ids.size() - 2], "supply_c", 55.0,
                                                  "sensor replaced, value from the station log", "Wang",
                                                  QDateTime::currentMSecsSinceEpoch()}));
        ASSERT_TRUE(
            CorrectionRepository(db).add({0, ids[ids.size() - 3], "energy_kwh", std::nullopt,
                                          "display misread", "Li", QDateTime::currentMSecsSinceEpoch()}));
    }
    const QString outDir = qEnvironmentVariableIsSet("HEATDESK_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("HEATDESK_SCREENSHOT_DIR")
                               : dir.path();
    HistoryView view;
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &HistoryView::loaded);
    view.setDatabasePath(path);
    view.setPeriod(QDate(2025, 11, 15).startOfDay(), QDate(2026, 3, 16).startOfDay());
    view.setMeter(meter, QStringLiteral("Meter 1 · Building 3, Room 301"));
    ASSERT_TRUE(loaded.wait(60000));
    // Four months: weekly bars, in the selector and the chart alike.
    EXPECT_EQ(view.consumptionChart()->bucketSize(), BucketSize::Week);
    EXPECT_EQ(view.findChild<QComboBox*>(QStringLiteral("bucketSize"))->currentData().toInt(),
              int(BucketSize::Week));
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("chartTabs"));
    ASSERT_NE(tabs, nullptr);

    heatdesk::ui::Language language;
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        language.apply(code);
        QTest::qWait(50);
        for (int tab = 0; tab < 2; ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(100);
            const QString file =
                QStringLiteral("%1/history-%2-%3.png")
                    .arg(outDir, tab == 0 ? QStringLiteral("temperatures") : QStringLiteral("consumption"),
                         code);
            ASSERT_TRUE(view.grab().save(file));
            EXPECT_FALSE(QImage(file).isNull());
        }
    }
    // Switched at once (LanguageChange is posted: one turn of the event loop): Chinese now, and back.
    EXPECT_EQ(view.temperatureChart()->timeAxis()->titleText(), QStringLiteral("时间"));
    language.apply(QStringLiteral("en"));
    QTest::qWait(20);
    EXPECT_EQ(view.temperatureChart()->timeAxis()->titleText(), QStringLiteral("Time"));
}
