// SPDX-License-Identifier: GPL-3.0-or-later
// HeatingPhysics: what a clerk would believe (shared/docs/domain.md §1, §3) and what the
// registers owe to physics (energy = ∫ flow·ΔT·c·ρ), for any instant in any order.
#include "SimTestSupport.h"
#include "sim/HeatingPhysics.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk::sim;
using simtest::at;

ClimateParams season(std::uint64_t seed = 7) {
    ClimateParams c;
    c.seed = seed;
    c.origin = at("2025-10-01");
    return c;
}

TEST(SimCivilTime, RoundTripsAndRejectsBadDates) {
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    const auto t = at("2026-02-28T23:59");
    const auto c = civilFromSeconds(t + 60);
    EXPECT_EQ(c.year, 2026);
    EXPECT_EQ(c.month, 3);
    EXPECT_EQ(c.day, 1);
    EXPECT_EQ(secondsFromCivil(c), t + 60);
    EXPECT_FALSE(parseCivil("2025-02-30"));
    EXPECT_FALSE(parseCivil("2025-13-01"));
    EXPECT_FALSE(parseCivil("20251115"));
    EXPECT_FALSE(parseCivil(""));
}

TEST(SimPhysics, RegistersAreMonotonicOverASeasonAndStandStillOutsideIt) {
    const HeatingPhysics p(season());
    const FlatParams flat;
    FlatState prev = p.flat(flat, at("2025-11-01"));
    for (SimSeconds t = at("2025-11-01"); t < at("2026-04-01"); t += 3600) {
        const FlatState s = p.flat(flat, t);
        ASSERT_GE(s.energyKwh, prev.energyKwh) << t;
        ASSERT_GE(s.volumeM3, prev.volumeM3) << t;
        prev = s;
    }
    // Before 15 November and after 15 March nothing is heated.
    EXPECT_DOUBLE_EQ(p.flat(flat, at("2025-11-14")).energyKwh, p.flat(flat, at("2025-11-01")).energyKwh);
    EXPECT_DOUBLE_EQ(p.flat(flat, at("2026-03-31")).energyKwh, p.flat(flat, at("2026-03-16")).energyKwh);
    EXPECT_EQ(p.flat(flat, at("2026-03-20T12:00")).flowM3h, 0.0);
}

TEST(SimPhysics, SupplyAboveReturnAndPlausibleTemperaturesInTheSeason) {
    const HeatingPhysics p(season());
    FlatParams flat;
    flat.deltaFactor = 1.2;
    for (SimSeconds t = at("2025-11-15T01:00"); t < at("2026-03-15"); t += 1800) {
        const FlatState s = p.flat(flat, t);
        ASSERT_GE(s.supplyC, s.returnC) << t;
        ASSERT_GE(s.supplyC, 30.0) << t;
        ASSERT_LE(s.supplyC, 80.0) << t;
        ASSERT_GT(s.returnC, 15.0) << t;
        ASSERT_GT(s.outdoorC, -30.0);
        ASSERT_LT(s.outdoorC, 25.0);
    }
}

TEST(SimPhysics, EnergyIsTheIntegralOfFlowTimesDeltaT) {
    const HeatingPhysics p(season());
    FlatParams flat;
    flat.areaM2 = 73;
    flat.deltaFactor = 0.8;
    const SimSeconds from = at("2026-01-10T07:13");
    const SimSeconds to = from + 2 * 86400;
    double integral = 0;
    double volume = 0;
    constexpr SimSeconds step = 30;
    for (SimSeconds t = from; t < to; t += step) {
        const FlatState a = p.flat(flat, t);
        const FlatState b = p.flat(flat, t + step);
        const double ha = a.flowM3h * a.deltaK, hb = b.flowM3h * b.deltaK;
        integral += 0.5 * (ha + hb) * HeatingPhysics::kWaterHeatKwhPerM3K * double(step) / 3600.0;
        volume += 0.5 * (a.flowM3h + b.flowM3h) * double(step) / 3600.0;
    }
    const double energy = p.flat(flat, to).energyKwh - p.flat(flat, from).energyKwh;
    ASSERT_GT(energy, 10.0);
    EXPECT_NEAR(integral, energy, energy * 1e-3);
    const double dv = p.flat(flat, to).volumeM3 - p.flat(flat, from).volumeM3;
    EXPECT_NEAR(volume, dv, dv * 1e-3);
}

