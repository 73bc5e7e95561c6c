// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli: the workstation without windows (shared/docs/cli.md is its contract).
#include "cli/BusCommand.h"
#include "cli/DbCommand.h"
#include "cli/DecodeCommand.h"
#include "cli/ExitCode.h"
#include "cli/PaymentsCommand.h"
#include "cli/ReportCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

constexpr const char* kUsage = "Usage: heatdesk-cli <command> [options]\n"
                               "\n"
                               "Commands:\n"
                               "  decode   decode M-Bus frames given as hex text into JSON\n"
                               "  db       create, check, back up, restore and export the database\n"
                               "  read     read meters on a bus (serial port or TCP) into JSON Lines\n"
                               "  scan     find meters on a bus by primary or secondary address\n"
                               "  report   monthly and season consumption sheets with fees\n"
                               "  payments record and list what heat users paid for a season\n"
                               "\n"
                               "heatdesk-cli <command> --help shows a command's options.\n";

} // namespace

namespace {

// Rendering a PDF needs fonts, and fonts need a QGuiApplication; everything else runs on a plain
// QCoreApplication. The offscreen platform keeps the CLI usable on servers without a display.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    const bool rendersPdf = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (!rendersPdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
#ifdef Q_OS_LINUX
    // Without TZ, glibc re-reads /etc/localtime on every local-time conversion; a report of
    // 100,000 users makes 200,000 of them. Pointing TZ at the same file keeps the zone and
    // reads it once.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
#endif
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("heatdesk-cli");
    QCoreApplication::setApplicationVersion(HEATDESK_VERSION);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs(kUsage, stderr);
        return heatdesk::cli::ExitCode::Usage;
    }
    const QString command = args.at(1);
    if (command == "--version" || command == "-v") {
        std::printf("heatdesk-cli %s\n", HEATDESK_VERSION);
        return heatdesk::cli::ExitCode::Ok;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return heatdesk::cli::ExitCode::Ok;
    }
    if (command == "decode")
        return heatdesk::cli::runDecode(args.mid(1));
    if (command == "db")
        return heatdesk::cli::runDb(args.mid(1));
    if (command == "read")
        return heatdesk::cli::runRead(args.mid(1));
    if (command == "scan")
        return heatdesk::cli::runScan(args.mid(1));
    if (command == "report")
        return heatdesk::cli::runReport(args.mid(1));
    if (command == "payments")
        return heatdesk::cli::runPayments(args.mid(1));

    std::fprintf(stderr, "heatdesk-cli: unknown command '%s'\n%s", qPrintable(command), kUsage);
    return heatdesk::cli::ExitCode::Usage;
}
