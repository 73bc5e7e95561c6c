// SPDX-License-Identifier: GPL-3.0-or-later
// The telegram monitor: bounded, batched, filtered, paused, copied and saved as trace lines.
#include "monitor/TelegramMonitor.h"

#include "TrafficSupport.h"
#include "monitor/TrafficTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace heatdesk;
using Kind = bus::TrafficRecord::Kind;
using uitest::record;

namespace {

QTableView* tableOf(ui::TelegramMonitor& m) {
    return m.findChild<QTableView*>(QStringLiteral("traffic"));
}

int rowsShown(ui::TelegramMonitor& m) {
    return tableOf(m)->model()->rowCount();
}

QString cell(ui::TelegramMonitor& m, int row, int column) {
    return tableOf(m)->model()->index(row, column).data().toString();
}

// The batch timer shows what arrived; wait for it.
bool waitForRows(ui::TelegramMonitor& m, int rows) {
    return QTest::qWaitFor([&] { return rowsShown(m) == rows; }, 2000);
}

// A small mixed conversation on two buses: requests, answers and every kind of failure.
void feedConversation(ui::TelegramMonitor& m) {
    m.append(record("bus-a", Kind::Sent, "105B055F16", "REQ_UD2 A=5 FCB=1"));
    m.append(record("bus-a", Kind::Received, "6803036808057279", "RSP_UD A=5 CI=72"));
    m.append(record("bus-a", Kind::Sent, "105B323A16", "REQ_UD2 A=50 FCB=1"));
    m.append(record("bus-a", Kind::Timeout));
    m.append(record("bus-b", Kind::Sent, "1040074716", "SND_NKE A=7"));
    m.append(record("bus-b", Kind::Garbage, {}, {}, 17));
    m.append(record("bus-b", Kind::ChecksumError, "680303680805727A16", {}, 1)); // A field 5, bad sum
    m.append(record("bus-b", Kind::Collision));
    m.append(record("bus-b", Kind::Retry, {}, {}, 1));
}

} // namespace

TEST(TelegramMonitor, KeepsOnlyTheNewestRecordsAtCapacity) {
    ui::TelegramMonitor monitor(nullptr, 100);
    for (int i = 0; i < 250; ++i)
        monitor.append(record("bus-1", Kind::Sent, "E5", QString::number(i)));
    ASSERT_TRUE(waitForRows(monitor, 100));
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "150");
    EXPECT_EQ(cell(monitor, 99, ui::TrafficTableModel::Decoded), "249");
    // A second batch drops the oldest again, rows stay at capacity.
    for (int i = 250; i < 280; ++i)
        monitor.append(record("bus-1", Kind::Sent, "E5", QString::number(i)));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cell(monitor, 99, ui::TrafficTableModel::Decoded) == "279"; }, 2000));
    EXPECT_EQ(rowsShown(monitor), 100);
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "180");
}

TEST(TelegramMonitor, ShowsTimeBusDirectionHexAndSummary) {
    ui::TelegramMonitor monitor;
    monitor.append(record("bus-a", Kind::Sent, "105B055F16", "REQ_UD2 A=5 FCB=1", 0, 1764450000123));
    ASSERT_TRUE(waitForRows(monitor, 1));
    EXPECT_TRUE(QRegularExpression("^\\d\\d:\\d\\d:\\d\\d\\.123$")
                    .match(cell(monitor, 0, ui::TrafficTableModel::Time))
                    .hasMatch());
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Bus), "bus-a");
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Kind), "sent");
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Bytes), "10 5B 05 5F 16");
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "REQ_UD2 A=5 FCB=1");
}

