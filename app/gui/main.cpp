// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk: the workstation window. --demo starts a simulated district; --screenshot renders the
// window after reading a bus (README pictures, checks in CI).
#include "DemoDistrict.h"
#include "ScreenshotRun.h"
#include "main/Language.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QtConcurrent>

using namespace heatdesk;

namespace {

int failure(const QString& message, bool gui) {
    QTextStream(stderr) << "heatdesk: " << message << '\n';
    if (gui)
        QMessageBox::critical(nullptr, QStringLiteral("HeatDesk"), message);
    return 1;
}

// Builds the demo district off the GUI thread with a progress dialog; empty path on failure.
QString prepareDemo(gui::DemoDistrict& demo, QString* error, bool quiet) {
    QProgressDialog progress(QCoreApplication::translate("heatdesk", "Preparing the demo district…"),
                             QString(), 0, 100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(quiet ? 1000000 : 300);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&demo, error, &progress] {
        return demo.prepare(error, [&progress](double fraction) {
            QMetaObject::invokeMethod(&progress, "setValue", Qt::QueuedConnection,
                                      Q_ARG(int, int(fraction * 100)));
        });
    }));
    loop.exec();
    return watcher.result();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HeatDesk"));
    QApplication::setApplicationName(QStringLiteral("HeatDesk"));
    QApplication::setApplicationVersion(QStringLiteral(HEATDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HeatDesk: remote reading of district-heating meters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file to open (created if missing)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("A simulated district in a temporary database.")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Read the first bus, then write the window as a PNG and quit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("view"),
                      QStringLiteral("With --screenshot: tree, meter, history, monitor or diagnostics."),
                      QStringLiteral("VIEW"), QStringLiteral("meter")});
    parser.process(app);

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    const auto view = ui::MainWindow::viewFromName(parser.value(QStringLiteral("view")));
    if (!view)
        return failure(QStringLiteral("--view takes tree, meter, history, monitor or diagnostics"), false);
    QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !ui::Language::available().contains(lang))
        return failure(QStringLiteral("--lang takes zh_CN or en"), false);
    if (screenshot) {
        // Pictures must not depend on what an earlier run left in the settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QDir::tempPath() + "/heatdesk-screenshot");
    }
    QSettings settings;
    if (lang.isEmpty())
        lang = settings.value(QStringLiteral("language"), ui::Language::systemDefault()).toString();
    ui::Language language;
    language.apply(lang);

    gui::DemoDistrict demo;
    QString dbPath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("demo"))) {
        QString error;
        dbPath = prepareDemo(demo, &error, screenshot);
        if (dbPath.isEmpty())
            return failure(error, !screenshot);
        if (const QString e = demo.serve(); !e.isEmpty())
            return failure(e, !screenshot);
    } else if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = settings.value(QStringLiteral("database"), dir + QStringLiteral("/heatdesk.db")).toString();
    }

    ui::MainWindow window(language);
    if (const QString e = window.openDatabase(dbPath); !e.isEmpty())
        return failure(e, !screenshot);
    window.show();

    if (screenshot) {
        window.resize(1400, 900);
        gui::ScreenshotRun run(window, parser.value(QStringLiteral("screenshot")), *view);
        QObject::connect(&run, &gui::ScreenshotRun::done, &app, &QApplication::exit, Qt::QueuedConnection);
        run.start();
        return app.exec();
    }
    return app.exec();
}
