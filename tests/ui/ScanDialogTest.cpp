// SPDX-License-Identifier: GPL-3.0-or-later
// The scan dialog against a real engine: BusEngine over TCP to a simulated M-Bus line with meters
// at primary addresses 1, 2 and 5.
#include "diagnostics/ScanDialog.h"

#include "SimBusSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace heatdesk;

namespace {

template <typename T>
T* child(ui::ScanDialog& dialog, const char* name) {
    auto* w = dialog.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

QAbstractItemModel* found(ui::ScanDialog& dialog) {
    return child<QTableView>(dialog, "found")->model();
}

class ScanDialogTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(line.connect()); }

    void scanPrimary(ui::ScanDialog& dialog, int from, int to) {
        child<QSpinBox>(dialog, "from")->setValue(from);
        child<QSpinBox>(dialog, "to")->setValue(to);
        QTest::mouseClick(child<QPushButton>(dialog, "start"), Qt::LeftButton);
    }

    simtest::LiveBus line{{1, 2, 5}};
};

} // namespace

TEST_F(ScanDialogTest, APrimaryScanFindsTheMetersAndAddsThem) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    dialog.show();
    scanPrimary(dialog, 0, 6);
    ASSERT_TRUE(dialog.isScanning());
    EXPECT_FALSE(child<QPushButton>(dialog, "start")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(dialog, "stop")->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, 10000));

    auto* model = found(dialog);
    ASSERT_EQ(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(model->index(row, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model->index(0, 0).data().toInt(), 1);
    EXPECT_EQ(model->index(1, 0).data().toInt(), 2);
    EXPECT_EQ(model->index(2, 0).data().toInt(), 5);
    auto* progress = child<QProgressBar>(dialog, "progress");
    EXPECT_EQ(progress->maximum(), 7);
    EXPECT_EQ(progress->value(), 7);
    EXPECT_TRUE(child<QLabel>(dialog, "result")->text().startsWith("Finished: 3 meter"))
        << child<QLabel>(dialog, "result")->text().toStdString();

    // Uncheck one, add the others.
    QSignalSpy added(&dialog, &ui::ScanDialog::addMeters);
    model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole);
    QTest::mouseClick(child<QPushButton>(dialog, "add"), Qt::LeftButton);
    ASSERT_EQ(added.count(), 1);
    const auto meters = added.at(0).at(0).value<QList<bus::FoundMeter>>();
    ASSERT_EQ(meters.size(), 2);
    EXPECT_EQ(meters[0].primary, 1);
    EXPECT_EQ(meters[1].primary, 5);
    EXPECT_FALSE(meters[0].garbled);
}

TEST_F(ScanDialogTest, StopCancelsARunningScanAtOnce) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    scanPrimary(dialog, 0, 250);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QProgressBar>(dialog, "progress")->value() >= 3; }, 5000));
    QTest::mouseClick(child<QPushButton>(dialog, "stop"), Qt::LeftButton);
    EXPECT_FALSE(dialog.isScanning());
    EXPECT_FALSE(line.engine().isRunning());
    EXPECT_TRUE(child<QLabel>(dialog, "result")->text().startsWith("Stopped"));
    EXPECT_LT(child<QProgressBar>(dialog, "progress")->value(), 251);
    // The bus is free again: after the engine's quiet window, Start works.
    EXPECT_TRUE(child<QPushButton>(dialog, "start")->isEnabled());
}

TEST_F(ScanDialogTest, ClosingWhileScanningCancelsTheScan) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    dialog.show();
    scanPrimary(dialog, 0, 250);
    ASSERT_TRUE(line.engine().isRunning());
    QTest::mouseClick(child<QPushButton>(dialog, "close"), Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(line.engine().isRunning());

    // A dialog deleted while it scans (the main window's WA_DeleteOnClose) stops the scan too.
    auto* doomed = new ui::ScanDialog(line.engine(), QStringLiteral("sim-bus"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QPushButton>(*doomed, "start")->isEnabled(); }, 3000));
    scanPrimary(*doomed, 0, 250);
    ASSERT_TRUE(line.engine().isRunning());
    delete doomed;
    EXPECT_FALSE(line.engine().isRunning());
}

