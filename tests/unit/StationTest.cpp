// SPDX-License-Identifier: GPL-3.0-or-later
// The live path of the workstation against a simulated bus behind a TCP converter: configuration
// in the database, a read of the whole bus, outcomes per meter, readings stored with raw frames.
#include "station/Station.h"

#include "QtEventLoop.h"
#include "SimTestSupport.h"
#include "sim/DtuClient.h"
#include "sim/TcpBusServer.h"
#include "station/MeterAddressing.h"
#include "store/ReadingRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <map>
#include <memory>

namespace {

using namespace heatdesk;

class StationTest : public ::testing::Test {
protected:
    void SetUp() override {
        testqt::ensureApp();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(m_db.open(m_dir.filePath("station.db"), store::Database::Mode::ReadWrite,
                               store::Database::Create::IfMissing));
        sim::BusConfig config;
        config.baud = 9600; // a telegram in about 0.15 s
        m_bus = std::make_unique<sim::SimulatedBus>(config, simtest::at("2026-01-15T09:00"));
        m_server = std::make_unique<sim::TcpBusServer>(*m_bus);
        ASSERT_TRUE(m_server->listen(QHostAddress::LocalHost, 0));

        store::ConfigRepository repo(m_db);
        const auto site = repo.addSite("Station 1");
        const auto settings =
            QStringLiteral(R"({"host":"127.0.0.1","tcp_port":%1,"baud":9600})").arg(m_server->serverPort());
        const auto channel = repo.addChannel(*site, "converter", "tcp", settings);
        m_busId = *repo.addBus(*channel, "Building 1");
    }

    qint64 addMeter(const char* number, std::optional<int> primary, std::uint32_t simId,
                    bool simulated = true) {
        if (simulated) {
            sim::MbusMeterConfig c;
            c.primaryAddress = static_cast<std::uint8_t>(primary.value_or(0));
            c.idBcd = simId;
            c.responseDelayMs = 15;
            m_bus->addMbusMeter(c, m_physics);
        }
        store::MeterConfig m;
        m.busId = m_busId;
        m.number = number;
        m.primaryAddress = primary;
        return *store::ConfigRepository(m_db).addMeter(m);
    }

    QTemporaryDir m_dir;
    store::Database m_db;
    sim::HeatingPhysics m_physics = simtest::physics(3);
    std::unique_ptr<sim::SimulatedBus> m_bus;
    std::unique_ptr<sim::TcpBusServer> m_server;
    qint64 m_busId = 0;
};

TEST_F(StationTest, ReadsTheBusAndStoresEveryAnswerWithItsRawFrame) {
    const qint64 a = addMeter("26010001", 1, 0x26010001);
    const qint64 b = addMeter("26010002", 0, 0x26010002); // two meters left at address 0:
    const qint64 c = addMeter("26010003", 0, 0x26010003); // read by secondary address
    const qint64 missing = addMeter("26010009", 9, 0, false);

    std::map<qint64, station::MeterOutcome> outcomes;
    {
        station::Station station(m_db);
        EXPECT_TRUE(station.start().isEmpty());
        QObject::connect(&station, &station::Station::meterDone,
                         [&](const station::MeterOutcome& o) { outcomes[o.meterId] = o; });
        QSignalSpy finished(&station, &station::Station::busFinished);
        QString why;
        ASSERT_TRUE(QTest::qWaitFor([&] { return station.readBus(m_busId, &why); }, 5000))
            << why.toStdString();
        EXPECT_FALSE(station.readBus(m_busId, &why)); // one run at a time per bus
        EXPECT_NE(why.indexOf("already"), -1);
        ASSERT_TRUE(finished.wait(20000));
        EXPECT_EQ(station.busStatus(m_busId).state, bus::BusState::Idle);
    } // the station commits what is pending when it goes

    ASSERT_EQ(outcomes.size(), 4u);
    for (const qint64 id : {a, b, c}) {
        EXPECT_TRUE(outcomes[id].ok) << outcomes[id].error.toStdString();
        EXPECT_TRUE(outcomes[id].reading.values.energyKwh);
    }
    EXPECT_FALSE(outcomes[missing].ok);
    EXPECT_EQ(outcomes[missing].error, "timeout");

    store::ReadingRepository readings(m_db);
    EXPECT_EQ(readings.count(), 3);
    const auto last = readings.boundaryFor(c, std::numeric_limits<qint64>::max(), true);
    ASSERT_TRUE(last);
    const auto stored = readings.find(last->readingId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->values.rawFrames, outcomes[c].reading.values.rawFrames);
    EXPECT_EQ(stored->values.rawFrames.front(), 0x68);
    EXPECT_TRUE(stored->sessionId);
}

TEST_F(StationTest, AnAnswerFromAnotherMeterIsNotStoredAsThisOne) {
    // The database expects 26010001 at address 1; the bus has 26019999 there.
    addMeter("26010001", 1, 0x26019999);
    std::optional<station::MeterOutcome> outcome;
    {
        station::Station station(m_db);
        station.start();
        QObject::connect(&station, &station::Station::meterDone,
                         [&](const station::MeterOutcome& o) { outcome = o; });
        QSignalSpy finished(&station, &station::Station::busFinished);
        ASSERT_TRUE(QTest::qWaitFor([&] { return station.readBus(m_busId); }, 5000));
        ASSERT_TRUE(finished.wait(20000));
    }
    ASSERT_TRUE(outcome);
    EXPECT_FALSE(outcome->ok);
    EXPECT_EQ(outcome->error, "answer came from meter 26019999, expected 26010001");
    EXPECT_EQ(store::ReadingRepository(m_db).count(), 0);
}

TEST_F(StationTest, ABadChannelIsReportedAndItsBusIsOffline) {
    store::ConfigRepository repo(m_db);
    const auto site = repo.addSite("Station 2");
    const auto channel = repo.addChannel(*site, "COM9", "serial", R"({"baud":"fast"})");
    const auto busId = *repo.addBus(*channel, "Building 9");
    station::Station station(m_db);
    const auto problems = station.start();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0], "COM9: baud: must be a whole number 300..115200");
    EXPECT_EQ(station.busStatus(busId).state, bus::BusState::Offline);
    QString why;
    EXPECT_FALSE(station.readBus(busId, &why));
    EXPECT_FALSE(why.isEmpty());
}

