// SPDX-License-Identifier: GPL-3.0-or-later
// The bus diagnostics view: counts per bus from traffic records, the status history, reset, and
// the request to scan the selected bus.
#include "diagnostics/BusDiagnostics.h"

#include "TrafficSupport.h"
#include "diagnostics/CountersTableModel.h"
#include "diagnostics/StatusHistoryModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace heatdesk;
using Kind = bus::TrafficRecord::Kind;
using uitest::record;

namespace {

QAbstractItemModel* modelOf(ui::BusDiagnostics& d, const char* name) {
    return d.findChild<QTableView*>(QString::fromLatin1(name))->model();
}

QString cell(QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

bus::BusStatus status(bus::BusState state, bool inferred = false, const QString& evidence = {}, int done = 0,
                      int total = 0) {
    bus::BusStatus s;
    s.state = state;
    s.inferred = inferred;
    s.evidence = evidence;
    s.done = done;
    s.total = total;
    return s;
}

} // namespace

TEST(BusDiagnostics, CountsPerBusFromTrafficAndResets) {
    ui::BusDiagnostics diagnostics;
    for (const auto& r :
         {record("bus-a", Kind::Sent), record("bus-a", Kind::Received), record("bus-a", Kind::Sent),
          record("bus-a", Kind::Timeout), record("bus-a", Kind::Retry, {}, {}, 1),
          record("bus-b", Kind::Sent), record("bus-b", Kind::Garbage, {}, {}, 40),
          record("bus-b", Kind::ChecksumError, {}, {}, 1), record("bus-b", Kind::Collision)})
        diagnostics.append(r);
    auto* counters = modelOf(diagnostics, "counters");
    ASSERT_EQ(counters->rowCount(), 2);
    using C = ui::CountersTableModel;
    // The counts are shown with the next refresh (a timer), not with every record.
    ASSERT_TRUE(QTest::qWaitFor([&] { return cell(counters, 1, C::GarbageBytes) == "40"; }, 2000));
    EXPECT_EQ(cell(counters, 0, C::Bus), "bus-a");
    EXPECT_EQ(cell(counters, 0, C::Requests), "2");
    EXPECT_EQ(cell(counters, 0, C::Answers), "1");
    EXPECT_EQ(cell(counters, 0, C::Timeouts), "1");
    EXPECT_EQ(cell(counters, 0, C::Retries), "1");
    EXPECT_EQ(cell(counters, 0, C::ChecksumErrors), "0");
    EXPECT_EQ(cell(counters, 1, C::Bus), "bus-b");
    EXPECT_EQ(cell(counters, 1, C::Requests), "1");
    EXPECT_EQ(cell(counters, 1, C::ChecksumErrors), "1");
    EXPECT_EQ(cell(counters, 1, C::Collisions), "1");
    EXPECT_TRUE(counters->index(1, C::Collisions).data(Qt::ForegroundRole).isValid()); // failures in red
    EXPECT_FALSE(counters->index(0, C::Collisions).data(Qt::ForegroundRole).isValid());

    QTest::mouseClick(diagnostics.findChild<QPushButton*>(QStringLiteral("resetCounters")), Qt::LeftButton);
    EXPECT_EQ(counters->rowCount(), 2);
    for (int column = C::Requests; column < C::ColumnCount; ++column)
        EXPECT_EQ(cell(counters, 0, column), "0");
}

TEST(BusDiagnostics, StatusHistoryShowsChangesNewestFirstWithInferredMarked) {
    ui::BusDiagnostics diagnostics;
    diagnostics.busStatusChanged("bus-a", status(bus::BusState::Reading, false, "0 of 3 done", 0, 3));
    diagnostics.busStatusChanged("bus-b",
                                 status(bus::BusState::Offline, false, "tcp 10.0.0.9:4001: refused"));
    diagnostics.busStatusChanged("bus-a", status(bus::BusState::Reading, false, "1 of 3 done", 1, 3));
    diagnostics.busStatusChanged("bus-a", status(bus::BusState::Reading, false, "3 of 3 done", 3, 3));
    diagnostics.busStatusChanged("bus-a", status(bus::BusState::OverloadSuspected, true,
                                                 "garbage from 3 of 3 addresses, 2 collisions"));
    diagnostics.busStatusChanged("bus-a", status(bus::BusState::Idle));

    auto* history = modelOf(diagnostics, "statusHistory");
    using H = ui::StatusHistoryModel;
    // One row per change: the progress ticks of a run update its one "Reading" row.
    ASSERT_EQ(history->rowCount(), 4);
    EXPECT_EQ(cell(history, 0, H::State), "Idle");
    EXPECT_EQ(cell(history, 1, H::State), "Overload suspected");
    EXPECT_EQ(cell(history, 1, H::Inferred), "inferred");
    EXPECT_EQ(cell(history, 1, H::Evidence), "garbage from 3 of 3 addresses, 2 collisions");
    EXPECT_EQ(cell(history, 2, H::Bus), "bus-b");
    EXPECT_EQ(cell(history, 2, H::State), "Offline");
    EXPECT_EQ(cell(history, 2, H::Inferred), ""); // a fact, not a guess
    EXPECT_EQ(cell(history, 3, H::State), "Reading 3/3");
    EXPECT_TRUE(QRegularExpression("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$")
                    .match(cell(history, 0, H::Time))
                    .hasMatch());
}

TEST(BusDiagnostics, StatusHistoryIsBounded) {
    ui::StatusHistoryModel history(10);
    for (int i = 0; i < 25; ++i)
        history.add("bus-a", status(i % 2 ? bus::BusState::Idle : bus::BusState::NoLoadSuspected, i % 2 == 0),
                    i);
    EXPECT_EQ(history.rowCount(), 10);
    EXPECT_EQ(history.index(0, ui::StatusHistoryModel::State).data().toString(), "No load suspected");
}

TEST(BusDiagnostics, ScanAsksForTheSelectedBus) {
    ui::BusDiagnostics diagnostics;
    diagnostics.append(record("bus-a", Kind::Sent));
    diagnostics.append(record("bus-b", Kind::Sent));
    auto* scan = diagnostics.findChild<QPushButton*>(QStringLiteral("scan"));
    EXPECT_FALSE(scan->isEnabled()); // nothing selected
    QSignalSpy requested(&diagnostics, &ui::BusDiagnostics::scanRequested);
    diagnostics.findChild<QTableView*>(QStringLiteral("counters"))->selectRow(1);
    ASSERT_TRUE(scan->isEnabled());
    QTest::mouseClick(scan, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), "bus-b");
}
