// SPDX-License-Identifier: GPL-3.0-or-later
// SimulatedBus: wire timing, addressing, FCB, collisions and faults, all deterministic.
#include "SimTestSupport.h"
#include "cjt188/Requests.h"
#include "mbus/Frame.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "sim/SimulatedBus.h"

#include <gtest/gtest.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;
using simtest::at;
HeatingPhysics physics() {
    return simtest::physics(5);
}

std::vector<std::uint8_t> bytesOf(const std::vector<ScheduledByte>& s, std::size_t skip = 0) {
    std::vector<std::uint8_t> out;
    for (std::size_t i = skip; i < s.size(); ++i)
        out.push_back(s[i].byte);
    return out;
}

MbusMeterConfig meterAt(std::uint8_t address, std::uint32_t id,
                        MbusLayout layout = MbusLayout::LandisGyrT230) {
    MbusMeterConfig c;
    c.primaryAddress = address;
    c.idBcd = id;
    c.layout = layout;
    return c;
}

class SimBusTest : public ::testing::Test {
protected:
    HeatingPhysics m_physics = physics();
    SimSeconds m_epoch = at("2026-01-10T10:00");
};

TEST_F(SimBusTest, A250ByteReplyAt2400BaudTakes1146Milliseconds) {
    SimulatedBus bus({}, m_epoch);
    auto cfg = meterAt(1, 0x11111111);
    SimulatedMbusMeter probe(cfg, m_physics);
    const auto natural = probe.telegram(0, m_epoch, 1).size();
    cfg.fillerBytes = 250 - static_cast<int>(natural);
    cfg.responseDelayMs = 50;
    ASSERT_NE(bus.addMbusMeter(cfg, m_physics), nullptr);

    const auto request = mbus::reqUd2(1, true);
    const Micros start = 1000000;
    const auto rx = bus.transmit(request, start);
    ASSERT_EQ(rx.size(), 250u);
    mbus::Telegram tg;
    const auto bytes = bytesOf(rx);
    ASSERT_FALSE(mbus::decodeFrames(bytes, tg));

    const Micros ct = bus.characterMicros();
    const Micros requestEnd = start + Micros(request.size()) * ct;
    EXPECT_EQ(rx.front().at, requestEnd + 50000 + ct); // stop bit of the first reply byte
    const double seconds = double(rx.back().at - rx.front().at + ct) / 1e6;
    EXPECT_NEAR(seconds, 1.146, 1.146 * 0.05);
    EXPECT_NEAR(seconds, 250 * 11 / 2400.0, 0.001);
    // At 300 Bd the same reply takes eight times as long.
    bus.setBaud(300);
    const auto slow = bus.transmit(request, 0);
    EXPECT_NEAR(double(slow.back().at - slow.front().at + bus.characterMicros()) / 1e6, 250 * 11 / 300.0,
                0.01);
}

TEST_F(SimBusTest, ResponseDelayIsClampedToTheStandardWindow) {
    SimulatedBus bus({}, m_epoch);
    auto cfg = meterAt(2, 0x22);
    cfg.responseDelayMs = 5000; // beyond 330 bit times + 50 ms
    bus.addMbusMeter(cfg, m_physics);
    const auto rx = bus.transmit(mbus::sndNke(2), 0);
    ASSERT_EQ(rx.size(), 1u);
    const Micros bit = bus.characterMicros() / 11;
    EXPECT_EQ(rx[0].at, 5 * bus.characterMicros() + 330 * bit + 50000 + bus.characterMicros());
    // A slow-meter fault goes past the window on purpose.
    bus.setMeterFaults(0, {false, 2000});
    EXPECT_GT(bus.transmit(mbus::sndNke(2), 0)[0].at, 2000000);
}

TEST_F(SimBusTest, OnlyFramesWithACorrectChecksumAreAnswered) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(3, 0x33), m_physics);
    auto request = mbus::reqUd2(3, true);
    EXPECT_FALSE(bus.transmit(request, 0).empty());
    request[3] ^= 0x01;
    EXPECT_TRUE(bus.transmit(request, 0).empty());
    EXPECT_TRUE(bus.transmit(std::vector<std::uint8_t>{0x00, 0xFF, 0x68}, 0).empty());
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(4, true), 0).empty()); // nobody at 4
}

TEST_F(SimBusTest, EchoingLinesReturnTheRequestFirst) {
    BusConfig config;
    config.echo = true;
    SimulatedBus bus(config, m_epoch);
    bus.addMbusMeter(meterAt(3, 0x33), m_physics);
    const auto request = mbus::sndNke(3);
    const auto rx = bus.transmit(request, 0);
    ASSERT_EQ(rx.size(), request.size() + 1);
    EXPECT_EQ(bytesOf(rx).back(), mbus::kAck);
    for (std::size_t i = 0; i < request.size(); ++i) {
        EXPECT_EQ(rx[i].byte, request[i]);
        EXPECT_EQ(rx[i].at, Micros(i + 1) * bus.characterMicros());
    }
}

