// SPDX-License-Identifier: GPL-3.0-or-later
// The bus engine on the real event loop, over TCP on 127.0.0.1 to a small fake M-Bus line.
#include "bus/BusEngine.h"

#include "FakeMbusServer.h"
#include "QtEventLoop.h"
#include "SimTestSupport.h"
#include "link/TcpLink.h"
#include "mbus/Telegram.h"
#include "sim/TcpBusServer.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace heatdesk;
using namespace std::chrono_literals;

namespace {

class BusEngineTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        ASSERT_TRUE(server.listen());
        link::TcpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.reconnect = false;
        tcp = std::make_unique<link::TcpLink>(s);
        tcp->open();
        ASSERT_TRUE(QTest::qWaitFor([&] { return tcp->isOpen(); }, 3000));
    }

    bus::BusConfig config(int retries = 1) {
        bus::BusConfig c;
        c.name = QStringLiteral("test-bus");
        c.baud = 9600; // short windows keep the test fast
        c.retries = retries;
        return c;
    }

    testfake::FakeMbusServer server;
    std::unique_ptr<link::TcpLink> tcp;
};

bus::MeterTarget primary(int a) {
    bus::MeterTarget t;
    t.primary = static_cast<std::uint8_t>(a);
    return t;
}

} // namespace

TEST_F(BusEngineTest, ReadsMetersOneAtATimeAndReportsEach) {
    const auto telegram = testfake::corpusFrame("EFE_Engelmann-WaterStar.hex");
    ASSERT_FALSE(telegram.empty());
    server.addMeter(5, telegram);
    server.addMeter(7, telegram);
    bus::BusEngine engine(tcp.get(), config());
    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    QSignalSpy progress(&engine, &bus::BusEngine::progress);

    ASSERT_TRUE(engine.readMeters({primary(5), primary(6), primary(7)}));
    EXPECT_FALSE(engine.readMeters({primary(5)})); // one run at a time
    EXPECT_EQ(engine.status().state, bus::BusState::Reading);
    ASSERT_TRUE(finished.wait(5000));

    ASSERT_EQ(results.size(), 3u);
    EXPECT_TRUE(results[0].ok);
    EXPECT_FALSE(results[1].ok);
    EXPECT_EQ(results[1].error, "timeout");
    EXPECT_EQ(results[1].attempts, 2); // SND_NKE and its retry; no REQ_UD2 to a silent meter
    EXPECT_TRUE(results[2].ok);
    mbus::Telegram t;
    const auto* raw = reinterpret_cast<const std::uint8_t*>(results[0].raw.constData());
    ASSERT_FALSE(mbus::decodeFrames(std::span(raw, static_cast<std::size_t>(results[0].raw.size())), t));
    EXPECT_EQ(t.a, 5);
    EXPECT_EQ(progress.count(), 3);

    const auto summary = finished.at(0).at(0).value<bus::RunSummary>();
    EXPECT_EQ(summary.requested, 3);
    EXPECT_EQ(summary.ok, 2);
    EXPECT_EQ(summary.failed, 1);
    EXPECT_EQ(summary.status.state, bus::BusState::Idle);

    // Traffic: every request and answer, bounded, oldest first.
    const auto records = engine.traffic().snapshot();
    ASSERT_FALSE(records.empty());
    EXPECT_EQ(records.front()->kind, bus::TrafficRecord::Kind::Sent);
    EXPECT_TRUE(std::any_of(records.begin(), records.end(), [](const bus::TrafficRecordPtr& r) {
        return r->kind == bus::TrafficRecord::Kind::Received && r->decoded.startsWith("RSP_UD A=5");
    }));

    // The second read of a meter needs no SND_NKE and continues its FCB.
    const int before = server.requests;
    results.clear();
    ASSERT_TRUE(engine.readMeters({primary(5)}));
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].ok);
    EXPECT_EQ(server.requests - before, 1);
}

