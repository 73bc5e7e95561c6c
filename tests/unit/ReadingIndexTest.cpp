// SPDX-License-Identifier: GPL-3.0-or-later
// The reading index (runs and chunks) against a plain model of the same readings: whatever the
// batches, merges and arrival order, charts, boundaries, the tree and exports see every reading
// once, in (time, id) order.
#include "store/ReadingIndex.h"

#include "StoreTestSupport.h"
#include "store/IntegrityCheck.h"

#include <QSqlQuery>
#include <algorithm>
#include <random>

using namespace heatdesk::store;
using storetest::StoreFixture;

namespace {

struct Stored {
    qint64 meterId, readAtMs, id;
    double energyKwh;
};

bool modelBefore(const Stored& a, const Stored& b) {
    return a.readAtMs != b.readAtMs ? a.readAtMs < b.readAtMs : a.id < b.id;
}

class ReadingIndexTest : public StoreFixture, public ::testing::WithParamInterface<bool> {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        heatdesk::store::ConfigRepository config(m_db);
        for (int i = 0; i < 3; ++i) {
            MeterConfig m;
            m.busId = m_busId;
            m.number = QStringLiteral("7654321%1").arg(i);
            m_meters.push_back(*config.addMeter(m));
        }
    }

    void merge() {
        ASSERT_TRUE(m_db.sql().transaction());
        ASSERT_FALSE(mergeTail(m_db.sql(), GetParam()));
        ASSERT_TRUE(m_db.sql().commit());
    }

    std::vector<Stored> modelOf(qint64 meter) const {
        std::vector<Stored> out;
        std::copy_if(m_model.begin(), m_model.end(), std::back_inserter(out),
                     [&](const Stored& s) { return s.meterId == meter; });
        std::sort(out.begin(), out.end(), modelBefore);
        return out;
    }

    std::vector<Stored> m_model;
};

TEST_P(ReadingIndexTest, EveryReaderSeesWhatAPlainModelSees) {
    ReadingRepository readings(m_db);
    readings.setNativeAppend(GetParam());
    std::mt19937 random(20261130);
    auto pick = [&](int below) { return static_cast<int>(random() % static_cast<unsigned>(below)); };
    double energy = 0;
    // 1,500 readings of 6 meters at 80 possible times (so equal times are common), in batches of
    // 1 to 60, arriving in any time order; the tail is merged after some batches.
    while (m_model.size() < 1500) {
        std::vector<NewReading> batch(static_cast<std::size_t>(1 + pick(60)));
        for (NewReading& r : batch)
            r = reading(m_meters[static_cast<std::size_t>(pick(6))], pick(80) * 1000, energy += 1.0);
        QList<qint64> ids;
        ASSERT_FALSE(readings.append(batch, &ids));
        for (std::size_t i = 0; i < batch.size(); ++i)
            m_model.push_back({batch[i].meterId, batch[i].readAtMs, ids[static_cast<qsizetype>(i)],
                               *batch[i].values.energyKwh});
        if (pick(4) == 0)
            merge();
    }

    for (int probe = 0; probe < 60; ++probe) {
        const qint64 meter = m_meters[static_cast<std::size_t>(pick(6))];
        const std::vector<Stored> all = modelOf(meter);
        const qint64 from = pick(85) * 1000 - 500, to = from + pick(40) * 1000;
        const auto history = readings.history(meter, from, to);
        std::vector<Stored> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                     [&](const Stored& s) { return s.readAtMs >= from && s.readAtMs < to; });
        ASSERT_EQ(history.size(), static_cast<qsizetype>(expected.size())) << "meter " << meter;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(history[static_cast<qsizetype>(i)].readAtMs, expected[i].readAtMs);
            EXPECT_EQ(history[static_cast<qsizetype>(i)].energyKwh, expected[i].energyKwh);
        }

        std::vector<qint64> exported;
        ASSERT_FALSE(readings.forEach({meter, from, to}, [&](const StoredReading& r) {
            exported.push_back(r.id);
            return true;
        }));
        std::vector<qint64> expectedIds;
        for (const Stored& s : expected)
            expectedIds.push_back(s.id);
        std::sort(expectedIds.begin(), expectedIds.end());
        EXPECT_EQ(exported, expectedIds);

        // Boundaries at, between and beyond the reading times, on both sides.
        const qint64 at = pick(90) * 500 - 2000;
        for (const bool before : {true, false}) {
            const QList<BoundaryReading> every =
                before ? readings.lastAtOrBefore(at) : readings.firstAtOrAfter(at);
            for (const qint64 m : m_meters) {
                const std::vector<Stored> ofMeter = modelOf(m);
                std::optional<Stored> nearest;
                for (const Stored& s : ofMeter)
                    if (before ? s.readAtMs <= at : s.readAtMs >= at)
                        if (!nearest || (before ? modelBefore(*nearest, s) : modelBefore(s, *nearest)))
                            nearest = s;
                const auto found = std::find_if(every.begin(), every.end(),
                                                [&](const BoundaryReading& b) { return b.meterId == m; });
                const std::optional<BoundaryReading> one = readings.boundaryFor(m, at, before);
                if (!nearest) {
                    EXPECT_EQ(found, every.end());
                    EXPECT_FALSE(one);
                    continue;
                }
                ASSERT_NE(found, every.end()) << "meter " << m << " at " << at;
                EXPECT_EQ(found->readingId, nearest->id)
                    << "meter " << m << " at " << at << " before " << before;
                EXPECT_EQ(found->energyKwh, nearest->energyKwh);
                ASSERT_TRUE(one);
                EXPECT_EQ(one->readingId, nearest->id);
            }
        }
    }

    ConfigRepository config(m_db);
    for (const TreeRow& row : config.tree()) {
        const std::vector<Stored> all = modelOf(row.meterId);
        ASSERT_FALSE(all.empty());
        EXPECT_EQ(row.lastReadAtMs, all.back().readAtMs);
        EXPECT_EQ(row.lastEnergyKwh, all.back().energyKwh);
    }
    const CheckReport report = checkDatabase(m_db);
    EXPECT_TRUE(report.ok()) << report.problems.join("; ").toStdString();
    EXPECT_EQ(report.readings, static_cast<qint64>(m_model.size()));
}