TEST_F(StationTest, CjT188MetersOnTheSameLineAreReadAfterTheMbusMeters) {
    const qint64 mbusMeter = addMeter("26010001", 1, 0x26010001);
    sim::Cjt188MeterConfig c;
    c.address = *cjt188::Address::fromText("20250000000042");
    c.responseDelayMs = 20;
    m_bus->addCjt188Meter(c, m_physics);
    store::MeterConfig m;
    m.busId = m_busId;
    m.number = "20250000000042";
    m.protocol = "cjt188";
    m.medium = "heat";
    const qint64 cjtMeter = *store::ConfigRepository(m_db).addMeter(m);
    m.number = "20250000000099"; // configured, not on the bus
    const qint64 absent = *store::ConfigRepository(m_db).addMeter(m);

    std::map<qint64, station::MeterOutcome> outcomes;
    std::optional<bus::RunSummary> summary;
    int timeouts = 0;
    {
        station::Station station(m_db);
        station.start();
        QObject::connect(&station, &station::Station::meterDone,
                         [&](const station::MeterOutcome& o) { outcomes[o.meterId] = o; });
        QObject::connect(&station, &station::Station::busFinished,
                         [&](qint64, const bus::RunSummary& s) { summary = s; });
        QObject::connect(&station, &station::Station::traffic, [&](qint64, const bus::TrafficRecordPtr& r) {
            timeouts += r->kind == bus::TrafficRecord::Kind::Timeout ? 1 : 0;
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return station.readBus(m_busId); }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return summary.has_value(); }, 30000));
        EXPECT_EQ(station.runningBuses(), 0);
    }
    EXPECT_TRUE(outcomes[mbusMeter].ok);
    ASSERT_TRUE(outcomes[cjtMeter].ok) << outcomes[cjtMeter].error.toStdString();
    EXPECT_EQ(outcomes[cjtMeter].reading.protocol, "cjt188");
    EXPECT_TRUE(outcomes[cjtMeter].reading.values.energyKwh);
    EXPECT_EQ(outcomes[absent].error, "timeout");
    EXPECT_EQ(timeouts, 3); // the absent meter's three attempts, no more (no early timer calls)
    EXPECT_EQ(summary->requested, 3);
    EXPECT_EQ(summary->ok, 2);
    EXPECT_EQ(summary->failed, 1);
    EXPECT_EQ(store::ReadingRepository(m_db).count(), 2);
}

