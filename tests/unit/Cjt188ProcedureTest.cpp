// SPDX-License-Identifier: GPL-3.0-or-later
// The sans-I/O master procedures against scripted fake meters: bytes in and out, time as an
// input. Timeouts, retries, garbled and abnormal replies, echoes, valve confirmation.
#include "cjt188/Encoder.h"
#include "cjt188/ReadAddressProcedure.h"
#include "cjt188/ReadDataProcedure.h"
#include "cjt188/ValveProcedure.h"

#include <deque>
#include <functional>
#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;
using namespace std::chrono_literals;

MeasuredValue measured(std::uint8_t unit, std::uint32_t digits) {
    MeasuredValue m;
    m.unitCode = unit;
    m.digits = digits;
    return m;
}

const Address kAddress = *Address::fromText("20250012345678");

HeatData sampleHeat(Status status = {}) {
    HeatData h;
    h.settlementEnergy = measured(0x05, 123456);
    h.currentEnergy = measured(0x05, 130005);
    h.power = measured(0x17, 1234);
    h.flow = measured(0x35, 5678);
    h.volume = measured(0x2C, 34567);
    h.supplyC.digits = 6543;
    h.returnC.digits = 4521;
    h.operatingHours.digits = 12345;
    h.clock.time = reading::MeterTime{2025, 1, 15, 10, 30, 45};
    h.status = status;
    return h;
}

// A scripted meter: for each request it is given, the next script entry says what goes back.
struct FakeMeter {
    MeterProfile profile;
    std::deque<std::function<std::vector<std::uint8_t>(const Message&)>> script;
    std::vector<Message> requests;
    std::vector<std::vector<std::uint8_t>> requestBytes;

    std::vector<std::uint8_t> answer(const std::vector<std::uint8_t>& request) {
        requestBytes.push_back(request);
        auto decoded = decodeMessage(request, profile);
        EXPECT_TRUE(std::holds_alternative<Message>(decoded));
        requests.push_back(std::get<Message>(decoded));
        if (script.empty())
            return {};
        auto step = std::move(script.front());
        script.pop_front();
        return step(requests.back());
    }
};

// Runs a procedure against the fake meter: the "line" echoes each request (RS-232 master), then
// delivers the answer in small chunks; silence advances the clock to the deadline.
void run(Procedure& p, FakeMeter& meter, bool echo = true) {
    TimePoint now{};
    Action a = p.start(now);
    for (int guard = 0; guard < 100 && !p.finished(); ++guard) {
        if (!a.send.empty()) {
            std::vector<std::uint8_t> line;
            if (echo)
                line = a.send;
            const auto reply = meter.answer(a.send);
            line.insert(line.end(), reply.begin(), reply.end());
            now += 50ms;
            Action next{{}, a.deadline};
            for (std::size_t i = 0; i < line.size(); i += 7) {
                Action b =
                    p.onBytes(std::span(line).subspan(i, std::min<std::size_t>(7, line.size() - i)), now);
                if (p.finished())
                    return;
                next = b;
                if (!b.send.empty())
                    break; // the next exchange began at once
            }
            a = next;
            if (!a.send.empty())
                continue;
        }
        ASSERT_TRUE(a.deadline);
        now = *a.deadline;
        a = p.onTimeout(now);
    }
}

std::vector<std::uint8_t> heatReply(const FakeMeter& m, const Message& req, Status st = {}) {
    return buildHeatReply(m.profile, 0x25, req.frame.address, DiOrder::LowFirst, req.ser, sampleHeat(st));
}

TEST(Cjt188Procedure, ReadDataFirstTime) {
    FakeMeter meter;
    meter.script.push_back([&](const Message& r) { return heatReply(meter, r); });
    ReadDataProcedure p(meter.profile, {0x20, kAddress}, Timing{500ms, 2});
    run(p, meter);
    ASSERT_EQ(p.state(), ProcedureState::Done);
    EXPECT_EQ(p.requestsSent(), 1);
    ASSERT_TRUE(p.reply());
    const auto* h = std::get_if<HeatData>(&p.reply()->payload);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->currentEnergy.digits, 130005u);
    EXPECT_EQ(p.reply()->frame.meterType, 0x25); // T of the family, not an exact echo
    // The request followed the profile: 4 FE, DI 1F 90.
    EXPECT_EQ(meter.requestBytes[0][0], 0xFE);
    EXPECT_EQ(meter.requests[0].frame.preamble, 4u);
    EXPECT_EQ(meter.requests[0].di.order, DiOrder::LowFirst);
}

