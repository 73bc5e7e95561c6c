// SPDX-License-Identifier: GPL-3.0-or-later
// Consumption from boundary readings: nearest within tolerance, interpolation (marked), missing
// (marked), meter replacement, corrections, a decreasing register. Every expected number is
// computed here by hand from the readings the test writes.
#include "StoreTestSupport.h"
#include "billing/Consumption.h"
#include "store/CorrectionRepository.h"
#include "store/HeatUserRepository.h"

using namespace heatdesk;
using namespace heatdesk::store;
using storetest::StoreFixture;

namespace {

constexpr qint64 kHour = 3'600'000;

class Consumption : public StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_period = *billing::monthPeriod("2026-01");
        HeatUserRepository users(m_db);
        HeatUser u;
        u.account = "A-1";
        u.name = "李四";
        u.building = "7";
        u.room = "301";
        u.areaM2 = 80.0;
        m_user = *users.add(u);
    }
    void read(qint64 meter, qint64 at, double kwh) {
        const NewReading r = reading(meter, at, kwh);
        ASSERT_FALSE(ReadingRepository(m_db).append(std::span(&r, 1)));
    }
    billing::UserConsumption only() {
        auto result = billing::computeConsumption(m_db, m_period);
        EXPECT_TRUE(std::holds_alternative<QList<billing::UserConsumption>>(result));
        const auto rows = std::get<QList<billing::UserConsumption>>(result);
        EXPECT_EQ(rows.size(), 1);
        return rows.value(0);
    }

    billing::Period m_period;
    qint64 m_user = 0;
};

} // namespace

TEST_F(Consumption, NearestReadingsWithinTolerance) {
    ASSERT_TRUE(HeatUserRepository(m_db).assign(m_meters[0], m_user, 0));
    read(m_meters[0], m_period.fromMs - 2 * kHour, 1000.00); // 2 h before the start: nearest
    read(m_meters[0], m_period.fromMs + 5 * kHour, 1003.00);
    read(m_meters[0], m_period.toMs - 1 * kHour, 1812.34); // 1 h before the end: nearest
    read(m_meters[0], m_period.toMs + 3 * kHour, 1815.00);
    const auto c = only();
    ASSERT_TRUE(c.consumptionHundredths);
    EXPECT_EQ(*c.consumptionHundredths, 181234 - 100000);
    EXPECT_EQ(c.start->timeMs, m_period.fromMs - 2 * kHour);
    EXPECT_FALSE(c.start->estimated);
    EXPECT_TRUE(c.flags.isEmpty()) << c.flags.join(",").toStdString();
    EXPECT_EQ(c.meterNumbers, QStringList{"12345670"});
}

TEST_F(Consumption, FarReadingsAreInterpolatedAndMarked) {
    ASSERT_TRUE(HeatUserRepository(m_db).assign(m_meters[0], m_user, 0));
    read(m_meters[0], m_period.fromMs - 48 * kHour, 1000.00);
    read(m_meters[0], m_period.fromMs + 48 * kHour, 1100.00); // start = 1050.00, interpolated
    read(m_meters[0], m_period.toMs, 2000.00);
    const auto c = only();
    ASSERT_TRUE(c.start);
    EXPECT_TRUE(c.start->estimated);
    EXPECT_EQ(c.start->energyHundredths, 105000);
    EXPECT_EQ(*c.consumptionHundredths, 200000 - 105000);
    EXPECT_TRUE(c.flags.contains("estimated"));
}

TEST_F(Consumption, MissingEndIsMarkedNotZero) {
    ASSERT_TRUE(HeatUserRepository(m_db).assign(m_meters[0], m_user, 0));
    read(m_meters[0], m_period.fromMs, 1000.00);
    const auto c = only();
    EXPECT_FALSE(c.consumptionHundredths);
    EXPECT_FALSE(c.end);
    EXPECT_TRUE(c.flags.contains("missing_end"));
}

TEST_F(Consumption, MeterReplacementSumsBothMeters) {
    HeatUserRepository users(m_db);
    const qint64 swap = m_period.fromMs + 10 * 24 * kHour;
    const auto first = users.assign(m_meters[0], m_user, 0);
    ASSERT_TRUE(first);
    ASSERT_FALSE(users.endAssignment(*first, swap));
    ASSERT_TRUE(users.assign(m_meters[1], m_user, swap));
    read(m_meters[0], m_period.fromMs, 5000.00);
    read(m_meters[0], swap - kHour, 5300.50); // old meter's last reading
    read(m_meters[1], swap + kHour, 0.25);    // new meter's first reading
    read(m_meters[1], m_period.toMs, 600.75);
    const auto c = only();
    ASSERT_TRUE(c.consumptionHundredths);
    EXPECT_EQ(*c.consumptionHundredths, (530050 - 500000) + (60075 - 25));
    EXPECT_TRUE(c.flags.contains("meter_replaced"));
    EXPECT_EQ(c.meterNumbers, (QStringList{"12345670", "12345671"}));
}

TEST_F(Consumption, CorrectionsAreUsedAndShown) {
    ASSERT_TRUE(HeatUserRepository(m_db).assign(m_meters[0], m_user, 0));
    read(m_meters[0], m_period.fromMs, 1000.00);
    read(m_meters[0], m_period.toMs, 9999.99); // a misread register
    ASSERT_TRUE(CorrectionRepository(m_db).add({0, 2, "energy_kwh", 1500.00, "display misread", "王", 1}));
    const auto c = only();
    EXPECT_EQ(*c.consumptionHundredths, 50000);
    EXPECT_TRUE(c.end->corrected);
    EXPECT_TRUE(c.flags.contains("corrected"));
}

TEST_F(Consumption, DecreasingRegisterIsFlagged) {
    ASSERT_TRUE(HeatUserRepository(m_db).assign(m_meters[0], m_user, 0));
    read(m_meters[0], m_period.fromMs, 1000.00);
    read(m_meters[0], m_period.toMs, 900.00);
    const auto c = only();
    EXPECT_EQ(*c.consumptionHundredths, -10000);
    EXPECT_TRUE(c.flags.contains("decreasing_register"));
}

TEST_F(Consumption, UserWithoutMeter) {
    const auto c = only();
    EXPECT_FALSE(c.consumptionHundredths);
    EXPECT_TRUE(c.flags.contains("no_meter"));
    EXPECT_EQ(c.user.account, "A-1");
}