TEST_F(BusEngineTest, PrimaryScanFindsMetersAndSilentAddressesCostOneWindow) {
    const auto telegram = testfake::corpusFrame("EFE_Engelmann-WaterStar.hex");
    server.addMeter(2, telegram);
    server.addMeter(9, telegram);
    bus::BusEngine engine(tcp.get(), config());
    std::vector<int> found;
    QObject::connect(&engine, &bus::BusEngine::meterFound,
                     [&](const bus::FoundMeter& m) { found.push_back(m.primary.value_or(-1)); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(engine.scanPrimary(0, 10));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(found, (std::vector<int>{2, 9}));
    // 9 silent addresses at 9600 Bd: 5 request bytes + 330 bit times + 50 ms = 90.1 ms each.
    const auto silent = 9 * (mbus::MbusTiming{9600}.bitTime(55) + mbus::MbusTiming{9600}.answerWindow());
    EXPECT_GE(clock.elapsed(), std::chrono::duration_cast<std::chrono::milliseconds>(silent).count());
    EXPECT_LT(clock.elapsed(),
              2 * std::chrono::duration_cast<std::chrono::milliseconds>(silent).count() + 500);
}

TEST_F(BusEngineTest, AnEmptyBusIsNoLoadSuspectedWithEvidence) {
    bus::BusEngine engine(tcp.get(), config(0));
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.scanPrimary(1, 4));
    ASSERT_TRUE(finished.wait(5000));
    const auto status = engine.status();
    EXPECT_EQ(status.state, bus::BusState::NoLoadSuspected);
    EXPECT_TRUE(status.inferred);
    EXPECT_TRUE(status.evidence.contains("0 of 4 addresses answered cleanly, 4 silent"))
        << status.evidence.toStdString();
}

TEST_F(BusEngineTest, SecondaryScanReportsEachMeter) {
    auto telegram = testfake::corpusFrame("EFE_Engelmann-WaterStar.hex");
    server.addMeter(1, telegram);
    bus::BusEngine engine(tcp.get(), config(0));
    std::vector<bus::FoundMeter> found;
    QObject::connect(&engine, &bus::BusEngine::meterFound,
                     [&](const bus::FoundMeter& m) { found.push_back(m); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.scanSecondary());
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].secondary->toText().substr(0, 8), "04990254");
}

TEST_F(BusEngineTest, CancelLeavesTheBusIdleAndUsable) {
    server.addMeter(3, testfake::corpusFrame("EFE_Engelmann-WaterStar.hex"));
    bus::BusEngine engine(tcp.get(), config(0));
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.scanPrimary(100, 250));
    QTest::qWait(150);
    engine.cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.at(0).at(0).value<bus::RunSummary>().cancelled);
    EXPECT_FALSE(engine.isRunning());
    EXPECT_NE(engine.status().state, bus::BusState::Reading);

    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });
    ASSERT_TRUE(engine.readMeters({primary(3)}));
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].ok);
}

TEST_F(BusEngineTest, EchoingConverterIsHandled) {
    server.echo = true;
    server.addMeter(4, testfake::corpusFrame("EFE_Engelmann-WaterStar.hex"));
    bus::BusEngine engine(tcp.get(), config(0));
    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.readMeters({primary(4)}));
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].ok) << results[0].error.toStdString();
    const auto records = engine.traffic().snapshot();
    EXPECT_TRUE(std::any_of(records.begin(), records.end(), [](const bus::TrafficRecordPtr& r) {
        return r->kind == bus::TrafficRecord::Kind::Echo;
    }));
}

TEST_F(BusEngineTest, LinkDownMeansOffline) {
    bus::BusEngine engine(tcp.get(), config(0));
    tcp->close();
    EXPECT_EQ(engine.status().state, bus::BusState::Offline);
    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.readMeters({primary(1), primary(2)}));
    ASSERT_TRUE(finished.wait(2000));
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].error, "offline");
    EXPECT_EQ(finished.at(0).at(0).value<bus::RunSummary>().status.state, bus::BusState::Offline);
}