TEST(TelegramMonitor, FiltersByBusMeterAndErrors) {
    ui::TelegramMonitor monitor;
    feedConversation(monitor);
    ASSERT_TRUE(waitForRows(monitor, 9));

    auto* bus = monitor.findChild<QComboBox*>(QStringLiteral("busFilter"));
    ASSERT_EQ(bus->count(), 3); // all, bus-a, bus-b
    bus->setCurrentIndex(bus->findText("bus-b"));
    EXPECT_EQ(rowsShown(monitor), 5);
    for (int row = 0; row < 5; ++row)
        EXPECT_EQ(cell(monitor, row, ui::TrafficTableModel::Bus), "bus-b");

    auto* errors = monitor.findChild<QCheckBox*>(QStringLiteral("errorsOnly"));
    errors->setChecked(true);
    EXPECT_EQ(rowsShown(monitor), 3); // garbage, checksum, collision (not the retry)
    bus->setCurrentIndex(0);
    EXPECT_EQ(rowsShown(monitor), 4); // and bus-a's timeout
    errors->setChecked(false);

    // Address 5: the decoded A=5 (not A=50) and the A field of a frame that failed its checksum.
    auto* meter = monitor.findChild<QLineEdit*>(QStringLiteral("meterFilter"));
    meter->setText("5");
    ASSERT_EQ(rowsShown(monitor), 3);
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "REQ_UD2 A=5 FCB=1");
    EXPECT_EQ(cell(monitor, 1, ui::TrafficTableModel::Decoded), "RSP_UD A=5 CI=72");
    EXPECT_EQ(cell(monitor, 2, ui::TrafficTableModel::Kind), "checksum error (1)");
    meter->setText("snd_nke"); // other text is searched in the summary
    EXPECT_EQ(rowsShown(monitor), 1);
    meter->clear();
    EXPECT_EQ(rowsShown(monitor), 9);

    // Records of a new bus keep arriving under a filter and obey it.
    bus->setCurrentIndex(bus->findText("bus-a"));
    monitor.append(record("bus-c", Kind::Sent, "E5"));
    monitor.append(record("bus-a", Kind::Sent, "E5"));
    ASSERT_TRUE(waitForRows(monitor, 5));
    EXPECT_EQ(bus->count(), 4);
}

TEST(TelegramMonitor, ErrorsAreInColour) {
    ui::TelegramMonitor monitor;
    feedConversation(monitor);
    ASSERT_TRUE(waitForRows(monitor, 9));
    const auto* model = tableOf(monitor)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString kind = model->index(row, ui::TrafficTableModel::Kind).data().toString();
        const bool error = kind.startsWith("timeout") || kind.startsWith("garbage") ||
                           kind.startsWith("checksum") || kind.startsWith("collision");
        const QVariant background = model->index(row, ui::TrafficTableModel::Bytes).data(Qt::BackgroundRole);
        const QVariant foreground =
            model->index(row, ui::TrafficTableModel::Decoded).data(Qt::ForegroundRole);
        EXPECT_EQ(background.isValid(), error) << kind.toStdString();
        if (error) {
            const QColor text = foreground.value<QBrush>().color();
            EXPECT_GT(text.red(), 2 * text.green()) << kind.toStdString(); // red text on a light red row
            EXPECT_GT(background.value<QBrush>().color().lightness(), 200);
        } else if (kind == "sent" || kind == "received") {
            EXPECT_FALSE(foreground.isValid()); // the palette's own text colour
        }
    }
}

TEST(TelegramMonitor, PauseCountsNewRecordsAndShowsThemOnResume) {
    ui::TelegramMonitor monitor(nullptr, 50);
    feedConversation(monitor);
    ASSERT_TRUE(waitForRows(monitor, 9));
    auto* pause = monitor.findChild<QPushButton*>(QStringLiteral("pause"));
    auto* status = monitor.findChild<QLabel*>(QStringLiteral("status"));
    QTest::mouseClick(pause, Qt::LeftButton);
    ASSERT_TRUE(monitor.isPaused());
    for (int i = 0; i < 123; ++i)
        monitor.append(record("bus-a", Kind::Sent, "E5", QString::number(i)));
    QTest::qWait(3 * ui::TelegramMonitor::kBatchIntervalMs);
    EXPECT_EQ(rowsShown(monitor), 9); // the view stays still
    EXPECT_TRUE(status->text().contains("123 new")) << status->text().toStdString();

    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_FALSE(monitor.isPaused());
    // Shown at once on resume; bounded: only the newest 50 of the 132.
    EXPECT_EQ(rowsShown(monitor), 50);
    EXPECT_EQ(cell(monitor, 49, ui::TrafficTableModel::Decoded), "122");
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "73");
    EXPECT_FALSE(status->text().contains("new"));
}

TEST(TelegramMonitor, FollowsTheNewestUnlessScrolledUp) {
    ui::TelegramMonitor monitor(nullptr, 200);
    monitor.resize(800, 300);
    monitor.show();
    for (int i = 0; i < 200; ++i)
        monitor.append(record("bus-a", Kind::Sent, "E5", QString::number(i)));
    ASSERT_TRUE(waitForRows(monitor, 200));
    auto* bar = tableOf(monitor)->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), bar->maximum());

    bar->setValue(100); // the person scrolls up to read record 100
    for (int i = 200; i < 250; ++i)
        monitor.append(record("bus-a", Kind::Sent, "E5", QString::number(i)));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cell(monitor, 199, ui::TrafficTableModel::Decoded) == "249"; }, 2000));
    // Full: the 50 oldest went, and the row being read stays where it was on the screen.
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Decoded), "50");
    EXPECT_EQ(bar->value(), 50);
    EXPECT_EQ(cell(monitor, bar->value(), ui::TrafficTableModel::Decoded), "100");

    // The view lays new rows out (and updates the bar's range) lazily.
    QTest::qWait(20);
    bar->setValue(bar->maximum()); // back to the end: following again
    monitor.append(record("bus-a", Kind::Sent, "E5", "250"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cell(monitor, 199, ui::TrafficTableModel::Decoded) == "250"; }, 2000));
    EXPECT_EQ(bar->value(), bar->maximum());
}