TEST(Cjt188Procedure, RetriesAfterTimeoutAndGarbledReply) {
    FakeMeter meter;
    meter.script.push_back([](const Message&) { return std::vector<std::uint8_t>{}; }); // silence
    meter.script.push_back([&](const Message& r) {
        auto f = heatReply(meter, r);
        f[f.size() - 2] ^= 0x55; // checksum error
        return f;
    });
    meter.script.push_back([&](const Message& r) { return heatReply(meter, r); });
    ReadDataProcedure p(meter.profile, {0x20, kAddress}, Timing{500ms, 2});
    run(p, meter);
    EXPECT_EQ(p.state(), ProcedureState::Done);
    EXPECT_EQ(p.requestsSent(), 3);
    EXPECT_EQ(p.lineStats().checksumErrors, 1u);
    // SER advances per request; the meter's answer need not echo it.
    EXPECT_EQ(meter.requests[1].ser, meter.requests[0].ser + 1);
}

TEST(Cjt188Procedure, GivesUpAfterRetries) {
    FakeMeter meter;
    ReadDataProcedure p(meter.profile, {0x20, kAddress}, Timing{300ms, 2});
    run(p, meter);
    EXPECT_EQ(p.state(), ProcedureState::Failed);
    EXPECT_EQ(p.error(), ProcedureError::Timeout);
    EXPECT_EQ(p.requestsSent(), 3);

    FakeMeter noisy;
    for (int i = 0; i < 3; ++i)
        noisy.script.push_back([](const Message&) {
            return std::vector<std::uint8_t>{0x00, 0x13, 0x68, 0x20, 0x55};
        });
    ReadDataProcedure q(noisy.profile, {0x20, kAddress}, Timing{300ms, 2});
    run(q, noisy);
    EXPECT_EQ(q.error(), ProcedureError::Garbled);
}

TEST(Cjt188Procedure, IgnoresOtherMetersAndAbnormalReplyEndsAtOnce) {
    FakeMeter meter;
    meter.script.push_back([&](const Message& r) {
        auto other = buildHeatReply(meter.profile, 0x20, *Address::fromText("20250012345679"),
                                    DiOrder::LowFirst, r.ser, sampleHeat());
        auto abnormal =
            buildAbnormalReply(meter.profile, 0x20, kAddress, function::ReadData, r.ser, {0x03, 0x00});
        other.insert(other.end(), abnormal.begin(), abnormal.end());
        return other;
    });
    ReadDataProcedure p(meter.profile, {0x20, kAddress}, Timing{500ms, 2});
    run(p, meter);
    EXPECT_EQ(p.state(), ProcedureState::Failed);
    EXPECT_EQ(p.error(), ProcedureError::Abnormal);
    EXPECT_EQ(p.abnormalStatus(), 0x0003);
    EXPECT_EQ(p.requestsSent(), 1);
}

TEST(Cjt188Procedure, ReadAddressOfTheSingleMeter) {
    FakeMeter meter;
    meter.script.push_back([&](const Message& r) {
        EXPECT_TRUE(r.frame.address.isBroadcast());
        EXPECT_EQ(r.frame.meterType, 0xAA);
        return buildStatusReply(meter.profile, 0x10, kAddress, function::ReadAddress, di::MeterAddress,
                                DiOrder::HighFirst, r.ser, std::nullopt);
    });
    ReadAddressProcedure p(meter.profile, Timing{500ms, 1});
    run(p, meter);
    ASSERT_EQ(p.state(), ProcedureState::Done);
    EXPECT_EQ(p.address(), kAddress);
    EXPECT_EQ(p.meterType(), 0x10);
}

