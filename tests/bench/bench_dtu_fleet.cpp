// SPDX-License-Identifier: GPL-3.0-or-later
// Many GPRS DTUs at once (issue 6): N simulated DTUs, each with a bus of two heat meters at
// 2400 Bd in real time, dial in to one DtuServer; one BusEngine per DTU reads both meters.
// Reports per N: the wall time of the read (from all dialled in to all read), meters read, resident
// memory and the longest event-loop stall. DTUs and server share this process's one loop, so
// the simulator's pacing costs are in the figures too (heatdesk-sim --dtu-connect in a second
// process separates them; see the README). Not a ctest: 1,000 DTUs take several seconds.
#include "../unit/QtEventLoop.h"
#include "../unit/SimTestSupport.h"
#include "bus/BusEngine.h"
#include "link/DtuLink.h"
#include "link/DtuServer.h"
#include "sim/DtuClient.h"
#include "sim/SimulatedBus.h"

#include <QElapsedTimer>
#include <QFile>
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

// The longest gap between ticks of a 10 ms timer: how long the loop was kept from other work.
class StallWatch {
public:
    StallWatch() {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart() - 10); });
        m_clock.start();
        m_timer.start();
    }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void readBehindDtus(benchmark::State& state) {
    testqt::ensureApp();
    const int count = static_cast<int>(state.range(0));
    const sim::HeatingPhysics physics = simtest::physics(6);
    for (auto _ : state) {
        link::DtuServerSettings settings;
        settings.acceptUnknown = true;
        link::DtuServer server(settings);
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
        engines.clear();
        links.clear();
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

BENCHMARK_MAIN();