TEST_F(SimBusTest, MetersAtTheSameAddressCollideDeterministically) {
    auto run = [&] {
        SimulatedBus bus({}, m_epoch);
        auto a = meterAt(0, 0x10000001);
        auto b = meterAt(0, 0x10000002, MbusLayout::SvmF22);
        b.responseDelayMs = 31; // a little later: characters overlap out of step
        bus.addMbusMeter(a, m_physics);
        bus.addMbusMeter(b, m_physics);
        return bus.transmit(mbus::reqUd2(0, true), 0);
    };
    const auto rx = run();
    ASSERT_FALSE(rx.empty());
    mbus::Telegram tg;
    EXPECT_TRUE(mbus::decodeFrames(bytesOf(rx), tg)) << "a collision must not decode";
    EXPECT_EQ(rx, run());
    // Overlapping characters merge: fewer bytes arrive than both meters sent.
    SimulatedMbusMeter one(meterAt(0, 0x10000001), m_physics);
    SimulatedMbusMeter two(meterAt(0, 0x10000002, MbusLayout::SvmF22), m_physics);
    EXPECT_LT(rx.size(), one.telegram(0, m_epoch, 0).size() + two.telegram(0, m_epoch, 0).size());
}

TEST_F(SimBusTest, SecondarySelectionWithWildcards) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(0, 0x12345678), m_physics);
    bus.addMbusMeter(meterAt(0, 0x12349999, MbusLayout::EngelmannSensoStar2C), m_physics);
    bus.addMbusMeter(meterAt(0, 0x55555555), m_physics);

    auto select = [&](const char* text) {
        return bus.transmit(mbus::selectSecondary(*mbus::SecondaryAddress::fromText(text)), 0);
    };
    auto readSelected = [&] {
        mbus::Telegram tg;
        const auto rx = bus.transmit(mbus::reqUd2(mbus::kNetworkLayerAddress, true), 0);
        if (rx.empty() || mbus::decodeFrames(bytesOf(rx), tg))
            return std::uint32_t(0);
        return tg.header.idBcd;
    };
    const auto rx = select("1234FFFF"); // two meters answer E5 at the same instant
    ASSERT_EQ(rx.size(), 1u);
    EXPECT_EQ(rx[0].byte, mbus::kAck);
    const auto unique = select("12349999");
    ASSERT_EQ(unique.size(), 1u);
    EXPECT_EQ(readSelected(), 0x12349999u);
    // Manufacturer wildcard with an exact id, and an exact manufacturer (EFE) that does not match.
    ASSERT_EQ(select("55555555FFFFFFFF").size(), 1u);
    EXPECT_EQ(readSelected(), 0x55555555u);
    EXPECT_TRUE(select("55555555C514FFFF").empty());
    EXPECT_EQ(readSelected(), 0u); // the failed selection deselected everybody
    EXPECT_TRUE(select("9FFFFFFF").empty());
}

TEST_F(SimBusTest, FcbStepsThroughTwoTelegramsAndRepeatsOnTheSameBit) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(9, 0x90000009, MbusLayout::SvmF22), m_physics);
    ASSERT_EQ(bus.transmit(mbus::sndNke(9), 0).size(), 1u);
    const auto first = bytesOf(bus.transmit(mbus::reqUd2(9, true), 0));
    const auto second = bytesOf(bus.transmit(mbus::reqUd2(9, false), 0));
    const auto repeat = bytesOf(bus.transmit(mbus::reqUd2(9, false), 0));
    mbus::Telegram t1, t2;
    ASSERT_FALSE(mbus::decodeFrames(first, t1));
    EXPECT_TRUE(t1.moreRecordsFollow);
    ASSERT_FALSE(mbus::decodeFrames(second, t2));
    EXPECT_FALSE(t2.moreRecordsFollow);
    EXPECT_EQ(second, repeat); // a lost answer is repeated, not skipped
    auto both = first;
    both.insert(both.end(), second.begin(), second.end());
    mbus::Telegram all;
    ASSERT_FALSE(mbus::decodeFrames(both, all));
    EXPECT_EQ(all.telegramCount, 2);
    // Toggling again wraps to the first telegram.
    mbus::Telegram again;
    ASSERT_FALSE(mbus::decodeFrames(bytesOf(bus.transmit(mbus::reqUd2(9, true), 0)), again));
    EXPECT_TRUE(again.moreRecordsFollow);
}

