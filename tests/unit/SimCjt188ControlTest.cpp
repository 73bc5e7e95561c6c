// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated CJ/T 188 meter obeys the master's valve commands (A017) and answers the
// settlement-day history (D120..D12B), as the project's own procedures and decoder read them.
#include "SimTestSupport.h"
#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "cjt188/Requests.h"
#include "cjt188/ValveProcedure.h"
#include "sim/SimulatedCjt188Meter.h"

#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;
using simtest::at;

Cjt188MeterConfig heatMeter() {
    Cjt188MeterConfig cfg;
    cfg.address = *cjt188::Address::fromText("20260000000031");
    cfg.flat.energyOffsetKwh = 8000;
    return cfg;
}

// Runs a procedure against the meter until it finishes; every reply comes at once.
void run(cjt188::Procedure& procedure, SimulatedCjt188Meter& meter, SimSeconds t) {
    auto now = cjt188::Clock::now();
    auto action = procedure.start(now);
    for (int step = 0; step < 10 && !procedure.finished(); ++step) {
        const auto reply = meter.handle(action.send, t);
        now += std::chrono::seconds(6); // past the valve's confirm delay
        action = reply ? procedure.onBytes(*reply, now) : procedure.onTimeout(now);
    }
}

TEST(SimCjt188Control, TheValveClosesAndOpensOnCommandAndTheStatusSaysSo) {
    const HeatingPhysics p = simtest::physics(5);
    const Cjt188MeterConfig cfg = heatMeter();
    SimulatedCjt188Meter meter(cfg, p);
    const cjt188::RequestTarget target{cjt188::meter_type::Heat, cfg.address};
    const SimSeconds t = at("2026-01-20T10:00");
    ASSERT_FALSE(meter.valveClosed());

    cjt188::ValveProcedure close(cfg.profile, target, false, cjt188::Timing::fromProfile(cfg.profile));
    run(close, meter, t);
    EXPECT_EQ(close.state(), cjt188::ProcedureState::Done) << cjt188::procedureErrorName(close.error());
    EXPECT_EQ(close.reportedState(), reading::ValveState::Closed);
    EXPECT_EQ(close.confirmReadsDone(), 0); // the reply's ST already showed it
    EXPECT_TRUE(meter.valveClosed());

    // The next 901F read reports the closed valve too.
    const auto reply = meter.handle(cjt188::readCurrentData(cfg.profile, target, 7), t + 60);
    ASSERT_TRUE(reply);
    const auto decoded = cjt188::decodeMessage(*reply, cfg.profile);
    const auto* message = std::get_if<cjt188::Message>(&decoded);
    ASSERT_NE(message, nullptr);
    ASSERT_TRUE(std::holds_alternative<cjt188::HeatData>(message->payload));
    EXPECT_EQ(std::get<cjt188::HeatData>(message->payload).status.valve(), reading::ValveState::Closed);

    // Shut, the flat draws no heat: the registers stand still, power and flow are zero.
    const SimSeconds reopen = t + 3 * 3600;
    const FlatState shut = meter.state(reopen - 1);
    EXPECT_NEAR(shut.energyKwh, p.flat(cfg.flat, t).energyKwh, 1e-9);
    EXPECT_EQ(shut.powerKw, 0.0);
    EXPECT_EQ(shut.flowM3h, 0.0);
    EXPECT_GT(p.flat(cfg.flat, reopen).energyKwh, p.flat(cfg.flat, t).energyKwh + 1.0); // it would have

    cjt188::ValveProcedure open(cfg.profile, target, true, cjt188::Timing::fromProfile(cfg.profile));
    run(open, meter, reopen);
    EXPECT_EQ(open.state(), cjt188::ProcedureState::Done) << cjt188::procedureErrorName(open.error());
    EXPECT_EQ(open.reportedState(), reading::ValveState::Open);
    EXPECT_FALSE(meter.valveClosed());
    // Open again, it counts on from where it stopped; the time before the shut is untouched.
    const SimSeconds later = reopen + 2 * 3600;
    const double missed = p.flat(cfg.flat, reopen).energyKwh - p.flat(cfg.flat, t).energyKwh;
    EXPECT_NEAR(meter.state(later).energyKwh, p.flat(cfg.flat, later).energyKwh - missed, 1e-6);
    EXPECT_GT(meter.state(later).powerKw, 0.0);
    EXPECT_NEAR(meter.state(t - 60).energyKwh, p.flat(cfg.flat, t - 60).energyKwh, 1e-9);

    // A vendor code the meter does not know (AA: exercise the valve) is refused, the valve stays.
    const auto vendor = cjt188::buildRequest(cfg.profile, target, cjt188::function::WriteData,
                                             cjt188::di::ValveControl, 9, std::array<std::uint8_t, 1>{0xAA});
    ASSERT_TRUE(vendor);
    const auto refused = meter.handle(*vendor, later);
    ASSERT_TRUE(refused);
    const auto abnormal = cjt188::decodeMessage(*refused, cfg.profile);
    const auto* refusal = std::get_if<cjt188::Message>(&abnormal);
    ASSERT_NE(refusal, nullptr);
    EXPECT_TRUE(refusal->abnormal);
    EXPECT_FALSE(meter.valveClosed());
}

TEST(SimCjt188Control, HistoryHoldsTheRegistersOfPastSettlementDays) {
    const HeatingPhysics p = simtest::physics(5);
    Cjt188MeterConfig heat = heatMeter();
    heat.profile.diOrder = cjt188::DiOrder::HighFirst; // either order is answered in kind
    Cjt188MeterConfig water;
    water.address = *cjt188::Address::fromText("10260000000032");
    water.water = true;
    water.replyMeterType = water.profile.requestMeterType = cjt188::meter_type::ColdWater;
    water.waterParams.volumeOffsetM3 = 200;
    const SimSeconds t = at("2026-02-10T08:00");
    for (const auto& cfg : {heat, water}) {
        SimulatedCjt188Meter meter(cfg, p);
        const cjt188::RequestTarget target{cfg.profile.requestMeterType, cfg.address};
        double later = 1e12;
        for (int monthsAgo : {1, 2, 3, 12}) {
            const auto request = cjt188::readHistory(cfg.profile, target, monthsAgo, 4);
            ASSERT_TRUE(request);
            const auto reply = meter.handle(*request, t);
            ASSERT_TRUE(reply) << monthsAgo;
            const auto decoded = cjt188::decodeMessage(*reply, cfg.profile);
            const auto* message = std::get_if<cjt188::Message>(&decoded);
            ASSERT_NE(message, nullptr);
            EXPECT_EQ(message->di.order, cfg.profile.diOrder);
            const auto* history = std::get_if<cjt188::HistoryValue>(&message->payload);
            ASSERT_NE(history, nullptr);
            EXPECT_EQ(history->monthsAgo, monthsAgo);
            // 1 month ago: the settlement day before 1 February, i.e. 1 January at midnight.
            const SimSeconds day = at(monthsAgo == 1   ? "2026-01-01"
                                      : monthsAgo == 2 ? "2025-12-01"
                                      : monthsAgo == 3 ? "2025-11-01"
                                                       : "2025-02-01");
            const double truth =
                cfg.water ? p.waterVolumeM3(cfg.waterParams, day) : p.flat(cfg.flat, day).energyKwh;
            const double value = double(history->value.digits) / 100.0;
            EXPECT_NEAR(value, truth, 0.011) << monthsAgo;
            EXPECT_LE(value, later); // registers only grow
            later = value;
        }
    }
}

} // namespace
