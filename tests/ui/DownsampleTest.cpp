// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/Downsample.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using heatdesk::ui::history::meanDownsample;
using heatdesk::ui::history::minMaxDownsample;

namespace {

// Five years of hourly values: a slow wave with one short spike up and one down.
std::vector<QPointF> fiveYearsHourly() {
    std::vector<QPointF> points;
    for (int h = 0; h < 5 * 8760; ++h) {
        double y = 50 + 10 * std::sin(h / 500.0);
        if (h == 12345)
            y = 95; // a one-hour peak
        if (h == 33333)
            y = 3; // a one-hour dip
        points.emplace_back(h * 3600.0, y);
    }
    return points;
}

} // namespace

TEST(Downsample, FewPointsComeBackAsTheyAre) {
    const std::vector<QPointF> points = {{0, 1}, {1, 5}, {2, 3}, {3, 4}};
    const auto out = minMaxDownsample(points, 0, 3, 10);
    ASSERT_EQ(out.size(), 4);
    EXPECT_EQ(out[1], QPointF(1, 5));
}

TEST(Downsample, FiveYearsHourlyFitInTheBudgetAndKeepThePeaks) {
    const auto points = fiveYearsHourly();
    ASSERT_EQ(points.size(), 43800u);
    const auto out = minMaxDownsample(points, points.front().x(), points.back().x(), 1000);
    EXPECT_LE(out.size(), 2000 + 2);
    EXPECT_GT(out.size(), 1000);
    EXPECT_TRUE(std::is_sorted(out.begin(), out.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    const auto [lo, hi] = std::minmax_element(
        out.begin(), out.end(), [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    EXPECT_EQ(hi->y(), 95.0);
    EXPECT_EQ(hi->x(), 12345 * 3600.0);
    EXPECT_EQ(lo->y(), 3.0);
    // Every kept point is a real one.
    for (const QPointF& p : out)
        EXPECT_TRUE(std::binary_search(points.begin(), points.end(), p,
                                       [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
}

TEST(Downsample, AZoomedRangeKeepsItsNeighboursSoLinesReachTheEdges) {
    const auto points = fiveYearsHourly();
    const double from = 1000.5 * 3600, to = 1100.5 * 3600; // 100 hours, between readings
    const auto out = minMaxDownsample(points, from, to, 500);
    ASSERT_EQ(out.size(), 100 + 2);
    EXPECT_LT(out.front().x(), from);
    EXPECT_GT(out.back().x(), to);
}

TEST(Downsample, NothingToDraw) {
    EXPECT_TRUE(minMaxDownsample({}, 0, 1, 10).isEmpty());
    const std::vector<QPointF> points = {{0, 1}};
    EXPECT_TRUE(minMaxDownsample(points, 0, 1, 0).isEmpty());
    EXPECT_EQ(minMaxDownsample(points, 0, 0, 5).size(), 1);
}

TEST(Downsample, MeansGiveOneSmoothPointPerSlice) {
    const auto points = fiveYearsHourly();
    const auto out = meanDownsample(points, points.front().x(), points.back().x(), 250);
    EXPECT_EQ(out.size(), 250);
    EXPECT_TRUE(std::is_sorted(out.begin(), out.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    for (const QPointF& p : out) { // the wave's range; the one-hour spikes are averaged away
        EXPECT_GT(p.y(), 39.0);
        EXPECT_LT(p.y(), 61.0);
    }
    const std::vector<QPointF> four = {{0, 0}, {1, 2}, {2, 4}, {3, 6}};
    const auto two = meanDownsample(four, 0, 3, 2); // slices [0, 1.5) and [1.5, 3]
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two[0], QPointF(0.5, 1));
    EXPECT_EQ(two[1], QPointF(2.5, 5));
    EXPECT_EQ(meanDownsample(four, 0.5, 2.5, 10).size(), 2 + 2); // few points: as they are
}
