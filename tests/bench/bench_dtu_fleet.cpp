// SPDX-License-Identifier: GPL-3.0-or-later
// Many GPRS DTUs at once (issue 6): N simulated DTUs, each with a bus of two heat meters at
// 2400 Bd in real time, dial in to one DtuServer; one BusEngine per DTU reads both meters.
// Reports per N: the wall time of the read (from all dialled in to all read), meters read, resident
// memory and the longest event-loop stall. readBehindDtus runs the DTUs in this process, so the
// simulator's pacing (a timer per reply character on 1,000 buses) loads the same loop as the
// server and engines; readBehindDtusInChildSim dials them in from a heatdesk-sim child process,
// as in the field, so its stall and memory are the workstation's alone. Not a ctest: 1,000 DTUs
// take several seconds.
#include "../unit/QtEventLoop.h"
#include "../unit/SimTestSupport.h"
#include "bus/BusEngine.h"
#include "link/DtuLink.h"
#include "link/DtuServer.h"
#include "sim/DtuClient.h"
#include "sim/SimulatedBus.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

namespace {

using namespace heatdesk;

double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

// The longest gap between ticks of a 10 ms timer: how long the loop was kept from other work,
// and when (ms after the watch started) that gap ended.
class StallWatch {
public:
    StallWatch() {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_tick.restart() - 10;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndedAt = m_since.elapsed();
            }
        });
        m_tick.start();
        m_since.start();
        m_timer.start();
    }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }
    [[nodiscard]] qint64 longestEndedAtMs() const { return m_longestEndedAt; }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_longestEndedAt = 0;
};

// Reads meters 1 and 2 behind every DTU connected to the server; fills the state's counters.
void readEveryDtu(benchmark::State& state, link::DtuServer& server, int count) {
    std::vector<std::unique_ptr<link::DtuLink>> links;
    std::vector<std::unique_ptr<bus::BusEngine>> engines;
    int read = 0;
    int finished = 0;
    for (const QString& id : server.connectedIds()) {
        links.push_back(std::make_unique<link::DtuLink>(server, id));
        links.back()->open();
        engines.push_back(std::make_unique<bus::BusEngine>(links.back().get(), bus::BusConfig{}));
        QObject::connect(engines.back().get(), &bus::BusEngine::meterRead,
                         [&](const bus::MeterResult& r) { read += r.ok ? 1 : 0; });
        QObject::connect(engines.back().get(), &bus::BusEngine::finished, [&] { ++finished; });
    }
    StallWatch stalls;
    QElapsedTimer clock;
    clock.start();
    for (auto& engine : engines) {
        bus::MeterTarget first, second;
        first.primary = 1;
        second.primary = 2;
        engine->readMeters({first, second});
    }
    (void)QTest::qWaitFor([&] { return finished == count; }, 300000);
    state.SetIterationTime(double(clock.elapsed()) / 1000.0);
    state.counters["meters_read"] = read;
    state.counters["meters_asked"] = 2.0 * count;
    state.counters["rss_mb"] = residentMb();
    state.counters["max_stall_ms"] = double(stalls.longestMs());
    state.counters["stall_end_ms"] = double(stalls.longestEndedAtMs());
}

link::DtuServerSettings anyDtu() {
    link::DtuServerSettings settings;
    settings.acceptUnknown = true;
    return settings;
}

void readBehindDtus(benchmark::State& state) {
    testqt::ensureApp();
    const int count = static_cast<int>(state.range(0));
    const sim::HeatingPhysics physics = simtest::physics(6);
    for (auto _ : state) {
        link::DtuServer server(anyDtu());
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            state.SkipWithError("cannot listen");
            return;
        }
        std::vector<std::unique_ptr<sim::SimulatedBus>> buses;
        std::vector<std::unique_ptr<sim::DtuClient>> dtus;
        for (int i = 0; i < count; ++i) {
            buses.push_back(
                std::make_unique<sim::SimulatedBus>(sim::BusConfig{}, simtest::at("2026-01-15T09:00")));
            for (std::uint8_t a = 1; a <= 2; ++a) {
                sim::MbusMeterConfig meter;
                meter.primaryAddress = a;
                meter.idBcd = 0x26000000u + std::uint32_t(i) * 4 + a;
                buses.back()->addMbusMeter(meter, physics);
            }
            sim::DtuConfig c;
            c.port = server.serverPort();
            c.registration = QByteArray::number(860000000000000LL + i);
            c.seed = std::uint64_t(i) + 1;
            dtus.push_back(std::make_unique<sim::DtuClient>(c, *buses.back()));
            dtus.back()->start();
        }
        if (!QTest::qWaitFor([&] { return server.connectedIds().size() == count; }, 120000)) {
            state.SkipWithError("not every DTU dialled in");
            return;
        }
        readEveryDtu(state, server, count);
    }
}

void readBehindDtusInChildSim(benchmark::State& state) {
    testqt::ensureApp();
    const int count = static_cast<int>(state.range(0));
    for (auto _ : state) {
        link::DtuServer server(anyDtu());
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            state.SkipWithError("cannot listen");
            return;
        }
        QProcess sim;
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(QStringLiteral(HEATDESK_SIM_EXE),
                  {QStringLiteral("--scenario"),
                   QStringLiteral(HEATDESK_TEST_DATA_DIR "/sim/two-meter-bus.json"),
                   QStringLiteral("--dtu-connect"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                   QStringLiteral("--dtus"), QString::number(count)});
        if (!sim.waitForStarted(10000)) {
            state.SkipWithError("cannot start heatdesk-sim");
            return;
        }
        const bool dialledIn = QTest::qWaitFor([&] { return server.connectedIds().size() == count; }, 120000);
        if (dialledIn)
            readEveryDtu(state, server, count);
        else
            state.SkipWithError("not every DTU dialled in");
        sim.kill();
        sim.waitForFinished(10000);
    }
}

} // namespace

BENCHMARK(readBehindDtus)
    ->Arg(1)
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK(readBehindDtusInChildSim)
    ->Arg(1)
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
