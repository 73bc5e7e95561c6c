// SPDX-License-Identifier: GPL-3.0-or-later
// seed-db --scenario: the demo database holds exactly the demo scenario's buses and meters, and the
// live simulation of that scenario continues the stored registers.
#include "sim/ScenarioHistory.h"

#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "cjt188/Requests.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Requests.h"
#include "mbus/Telegram.h"
#include "station/ChannelSettings.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/HeatUserRepository.h"
#include "store/IntegrityCheck.h"
#include "store/ReadingRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace {

using namespace heatdesk;
using namespace heatdesk::sim;

constexpr SimSeconds kHour = 3600;
constexpr SimSeconds kDay = 86400;

Scenario demoScenario() {
    auto parsed = Scenario::fromFile(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/demo/scenario.json"));
    if (const auto* e = std::get_if<QString>(&parsed))
        ADD_FAILURE() << e->toStdString();
    return std::get<Scenario>(parsed);
}

class ScenarioHistoryTest : public ::testing::Test {
protected:
    // Three days of hourly readings keep the test short; the defaults are tested on their own.
    std::optional<ScenarioHistoryResult> generate(const QString& name = QStringLiteral("demo.db")) {
        ScenarioHistoryOptions o;
        o.dbPath = m_dir.filePath(name);
        o.from = m_scenario.epoch() - 3 * kDay;
        auto result = generateScenarioHistory(m_scenario, o, &m_error);
        EXPECT_TRUE(result) << m_error.toStdString();
        if (result) {
            EXPECT_FALSE(m_db.open(o.dbPath));
        }
        return result;
    }
    std::optional<store::MeterConfig> meter(const QString& number) {
        return store::ConfigRepository(m_db).meterByNumber(number);
    }
    // The stored reading of a meter nearest before the epoch.
    store::StoredReading lastReading(qint64 meterId) {
        store::ReadingRepository readings(m_db);
        const auto boundary = readings.boundaryFor(meterId, utcMsFromChina(m_scenario.epoch()), true);
        EXPECT_TRUE(boundary);
        return readings.find(boundary ? boundary->readingId : 0).value_or(store::StoredReading{});
    }

    QTemporaryDir m_dir;
    Scenario m_scenario = demoScenario();
    store::Database m_db;
    QString m_error;
};

QString meterNumber(const MeterSpec& spec) {
    if (const auto* m = std::get_if<MbusMeterSpec>(&spec))
        return QStringLiteral("%1").arg(m->config.idBcd, 8, 16, QLatin1Char('0'));
    return QString::fromStdString(std::get<Cjt188MeterSpec>(spec).config.address.toText());
}

TEST_F(ScenarioHistoryTest, HoldsExactlyTheScenariosBusesMetersAndTheirUsers) {
    const auto result = generate();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->epoch, *m_scenario.start);
    EXPECT_EQ(result->totals.sites, 2);
    ASSERT_EQ(result->busIds.size(), m_scenario.buses.size());
    ASSERT_EQ(result->channelIds.size(), m_scenario.buses.size());
    EXPECT_TRUE(store::checkDatabase(m_db).ok());

    store::ConfigRepository config(m_db);
    std::map<qint64, std::set<QString>> numbersByBus;
    for (const auto& row : config.tree())
        numbersByBus[row.busId].insert(row.meterNumber);
    ASSERT_EQ(numbersByBus.size(), m_scenario.buses.size());
    // 6 buses on 4 channels: buses sharing a channel share its ID.
    const auto channels = config.channels();
    ASSERT_EQ(channels.size(), 4);
    EXPECT_EQ(result->totals.channels, 4);
    EXPECT_EQ(result->channelIds[0], result->channelIds[1]);
    EXPECT_EQ(result->channelIds[3], result->channelIds[5]);

    int meters = 0;
    for (std::size_t b = 0; b < m_scenario.buses.size(); ++b) {
        const BusSpec& spec = m_scenario.buses[b];
        EXPECT_EQ(config.busName(result->busIds[b]), spec.name);
        // The channel the caller points at its TCP server (the port still open), or the DTU that
        // dials in; the bus's baud either way.
        const auto channel = std::find_if(channels.begin(), channels.end(),
                                          [&](const auto& c) { return c.id == result->channelIds[b]; });
        ASSERT_NE(channel, channels.end());
        const auto settings = station::ChannelSettings::fromJson(channel->kind, channel->settingsJson);
        ASSERT_TRUE(std::holds_alternative<station::ChannelSettings>(settings))
            << channel->settingsJson.data();
        const auto& s = std::get<station::ChannelSettings>(settings);
        EXPECT_EQ(s.serial.baud, int(spec.config.baud));
        if (spec.dtu) {
            EXPECT_EQ(channel->kind, QStringLiteral("dtu"));
            EXPECT_EQ(s.kind, station::ChannelSettings::Kind::Dtu);
            EXPECT_EQ(s.dtuId, spec.dtu->id);
            EXPECT_EQ(s.dtuIdHex, spec.dtu->idHex);
            EXPECT_EQ(s.dtuFraming, spec.dtu->framing);
            EXPECT_EQ(s.validate(), QString());
        } else {
            EXPECT_EQ(s.kind, station::ChannelSettings::Kind::Tcp);
            EXPECT_EQ(s.tcp.host, QStringLiteral("127.0.0.1"));
            EXPECT_EQ(s.tcp.port, 0);
        }

        std::set<QString> expected;
        for (const auto& m : spec.meters) {
            ++meters;
            expected.insert(meterNumber(m));
            const auto stored = meter(meterNumber(m));
            ASSERT_TRUE(stored) << meterNumber(m).toStdString();
            EXPECT_EQ(stored->busId, result->busIds[b]);
            if (const auto* mb = std::get_if<MbusMeterSpec>(&m)) {
                EXPECT_EQ(stored->protocol, QStringLiteral("mbus"));
                EXPECT_EQ(stored->primaryAddress, mb->config.primaryAddress);
                EXPECT_EQ(stored->secondaryAddress.left(8), meterNumber(m)); // ID, then manufacturer
                EXPECT_EQ(stored->modelProfile.toStdString(), layoutName(mb->config.layout));
            } else {
                EXPECT_EQ(stored->protocol, QStringLiteral("cjt188"));
                EXPECT_FALSE(stored->primaryAddress);
                EXPECT_EQ(stored->modelProfile, QStringLiteral("default"));
            }
        }
        EXPECT_EQ(numbersByBus[result->busIds[b]], expected) << spec.name.toStdString();
    }
    EXPECT_EQ(result->totals.meters, meters);
    EXPECT_EQ(result->totals.heatUsers, meters);

    const auto one = meter(QStringLiteral("26010001"));
    ASSERT_TRUE(one);
    EXPECT_EQ(one->secondaryAddress, QStringLiteral("26010001A7320704")); // ID, LUG, version, heat
    store::HeatUserRepository users(m_db);
    const auto first = users.byAccount(QStringLiteral("HD01001"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->building, QStringLiteral("1号楼"));
    EXPECT_EQ(first->community, QStringLiteral("幸福里小区"));
    EXPECT_EQ(first->room, QStringLiteral("101"));
    EXPECT_EQ(first->areaM2, 89.0); // the scenario's area_m2
    EXPECT_FALSE(first->name.isEmpty());
    EXPECT_FALSE(first->name.contains(QStringLiteral("空置")));
    const auto vacant = users.byAccount(QStringLiteral("HD01006")); // 26010006 is vacant
    ASSERT_TRUE(vacant);
    EXPECT_TRUE(vacant->name.contains(QStringLiteral("空置"))) << vacant->name.toStdString();
    EXPECT_EQ(users.assignmentsOf(first->id).size(), 1);
}

TEST_F(ScenarioHistoryTest, EveryMeterHasAReadingEachRoundUntilItsFault) {
    const auto result = generate();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->rounds.count(), 3 * 24);
    EXPECT_EQ(result->rounds.to, result->epoch - kHour);
    std::map<qint64, std::int64_t> counts;
    store::ReadingRepository readings(m_db);
    ASSERT_FALSE(readings.forEach({}, [&](const store::StoredReading& r) {
        ++counts[r.meterId];
        return true;
    }));
    std::int64_t total = 0;
    for (const auto& bus : m_scenario.buses) {
        for (std::size_t i = 0; i < bus.meters.size(); ++i) {
            const auto& spec = bus.meters[i];
            const bool silent = std::visit([](const auto& m) { return m.faults.silent; }, spec);
            const bool broken = silent || bus.config.faults.overload || bus.config.faults.noLoad;
            // Meter i of a bus is read i seconds into each round; a broken one fell silent two days
            // before the epoch.
            std::int64_t expected = 0;
            for (std::int64_t k = 0; k < result->rounds.count(); ++k) {
                const SimSeconds t = result->rounds.from + k * kHour + SimSeconds(i);
                expected += !broken || t <= result->epoch - 2 * kDay;
            }
            const auto stored = meter(meterNumber(spec));
            ASSERT_TRUE(stored);
            EXPECT_EQ(counts[stored->id], expected) << meterNumber(spec).toStdString();
            total += expected;
        }
    }
    EXPECT_EQ(result->totals.readings, total);
    EXPECT_EQ(readings.count(), total);
}

