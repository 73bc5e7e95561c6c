// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against simulated buses behind TCP converters: a click on a bus's Read bus
// button reads it, the tree, the meter panel and the telegram monitor follow; an overloaded bus
// says so, marked as inferred and with its evidence; the language switch retranslates at once.
#include "main/MainWindow.h"

#include "SimulatedBuses.h"
#include "main/BusTreeModel.h"
#include "main/Language.h"
#include "main/MeterPanel.h"
#include "monitor/TelegramMonitor.h"
#include "store/ReadingRepository.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using ui::BusTreeModel;

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        m_path = m_dir.filePath("window.db");
        ASSERT_FALSE(m_db.open(m_path, store::Database::Mode::ReadWrite, store::Database::Create::IfMissing));
    }

    qint64 addBus(const QString& name, int meters, sim::BusFaults faults = {}) {
        return m_buses.add(name, meters, 9600, faults);
    }

    // Clicks the painted button in the action column of a bus or meter row.
    void clickAction(ui::MainWindow& window, const QModelIndex& sourceIndex) {
        auto* tree = window.tree();
        auto* proxy = qobject_cast<QAbstractProxyModel*>(tree->model());
        const QModelIndex index =
            proxy->mapFromSource(sourceIndex.siblingAtColumn(BusTreeModel::ActionColumn));
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        ASSERT_TRUE(rect.isValid());
        const QPoint button(rect.left() + 12, rect.center().y());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, button);
    }

    static QString text(const QModelIndex& index, int column) {
        return index.siblingAtColumn(column).data().toString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    store::Database m_db;
    uitest::SimulatedBuses m_buses{m_db, "换热站 1"};
    ui::Language m_language;

    // The window on the test database, in English.
    std::unique_ptr<ui::MainWindow> openWindow() {
        m_language.apply("en");
        auto window = std::make_unique<ui::MainWindow>(m_language);
        EXPECT_EQ(window->openDatabase(m_path), "");
        return window;
    }
};

TEST_F(MainWindowTest, ReadBusButtonReadsTheBusAndEveryViewFollows) {
    const qint64 busId = addBus("1号楼", 3);
    auto owned = openWindow();
    ui::MainWindow& window = *owned;
    window.show();
    auto* model = window.treeModel();
    ASSERT_EQ(model->meterCount(), 3);
    EXPECT_EQ(text(model->busIndex(busId), BusTreeModel::ActionColumn), "Read bus");
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.station()->channelLink(1)->isOpen(); }, 5000));

    QSignalSpy finished(window.station(), &station::Station::busFinished);
    clickAction(window, model->busIndex(busId));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return text(model->busIndex(busId), BusTreeModel::StateColumn).startsWith("Reading"); }, 3000));
    EXPECT_EQ(text(model->busIndex(busId), BusTreeModel::ActionColumn), "Stop");
    ASSERT_TRUE(finished.wait(20000));

    EXPECT_EQ(text(model->busIndex(busId), BusTreeModel::StateColumn), "Idle");
    const auto meterId = model->index(0, 0, model->busIndex(busId)).data(BusTreeModel::IdRole).toLongLong();
    const QModelIndex meter = model->meterIndex(meterId);
    EXPECT_EQ(text(meter, BusTreeModel::StateColumn), "ok");
    EXPECT_FALSE(text(meter, BusTreeModel::EnergyColumn).isEmpty());
    EXPECT_FALSE(text(meter, BusTreeModel::LastReadColumn).isEmpty());

    // The monitor shows the exchanges (after its 100 ms batching).
    auto* table = window.monitor()->findChild<QTableView*>();
    ASSERT_TRUE(table);
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() >= 6; }, 2000));

    // The meter panel shows the new reading of the selected meter, raw frame included.
    window.selectMeter(meterId);
    EXPECT_EQ(window.meterPanel()->meterId(), meterId);
    auto labels = window.meterPanel()->findChildren<QLabel*>();
    const bool showsEnergy =
        std::any_of(labels.begin(), labels.end(), [](QLabel* l) { return l->text().endsWith(" kWh"); });
    EXPECT_TRUE(showsEnergy);

    // Stored, with the raw frames, by the recorder thread (committed within a second).
    store::ReadingRepository readings(m_db);
    EXPECT_TRUE(QTest::qWaitFor([&] { return readings.count() == 3; }, 5000));
}

