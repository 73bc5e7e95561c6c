// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-sim: simulated heat meters, buses and DTUs for demonstrations, end-to-end tests and
// load measurements. This is a thin main: the simulator is the library heatdesk_sim.
#include "SeedDbCommand.h"
#include "ServeCommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

constexpr const char* kUsage =
    "Usage: heatdesk-sim <command> [options]\n"
    "\n"
    "Commands:\n"
    "  seed-db   write a workstation database with a simulated heating season, or with the\n"
    "            past of a scenario's meters (--scenario FILE --out DB)\n"
    "\n"
    "       heatdesk-sim --scenario FILE [--tcp-listen HOST:PORT | --pty] [--dtu-connect HOST:PORT]\n"
    "  serves the scenario's lines like serial-to-Ethernet converters, RS-232 masters and GPRS\n"
    "  DTUs (--help for options)\n"
    "\n"
    "heatdesk-sim <command> --help shows a command's options.\n";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("heatdesk-sim");
    QCoreApplication::setApplicationVersion(HEATDESK_VERSION);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs(kUsage, stderr);
        return 1;
    }
    const QString command = args.at(1);
    if (command == "--version" || command == "-v") {
        std::printf("heatdesk-sim %s\n", HEATDESK_VERSION);
        return 0;
    }
    if (command == "seed-db") // before the serve options: seed-db takes --scenario too
        return heatdesk::simapp::runSeedDb(args.mid(1));
    if (args.contains("--tcp-listen") || args.contains("--scenario") || args.contains("--pty") ||
        args.contains("--dtu-connect"))
        return heatdesk::simapp::runServe(args);
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    std::fprintf(stderr, "heatdesk-sim: unknown command '%s'\n%s", qPrintable(command), kUsage);
    return 1;
}