namespace {

// A simulated bus at 9600 Bd behind a simulated converter, with a TcpLink open to it.
struct SimulatedLine {
    explicit SimulatedLine(int meters, sim::BusFaults faults = {}) {
        testqt::ensureApp();
        sim::BusConfig line;
        line.baud = 9600;
        line.faults = faults;
        bus = std::make_unique<sim::SimulatedBus>(line, simtest::at("2026-01-15T09:00"));
        for (int a = 1; a <= meters; ++a) {
            sim::MbusMeterConfig meter;
            meter.primaryAddress = std::uint8_t(a);
            meter.idBcd = 0x26010000u + std::uint32_t(a);
            meter.responseDelayMs = 15;
            bus->addMbusMeter(meter, physics);
        }
        server = std::make_unique<sim::TcpBusServer>(*bus);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return;
        link::TcpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server->serverPort();
        tcp = std::make_unique<link::TcpLink>(s);
        tcp->open();
        (void)QTest::qWaitFor([&] { return tcp->isOpen(); }, 3000);
    }
    static bus::BusConfig config() {
        bus::BusConfig c;
        c.baud = 9600;
        c.retries = 1;
        return c;
    }
    const sim::HeatingPhysics physics = simtest::physics(2); // the meters keep a reference
    std::unique_ptr<sim::SimulatedBus> bus;
    std::unique_ptr<sim::TcpBusServer> server;
    std::unique_ptr<link::TcpLink> tcp;
};

std::vector<bus::MeterTarget> primaries(int from, int to) {
    std::vector<bus::MeterTarget> targets;
    for (int a = from; a <= to; ++a)
        targets.push_back(primary(a));
    return targets;
}

} // namespace

TEST(BusEngineResetTest, ResetsMetersAndTheNextReadNeedsNoSndNke) {
    SimulatedLine line(3);
    ASSERT_TRUE(line.tcp && line.tcp->isOpen());
    bus::BusEngine engine(line.tcp.get(), SimulatedLine::config());
    std::vector<bus::MeterResult> resets, reads;
    QObject::connect(&engine, &bus::BusEngine::meterReset,
                     [&](const bus::MeterResult& r) { resets.push_back(r); });
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { reads.push_back(r); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);

    ASSERT_TRUE(engine.resetMeters({primary(3), primary(4)}));
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(resets.size(), 2u);
    EXPECT_TRUE(resets[0].ok) << resets[0].error.toStdString();
    EXPECT_EQ(resets[0].attempts, 2); // SND_NKE, application reset
    EXPECT_FALSE(resets[1].ok);
    EXPECT_EQ(resets[1].error, "timeout");
    EXPECT_TRUE(reads.empty()) << "a reset reads nothing";
    const auto runSummary = finished.at(0).at(0).value<bus::RunSummary>();
    EXPECT_EQ(runSummary.ok, 1);
    EXPECT_EQ(runSummary.failed, 1);

    const auto before = line.bus->counters().requests;
    ASSERT_TRUE(engine.readMeters({primary(3)}));
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(reads.size(), 1u);
    EXPECT_TRUE(reads[0].ok) << reads[0].error.toStdString();
    EXPECT_EQ(line.bus->counters().requests - before, 1u) << "REQ_UD2 only: the reset left the link in step";
}

