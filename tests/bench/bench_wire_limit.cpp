// SPDX-License-Identifier: GPL-3.0-or-later
// How fast, measured (issue 6): the bus engine against the wire limit. A simulated bus paced at
// the real baud rate (the measuring stick: never faster than the wire) is read, primary-scanned
// and secondary-scanned through a BusEngine over TCP (TcpBusServer) and over a pseudo terminal
// (PtyBusServer, SerialLink without parity). The wire limit is counted from the bytes that
// actually went to and came from the line: 11 bits per character both ways, plus the answering
// meter's configured response delay for every answer, plus 330 bit times + 50 ms for every request
// nobody answered. A last scenario reads a bus with a 1e-4 bit error rate 10,000 times and checks
// every accepted value against the simulated meter's truth (faults-noparity: the same with a
// receiver that hands on characters with parity errors). Not a ctest: the default run takes
// under five minutes. `bench_wire_limit --help` lists the options.
#include "../unit/SimTestSupport.h"
#include "bus/BusEngine.h"
#include "link/SerialLink.h"
#include "link/TcpLink.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "sim/PtyBusServer.h"
#include "sim/SimulatedBus.h"
#include "sim/TcpBusServer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using namespace heatdesk;
using std::chrono::milliseconds;

bool g_trace = false; // --trace: every traffic record on stderr

enum class Transport : std::uint8_t { Tcp, Pty };

struct MeterSpec {
    sim::MbusLayout layout = sim::MbusLayout::LandisGyrT230;
    std::uint8_t primary = 0;
    std::uint32_t idBcd = 0;
    int responseDelayMs = 30;
};

constexpr sim::MbusLayout kLayouts[] = {sim::MbusLayout::LandisGyrT230, sim::MbusLayout::EngelmannSensoStar2C,
                                        sim::MbusLayout::SvmF22, sim::MbusLayout::ItronCf55};

// `count` heat meters of the four layouts in turn (every fourth an SVM F22 with two telegrams),
// at primary addresses first, first+step, …, with response delays spread over 20..95 ms.
std::vector<MeterSpec> heatMeters(int count, int first = 1, int step = 1) {
    std::vector<MeterSpec> out;
    for (int i = 0; i < count; ++i)
        out.push_back({kLayouts[i % 4], static_cast<std::uint8_t>(first + i * step),
                       0x26000000u + static_cast<std::uint32_t>(0x100 * (i / 10) + 0x10 * (i % 10) + 1),
                       20 + 25 * (i % 4)});
    return out;
}

// One request on the line and what came back before the next one.
struct Exchange {
    std::size_t sent = 0;
    std::size_t received = 0;
    std::optional<std::uint8_t> primary; // A field of a request to a primary address
};

struct RunFigures {
    double measuredMs = 0;
    double wireMs = 0;
    int ok = 0;
    int failed = 0;
    int found = 0;
    int retries = 0;
};