TEST_F(MainWindowTest, MeterCommandsResetAnMbusMeterAndCloseACjt188ValveAfterAsking) {
    const qint64 busId = addBus("Building 2", 1);
    auto* meter = m_buses.addCjt188Meter(0, busId, "20250000000042");
    ASSERT_FALSE(meter->valveClosed());
    auto window = openWindow();
    window->show();
    auto* model = qobject_cast<BusTreeModel*>(
        qobject_cast<QAbstractProxyModel*>(window->tree()->model())->sourceModel());
    ASSERT_NE(model, nullptr);
    const auto actionNamed = [&](const QString& text) -> QAction* {
        for (QAction* a : window->tree()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    QAction* close = actionNamed("C&lose valve…");
    ASSERT_NE(close, nullptr);

    // An M-Bus meter has no valve to switch.
    QModelIndex mbusRow;
    for (int r = 0; r < model->rowCount(model->busIndex(busId)); ++r) {
        const QModelIndex row = model->index(r, 0, model->busIndex(busId));
        if (row.data(BusTreeModel::ProtocolRole).toString() != "cjt188")
            mbusRow = row;
    }
    ASSERT_TRUE(mbusRow.isValid());
    auto* proxy = qobject_cast<QAbstractProxyModel*>(window->tree()->model());
    window->tree()->setCurrentIndex(proxy->mapFromSource(mbusRow));
    EXPECT_FALSE(close->isEnabled());
    // It has a link to reset instead.
    QAction* reset = actionNamed("R&eset meter");
    ASSERT_NE(reset, nullptr);
    ASSERT_TRUE(reset->isEnabled());
    // Refused with the reason until the converter's connection is up.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            reset->trigger();
            return window->statusBar()->currentMessage().startsWith("Resetting meter");
        },
        5000))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->statusBar()->currentMessage().startsWith("Meter reset (SND_NKE"); }, 10000))
        << window->statusBar()->currentMessage().toStdString();

    QModelIndex cjtRow;
    for (int r = 0; r < model->rowCount(model->busIndex(busId)); ++r) {
        const QModelIndex row = model->index(r, 0, model->busIndex(busId));
        if (row.data(BusTreeModel::ProtocolRole).toString() == "cjt188")
            cjtRow = row;
    }
    ASSERT_TRUE(cjtRow.isValid());
    window->tree()->setCurrentIndex(proxy->mapFromSource(cjtRow));
    ASSERT_TRUE(close->isEnabled());
    EXPECT_FALSE(reset->isEnabled());

    // The question comes first; Cancel leaves the valve alone, Yes closes it.
    const auto answerWith = [](QMessageBox::StandardButton answer) {
        QTimer::singleShot(0, [answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(answer)->click();
        });
    };
    answerWith(QMessageBox::Cancel);
    close->trigger();
    QTest::qWait(300);
    EXPECT_FALSE(meter->valveClosed());
    EXPECT_EQ(window->station()->runningBuses(), 0);
    answerWith(QMessageBox::Yes);
    close->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return meter->valveClosed(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->statusBar()->currentMessage().contains("Valve closed (confirmed"); }, 10000))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(MainWindowTest, OverloadedBusIsShownAsSuspectedWithEvidence) {
    sim::BusFaults overload;
    overload.overload = true;
    const qint64 busId = addBus("3号楼", 4, overload);
    auto owned = openWindow();
    ui::MainWindow& window = *owned;
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.station()->channelLink(1)->isOpen(); }, 5000));
    QSignalSpy finished(window.station(), &station::Station::busFinished);
    ASSERT_TRUE(window.readBus(busId));
    ASSERT_TRUE(finished.wait(60000));
    const QModelIndex bus = window.treeModel()->busIndex(busId);
    EXPECT_EQ(text(bus, BusTreeModel::StateColumn), "Overload suspected (inferred)");
    const QString tip = bus.siblingAtColumn(BusTreeModel::StateColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith("Inferred from the traffic")) << tip.toStdString();
    EXPECT_GT(tip.size(), 40);
}

TEST_F(MainWindowTest, SwitchingLanguageRetranslatesTheWindowAtOnce) {
    const qint64 busId = addBus("1号楼", 1);
    auto owned = openWindow();
    ui::MainWindow& window = *owned;
    EXPECT_EQ(window.menuBar()->actions().front()->text(), "&File");
    EXPECT_EQ(text(window.treeModel()->busIndex(busId), BusTreeModel::ActionColumn), "Read bus");
    m_language.apply("zh_CN");
    QCoreApplication::processEvents();
    EXPECT_EQ(window.menuBar()->actions().front()->text(), "文件(&F)");
    EXPECT_EQ(text(window.treeModel()->busIndex(busId), BusTreeModel::ActionColumn), "抄读总线");
    m_language.apply("en");
    QCoreApplication::processEvents();
    EXPECT_EQ(window.menuBar()->actions().front()->text(), "&File");
}

} // namespace
