// SPDX-License-Identifier: GPL-3.0-or-later
// Storage figures the workstation depends on (issue: storage). Builds a database in
// $HEATDESK_BENCH_DIR (default: the system temp folder) once, then measures:
//  - append: readings per second in batches, into the already-large database, merges and
//    checkpoints included;
//  - history: 5 years of hourly readings of one meter (43,800 rows) for a chart;
//  - month boundary: the last reading before a boundary for every meter;
//  - tree: every meter with its latest reading.
// Size with HEATDESK_BENCH_METERS (default 2,000) and HEATDESK_BENCH_READINGS_PER_METER
// (default 500; 5,000 gives the 10 million readings of the issue). The file is deleted at exit
// unless HEATDESK_BENCH_KEEP=1.
#include "store/ConfigRepository.h"
#include "store/Database.h"
#include "store/ReadingIndex.h"
#include "store/ReadingRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

using namespace heatdesk::store;

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'600'000'000'000; // 2020-09-13
constexpr int kHistoryReadings = 5 * 8760;   // 5 years hourly, one meter

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

NewReading makeReading(qint64 meter, qint64 at, double kwh) {
    NewReading r;
    r.meterId = meter;
    r.readAtMs = at;
    r.values.energyKwh = kwh;
    r.values.volumeM3 = kwh / 50.0;
    r.values.powerKw = 3.5;
    r.values.flowM3h = 0.12;
    r.values.supplyC = 62.5;
    r.values.returnC = 41.25;
    r.values.deltaK = 21.25;
    r.values.meterTime = heatdesk::reading::MeterTime{2026, 1, 31, 23, 0, 0};
    // A typical 98-byte heat-meter answer.
    r.values.rawFrames.assign(98, 0x5A);
    r.values.rawFrames.front() = 0x68;
    r.values.rawFrames.back() = 0x16;
    return r;
}

struct Dataset {
    QString path;
    std::unique_ptr<Database> db;
    std::vector<qint64> meters;
    qint64 historyMeter = 0;
    qint64 rows = 0;
    double buildSeconds = 0;
};