TEST(SimPhysics, SeasonTotalsLookLikeChineseFlats) {
    const HeatingPhysics p(season());
    FlatParams flat; // 90 m², 1.2 W/(m²·K)
    const double kwh = p.flat(flat, at("2026-03-16")).energyKwh - p.flat(flat, at("2025-11-14")).energyKwh;
    // Tianjin's worked example is about 81 kWh/m² a season; break-even about 135 (domain §1.1).
    EXPECT_GT(kwh / flat.areaM2, 40.0);
    EXPECT_LT(kwh / flat.areaM2, 160.0);
    FlatParams vacant = flat;
    vacant.vacant = true;
    vacant.energyOffsetKwh = 1234;
    EXPECT_DOUBLE_EQ(p.flat(vacant, at("2026-02-01")).energyKwh, 1234);
    EXPECT_LE(p.flat(vacant, at("2026-02-01")).returnC, p.flat(vacant, at("2026-02-01")).supplyC);
}

TEST(SimPhysics, OutdoorTemperatureHasSeasonAndDailyCycles) {
    const HeatingPhysics p(season());
    double january = 0, july = 0, dawn = 0, afternoon = 0;
    for (int d = 0; d < 28; ++d) {
        january += p.outdoorC(at("2026-01-03") + d * 86400) / 28;
        july += p.outdoorC(at("2026-07-03") + d * 86400) / 28;
        dawn += p.outdoorC(at("2026-01-03T04:00") + d * 86400) / 28;
        afternoon += p.outdoorC(at("2026-01-03T16:00") + d * 86400) / 28;
    }
    EXPECT_LT(january, 2.0);
    EXPECT_GT(july, 20.0);
    EXPECT_LT(dawn + 4.0, afternoon);
}

TEST(SimPhysics, PureFunctionOfTimeAndSeed) {
    const HeatingPhysics forward(season(3));
    const HeatingPhysics backward(season(3));
    const HeatingPhysics other(season(4));
    const FlatParams flat;
    std::vector<SimSeconds> times;
    for (SimSeconds t = at("2025-12-01"); t < at("2025-12-20"); t += 7919)
        times.push_back(t);
    std::vector<double> a, b;
    for (auto t : times)
        a.push_back(forward.flat(flat, t).energyKwh);
    for (auto it = times.rbegin(); it != times.rend(); ++it)
        b.push_back(backward.flat(flat, *it).energyKwh);
    std::reverse(b.begin(), b.end());
    EXPECT_EQ(a, b);
    EXPECT_NE(forward.outdoorC(at("2025-12-05")), other.outdoorC(at("2025-12-05")));
}

TEST(SimPhysics, WaterVolumeIsMonotonicWithAnEveningPeak) {
    const HeatingPhysics p(season());
    WaterParams w;
    w.litresPerDay = 250;
    double prev = -1;
    for (SimSeconds t = at("2025-12-01"); t < at("2025-12-08"); t += 600) {
        const double v = p.waterVolumeM3(w, t);
        ASSERT_GE(v, prev);
        prev = v;
    }
    const double week = p.waterVolumeM3(w, at("2025-12-08")) - p.waterVolumeM3(w, at("2025-12-01"));
    EXPECT_NEAR(week, 7 * 0.25, 0.01);
    EXPECT_GT(p.waterFlowM3h(w, at("2025-12-01T19:00")), p.waterFlowM3h(w, at("2025-12-01T07:00")));
}

} // namespace