TEST(TelegramMonitor, SavesAndCopiesTheRowsShownAsTraceLines) {
    ui::TelegramMonitor monitor;
    feedConversation(monitor);
    ASSERT_TRUE(waitForRows(monitor, 9));
    monitor.findChild<QCheckBox*>(QStringLiteral("errorsOnly"))->setChecked(true);

    QTemporaryDir dir;
    const QString path = dir.filePath("trace.txt");
    QString error;
    ASSERT_TRUE(monitor.saveTo(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].endsWith("bus-a timeout")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].endsWith("bus-b garbage (17)")) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].endsWith("bus-b checksum_error 68 03 03 68 08 05 72 7A 16 (1)"))
        << lines[2].toStdString();

    EXPECT_FALSE(monitor.saveTo(dir.filePath("no/such/dir/trace.txt"), &error));
    EXPECT_FALSE(error.isEmpty());

    // Ctrl+C on the table copies the selected rows the same way.
    auto* table = tableOf(monitor);
    table->selectRow(2);
    table->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), lines[2] + "\n");

    monitor.findChild<QPushButton*>(QStringLiteral("clear"))->click();
    EXPECT_EQ(rowsShown(monitor), 0);
}

// A busy line: 1,000 records a second into a full monitor (20,000 rows, the oldest dropped with
// every batch) while the widget is shown; the longest gap between ticks of a 5 ms probe timer is
// the longest the event loop stalled.
TEST(TelegramMonitor, AThousandRecordsASecondDoNotStallTheEventLoop) {
    ui::TelegramMonitor monitor;
    monitor.resize(1000, 400);
    monitor.show();
    for (int i = 0; i < ui::TelegramMonitor::kDefaultCapacity; ++i)
        monitor.append(record(i % 2 ? "bus-a" : "bus-b", Kind::Sent, "105B055F16", "REQ_UD2 A=5 FCB=1"));
    ASSERT_TRUE(waitForRows(monitor, ui::TelegramMonitor::kDefaultCapacity));

    // Fed by the clock, not by timer ticks: a loaded machine delays ticks, not the rate.
    QTimer feed;
    QElapsedTimer clock;
    int fed = 0;
    QObject::connect(&feed, &QTimer::timeout, [&] {
        for (const qint64 due = clock.elapsed(); fed < due; ++fed)
            monitor.append(record(fed % 2 ? "bus-a" : "bus-b",
                                  fed % 10 ? Kind::Received : Kind::ChecksumError, "6803036808057279",
                                  "RSP_UD A=5 CI=72"));
    });
    qint64 longest = 0;
    QElapsedTimer gap;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] { longest = std::max(longest, gap.restart()); });
    clock.start();
    feed.start(5);
    probe.start(5);
    gap.start();
    QTest::qWait(3000);
    feed.stop();
    probe.stop();
    QTest::qWait(3 * ui::TelegramMonitor::kBatchIntervalMs);
    EXPECT_EQ(rowsShown(monitor), ui::TelegramMonitor::kDefaultCapacity);
    EXPECT_EQ(cell(monitor, rowsShown(monitor) - 1, ui::TrafficTableModel::Decoded), "RSP_UD A=5 CI=72");
    std::printf("[ measure ] %d records in 3 s into a full monitor: longest event-loop stall %lld ms\n", fed,
                static_cast<long long>(longest));
    EXPECT_GE(fed, 2900);
    EXPECT_LT(longest, 100);

    // The worst single batch: resuming after a pause long enough to replace every row.
    monitor.setPaused(true);
    for (int i = 0; i < ui::TelegramMonitor::kDefaultCapacity; ++i)
        monitor.append(record("bus-c", Kind::Sent, "105B055F16", "REQ_UD2 A=5 FCB=1"));
    QElapsedTimer resume;
    resume.start();
    monitor.setPaused(false);
    QCoreApplication::processEvents(); // the view's layout and paint of the new rows
    const qint64 resumeMs = resume.elapsed();
    std::printf("[ measure ] resuming with %d waiting records (every row replaced): %lld ms\n",
                ui::TelegramMonitor::kDefaultCapacity, static_cast<long long>(resumeMs));
    EXPECT_EQ(cell(monitor, 0, ui::TrafficTableModel::Bus), "bus-c");
    EXPECT_LT(resumeMs, 500);
}
