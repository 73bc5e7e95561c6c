// SPDX-License-Identifier: GPL-3.0-or-later
// This period against the same period last season: kWh/m² per user and per building, degree-day
// normalisation, top and bottom percentiles, from stored readings with known consumption.
#include "StoreTestSupport.h"
#include "billing/Comparison.h"
#include "store/HeatUserRepository.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace heatdesk::billing;
using heatdesk::store::HeatUser;
using heatdesk::store::HeatUserRepository;

namespace {

UserConsumption user(qint64 id, const char* building, double area, std::optional<std::int64_t> heat) {
    UserConsumption u;
    u.user.userId = id;
    u.user.account = QStringLiteral("H-%1").arg(id);
    u.user.building = QString::fromUtf8(building);
    u.user.areaM2 = area;
    u.consumptionHundredths = heat;
    return u;
}

qint64 at(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

TEST(Comparison, PerUserAndPerBuildingKwhPerM2) {
    // Building 1: 100 m² 2,000 → 1,800 kWh (20 → 18 kWh/m², −10 %); 50 m² 500 → 1,000 (10 → 20, +100 %).
    // Building 1 as a whole: 1,500 m²-weighted: 2,500/150 = 16.67 → 2,800/150 = 18.67 kWh/m².
    // Building 2: a user new this season (no comparison) and one whose heat is unknown.
    const QList<UserConsumption> now = {user(1, "1", 100, 1800'00), user(2, "1", 50, 1000'00),
                                        user(3, "2", 80, 1600'00), user(4, "2", 60, std::nullopt)};
    const QList<UserConsumption> then = {user(1, "1", 100, 2000'00), user(2, "1", 50, 500'00),
                                         user(4, "2", 60, 900'00)};
    const Comparison c = compareIntensity(now, then, {});
    ASSERT_EQ(c.users.size(), 4);
    EXPECT_EQ(c.users[0].change.currentPerM2, 18'00);
    EXPECT_EQ(c.users[0].change.previousPerM2, 20'00);
    EXPECT_DOUBLE_EQ(*c.users[0].change.changePercent, -10.0);
    EXPECT_DOUBLE_EQ(*c.users[1].change.changePercent, 100.0);
    EXPECT_EQ(c.users[2].change.currentPerM2, 20'00);
    EXPECT_FALSE(c.users[2].change.previousPerM2);
    EXPECT_FALSE(c.users[2].change.changePercent);
    EXPECT_FALSE(c.users[3].change.currentPerM2);
    EXPECT_FALSE(c.users[0].change.normalisedChangePercent); // no outdoor temperatures given
    ASSERT_EQ(c.buildings.size(), 2);
    EXPECT_EQ(c.buildings[0].building, "1");
    EXPECT_EQ(c.buildings[0].users, 2);
    EXPECT_EQ(c.buildings[0].change.currentPerM2, 18'67);
    EXPECT_EQ(c.buildings[0].change.previousPerM2, 16'67);
    // Building 2's only measured user has no last season, so the building has none either
    // (user 4's old heat is not compared with flats it does not cover).
    EXPECT_EQ(c.buildings[1].change.currentPerM2, 20'00);
    EXPECT_FALSE(c.buildings[1].change.previousPerM2);
}

TEST(Comparison, DegreeDaysNormaliseAColderWinter) {
    // 2,000 heating degree-days last season, 2,400 this one (20 % colder): 20 → 24 kWh/m² is +20 %
    // raw and no change per degree-day; 20 → 18 is −10 % raw, −25 % normalised.
    ComparisonOptions o;
    o.previousDegreeDays = 2000;
    o.currentDegreeDays = 2400;
    const Comparison c = compareIntensity({user(1, "1", 100, 2400'00), user(2, "1", 100, 1800'00)},
                                          {user(1, "1", 100, 2000'00), user(2, "1", 100, 2000'00)}, o);
    EXPECT_NEAR(*c.users[0].change.changePercent, 20.0, 1e-9);
    EXPECT_NEAR(*c.users[0].change.normalisedChangePercent, 0.0, 1e-9);
    EXPECT_NEAR(*c.users[1].change.normalisedChangePercent, -25.0, 1e-9);
    EXPECT_DOUBLE_EQ(heatingDegreeDays({-5.0, 0.0, 18.0, 20.0}), 23.0 + 18.0);
}

TEST(Comparison, TopAndBottomPercentiles) {
    // Twenty users of 100 m² using 1..20 × 100 kWh/m²: the top 10 % are 19 and 20, the bottom 1 and 2.
    QList<UserConsumption> now;
    for (int i = 1; i <= 20; ++i)
        now << user(i, "1", 100, std::int64_t(i) * 100 * 100 * 100);
    now << user(21, "1", 100, std::nullopt);
    const Comparison c = compareIntensity(now, {}, {});
    EXPECT_EQ(c.topFrom, 1900'00);
    EXPECT_EQ(c.bottomTo, 200'00);
    QList<qint64> top, bottom;
    for (const UserComparison& u : c.users) {
        if (u.rank == UserComparison::Rank::Top)
            top << u.user.userId;
        if (u.rank == UserComparison::Rank::Bottom)
            bottom << u.user.userId;
    }
    EXPECT_EQ(top, (QList<qint64>{19, 20}));
    EXPECT_EQ(bottom, (QList<qint64>{1, 2}));
}

class ComparisonStore : public storetest::StoreFixture {};

TEST_F(ComparisonStore, JanuaryAgainstJanuaryLastSeasonFromReadings) {
    HeatUserRepository users(m_db);
    HeatUser u;
    u.account = "H-1";
    u.building = "3";
    u.areaM2 = 80.0;
    const qint64 id = *users.add(u);
    ASSERT_TRUE(users.assign(m_meters[0], id, 0));
    std::vector<heatdesk::store::NewReading> readings;
    // January 2025: 1,600 kWh (20 kWh/m²); January 2026: 2,000 kWh (25 kWh/m², +25 %).
    for (const auto& [time, kwh] : {std::pair{"2025-01-01T00:00:00", 1000.0},
                                    {"2025-02-01T00:00:00", 2600.0},
                                    {"2026-01-01T00:00:00", 9000.0},
                                    {"2026-02-01T00:00:00", 11000.0}})
        readings.push_back(reading(m_meters[0], at(time), kwh));
    ASSERT_FALSE(heatdesk::store::ReadingRepository(m_db).append(readings));

    const auto result = compareWithLastSeason(m_db, *monthPeriod("2026-01"), {}, {});
    ASSERT_TRUE(std::holds_alternative<Comparison>(result));
    const Comparison& c = std::get<Comparison>(result);
    EXPECT_EQ(c.previous.fromMs, at("2025-01-01T00:00:00"));
    EXPECT_EQ(c.previous.toMs, at("2025-02-01T00:00:00"));
    ASSERT_EQ(c.users.size(), 1);
    EXPECT_EQ(c.users[0].change.currentPerM2, 25'00);
    EXPECT_EQ(c.users[0].change.previousPerM2, 20'00);
    EXPECT_DOUBLE_EQ(*c.users[0].change.changePercent, 25.0);
    const QByteArray csv = comparisonCsv(c);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "kind,"));
    EXPECT_TRUE(csv.contains("\nbuilding,,,,3,,1,25,20,25.0,,\n")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\nuser,H-1,,,3,,,25,20,25.0,,top\n")) << csv.toStdString();
}
