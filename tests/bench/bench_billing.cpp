// SPDX-License-Identifier: GPL-3.0-or-later
// How fast, measured (issue 9): monthly consumption for every user of a database (100,000 in the
// target run) and the PDF of one building's season sheet. Each phase is timed on its own, --runs
// times, and the minimum and median printed, so a slow phase is visible. Not a ctest: it needs a
// seeded database, e.g.
//   heatdesk-sim seed-db --db big.db --buses 400 --meters-per-bus 250 --from 2025-12-29 --to 2026-02-03
//   --interval 1d bench_billing --db big.db --month 2026-01 --pdf-building <a building with 1,000 users>
#include "billing/Consumption.h"
#include "billing/Plausibility.h"
#include "billing/SheetRequest.h"
#include "print/SheetPdf.h"
#include "store/BillingRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using namespace heatdesk;

// Runs `phase` `runs` times and prints min and median wall time in milliseconds.
void timed(const char* name, int runs, const std::function<void()>& phase) {
    std::vector<qint64> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        phase();
        ms.push_back(t.elapsed());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s min %7lld ms  median %7lld ms  (%d runs)\n", name, static_cast<long long>(ms.front()),
                static_cast<long long>(ms[ms.size() / 2]), runs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv); // the PDF painter needs fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"db", "A seeded database (heatdesk-sim seed-db).", "file"});
    parser.addOption({"month", "The month to compute.", "month", "2026-01"});
    parser.addOption({"runs", "Repetitions per phase.", "n", "5"});
    // Seeded buildings hold up to 250 users: the sheet's first N rows stand for a building of N.
    parser.addOption({"pdf-users", "Write the PDF of a sheet with the first N users.", "n", "1000"});
    parser.process(app);
    store::Database db;
    if (auto e = db.open(parser.value("db"), store::Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "bench_billing: %s\n", qPrintable(e->message));
        return 3;
    }
    const int runs = std::max(1, parser.value("runs").toInt());
    const billing::Period period = *billing::monthPeriod(parser.value("month"));

    qsizetype users = 0;
    timed("userMeters", runs, [&] { users = store::BillingRepository(db).userMeters().size(); });
    QList<billing::UserConsumption> consumption;
    timed("computeConsumption", runs, [&] {
        consumption = std::get<QList<billing::UserConsumption>>(billing::computeConsumption(db, period));
    });
    timed("checkPlausibility", runs, [&] {
        auto copy = consumption;
        billing::checkPlausibility(db, period, copy);
    });
    billing::SheetRequest request;
    request.month = parser.value("month");
    timed("prepareSheet (report monthly)", runs, [&] { billing::prepareSheet(db, request); });
    std::printf("users %lld, with consumption %lld\n", static_cast<long long>(users),
                static_cast<long long>(std::count_if(consumption.begin(), consumption.end(),
                                                     [](const auto& c) { return c.consumptionHundredths; })));

    if (const int pdfUsers = parser.value("pdf-users").toInt(); pdfUsers > 0) {
        billing::Sheet sheet = std::get<billing::SheetResult>(billing::prepareSheet(db, request)).sheet;
        sheet.rows = sheet.rows.mid(0, pdfUsers);
        QTemporaryDir dir;
        const print::SheetPrintOptions options{QStringLiteral("热力公司"), billing::sheetLabels("zh_CN")};
        timed("writeSheetPdf", runs, [&] { print::writeSheetPdf(sheet, options, dir.filePath("b.pdf")); });
        std::printf("pdf rows %lld\n", static_cast<long long>(sheet.rows.size()));
    }
    return 0;
}