// A simulated bus behind one transport with a BusEngine in front: the engine as the workstation
// runs it, with no latency allowance (the simulator hands bytes over at their wire instants).
class WireBench {
public:
    WireBench(Transport transport, const std::vector<MeterSpec>& meters, std::uint32_t baud,
              double realtimeFactor, sim::BusFaults faults = {}, bool receiverChecksParity = true)
        : m_physics(simtest::physics(11))
        , m_bus(simConfig(baud, faults, receiverChecksParity), simtest::at("2026-01-15T09:00"))
        , m_meters(meters)
        , m_realtime(realtimeFactor) {
        for (const auto& spec : meters) {
            sim::MbusMeterConfig c;
            c.layout = spec.layout;
            c.primaryAddress = spec.primary;
            c.idBcd = spec.idBcd;
            c.responseDelayMs = spec.responseDelayMs;
            m_bus.addMbusMeter(c, m_physics);
        }
        m_busClock.start(); // the simulator's bus clock starts with its line, a moment later
        if (transport == Transport::Tcp) {
            m_tcpServer = std::make_unique<sim::TcpBusServer>(m_bus, realtimeFactor);
            m_tcpServer->listen(QHostAddress::LocalHost, 0);
            link::TcpSettings s;
            s.host = QStringLiteral("127.0.0.1");
            s.port = m_tcpServer->serverPort();
            s.reconnect = false;
            m_link = std::make_unique<link::TcpLink>(s);
        } else {
            m_ptyServer = std::make_unique<sim::PtyBusServer>(m_bus, realtimeFactor);
            QString error;
            if (!m_ptyServer->open(&error))
                std::fprintf(stderr, "pseudo terminal: %s\n", qPrintable(error));
            link::SerialSettings s;
            s.port = m_ptyServer->devicePath();
            s.baud = static_cast<qint32>(baud);
            s.parity = QSerialPort::NoParity;
            s.autoReopen = false;
            m_link = std::make_unique<link::SerialLink>(s);
        }
        bus::BusConfig config;
        config.name = QStringLiteral("wire");
        config.baud = baud;
        m_engine = std::make_unique<bus::BusEngine>(m_link.get(), config);
        QObject::connect(
            m_engine.get(), &bus::BusEngine::trafficRecorded, [this](const bus::TrafficRecordPtr& r) {
                if (g_trace)
                    std::fprintf(stderr, "%s\n", qPrintable(bus::traceLine(*r)));
                if (r->kind != bus::TrafficRecord::Kind::Sent)
                    return;
                Exchange e;
                e.sent = static_cast<std::size_t>(r->bytes.size());
                const auto* data = reinterpret_cast<const std::uint8_t*>(r->bytes.constData());
                const auto parsed = mbus::parseFrame({data, e.sent});
                if (const auto* f = std::get_if<mbus::Frame>(&parsed); f && f->a <= mbus::kMaxPrimaryAddress)
                    e.primary = f->a;
                m_exchanges.push_back(e);
            });
        QObject::connect(m_link.get(), &link::Link::bytesReceived, [this](const QByteArray& bytes) {
            if (!m_exchanges.empty())
                m_exchanges.back().received += static_cast<std::size_t>(bytes.size());
        });
        QObject::connect(m_engine.get(), &bus::BusEngine::meterRead, [this](const bus::MeterResult& r) {
            r.ok ? ++m_figures.ok : ++m_figures.failed;
            m_figures.retries += r.retries;
            if (m_onRead)
                m_onRead(r);
        });
        QObject::connect(m_engine.get(), &bus::BusEngine::meterFound,
                         [this](const bus::FoundMeter& m) { m_found.push_back(m); });
    }