TEST_F(ScenarioHistoryTest, TheLiveBusContinuesTheStoredRegistersAndClocks) {
    const auto result = generate();
    ASSERT_TRUE(result);
    // The demo's live simulation: the same scenario, physics and epoch.
    const HeatingPhysics physics = m_scenario.physics(result->epoch);
    const std::size_t busIndex = 3; // 4号楼: healthy, all four M-Bus layouts and CJ/T 188 meters
    const BusSpec& spec = m_scenario.buses[busIndex];
    auto bus = m_scenario.buildBus(busIndex, physics, result->epoch);
    ASSERT_TRUE(bus);
    const std::map<MbusLayout, double> resolutionKwh{{MbusLayout::LandisGyrT230, 1},
                                                     {MbusLayout::SvmF22, 1},
                                                     {MbusLayout::EngelmannSensoStar2C, 100},
                                                     {MbusLayout::ItronCf55, 10}};
    Micros at = 5'000'000; // the first "Read bus" a few seconds after the demo starts
    int checked = 0;
    for (int i = 0; i < bus->meterCount(); ++i, at += 2'000'000) {
        const auto& meterSpec = spec.meters[std::size_t(i)];
        std::vector<std::uint8_t> raw;
        reading::HeatReading live;
        double resolution = 0.01;
        if (const auto* m = std::get_if<MbusMeterSpec>(&meterSpec)) {
            if (m->config.needsSndNkeAfterPowerUp)
                bus->transmit(mbus::sndNke(m->config.primaryAddress), at - 1'000'000);
            for (const auto& b : bus->transmit(mbus::reqUd2(m->config.primaryAddress, true), at))
                raw.push_back(b.byte);
            mbus::Telegram telegram;
            ASSERT_FALSE(mbus::decodeFrames(raw, telegram)) << i;
            mbus::toHeatReading(telegram, raw, live);
            resolution = resolutionKwh.at(m->config.layout);
        } else {
            const auto& c = std::get<Cjt188MeterSpec>(meterSpec).config;
            cjt188::RequestTarget target;
            target.address = c.address;
            for (const auto& b : bus->transmit(cjt188::readCurrentData(c.profile, target, 1), at))
                raw.push_back(b.byte);
            const auto decoded = cjt188::decodeMessage(raw, c.profile);
            const auto* message = std::get_if<cjt188::Message>(&decoded);
            ASSERT_TRUE(message) << i;
            ASSERT_TRUE(cjt188::toHeatReading(*message, raw, live, c.profile));
        }
        const auto stored = meter(meterNumber(meterSpec));
        ASSERT_TRUE(stored);
        const store::StoredReading last = lastReading(stored->id);
        ASSERT_TRUE(last.values.energyKwh && live.energyKwh && last.values.powerKw && live.powerKw);
        // About an hour lies between the last stored round and the live answer: the register
        // moved on by at most that hour's heat (no flat here draws 15 kW) and one register step.
        const double gained = *live.energyKwh - *last.values.energyKwh;
        EXPECT_GE(gained, 0) << meterNumber(meterSpec).toStdString();
        EXPECT_LE(gained, 15.0 + resolution) << meterNumber(meterSpec).toStdString();
        EXPECT_NEAR(*live.powerKw, *last.values.powerKw, 3.0) << meterNumber(meterSpec).toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 24);

    // The clock offset of 26010007 is in the stored meter time too (Type F: whole minutes).
    const auto late = meter(QStringLiteral("26010007"));
    ASSERT_TRUE(late);
    const auto reading = lastReading(late->id);
    ASSERT_TRUE(reading.values.meterTime);
    const SimSeconds readAt = reading.readAtMs / 1000 + 8 * kHour;
    EXPECT_NEAR(double(secondsFromCivil(*reading.values.meterTime) - readAt), 1260.0, 60.0);
}