TEST_F(SimBusTest, SomeMetersNeedSndNkeAfterPowerUp) {
    SimulatedBus bus({}, m_epoch);
    auto cfg = meterAt(12, 0x12);
    cfg.needsSndNkeAfterPowerUp = true;
    auto* meter = bus.addMbusMeter(cfg, m_physics);
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(12, true), 0).empty());
    EXPECT_EQ(bus.transmit(mbus::sndNke(12), 0).size(), 1u);
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(12, true), 0).empty());
    meter->powerUp();
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(12, false), 0).empty());

    // The bus power coming back after an overload powers the meter up again.
    EXPECT_EQ(bus.transmit(mbus::sndNke(12), 0).size(), 1u);
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(12, true), 0).empty());
    BusFaults overload;
    overload.overload = true;
    bus.setFaults(overload);
    bus.setFaults({});
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(12, false), 0).empty());
    EXPECT_EQ(bus.transmit(mbus::sndNke(12), 0).size(), 1u);
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(12, true), 0).empty());
    // A change that leaves the power on (a bit error rate) keeps the meter as it is.
    BusFaults noisy;
    noisy.bitErrorRate = 1e-9;
    bus.setFaults(noisy);
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(12, false), 0).empty());
}

TEST_F(SimBusTest, SetPrimaryAddressMovesTheMeter) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(0, 0x12), m_physics);
    EXPECT_EQ(bus.transmit(*mbus::setPrimaryAddress(0, 44), 0).size(), 1u);
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(0, true), 0).empty());
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(44, true), 0).empty());
}

TEST_F(SimBusTest, SilentMeterNoLoadAndOverload) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(1, 0x1), m_physics, {true, 0});
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(1, true), 0).empty());
    bus.setMeterFaults(0, {});
    EXPECT_FALSE(bus.transmit(mbus::reqUd2(1, true), 0).empty());

    BusConfig config;
    config.echo = true;
    config.faults.noLoad = true;
    SimulatedBus dead(config, m_epoch);
    dead.addMbusMeter(meterAt(1, 0x1), m_physics);
    EXPECT_TRUE(dead.transmit(mbus::reqUd2(1, true), 0).empty());

    // Overloaded: noise or nothing after every request, at every address, meter or not.
    BusFaults overload;
    overload.overload = true;
    bus.setFaults(overload);
    int noisy = 0;
    for (int i = 0; i < 40; ++i) {
        const auto rx = bus.transmit(mbus::reqUd2(std::uint8_t(1 + i % 20), i % 2 == 0), Micros(i) * 1000000);
        EXPECT_LE(rx.size(), 8u);
        mbus::Telegram tg;
        EXPECT_TRUE(rx.empty() || mbus::decodeFrames(bytesOf(rx), tg));
        noisy += rx.empty() ? 0 : 1;
    }
    EXPECT_GT(noisy, 20);
    EXPECT_LT(noisy, 40);
}

TEST_F(SimBusTest, LineFaultsAreSeededAndReproducible) {
    auto run = [&](std::uint64_t seed, BusFaults faults) {
        BusConfig config;
        config.seed = seed;
        config.faults = faults;
        SimulatedBus bus(config, m_epoch);
        bus.addMbusMeter(meterAt(1, 0x1), m_physics);
        std::vector<std::vector<std::uint8_t>> replies;
        for (int i = 0; i < 40; ++i)
            replies.push_back(bytesOf(bus.transmit(mbus::reqUd2(1, i % 2 == 0), Micros(i) * 2000000)));
        return replies;
    };
    BusFaults bits;
    bits.bitErrorRate = 1e-3;
    const auto a = run(42, bits);
    EXPECT_EQ(a, run(42, bits));
    EXPECT_NE(a, run(43, bits));
    int bad = 0;
    for (const auto& r : a) {
        mbus::Telegram tg;
        bad += mbus::decodeFrames(r, tg) ? 1 : 0;
    }
    // About 800 bits a reply at 1e-3: most replies carry an error, some do not.
    EXPECT_GT(bad, 10);
    EXPECT_LT(bad, 40);

    BusFaults drops;
    drops.dropRate = 0.01;
    const std::size_t clean = run(1, {})[0].size();
    std::size_t dropped = 0;
    for (const auto& r : run(1, drops))
        dropped += clean - r.size();
    EXPECT_GT(dropped, 10u);
    EXPECT_LT(dropped, 80u);

    BusFaults dup;
    dup.duplicateRate = 1.0;
    EXPECT_EQ(run(1, dup)[0].size(), 2 * clean);
}