    bool open() {
        m_link->open();
        QElapsedTimer clock;
        clock.start();
        while (!(m_link->isOpen() && (!m_tcpServer || m_tcpServer->hasClient())) && clock.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return m_link->isOpen();
    }

    // Runs one job (started by `begin`) to the end and returns its figures.
    RunFigures run(const std::function<bool(bus::BusEngine&)>& begin) {
        m_exchanges.clear();
        m_found.clear();
        m_figures = {};
        QEventLoop loop;
        QObject::connect(m_engine.get(), &bus::BusEngine::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        if (!begin(*m_engine))
            return m_figures;
        loop.exec();
        m_figures.measuredMs = double(clock.nsecsElapsed()) / 1e6;
        m_figures.wireMs = wireLimitMs();
        m_figures.found = static_cast<int>(m_found.size());
        return m_figures;
    }

    void onRead(std::function<void(const bus::MeterResult&)> f) { m_onRead = std::move(f); }
    const std::vector<bus::FoundMeter>& found() const { return m_found; }
    sim::SimulatedBus& bus() { return m_bus; }
    // The simulated instant (seconds) now, as the simulator's line counts it.
    sim::SimSeconds simNow() const {
        return m_bus.wallTime(
            static_cast<sim::Micros>(double(m_busClock.nsecsElapsed()) / 1000.0 * m_realtime));
    }

private:
    static sim::BusConfig simConfig(std::uint32_t baud, sim::BusFaults faults, bool receiverChecksParity) {
        sim::BusConfig c;
        c.baud = baud;
        c.faults = faults;
        c.receiverChecksParity = receiverChecksParity;
        return c;
    }

    // The answer delay the simulator gives the meter at `primary` (all meters' shortest for a
    // selection at FD), clamped to the standard's window as the simulator clamps it.
    double responseDelayMs(std::optional<std::uint8_t> primary) const {
        int delay = 1 << 30;
        for (const auto& m : m_meters)
            if (!primary || m.primary == *primary)
                delay = std::min(delay, m.responseDelayMs);
        const double bitMs = 1000.0 / m_bus.config().baud;
        return std::clamp(double(delay), 11 * bitMs, 330 * bitMs + 50);
    }

    double wireLimitMs() const {
        const double charMs = double(m_bus.characterMicros()) / 1000.0;
        const double silentMs = 330.0 * 1000.0 / m_bus.config().baud + 50.0;
        double total = 0;
        for (const auto& e : m_exchanges) {
            total += double(e.sent) * charMs;
            total += e.received > 0 ? double(e.received) * charMs + responseDelayMs(e.primary) : silentMs;
        }
        return total / m_realtime;
    }

    sim::HeatingPhysics m_physics;
    sim::SimulatedBus m_bus;
    std::vector<MeterSpec> m_meters;
    double m_realtime = 1;
    QElapsedTimer m_busClock;
    std::unique_ptr<sim::TcpBusServer> m_tcpServer;
    std::unique_ptr<sim::PtyBusServer> m_ptyServer;
    std::unique_ptr<link::Link> m_link;
    std::unique_ptr<bus::BusEngine> m_engine;
    std::vector<Exchange> m_exchanges;
    std::vector<bus::FoundMeter> m_found;
    RunFigures m_figures;
    std::function<void(const bus::MeterResult&)> m_onRead;
};

const char* transportName(Transport t) {
    return t == Transport::Tcp ? "tcp" : "pty";
}

struct Row {
    Row(std::string name, std::string via, double ratioTarget)
        : scenario(std::move(name))
        , link(std::move(via))
        , target(ratioTarget) {}
    // A scenario that could not run.
    Row failed(std::string why) && {
        correct = false;
        note = std::move(why);
        return std::move(*this);
    }

    std::string scenario;
    std::string link;
    RunFigures figures;
    double target = 0; // ratio; 0: no ratio target (correctness only)
    bool correct = true;
    std::string note;
};

void printRow(const Row& r) {
    const double ratio = r.figures.wireMs > 0 ? r.figures.measuredMs / r.figures.wireMs : 0;
    const bool pass = r.correct && (r.target == 0 || ratio <= r.target);
    std::printf("%-16s %-4s %10.0f %10.0f %7.3f %7s  %-4s %s\n", r.scenario.c_str(), r.link.c_str(),
                r.figures.measuredMs, r.figures.wireMs, ratio,
                r.target > 0 ? QByteArray::number(r.target, 'f', 2).constData() : "-", pass ? "ok" : "MISS",
                r.note.c_str());
    std::fflush(stdout);
}

std::vector<bus::MeterTarget> primaries(const std::vector<MeterSpec>& meters) {
    std::vector<bus::MeterTarget> targets;
    for (const auto& m : meters) {
        bus::MeterTarget t;
        t.primary = m.primary;
        targets.push_back(t);
    }
    return targets;
}

// Every meter read once, every telegram, by a fresh engine: one SND_NKE per meter.
Row readBus(Transport transport, int count) {
    const auto meters = heatMeters(count);
    WireBench bench(transport, meters, 2400, 1.0);
    Row row("read" + std::to_string(count), transportName(transport), 1.10);
    if (!bench.open())
        return std::move(row).failed("link did not open");
    int telegrams = 0;
    int expected = 0;
    for (const auto& m : meters)
        expected += m.layout == sim::MbusLayout::SvmF22 ? 2 : 1;
    bench.onRead([&](const bus::MeterResult& r) { telegrams += r.telegrams; });
    row.figures = bench.run([&](bus::BusEngine& e) { return e.readMeters(primaries(meters)); });
    row.correct = row.figures.ok == count && telegrams == expected;
    row.note = std::to_string(row.figures.ok) + "/" + std::to_string(count) + " read, " +
               std::to_string(telegrams) + "/" + std::to_string(expected) + " telegrams";
    return row;
}

Row primaryScan(Transport transport) {
    const std::vector<MeterSpec> meters = heatMeters(4, 3, 61); // at 3, 64, 125, 186
    WireBench bench(transport, meters, 2400, 1.0);
    Row row("primary0-250", transportName(transport), 1.15);
    if (!bench.open())
        return std::move(row).failed("link did not open");
    row.figures = bench.run([](bus::BusEngine& e) { return e.scanPrimary(0, 250); });
    int clean = 0;
    for (const auto& f : bench.found())
        clean += f.garbled ? 0 : 1;
    row.correct = clean == 4 && bench.found().size() == 4;
    row.note = std::to_string(clean) + "/4 found";
    return row;
}

// A wildcard search of the whole bus: every meter must be found with its full secondary address.
Row secondaryScan(Transport transport, const std::string& name, const std::vector<MeterSpec>& meters) {
    WireBench bench(transport, meters, 2400, 1.0);
    Row row(name, transportName(transport), 1.30);
    if (!bench.open())
        return std::move(row).failed("link did not open");
    row.figures = bench.run([](bus::BusEngine& e) { return e.scanSecondary(); });
    int matched = 0;
    for (int i = 0; i < static_cast<int>(meters.size()); ++i) {
        const auto address = bench.bus().mbusMeter(i)->secondaryAddress();
        matched += std::any_of(bench.found().begin(), bench.found().end(),
                               [&](const bus::FoundMeter& f) { return f.secondary == address; });
    }
    row.correct = matched == static_cast<int>(meters.size()) && bench.found().size() == meters.size();
    row.note = std::to_string(matched) + "/" + std::to_string(meters.size()) + " found";
    return row;
}

// Ids that share leading digits down to the last one, and a few loners.
std::vector<MeterSpec> collidingIds() {
    const std::uint32_t ids[] = {0x26010001, 0x26010002, 0x26010011, 0x26020001, 0x31000005, 0x44556677};
    std::vector<MeterSpec> meters;
    for (std::size_t i = 0; i < std::size(ids); ++i)
        meters.push_back({kLayouts[i % 4], static_cast<std::uint8_t>(i + 1), ids[i], 30});
    return meters;
}

// Three meters with one id, told apart by medium (04, 0C) and then version (07, 01): 510 more
// selections, two minutes at 2400 Bd, so not in the default run.
std::vector<MeterSpec> sharedIds() {
    return {{sim::MbusLayout::LandisGyrT230, 1, 0x26010001, 30},
            {sim::MbusLayout::EngelmannSensoStar2C, 2, 0x26010001, 30},
            {sim::MbusLayout::SvmF22, 3, 0x26010001, 30},
            {sim::MbusLayout::ItronCf55, 4, 0x26010002, 30}};
}

struct Values {
    std::optional<double> energy;
    std::optional<double> volume;
    friend bool operator==(const Values&, const Values&) = default;
};

Values valuesOf(std::span<const std::uint8_t> raw) {
    mbus::Telegram t;
    if (mbus::decodeFrames(raw, t))
        return {};
    reading::HeatReading r;
    mbus::toHeatReading(t, raw, r);
    return {r.energyKwh, r.volumeM3};
}

// A noisy line: every accepted reading must carry the values the meter had at that instant.
// `checksParity`: the receiving UART drops characters with a parity or framing error, as the
// workstation's serial link has the driver do; without it only the M-Bus checksum guards.
Row faultyLine(Transport transport, int readings, bool checksParity) {
    const auto meters = heatMeters(4);
    sim::BusFaults faults;
    faults.bitErrorRate = 1e-4;
    // Fast enough for 10,000 readings in about a minute: the values, not the speed, are checked.
    constexpr std::uint32_t kBaud = 38400;
    constexpr double kFactor = 50;
    WireBench bench(transport, meters, kBaud, kFactor, faults, checksParity);
    Row row(checksParity ? "ber1e-4" : "ber1e-4-noparity", transportName(transport), 0);
    if (!bench.open())
        return std::move(row).failed("link did not open");
    int done = 0, accepted = 0, wrong = 0, failed = 0, retries = 0;
    sim::SimSeconds runStart = bench.simNow();
    bench.onRead([&](const bus::MeterResult& r) {
        ++done;
        retries += r.retries;
        if (!r.ok) {
            ++failed;
            return;
        }
        ++accepted;
        const auto* data = reinterpret_cast<const std::uint8_t*>(r.raw.constData());
        const Values got = valuesOf({data, static_cast<std::size_t>(r.raw.size())});
        // The telegram was made during this run of the bus: some second in it is the truth.
        sim::SimulatedMbusMeter& meter = *bench.bus().mbusMeter(r.index);
        bool truthful = false;
        for (sim::SimSeconds t = bench.simNow() + 1; !truthful && t >= runStart - 1; --t) {
            const auto truth = meter.readout(t);
            truthful = got.energy && valuesOf(truth) == got;
        }
        if (!truthful) {
            ++wrong;
            const Values truth = valuesOf(meter.readout(bench.simNow()));
            std::fprintf(stderr,
                         "wrong value accepted from meter %d: energy %.3f volume %.3f, truth %.3f %.3f: %s\n",
                         r.index, got.energy.value_or(-1), got.volume.value_or(-1), truth.energy.value_or(-1),
                         truth.volume.value_or(-1), r.raw.toHex(' ').constData());
        }
    });
    QElapsedTimer clock;
    clock.start();
    double wire = 0;
    while (done < readings) {
        runStart = bench.simNow();
        const auto figures = bench.run([&](bus::BusEngine& e) { return e.readMeters(primaries(meters)); });
        wire += figures.wireMs;
    }
    row.figures.measuredMs = double(clock.nsecsElapsed()) / 1e6;
    row.figures.wireMs = wire;
    row.correct = wrong == 0;
    row.note = std::to_string(done) + " readings: " + std::to_string(accepted) + " accepted, " +
               std::to_string(wrong) + " wrong, " + std::to_string(failed) + " failed, " +
               std::to_string(retries) + " retries (" + std::to_string(kBaud) + " Bd x" +
               std::to_string(int(kFactor)) + ")";
    return row;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "The bus engine against the wire limit at 2400 Bd (issue 6). Scenarios: read4, read20, primary, "
        "secondary, faults (default), sharedid, faults-noparity.");
    parser.addHelpOption();
    parser.addOption({"scenario",
                      "Run only these (comma separated): read4, read20, primary, secondary, faults; "
                      "sharedid (three meters with one id) and faults-noparity (a receiver that does not "
                      "check parity) are not in the default run.",
                      "names"});
    parser.addOption(
        {"link", "Only this transport: tcp or pty (faults runs over the first: tcp by default).", "link"});
    parser.addOption({"readings", "Readings in the faults scenario (default 10000).", "n", "10000"});
    parser.addOption({"trace", "Every frame, timeout and retry on stderr."});
    parser.process(app);
    g_trace = parser.isSet("trace");

    const QStringList all = {"read4",  "read20",   "primary",        "secondary",
                             "faults", "sharedid", "faults-noparity"};
    const QStringList wanted = parser.isSet("scenario") ? parser.value("scenario").split(',') : all.mid(0, 5);
    std::vector<Transport> transports;
    for (Transport t : {Transport::Tcp, Transport::Pty})
        if (!parser.isSet("link") || parser.value("link") == transportName(t))
            transports.push_back(t);

    std::printf("%-16s %-4s %10s %10s %7s %7s  %-4s %s\n", "scenario", "link", "measured_ms", "wire_ms",
                "ratio", "target", "", "check");
    bool allPass = true;
    auto report = [&](const Row& r) {
        printRow(r);
        const double ratio = r.figures.wireMs > 0 ? r.figures.measuredMs / r.figures.wireMs : 0;
        allPass = allPass && r.correct && (r.target == 0 || ratio <= r.target);
    };
    for (const QString& name : wanted) {
        if (!all.contains(name)) {
            std::fprintf(stderr, "unknown scenario %s\n", qPrintable(name));
            return 1;
        }
        if (name == "faults" || name == "faults-noparity") { // one transport: values, not speed
            report(faultyLine(transports.front(), parser.value("readings").toInt(), name == "faults"));
            continue;
        }
        for (Transport t : transports) {
            if (name == "read4")
                report(readBus(t, 4));
            else if (name == "read20")
                report(readBus(t, 20));
            else if (name == "primary")
                report(primaryScan(t));
            else if (name == "secondary")
                report(secondaryScan(t, "secondary", collidingIds()));
            else if (name == "sharedid")
                report(secondaryScan(t, "sharedid", sharedIds()));
        }
    }
    return allPass ? 0 : 2;
}