TEST_F(ScenarioHistoryTest, DefaultsAreTheNinetyDaysBeforeTheStart) {
    ScenarioHistoryOptions o;
    o.dbPath = m_dir.filePath("season.db");
    // The defaults do not depend on the district: its first line (two buses, one silent meter)
    // keeps 90 days of it short.
    Scenario firstLine = m_scenario;
    firstLine.buses.resize(2);
    const auto result = generateScenarioHistory(firstLine, o, &m_error);
    ASSERT_TRUE(result) << m_error.toStdString();
    EXPECT_EQ(result->rounds.from, *m_scenario.start - 90 * kDay);
    EXPECT_EQ(result->rounds.to, *m_scenario.start - kHour);
    EXPECT_EQ(result->rounds.count(), 90 * 24);
    // Every meter was read for 88 days at least (broken ones fell silent two days ago), none twice.
    EXPECT_GE(result->totals.readings, std::int64_t(result->totals.meters) * 88 * 24);
    EXPECT_LT(result->totals.readings, std::int64_t(result->totals.meters) * 90 * 24);
}

TEST_F(ScenarioHistoryTest, RefusesAnExistingFileAndBadOptions) {
    const SimSeconds epoch = m_scenario.epoch();
    auto refused = [&](ScenarioHistoryOptions o, const char* mention, const Scenario& s) {
        if (o.dbPath.isEmpty())
            o.dbPath = m_dir.filePath("bad.db");
        m_error.clear();
        EXPECT_FALSE(generateScenarioHistory(s, o, &m_error));
        EXPECT_TRUE(m_error.contains(QLatin1String(mention))) << m_error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(m_dir.filePath("bad.db"))) << mention;
    };
    ScenarioHistoryOptions o;
    o.intervalSeconds = 30;
    refused(o, "--interval", m_scenario);
    o = {};
    o.from = epoch - Scenario::kHistorySeconds - kHour; // before the registers' history begins
    refused(o, "--from", m_scenario);
    o = {};
    o.to = epoch; // the last round would overlap the live simulation
    refused(o, "--to", m_scenario);
    o = {};
    o.from = epoch - kDay;
    o.to = epoch - 2 * kDay;
    refused(o, "--to", m_scenario);
    refused({}, "no buses", Scenario{});

    ASSERT_TRUE(generate(QStringLiteral("taken.db")));
    o = {};
    o.dbPath = m_dir.filePath("taken.db");
    m_error.clear();
    EXPECT_FALSE(generateScenarioHistory(m_scenario, o, &m_error));
    EXPECT_TRUE(m_error.contains(QStringLiteral("exists"))) << m_error.toStdString();
}

} // namespace