TEST(Cjt188Procedure, ValveClosesAndConfirmsFromTheReply) {
    FakeMeter meter;
    meter.script.push_back([&](const Message& r) {
        EXPECT_EQ(std::get<ValveCommand>(r.payload).code, 0x99);
        return buildStatusReply(meter.profile, 0x20, kAddress, function::WriteData, di::ValveControl,
                                DiOrder::LowFirst, r.ser, Status{0x01, 0x00});
    });
    ValveProcedure p(meter.profile, {0x20, kAddress}, false, Timing{500ms, 2});
    run(p, meter);
    EXPECT_EQ(p.state(), ProcedureState::Done);
    EXPECT_EQ(p.reportedState(), reading::ValveState::Closed);
    EXPECT_EQ(p.confirmReadsDone(), 0);
}

TEST(Cjt188Procedure, ValveStillMovingIsConfirmedByALaterRead) {
    FakeMeter meter;
    meter.script.push_back([&](const Message& r) { // still closed right after the open command
        return buildStatusReply(meter.profile, 0x20, kAddress, function::WriteData, di::ValveControl,
                                DiOrder::LowFirst, r.ser, Status{0x01, 0x00});
    });
    meter.script.push_back([&](const Message& r) {
        EXPECT_EQ(r.di.di, di::CurrentData);
        return heatReply(meter, r, {0x00, 0x00});
    });
    ValveProcedure p(meter.profile, {0x20, kAddress}, true, Timing{500ms, 2}, {2, 3000ms});
    run(p, meter);
    EXPECT_EQ(p.state(), ProcedureState::Done);
    EXPECT_EQ(p.reportedState(), reading::ValveState::Open);
    EXPECT_EQ(p.confirmReadsDone(), 1);
    EXPECT_EQ(p.requestsSent(), 2);
}

TEST(Cjt188Procedure, ValveNeverConfirmedOrAbnormal) {
    FakeMeter stuck;
    for (int i = 0; i < 3; ++i)
        stuck.script.push_back([&](const Message& r) {
            if (r.di.di == di::ValveControl)
                return buildStatusReply(stuck.profile, 0x20, kAddress, function::WriteData, di::ValveControl,
                                        DiOrder::LowFirst, r.ser, Status{0x01, 0x00});
            return heatReply(stuck, r, {0x01, 0x00});
        });
    ValveProcedure p(stuck.profile, {0x20, kAddress}, true, Timing{500ms, 0}, {2, 1000ms});
    run(p, stuck);
    EXPECT_EQ(p.error(), ProcedureError::NotConfirmed);
    EXPECT_EQ(p.requestsSent(), 3);

    FakeMeter blocked;
    blocked.script.push_back([&](const Message& r) {
        return buildStatusReply(blocked.profile, 0x20, kAddress, function::WriteData, di::ValveControl,
                                DiOrder::LowFirst, r.ser, Status{0x03, 0x00});
    });
    ValveProcedure q(blocked.profile, {0x20, kAddress}, false, Timing{500ms, 2});
    run(q, blocked);
    EXPECT_EQ(q.error(), ProcedureError::ValveAbnormal);
}

TEST(Cjt188Procedure, EarlyTimeoutCallsAndLateBytesAreHarmless) {
    FakeMeter meter;
    ReadDataProcedure p(meter.profile, {0x20, kAddress}, Timing{1000ms, 0});
    const TimePoint t0{};
    const Action a = p.start(t0);
    ASSERT_TRUE(a.deadline);
    EXPECT_EQ(*a.deadline, t0 + 1000ms);
    EXPECT_TRUE(p.onTimeout(t0 + 10ms).send.empty()); // not due yet
    EXPECT_EQ(p.state(), ProcedureState::Waiting);
    p.onTimeout(t0 + 1000ms);
    EXPECT_EQ(p.error(), ProcedureError::Timeout);
    const auto late = heatReply(meter, std::get<Message>(decodeMessage(a.send)));
    EXPECT_TRUE(p.onBytes(late, t0 + 2000ms).send.empty());
    EXPECT_EQ(p.state(), ProcedureState::Failed);
}

} // namespace
