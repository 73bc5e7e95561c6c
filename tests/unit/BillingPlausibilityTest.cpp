// SPDX-License-Identifier: GPL-3.0-or-later
// Plausibility rules flag, never change: each rule on a case built for it, and the thresholds
// read from data.
#include "StoreTestSupport.h"
#include "billing/PeriodScan.h"
#include "billing/Plausibility.h"
#include "store/HeatUserRepository.h"

#include <QJsonDocument>

using namespace heatdesk;
using namespace heatdesk::billing;

namespace {

UserConsumption user(const QString& building, double area, std::optional<std::int64_t> hundredths,
                     qint64 meterId = 1) {
    UserConsumption u;
    u.user.building = building;
    u.user.areaM2 = area;
    u.consumptionHundredths = hundredths;
    u.meterIds = {meterId};
    BoundaryValue start, end;
    start.energyHundredths = 100000;
    end.energyHundredths = 100000 + hundredths.value_or(0);
    u.start = start;
    u.end = end;
    return u;
}

} // namespace

TEST(Plausibility, BuildingOutliersStuckAndJumps) {
    QList<UserConsumption> users;
    for (int i = 0; i < 5; ++i)
        users << user("3", 100.0, 1000000 + i * 1000); // ~100 kWh/m²
    users << user("3", 100.0, 0);                      // nothing used while the building heats
    users << user("3", 100.0, 200000);                 // 20 kWh/m²: below 0.3 × median
    users << user("3", 100.0, 4000000);                // 400 kWh/m²: above 3 × median
    users << user("3", 100.0, 20000000);               // 2000 kWh/m²: a scale error
    const std::int64_t before = *users[8].consumptionHundredths;
    applyPlausibility(users, {}, PlausibilityRules{});
    EXPECT_TRUE(users[0].flags.isEmpty());
    EXPECT_TRUE(users[5].flags.contains("stuck_meter"));
    EXPECT_TRUE(users[6].flags.contains("outlier_low"));
    EXPECT_TRUE(users[7].flags.contains("outlier_high"));
    EXPECT_TRUE(users[8].flags.contains("jump"));
    EXPECT_EQ(*users[8].consumptionHundredths, before); // flagged, not changed
}

TEST(Plausibility, SmallBuildingsHaveNoMedian) {
    QList<UserConsumption> users = {user("1", 50.0, 0), user("1", 50.0, 500000)};
    applyPlausibility(users, {}, PlausibilityRules{});
    EXPECT_FALSE(users[0].flags.contains("stuck_meter"));
}

TEST(Plausibility, RolloverNearTheRegisterTop) {
    UserConsumption u = user("1", 80.0, std::nullopt);
    u.start->energyHundredths = 99'999'000'00; // 99,999,000 kWh of an 8-digit register
    u.end->energyHundredths = 1'200'00;
    u.consumptionHundredths = u.end->energyHundredths - u.start->energyHundredths;
    QList<UserConsumption> users = {u};
    applyPlausibility(users, {}, PlausibilityRules{});
    EXPECT_TRUE(users[0].flags.contains("rollover_suspected"));
}

TEST(Plausibility, ZeroEnergyWithFlow) {
    UserConsumption u = user("1", 80.0, 0);
    u.start->volumeM3 = 10.0;
    u.end->volumeM3 = 12.5;
    QList<UserConsumption> users = {u};
    applyPlausibility(users, {}, PlausibilityRules{});
    EXPECT_TRUE(users[0].flags.contains("zero_energy_with_flow"));
}

TEST(Plausibility, SensorStatisticsBecomeFlags) {
    QList<UserConsumption> users = {user("1", 80.0, 1000, 7)};
    store::MeterPeriodStats s;
    s.negativeDeltaReadings = 3;
    s.faultTemperatureReadings = 1;
    applyPlausibility(users, {{7, s}}, PlausibilityRules{});
    EXPECT_TRUE(users[0].flags.contains("negative_delta_t"));
    EXPECT_TRUE(users[0].flags.contains("sensor_fault_temperature"));
    EXPECT_FALSE(users[0].flags.contains("implausible_temperature"));
}

TEST(Plausibility, RulesAreData) {
    const auto rules = PlausibilityRules::fromJson(
        QJsonDocument::fromJson(R"({"negative_delta_min_readings": 1, "fault_temperatures": [0, 150]})")
            .object());
    EXPECT_EQ(rules.negativeDeltaMinReadings, 1);
    EXPECT_EQ(rules.faultTemperatures, (QList<double>{0.0, 150.0}));
    EXPECT_DOUBLE_EQ(rules.outlierHighFactor, 3.0); // missing keys keep their defaults
    EXPECT_EQ(PlausibilityRules::fromJson(rules.toJson()).faultTemperatures, rules.faultTemperatures);
}

using storetest::StoreFixture;

TEST_F(StoreFixture, PeriodStatisticsComeFromTheReadings) {
    store::ReadingRepository readings(m_db);
    std::vector<store::NewReading> batch;
    for (int i = 0; i < 4; ++i) {
        store::NewReading r = reading(m_meters[0], 1000 + i, 10.0 + i);
        r.values.supplyC = 40.0;
        r.values.returnC = i < 3 ? 45.0 : 35.0; // three readings with supply below return
        batch.push_back(r);
    }
    store::NewReading fault = reading(m_meters[1], 1000, 5.0);
    fault.values.supplyC = 185.0;
    batch.push_back(fault);
    ASSERT_FALSE(readings.append(batch));
    const auto scanned = billing::scanPeriod(m_db, billing::Period{0, 5000}, 0, billing::PlausibilityRules());
    ASSERT_TRUE(std::holds_alternative<billing::PeriodScan>(scanned));
    const auto& stats = std::get<billing::PeriodScan>(scanned).stats;
    EXPECT_EQ(stats.value(m_meters[0]).negativeDeltaReadings, 3);
    EXPECT_EQ(stats.value(m_meters[0]).outOfRangeReadings, 0);
    EXPECT_FALSE(stats.contains(m_meters[2])); // no reading broke a rule
    EXPECT_EQ(stats.value(m_meters[1]).faultTemperatureReadings, 1);
    EXPECT_EQ(stats.value(m_meters[1]).outOfRangeReadings, 1);
    // Scanned as two halves of the ids on two connections of its own and merged: the same.
    const auto halves =
        billing::scanPeriodInParallel(m_path, billing::Period{1001, 5000}, 1, billing::PlausibilityRules());
    ASSERT_TRUE(halves && std::holds_alternative<billing::PeriodScan>(*halves));
    const auto& merged = std::get<billing::PeriodScan>(*halves);
    EXPECT_EQ(merged.stats.value(m_meters[0]).negativeDeltaReadings, 2);    // 1001 and 1002
    EXPECT_EQ(merged.stats.value(m_meters[1]).faultTemperatureReadings, 0); // at 1000, before the period
    ASSERT_TRUE(merged.window(m_meters[0]));
    EXPECT_EQ(merged.window(m_meters[0])->beforeStart->readAtMs, 1001);
    EXPECT_EQ(merged.window(m_meters[0])->afterEnd, std::nullopt);
    EXPECT_EQ(merged.window(m_meters[0])->beforeEnd->readAtMs, 1003);
    EXPECT_EQ(merged.window(m_meters[1])->beforeStart->readAtMs, 1000); // within the margin of 1 ms
    EXPECT_EQ(merged.window(m_meters[2]), nullptr);
}