Dataset& dataset() {
    static Dataset instance = [] {
        Dataset d;
        const QString dir = qEnvironmentVariable("HEATDESK_BENCH_DIR", QDir::tempPath());
        d.path = QDir(dir).filePath(
            QStringLiteral("heatdesk-bench-%1.db").arg(QCoreApplication::applicationPid()));
        d.db = std::make_unique<Database>();
        if (auto e = d.db->open(d.path, Database::Mode::ReadWrite, Database::Create::IfMissing)) {
            std::fprintf(stderr, "%s\n", qPrintable(e->message));
            std::exit(1);
        }
        ConfigRepository config(*d.db);
        const qint64 channel = *config.addChannel(*config.addSite("Bench"), "COM1", "serial");
        const int meterCount = envInt("HEATDESK_BENCH_METERS", 2000);
        const int perMeter = envInt("HEATDESK_BENCH_READINGS_PER_METER", 500);
        qint64 bus = 0;
        // One transaction for the configuration: 100,000 meters are not 100,000 synced commits.
        d.db->sql().transaction();
        for (int m = 0; m < meterCount; ++m) {
            if (m % 250 == 0)
                bus = *config.addBus(channel, QStringLiteral("Bus %1").arg(m / 250));
            MeterConfig meter;
            meter.busId = bus;
            meter.number = QString::asprintf("%08d", m);
            meter.primaryAddress = m % 250 + 1;
            d.meters.push_back(*config.addMeter(meter));
        }
        d.db->sql().commit();
        QElapsedTimer timer;
        timer.start();
        ReadingRepository readings(*d.db);
        std::vector<NewReading> batch;
        batch.reserve(10'000);
        auto flush = [&] {
            if (auto e = readings.append(batch)) {
                std::fprintf(stderr, "%s\n", qPrintable(e->message));
                std::exit(1);
            }
            d.rows += static_cast<qint64>(batch.size());
            batch.clear();
        };
        // The history meter's extra years first, so that the round-robin readings after them
        // merge them into chunks, as years-old readings are: otherwise the chart would read 38,800
        // of its rows from the unmerged tail (about 15 ms instead of 2) whenever no append
        // benchmark had run before it.
        d.historyMeter = d.meters.front();
        for (int k = perMeter; k < kHistoryReadings; ++k) {
            batch.push_back(makeReading(d.historyMeter, kStart + k * kHour, 1000.0 + k));
            if (batch.size() == 10'000)
                flush();
        }
        flush();
        // Round-robin in time, as a bus engine writes them: every meter once per "hour".
        for (int k = 0; k < perMeter; ++k) {
            for (qint64 meter : d.meters) {
                batch.push_back(makeReading(meter, kStart + k * kHour, 1000.0 + k));
                if (batch.size() == 10'000)
                    flush();
            }
        }
        flush();
        d.buildSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        // The measurements start from a settled file: the WAL copied into the database and both
        // on disk. Otherwise the first append's checkpoint would also wait for the page cache to
        // write back the gigabytes the build left dirty.
        QSqlQuery settle(d.db->sql());
        if (!settle.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            std::fprintf(stderr, "%s\n", qPrintable(settle.lastError().text()));
            std::exit(1);
        }
        const double megabytes = static_cast<double>(QFileInfo(d.path).size()) / 1e6;
        std::fprintf(stderr,
                     "dataset: %d meters, %lld readings, built in %.1f s (%.0f readings/s), file %.1f MB "
                     "(%.1f MB per million readings)\n",
                     meterCount, static_cast<long long>(d.rows), d.buildSeconds,
                     static_cast<double>(d.rows) / d.buildSeconds, megabytes,
                     megabytes / (static_cast<double>(d.rows) / 1e6));
        return d;
    }();
    return instance;
}

void BM_AppendBatch(benchmark::State& state) {
    Dataset& d = dataset();
    ReadingRepository readings(*d.db);
    // Each iteration appends four merges' worth of readings (about 300 MB with the merges, one WAL
    // checkpoint's worth), so the figure includes the merges of the tail into chunks and the
    // checkpoints in their usual proportion, not one batch's luck.
    const auto batchSize = static_cast<std::size_t>(state.range(0));
    const std::size_t perIteration = 4 * kMergeReadings;
    std::vector<std::vector<NewReading>> batches;
    qint64 hour = 1'000'000;
    for (auto _ : state) {
        state.PauseTiming();
        batches.clear();
        for (std::size_t made = 0; made < perIteration;) {
            std::vector<NewReading>& batch = batches.emplace_back();
            for (std::size_t i = 0; i < batchSize && made < perIteration; ++i, ++made)
                batch.push_back(
                    makeReading(d.meters[made % d.meters.size()],
                                kStart + (hour + static_cast<qint64>(made / d.meters.size())) * kHour, 5.0));
        }
        hour += static_cast<qint64>(perIteration / d.meters.size()) + 1;
        state.ResumeTiming();
        for (const std::vector<NewReading>& batch : batches)
            if (auto e = readings.append(batch))
                state.SkipWithError(qPrintable(e->message));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<qint64>(perIteration));
}
// 100,000: what ReadingWriter gathers in its second when readings arrive at that rate or faster.
BENCHMARK(BM_AppendBatch)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_History5YearsHourly(benchmark::State& state) {
    Dataset& d = dataset();
    ReadingRepository readings(*d.db);
    for (auto _ : state) {
        const auto points = readings.history(d.historyMeter, kStart, kStart + kHistoryReadings * kHour);
        if (points.size() != kHistoryReadings)
            state.SkipWithError("history has the wrong size");
        benchmark::DoNotOptimize(points.data());
    }
    state.counters["rows"] = kHistoryReadings;
}
BENCHMARK(BM_History5YearsHourly)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MonthBoundaryAllMeters(benchmark::State& state) {
    Dataset& d = dataset();
    ReadingRepository readings(*d.db);
    for (auto _ : state) {
        const auto boundary = readings.lastAtOrBefore(kStart + 200 * kHour);
        benchmark::DoNotOptimize(boundary.data());
        state.counters["meters"] = static_cast<double>(boundary.size());
    }
}
BENCHMARK(BM_MonthBoundaryAllMeters)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TreeWithLatestReading(benchmark::State& state) {
    Dataset& d = dataset();
    ConfigRepository config(*d.db);
    for (auto _ : state) {
        const auto rows = config.tree();
        benchmark::DoNotOptimize(rows.data());
        state.counters["meters"] = static_cast<double>(rows.size());
    }
}
BENCHMARK(BM_TreeWithLatestReading)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (qEnvironmentVariableIntValue("HEATDESK_BENCH_KEEP") != 1) {
        const QString path = dataset().path;
        dataset().db->close();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return 0;
}