TEST(BusEngineOverloadTest, AnOverloadedBusStopsCostingRetriesOnceItIsEvident) {
    sim::BusFaults overload;
    overload.overload = true;
    SimulatedLine line(12, overload);
    ASSERT_TRUE(line.tcp && line.tcp->isOpen());
    for (const int stopAfter : {5, 0}) {
        bus::BusConfig config = SimulatedLine::config();
        config.stopReadsAfterGarbled = stopAfter;
        bus::BusEngine engine(line.tcp.get(), config);
        std::vector<bus::MeterResult> reads;
        QObject::connect(&engine, &bus::BusEngine::meterRead,
                         [&](const bus::MeterResult& r) { reads.push_back(r); });
        QSignalSpy finished(&engine, &bus::BusEngine::finished);
        ASSERT_TRUE(engine.readMeters(primaries(1, 12)));
        ASSERT_TRUE(finished.wait(30000));
        ASSERT_EQ(reads.size(), 12u);
        const auto summary = finished.at(0).at(0).value<bus::RunSummary>();
        EXPECT_EQ(summary.status.state, bus::BusState::OverloadSuspected)
            << summary.status.evidence.toStdString();
        EXPECT_EQ(summary.failed, 12);
        const auto unasked = std::count_if(reads.begin(), reads.end(), [](const bus::MeterResult& r) {
            return r.error == "overload_suspected" && r.attempts == 0;
        });
        if (stopAfter == 0) {
            EXPECT_EQ(unasked, 0) << "every meter asked";
        } else {
            // Asked until the overload was evident (five garbled, none clean), then not at all.
            EXPECT_GE(unasked, 12 - stopAfter - 2);
            for (std::size_t i = 0; i < std::size_t(stopAfter); ++i)
                EXPECT_GT(reads[i].attempts, 0);
        }
    }
}

TEST(TrafficLogTest, KeepsTheNewestRecordsOldestFirst) {
    bus::TrafficLog log(3);
    for (int i = 0; i < 5; ++i) {
        auto r = std::make_shared<bus::TrafficRecord>();
        r->count = static_cast<std::uint64_t>(i);
        log.append(r);
    }
    const auto s = log.snapshot();
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0]->count, 2u);
    EXPECT_EQ(s[2]->count, 4u);
    EXPECT_EQ(log.totalAppended(), 5u);
}

TEST(TrafficLogTest, AnEmptyOrPartlyFilledLogListsWhatItHolds) {
    bus::TrafficLog log(3);
    EXPECT_TRUE(log.snapshot().empty());
    EXPECT_EQ(log.capacity(), 3u);
    for (int i = 0; i < 2; ++i) {
        auto r = std::make_shared<bus::TrafficRecord>();
        r->count = static_cast<std::uint64_t>(i);
        log.append(r);
    }
    const auto s = log.snapshot();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0]->count, 0u);
    EXPECT_EQ(s[1]->count, 1u);
}

TEST(TrafficLogTest, DescribesFrames) {
    EXPECT_EQ(bus::describeFrame(QByteArray::fromHex("105B056016")), "REQ_UD2 A=5 FCB=0");
    EXPECT_EQ(bus::describeFrame(QByteArray::fromHex("107B058016")), "REQ_UD2 A=5 FCB=1");
    EXPECT_EQ(bus::describeFrame(QByteArray::fromHex("E5")), "ACK");
    EXPECT_EQ(bus::describeFrame(QByteArray::fromHex("1040FD3D16")), "SND_NKE A=FD");
    EXPECT_EQ(bus::describeFrame(QByteArray::fromHex("0102")), "?");
}

TEST_F(BusEngineTest, AdaptiveLatencyLearnsASlowLink) {
    server.delayMs = 250; // far beyond the 9600 Bd window of about 90 ms
    server.addMeter(5, testfake::corpusFrame("EFE_Engelmann-WaterStar.hex"));
    auto c = config(3);
    c.adaptiveLatency = true;
    bus::BusEngine engine(tcp.get(), c);
    std::vector<bus::MeterResult> results;
    QObject::connect(&engine, &bus::BusEngine::meterRead,
                     [&](const bus::MeterResult& r) { results.push_back(r); });
    QSignalSpy finished(&engine, &bus::BusEngine::finished);
    ASSERT_TRUE(engine.readMeters({primary(5)}));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_GE(engine.learnedLatency(), 150ms);
    QTest::qWait(1500); // late answers to the first run's repeated requests drain away

    results.clear();
    ASSERT_TRUE(engine.readMeters({primary(5)}));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_TRUE(results[0].ok) << results[0].error.toStdString();
    EXPECT_EQ(results[0].retries, 0);
}
