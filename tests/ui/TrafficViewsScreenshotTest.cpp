// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor, the diagnostics and the scan dialog fed by a real engine reading a simulated bus
// with a noisy line: real content for a look (HEATDESK_SCREENSHOT_DIR) and a check that every
// button and label gets the room its text needs.
#include "SimBusSupport.h"
#include "TrafficSupport.h"
#include "diagnostics/BusDiagnostics.h"
#include "diagnostics/ScanDialog.h"
#include "monitor/TelegramMonitor.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace heatdesk;

namespace {

void expectTextFits(QWidget& top) {
    for (auto* button : top.findChildren<QAbstractButton*>())
        if (button->isVisible()) {
            EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString();
        }
    for (auto* label : top.findChildren<QLabel*>())
        if (label->isVisible() && !label->wordWrap()) {
            EXPECT_GE(label->width(), label->sizeHint().width()) << label->text().toStdString();
        }
}

} // namespace

TEST(TrafficViews, ShowARealReadAndScan) {
    simtest::LiveBus line({1, 2, 5}, 9600, 4.0, QStringLiteral("Building 3"));
    sim::BusFaults noise;
    noise.bitErrorRate = 0.0004; // a few checksum errors and retries
    line.bus().setFaults(noise);
    ASSERT_TRUE(line.connect());

    ui::TelegramMonitor monitor;
    ui::BusDiagnostics diagnostics;
    auto& engine = line.engine();
    QObject::connect(&engine, &bus::BusEngine::trafficRecorded, &monitor, &ui::TelegramMonitor::append);
    QObject::connect(&engine, &bus::BusEngine::trafficRecorded, &diagnostics, &ui::BusDiagnostics::append);
    QObject::connect(&engine, &bus::BusEngine::statusChanged, &diagnostics,
                     [&](const bus::BusStatus& s) { diagnostics.busStatusChanged(engine.config().name, s); });

    std::vector<bus::MeterTarget> targets;
    for (const int a : {1, 2, 3, 5}) { // 3 is not there: timeouts
        bus::MeterTarget t;
        t.primary = static_cast<std::uint8_t>(a);
        targets.push_back(t);
    }
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.readMeters(targets));
    ASSERT_TRUE(finished.wait(20000));

    line.bus().setFaults({}); // the scan's count below must not depend on the noise
    ui::ScanDialog scan(engine, engine.config().name);
    scan.resize(760, 460);
    scan.show();
    scan.findChild<QRadioButton*>(QStringLiteral("secondary"))->setChecked(true);
    scan.findChild<QLineEdit*>(QStringLiteral("mask"))->setText(QStringLiteral("1000000F"));
    QTest::mouseClick(scan.findChild<QAbstractButton*>(QStringLiteral("start")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scan.isScanning(); }, 60000));
    EXPECT_EQ(scan.findChild<QTableView*>(QStringLiteral("found"))->model()->rowCount(), 3);

    monitor.resize(1100, 420);
    monitor.show();
    diagnostics.resize(900, 460);
    diagnostics.show();
    QTest::qWait(3 * ui::BusDiagnostics::kRefreshIntervalMs);
    EXPECT_GT(monitor.findChild<QTableView*>(QStringLiteral("traffic"))->model()->rowCount(), 20);
    EXPECT_EQ(diagnostics.findChild<QTableView*>(QStringLiteral("counters"))->model()->rowCount(), 1);
    EXPECT_GE(diagnostics.findChild<QTableView*>(QStringLiteral("statusHistory"))->model()->rowCount(), 2);

    for (QWidget* w : std::initializer_list<QWidget*>{&monitor, &diagnostics, &scan})
        expectTextFits(*w);
    uitest::screenshot(monitor, QStringLiteral("telegram-monitor"));
    uitest::screenshot(diagnostics, QStringLiteral("bus-diagnostics"));
    uitest::screenshot(scan, QStringLiteral("scan-dialog"));
}