TEST_F(StationTest, CommandsFindTheCjt188MeterSwitchItsValveAndResetAnMbusMeter) {
    const qint64 mbusMeter = addMeter("26010001", 1, 0x26010001);
    sim::Cjt188MeterConfig c;
    c.address = *cjt188::Address::fromText("20250000000042");
    c.responseDelayMs = 20;
    auto* simulated = m_bus->addCjt188Meter(c, m_physics);
    ASSERT_FALSE(simulated->valveClosed());
    store::MeterConfig m;
    m.busId = m_busId;
    m.number = "20250000000042";
    m.protocol = "cjt188";
    m.medium = "heat";
    const qint64 cjtMeter = *store::ConfigRepository(m_db).addMeter(m);

    station::Station station(m_db);
    station.start();
    std::vector<std::pair<qint64, bus::Cjt188Result>> done;
    int runsFinished = 0;
    QObject::connect(&station, &station::Station::cjt188CommandDone,
                     [&](qint64, qint64 meter, const bus::Cjt188Result& r) { done.emplace_back(meter, r); });
    QObject::connect(&station, &station::Station::busFinished, [&] { ++runsFinished; });

    // The one CJ/T 188 meter answers the broadcast with its address; the M-Bus meter ignores it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return station.readCjt188Address(m_busId); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.size() == 1; }, 10000));
    EXPECT_EQ(done[0].first, 0);
    ASSERT_TRUE(done[0].second.ok) << done[0].second.error.toStdString();
    EXPECT_EQ(done[0].second.address, "20250000000042");

    QString why;
    ASSERT_TRUE(station.setValve(cjtMeter, false, &why)) << why.toStdString();
    // A second command while the first runs is refused, not sent over it.
    EXPECT_FALSE(station.setValve(cjtMeter, true, &why));
    EXPECT_TRUE(why.contains("already")) << why.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.size() == 2; }, 10000));
    EXPECT_EQ(done[1].first, cjtMeter);
    ASSERT_TRUE(done[1].second.ok) << done[1].second.error.toStdString();
    EXPECT_EQ(done[1].second.job, bus::Cjt188Job::CloseValve);
    EXPECT_EQ(done[1].second.valve, reading::ValveState::Closed);

    EXPECT_FALSE(station.setValve(mbusMeter, true, &why));
    EXPECT_TRUE(why.contains("CJ/T 188")) << why.toStdString();

    // The M-Bus meter's link and application are reset; the CJ/T 188 meter has neither.
    std::vector<std::pair<qint64, bus::MeterResult>> resets;
    QObject::connect(&station, &station::Station::meterResetDone,
                     [&](qint64, qint64 meter, const bus::MeterResult& r) { resets.emplace_back(meter, r); });
    ASSERT_TRUE(station.resetMeter(mbusMeter, &why)) << why.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return resets.size() == 1 && station.runningBuses() == 0; }, 10000));
    EXPECT_EQ(resets[0].first, mbusMeter);
    EXPECT_TRUE(resets[0].second.ok) << resets[0].second.error.toStdString();
    EXPECT_FALSE(station.resetMeter(cjtMeter, &why));
    EXPECT_TRUE(why.contains("CJ/T 188")) << why.toStdString();
    EXPECT_EQ(runsFinished, 0) << "a command is no read run";
    EXPECT_EQ(store::ReadingRepository(m_db).count(), 0) << "commands store no readings";
}

TEST_F(StationTest, BusesOnOneLineTakeTurns) {
    // A second bus on the same converter: its meter answers on the same line.
    store::ConfigRepository repo(m_db);
    const auto channel = repo.channels().front().id;
    const qint64 secondBus = *repo.addBus(channel, "Building 1, east stair");
    addMeter("26010001", 1, 0x26010001);
    sim::MbusMeterConfig c;
    c.primaryAddress = 2;
    c.idBcd = 0x26010002;
    m_bus->addMbusMeter(c, m_physics);
    store::MeterConfig m;
    m.busId = secondBus;
    m.number = "26010002";
    m.primaryAddress = 2;
    repo.addMeter(m);

    station::Station station(m_db);
    station.start();
    std::vector<qint64> finishedOrder;
    int unsolicited = 0, ok = 0;
    QObject::connect(&station, &station::Station::busFinished, [&](qint64 busId, const bus::RunSummary& s) {
        finishedOrder.push_back(busId);
        ok += s.ok;
    });
    QObject::connect(&station, &station::Station::traffic, [&](qint64, const bus::TrafficRecordPtr& r) {
        unsolicited += r->kind == bus::TrafficRecord::Kind::Unsolicited ? 1 : 0;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return station.readBus(m_busId); }, 5000));
    ASSERT_TRUE(station.readBus(secondBus)); // queued behind the first
    EXPECT_EQ(station.runningBuses(), 2);
    QString why;
    EXPECT_FALSE(station.readBus(secondBus, &why));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finishedOrder.size() == 2; }, 20000));
    EXPECT_EQ(finishedOrder, (std::vector<qint64>{m_busId, secondBus}));
    EXPECT_EQ(ok, 2);
    EXPECT_EQ(unsolicited, 0); // the waiting bus's engine does not report the other's answers

    // A queued run can be stopped before it starts.
    ASSERT_TRUE(station.readBus(m_busId));
    ASSERT_TRUE(station.readBus(secondBus));
    station.stop(secondBus);
    EXPECT_EQ(station.runningBuses(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finishedOrder.size() == 3; }, 20000));
    QTest::qWait(200);
    EXPECT_EQ(finishedOrder.size(), 3u);
}