TEST_F(SimBusTest, AReceiverCheckingParityDropsCharactersWithAnOddNumberOfBitErrors) {
    auto replies = [&](bool checksParity) {
        BusConfig config;
        config.seed = 7;
        config.receiverChecksParity = checksParity;
        config.faults.bitErrorRate = 0.01; // about one character in ten is hit
        SimulatedBus bus(config, m_epoch);
        bus.addMbusMeter(meterAt(1, 0x1), m_physics);
        std::vector<std::vector<std::uint8_t>> out;
        for (int i = 0; i < 20; ++i)
            out.push_back(bytesOf(bus.transmit(mbus::reqUd2(1, true), Micros(i) * 2000000)));
        return out;
    };
    SimulatedBus clean(BusConfig{}, m_epoch);
    clean.addMbusMeter(meterAt(1, 0x1), m_physics);
    const std::size_t size = bytesOf(clean.transmit(mbus::reqUd2(1, true), 0)).size();

    // Unchecked, every character arrives, some of them wrong.
    std::size_t differing = 0;
    for (const auto& r : replies(false)) {
        ASSERT_EQ(r.size(), size);
        mbus::Telegram tg;
        differing += mbus::decodeFrames(r, tg) ? 1 : 0;
    }
    EXPECT_GT(differing, 10u);
    // Checked, the hit characters are missing, so a damaged reply is short, never the same size.
    std::size_t shortReplies = 0;
    for (const auto& r : replies(true)) {
        EXPECT_LE(r.size(), size);
        shortReplies += r.size() < size ? 1 : 0;
    }
    EXPECT_GT(shortReplies, 10u);
}

TEST_F(SimBusTest, CountsAndShowsWhatTheLineCarried) {
    BusConfig config;
    config.echo = true;
    SimulatedBus bus(config, m_epoch);
    bus.addMbusMeter(meterAt(1, 0x1), m_physics);
    std::vector<std::pair<std::size_t, std::size_t>> seen; // request size, bytes received
    bus.setObserver([&](std::span<const std::uint8_t> request, const std::vector<ScheduledByte>& rx) {
        seen.emplace_back(request.size(), rx.size());
    });
    const auto answered = bus.transmit(mbus::reqUd2(1, true), 0);
    bus.transmit(mbus::reqUd2(7, true), 0);                 // nobody at 7: the echo only
    bus.transmit(std::vector<std::uint8_t>{0x00, 0x01}, 0); // noise is no request
    const LineCounters& c = bus.counters();
    EXPECT_EQ(c.requests, 2u);
    EXPECT_EQ(c.answered, 1u);
    EXPECT_EQ(c.bytesIn, 5u + 5u + 2u);
    EXPECT_EQ(c.bytesOut, answered.size() + 5u + 2u);
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0], std::make_pair(std::size_t(5), answered.size()));
    // A dead line still counts what the master sent, and nothing comes back.
    BusFaults dead;
    dead.noLoad = true;
    bus.setFaults(dead);
    EXPECT_TRUE(bus.transmit(mbus::reqUd2(1, true), 0).empty());
    EXPECT_EQ(c.requests, 3u);
    EXPECT_EQ(c.answered, 1u);
    EXPECT_EQ(c.bytesOut, answered.size() + 5u + 2u);
}

TEST_F(SimBusTest, CarriesCjt188MetersOnTheSameLine) {
    SimulatedBus bus({}, m_epoch);
    bus.addMbusMeter(meterAt(1, 0x1), m_physics);
    Cjt188MeterConfig cfg;
    cfg.address = *cjt188::Address::fromText("20250000000001");
    bus.addCjt188Meter(cfg, m_physics);
    cjt188::RequestTarget target;
    target.address = cfg.address;
    const auto rx = bus.transmit(cjt188::readCurrentData(cfg.profile, target, 9), 0);
    ASSERT_FALSE(rx.empty());
    EXPECT_EQ(rx.size(), 4 + 13 + 3 + 43u); // FE×4, frame overhead, DI SER, heat payload
    EXPECT_EQ(bus.meterCount(), 2);
    EXPECT_NE(bus.cjt188Meter(1), nullptr);
    EXPECT_EQ(bus.cjt188Meter(0), nullptr);
}

TEST_F(SimBusTest, HoldsAtMost250Meters) {
    SimulatedBus bus({}, m_epoch);
    for (int i = 0; i < SimulatedBus::kMaxMeters; ++i)
        ASSERT_NE(bus.addMbusMeter(meterAt(std::uint8_t(i % 250 + 1), std::uint32_t(i)), m_physics), nullptr);
    EXPECT_EQ(bus.addMbusMeter(meterAt(1, 1), m_physics), nullptr);
}

} // namespace