INSTANTIATE_TEST_SUITE_P(NativeAndQt, ReadingIndexTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& param) {
                             return param.param ? "Native" : "Qt";
                         });

TEST_F(StoreFixture, TheTailIsMergedOnceItHoldsAMergesWorthOfReadings) {
    ReadingRepository readings(m_db);
    std::vector<NewReading> batch;
    const qint64 perBatch = kMergeReadings / 4;
    QSqlQuery q(m_db.sql());
    qint64 ofSecondMeter = 0;
    for (int b = 0; b < 4; ++b) {
        batch.clear();
        for (qint64 i = 0; i < perBatch; ++i) {
            batch.push_back(
                reading(m_meters[static_cast<std::size_t>(i % 3)], (b * perBatch + i) * 1000, 1.0));
            ofSecondMeter += i % 3 == 1 ? 1 : 0;
        }
        ASSERT_FALSE(readings.append(batch));
        ASSERT_TRUE(q.exec("SELECT COUNT(*) FROM reading_runs") && q.next());
        EXPECT_EQ(q.value(0).toInt(), b < 3 ? 3 * (b + 1) : 0) << "after batch " << b;
        q.finish();
    }
    // One chunk per meter per 1,024 points.
    ASSERT_TRUE(q.exec("SELECT COUNT(*), SUM(count), MAX(count) FROM reading_chunks") && q.next());
    EXPECT_EQ(q.value(1).toLongLong(), kMergeReadings);
    EXPECT_EQ(q.value(2).toInt(), 1024);
    q.finish();
    EXPECT_EQ(readings.history(m_meters[1], 0, kMergeReadings * 1000).size(), ofSecondMeter);
    EXPECT_TRUE(checkDatabase(m_db).ok());
}

TEST_F(StoreFixture, CheckFindsADamagedOrMissingChunk) {
    ReadingRepository readings(m_db);
    std::vector<NewReading> batch;
    for (int i = 0; i < 6; ++i)
        batch.push_back(reading(m_meters[static_cast<std::size_t>(i % 3)], i * 1000, 1.0 + i));
    ASSERT_FALSE(readings.append(batch));
    ASSERT_TRUE(m_db.sql().transaction());
    ASSERT_FALSE(mergeTail(m_db.sql()));
    ASSERT_TRUE(m_db.sql().commit());
    EXPECT_TRUE(checkDatabase(m_db).ok());

    QSqlQuery q(m_db.sql());
    ASSERT_TRUE(q.exec("DROP TRIGGER reading_chunks_no_update"));
    ASSERT_TRUE(q.exec("UPDATE reading_chunks SET points = x'0102' WHERE meter_id = " +
                       QString::number(m_meters[0])));
    CheckReport report = checkDatabase(m_db);
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems.join("\n").contains("damaged")) << report.problems.join("; ").toStdString();
    EXPECT_TRUE(report.problems.join("\n").contains("reading_chunks_no_update"));
    StoreError error;
    readings.history(m_meters[0], 0, 10'000, &error);
    EXPECT_EQ(error.code, StoreError::Code::Corrupt);

    ASSERT_TRUE(q.exec("DROP TRIGGER reading_chunks_no_delete"));
    // The damaged chunk removed: its readings are then missing from the index.
    ASSERT_TRUE(q.exec("DELETE FROM reading_chunks WHERE meter_id = " + QString::number(m_meters[0])));
    report = checkDatabase(m_db);
    EXPECT_TRUE(report.problems.join("\n").contains("does not match the readings"))
        << report.problems.join("; ").toStdString();
}

} // namespace
