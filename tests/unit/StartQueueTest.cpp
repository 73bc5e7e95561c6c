// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/StartQueue.h"

#include "QtEventLoop.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace heatdesk;

namespace {

void busyFor(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
    }
}

} // namespace

TEST(StartQueueTest, ManyStartsLeaveTheLoopFreeBetweenSlices) {
    testqt::ensureApp();
    QObject owner;
    std::vector<int> order;
    for (int i = 0; i < 40; ++i)
        bus::startSoon(&owner, [&order, i] {
            busyFor(1);
            order.push_back(i);
        });
    // A timer due at once fires between slices, not after all 40 ms of starts.
    int ranWhenTimerFired = -1;
    QTimer::singleShot(0, [&] { ranWhenTimerFired = int(order.size()); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 40; }, 5000));
    EXPECT_GE(ranWhenTimerFired, 0);
    EXPECT_LT(ranWhenTimerFired, 40);
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(order[std::size_t(i)], i) << "starts run in the order they were posted";
}

TEST(StartQueueTest, AStartWhoseOwnerIsGoneIsSkipped) {
    testqt::ensureApp();
    auto gone = std::make_unique<QObject>();
    QObject stays;
    int ranGone = 0, ranStays = 0;
    bus::startSoon(gone.get(), [&] { ++ranGone; });
    bus::startSoon(&stays, [&] { ++ranStays; });
    gone.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ranStays == 1; }, 2000));
    EXPECT_EQ(ranGone, 0);
}
