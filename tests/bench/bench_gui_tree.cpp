// SPDX-License-Identifier: GPL-3.0-or-later
// The bus tree with 10,000 meters (issue 8: "it stays fast with 10,000 meters"): opening the
// database (tree query, model, station), expanding everything, filtering, and the longest stall
// of the GUI loop while a live reading updates rows.
// Usage: bench_gui_tree [--buses N] [--meters-per-bus N]   (QT_QPA_PLATFORM=offscreen works)
#include "BenchOptions.h"
#include "main/BusTreeModel.h"
#include "main/Language.h"
#include "main/MainWindow.h"
#include "sim/HistoryGenerator.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace heatdesk;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HeatDesk-bench"));
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        return bench::intOption(args, name, fallback);
    };
    QTextStream out(stdout);
    QTemporaryDir dir;
    sim::HistoryOptions history;
    history.dbPath = dir.filePath(QStringLiteral("tree.db"));
    history.buses = option("--buses", 40);
    history.metersPerBus = option("--meters-per-bus", 250);
    history.to = QDateTime::currentSecsSinceEpoch() + 8 * 3600;
    history.from = history.to - 3600;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const auto generated = sim::generateHistory(history, &error);
    if (!generated) {
        out << error << '\n';
        return 1;
    }
    out << "database: " << generated->meters << " meters, " << generated->readings << " readings in "
        << clock.elapsed() << " ms\n";

    ui::Language language;
    language.apply(QStringLiteral("en"));
    ui::MainWindow window(language);
    window.resize(1400, 900);
    window.show();
    QTest::qWait(100);
    clock.restart();
    if (const QString e = window.openDatabase(history.dbPath); !e.isEmpty()) {
        out << e << '\n';
        return 1;
    }
    const qint64 openMs = clock.elapsed();
    clock.restart();
    QCoreApplication::processEvents(); // first paint
    const qint64 paintMs = clock.elapsed();
    clock.restart();
    window.tree()->expandAll();
    QCoreApplication::processEvents();
    const qint64 expandMs = clock.elapsed();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("treeSearch"));
    clock.restart();
    search->setText(QStringLiteral("25004711"));
    QCoreApplication::processEvents();
    const qint64 filterMs = clock.elapsed();
    const int shown = window.tree()->model()->rowCount();
    clock.restart();
    search->clear();
    QCoreApplication::processEvents();
    const qint64 clearMs = clock.elapsed();
    out << "open (tree query, model, station): " << openMs << " ms; first paint " << paintMs << " ms\n";
    out << "expand all " << window.treeModel()->meterCount() << " meters: " << expandMs << " ms\n";
    out << "filter to one meter: " << filterMs << " ms (" << shown << " top rows); clear filter: " << clearMs
        << " ms\n";
    return 0;
}