TEST_F(StationTest, ADtuChannelIsReadOnceItsDtuDialsIn) {
    store::ConfigRepository repo(m_db);
    ASSERT_FALSE(repo.setSetting("dtu_listen", "127.0.0.1:0"));
    const auto site = repo.addSite("Station GPRS");
    // Three DTUs on one server: a plain ASCII ID, a hex one, and a Hongdian DDP DTU whose ASCII
    // ID is matched as hex text there too.
    repo.addChannel(*site, "DTU 48440002", "dtu", R"({"dtu_id":"48440002","dtu_id_format":"hex"})");
    struct Line {
        QByteArray id;
        link::DtuFraming framing;
        qint64 busId = 0;
        qint64 meterId = 0;
        std::unique_ptr<sim::SimulatedBus> bus;
        std::unique_ptr<sim::DtuClient> client;
    };
    std::vector<Line> lines;
    lines.push_back({"13900000001", link::DtuFraming::Plain});
    lines.push_back({"13900000002", link::DtuFraming::HongdianDdp});
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& line = lines[i];
        const auto channel =
            repo.addChannel(*site, QStringLiteral("DTU %1").arg(QString::fromLatin1(line.id)), "dtu",
                            QStringLiteral(R"({"dtu_id":"%1","dtu_framing":"%2"})")
                                .arg(QString::fromLatin1(line.id), link::dtuFramingName(line.framing)));
        line.busId = *repo.addBus(*channel, QStringLiteral("Building %1").arg(7 + i));
        store::MeterConfig m;
        m.busId = line.busId;
        m.number = QStringLiteral("2607000%1").arg(i + 1);
        m.primaryAddress = 1;
        line.meterId = *repo.addMeter(m);
        sim::BusConfig config;
        config.baud = 9600;
        line.bus = std::make_unique<sim::SimulatedBus>(config, simtest::at("2026-01-15T09:00"));
        sim::MbusMeterConfig c;
        c.primaryAddress = 1;
        c.idBcd = 0x26070001 + std::uint32_t(i);
        line.bus->addMbusMeter(c, m_physics);
    }

    station::Station station(m_db);
    station.start();
    ASSERT_TRUE(station.dtuServer());
    QString why;
    EXPECT_FALSE(station.readBus(lines[0].busId, &why)); // the DTU has not dialled in
    EXPECT_FALSE(why.isEmpty());

    std::map<qint64, station::MeterOutcome> outcomes;
    QObject::connect(&station, &station::Station::meterDone,
                     [&](const station::MeterOutcome& o) { outcomes.emplace(o.meterId, o); });
    for (Line& line : lines) {
        sim::DtuConfig dtu;
        dtu.port = station.dtuServer()->serverPort();
        dtu.registration = line.id;
        dtu.framing = line.framing;
        dtu.frameIntervalMs = 50;
        line.client = std::make_unique<sim::DtuClient>(dtu, *line.bus);
        line.client->start();
    }
    for (Line& line : lines)
        ASSERT_TRUE(QTest::qWaitFor([&] { return station.readBus(line.busId); }, 5000)) << line.id.data();
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcomes.size() == lines.size(); }, 15000));
    for (const Line& line : lines) {
        ASSERT_TRUE(outcomes.contains(line.meterId)) << line.id.data();
        EXPECT_TRUE(outcomes.at(line.meterId).ok) << outcomes.at(line.meterId).error.toStdString();
    }
}

TEST(MeterAddressing, PrimaryWhenUniqueElseSecondary) {
    store::MeterConfig a, b, c;
    a.id = 1;
    a.number = "26010001";
    a.primaryAddress = 0;
    b.id = 2;
    b.number = "26010002";
    b.primaryAddress = 0;
    c.id = 3;
    c.number = "26010003";
    c.primaryAddress = 7;
    const QList<store::MeterConfig> bus{a, b, c};
    const auto ta = std::get<bus::MeterTarget>(station::targetFor(a, bus));
    EXPECT_FALSE(ta.primary);
    ASSERT_TRUE(ta.secondary);
    EXPECT_EQ(ta.secondary->toText().substr(0, 8), "26010001");
    EXPECT_EQ(std::get<bus::MeterTarget>(station::targetFor(c, bus)).primary, 7);
    store::MeterConfig cjt;
    cjt.id = 4;
    cjt.number = "20250000000001";
    EXPECT_EQ(std::get<QString>(station::targetFor(cjt, bus)), "no primary or secondary address");
}

} // namespace