TEST_F(ScanDialogTest, StartWaitsWhileTheBusIsBusyAndSaysWhy) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    auto* start = child<QPushButton>(dialog, "start");
    auto* problem = child<QLabel>(dialog, "problem");
    EXPECT_TRUE(start->isEnabled());
    bus::MeterTarget meter;
    meter.primary = 5;
    ASSERT_TRUE(line.engine().readMeters({meter, meter}));
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(problem->text().contains("busy")) << problem->text().toStdString();
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_FALSE(dialog.isScanning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return start->isEnabled(); }, 10000));
    EXPECT_TRUE(problem->text().isEmpty());
}

TEST_F(ScanDialogTest, ARangeOrMaskThatMakesNoSenseCannotStart) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    auto* start = child<QPushButton>(dialog, "start");
    auto* problem = child<QLabel>(dialog, "problem");
    child<QSpinBox>(dialog, "from")->setValue(10);
    child<QSpinBox>(dialog, "to")->setValue(5);
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(problem->text().contains("greater")) << problem->text().toStdString();
    child<QSpinBox>(dialog, "to")->setValue(300); // clamped to the last primary address
    EXPECT_EQ(child<QSpinBox>(dialog, "to")->value(), 250);
    EXPECT_TRUE(start->isEnabled());

    child<QRadioButton>(dialog, "secondary")->setChecked(true);
    auto* mask = child<QLineEdit>(dialog, "mask");
    EXPECT_EQ(mask->text(), "FFFFFFFF");
    EXPECT_TRUE(start->isEnabled());
    for (const char* bad : {"1234", "1234567A", "12345678FFFF"}) {
        mask->setText(bad);
        EXPECT_FALSE(start->isEnabled()) << bad;
        EXPECT_TRUE(problem->text().contains("mask")) << bad;
    }
    mask->setText("XYZ"); // not even typed: the field takes hex digits only
    EXPECT_TRUE(mask->text().isEmpty() || !start->isEnabled());
    mask->setText("1000000F");
    EXPECT_TRUE(start->isEnabled());
    mask->setText("1000000FFFFFFFFF");
    EXPECT_TRUE(start->isEnabled());
}

TEST_F(ScanDialogTest, ASecondaryScanShowsIdManufacturerVersionAndMedium) {
    ui::ScanDialog dialog(line.engine(), QStringLiteral("sim-bus"));
    child<QRadioButton>(dialog, "secondary")->setChecked(true);
    child<QLineEdit>(dialog, "mask")->setText("1000000F"); // the three ids end in 1, 2, 3
    QTest::mouseClick(child<QPushButton>(dialog, "start"), Qt::LeftButton);
    ASSERT_TRUE(dialog.isScanning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, 20000));
    auto* model = found(dialog);
    ASSERT_EQ(model->rowCount(), 3);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids << model->index(row, 1).data().toString();
    ids.sort();
    EXPECT_EQ(ids, QStringList({"10000001", "10000002", "10000003"}));
    EXPECT_EQ(model->index(0, 2).data().toString().size(), 3);    // manufacturer letters
    EXPECT_FALSE(model->index(0, 4).data().toString().isEmpty()); // medium
    // The primary address an answer carried, but never FD (253): selected, no primary known.
    for (int row = 0; row < 3; ++row)
        if (const QVariant primary = model->index(row, 0).data(); primary.isValid()) {
            EXPECT_LE(primary.toInt(), 250);
        }
    QSignalSpy added(&dialog, &ui::ScanDialog::addMeters);
    QTest::mouseClick(child<QPushButton>(dialog, "add"), Qt::LeftButton);
    ASSERT_EQ(added.count(), 1);
    const auto meters = added.at(0).at(0).value<QList<bus::FoundMeter>>();
    ASSERT_EQ(meters.size(), 3);
    for (const auto& m : meters) {
        ASSERT_TRUE(m.secondary);
        EXPECT_LE(m.primary.value_or(0), 250);
    }
}
