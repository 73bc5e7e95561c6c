// SPDX-License-Identifier: GPL-3.0-or-later
// seed-db's generator: a small season written through core/store, every raw frame a real
// simulated telegram that decodes to the stored values.
#include "cjt188/Message.h"
#include "mbus/Telegram.h"
#include "sim/HistoryGenerator.h"
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"
#include "store/ReadingRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>

namespace {

using namespace heatdesk;

sim::HistoryOptions smallSeason(const QString& path) {
    sim::HistoryOptions o;
    o.dbPath = path;
    o.buses = 4; // the fourth carries CJ/T 188 meters
    o.metersPerBus = 6;
    o.from = *sim::parseCivil("2025-12-01");
    o.to = *sim::parseCivil("2025-12-03");
    o.intervalSeconds = 3600;
    o.seed = 9;
    return o;
}

TEST(SimHistory, WritesASoundDatabaseWithDecodableMonotonicReadings) {
    QTemporaryDir dir;
    const QString path = dir.filePath("season.db");
    QString error;
    const auto result = sim::generateHistory(smallSeason(path), &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->meters, 24);
    EXPECT_EQ(result->heatUsers, 24);
    EXPECT_EQ(result->readings, 24 * 49);

    store::Database db;
    ASSERT_FALSE(db.open(path));
    EXPECT_TRUE(store::checkDatabase(db).ok());
    store::ReadingRepository readings(db);
    EXPECT_EQ(readings.count(), 24 * 49);
    std::map<qint64, double> lastEnergy;
    std::map<qint64, qint64> lastAt;
    int mbusCount = 0, cjtCount = 0;
    mbus::Telegram telegram;
    ASSERT_FALSE(readings.forEach({}, [&](const store::StoredReading& r) {
        EXPECT_TRUE(r.values.energyKwh);
        const double e = r.values.energyKwh.value_or(0);
        if (lastEnergy.count(r.meterId)) {
            EXPECT_GE(e, lastEnergy[r.meterId]);
            EXPECT_EQ(r.readAtMs - lastAt[r.meterId], 3600000);
        }
        lastEnergy[r.meterId] = e;
        lastAt[r.meterId] = r.readAtMs;
        const auto& raw = r.values.rawFrames;
        if (r.protocol == "mbus") {
            ++mbusCount;
            EXPECT_FALSE(mbus::decodeFrames(raw, telegram));
        } else {
            ++cjtCount;
            EXPECT_TRUE(std::holds_alternative<cjt188::Message>(cjt188::decodeMessage(raw)));
        }
        return true;
    }));
    EXPECT_EQ(mbusCount, 18 * 49);
    EXPECT_EQ(cjtCount, 6 * 49);
    // 2025-12-01 00:00 in China is 2025-11-30 16:00 UTC.
    EXPECT_EQ(lastAt.begin()->second - 48 * 3600000LL, 1764518400000LL);
}

TEST(SimHistory, SameSeedSameReadings) {
    QTemporaryDir dir;
    QString error;
    auto a = smallSeason(dir.filePath("a.db"));
    auto b = smallSeason(dir.filePath("b.db"));
    ASSERT_TRUE(sim::generateHistory(a, &error));
    ASSERT_TRUE(sim::generateHistory(b, &error));
    auto frames = [](const QString& path) {
        store::Database db;
        EXPECT_FALSE(db.open(path));
        std::vector<std::vector<std::uint8_t>> out;
        store::ReadingRepository(db).forEach({}, [&](const store::StoredReading& r) {
            out.push_back(r.values.rawFrames);
            return true;
        });
        return out;
    };
    EXPECT_EQ(frames(a.dbPath), frames(b.dbPath));
}

TEST(SimHistory, RefusesBadOptionsAndExistingFiles) {
    QTemporaryDir dir;
    QString error;
    auto o = smallSeason(dir.filePath("x.db"));
    o.metersPerBus = 251;
    EXPECT_FALSE(sim::generateHistory(o, &error));
    EXPECT_TRUE(error.contains("meters-per-bus"));
    o = smallSeason(dir.filePath("x.db"));
    o.to = o.from;
    EXPECT_FALSE(sim::generateHistory(o, &error));
    o = smallSeason(dir.filePath("x.db"));
    ASSERT_TRUE(sim::generateHistory(o, &error));
    EXPECT_FALSE(sim::generateHistory(o, &error));
    EXPECT_TRUE(error.contains("exists"));
}

TEST(SimHistory, IntervalTexts) {
    EXPECT_EQ(sim::parseInterval("1h"), 3600);
    EXPECT_EQ(sim::parseInterval("15m"), 900);
    EXPECT_EQ(sim::parseInterval("1d"), 86400);
    EXPECT_EQ(sim::parseInterval("90"), 90);
    EXPECT_FALSE(sim::parseInterval("0h"));
    EXPECT_FALSE(sim::parseInterval("h"));
    EXPECT_FALSE(sim::parseInterval("-1h"));
    EXPECT_FALSE(sim::parseInterval(""));
    EXPECT_FALSE(sim::parseInterval("1y"));
}

} // namespace
