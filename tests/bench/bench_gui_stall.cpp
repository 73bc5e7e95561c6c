// SPDX-License-Identifier: GPL-3.0-or-later
// "Never freeze" (issue 8), measured: the workstation window reads 10 simulated buses at once at
// the real baud rate while the history view loads and draws a 5-year hourly history, and a stall
// meter on the GUI thread records the longest time the event loop could not run.
// Usage: bench_gui_stall [--meters-per-bus N] [--baud B] [--no-history] [--no-read]
// (QT_QPA_PLATFORM=offscreen works)
#include "BenchOptions.h"
#include "SimulatedBuses.h"
#include "history/HistoryView.h"
#include "main/Language.h"
#include "main/MainWindow.h"
#include "main/StallMeter.h"
#include "sim/HistoryGenerator.h"
#include "store/ReadingRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace heatdesk;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HeatDesk-bench"));
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        return bench::intOption(args, name, fallback);
    };
    const int metersPerBus = option("--meters-per-bus", 10);
    const auto baud = std::uint32_t(option("--baud", 2400));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stall.db"));
    // One meter with five years of hourly readings: the chart to keep open.
    sim::HistoryOptions history;
    history.dbPath = path;
    history.buses = 1;
    history.metersPerBus = 1;
    history.cjt188EveryNthBus = 0;
    const sim::SimSeconds now = QDateTime::currentSecsSinceEpoch() + 8 * 3600;
    history.to = now - 3600;
    history.from = history.to - 5 * 365 * 86400;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const auto generated = sim::generateHistory(history, &error);
    if (!generated) {
        out << "history: " << error << '\n';
        return 1;
    }
    out << "history: " << generated->readings << " readings in " << clock.elapsed() << " ms\n";

    store::Database db;
    if (auto e = db.open(path)) {
        out << e->message << '\n';
        return 1;
    }
    uitest::SimulatedBuses buses(db, QStringLiteral("Stall test"));
    QList<qint64> busIds;
    for (int b = 0; b < 10; ++b)
        busIds << buses.add(QStringLiteral("Bus %1").arg(b + 1), metersPerBus, baud, {},
                            0x27000000u + std::uint32_t(b) * 0x1000u);

    ui::Language language;
    language.apply(QStringLiteral("en"));
    ui::MainWindow window(language);
    if (const QString e = window.openDatabase(path); !e.isEmpty()) {
        out << e << '\n';
        return 1;
    }
    window.resize(1400, 900);
    window.show();

    ui::StallMeter meter;
    meter.start();
    // The five-year chart: the generated meter is meter 1.
    auto* historyView = window.findChild<ui::HistoryView*>();
    if (!args.contains(QLatin1String("--no-history"))) {
        window.selectMeter(1);
        window.showView(ui::MainWindow::View::History);
        historyView->setPreset(ui::history::PeriodPreset::FiveYears);
    }
    if (args.contains(QLatin1String("--no-read")))
        busIds.clear();
    int finished = 0;
    QObject::connect(window.station(), &station::Station::busFinished, [&](qint64) { ++finished; });
    clock.restart();
    // Each bus starts as soon as its converter connection is up.
    QSet<qint64> started;
    const bool allStarted = QTest::qWaitFor(
        [&] {
            for (const qint64 id : busIds)
                if (!started.contains(id) && window.readBus(id))
                    started.insert(id);
            return started.size() == busIds.size();
        },
        10000);
    if (!allStarted)
        out << "only " << started.size() << " of " << busIds.size() << " buses could start\n";
    if (!QTest::qWaitFor([&] { return finished >= int(started.size()); }, 600000))
        out << "timed out waiting for the buses\n";
    const qint64 elapsed = clock.elapsed();
    QTest::qWait(1500); // the recorder's last commit, the history view's last reload
    meter.stop();
    out << "read: " << busIds.size() << " buses x " << metersPerBus << " meters at " << baud << " Bd in "
        << elapsed << " ms (" << finished << " buses finished)\n";
    out << "stored readings: " << store::ReadingRepository(db).count() - generated->readings << '\n';
    out << "longest GUI event-loop stall: " << meter.longestStallMs() << " ms over " << meter.ticks()
        << " ticks\n";
    return finished >= int(busIds.size()) ? 0 : 1;
}
