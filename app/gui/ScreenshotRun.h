// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "main/MainWindow.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace heatdesk::gui {

// `heatdesk --screenshot FILE`: reads every bus as soon as its link is up (as a user pressing
// Read all), selects the first meter of the first bus that answered, shows the asked view, and
// writes the window as a PNG once every bus has finished. Gives up (and says why) after a time limit so that
// a broken link cannot hang a build script.
class ScreenshotRun : public QObject {
    Q_OBJECT
public:
    ScreenshotRun(ui::MainWindow& window, QString path, ui::MainWindow::View view, QObject* parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void tryRead();
    void busDone(qint64 busId);
    void capture();
    void fail(const QString& why);

    ui::MainWindow& m_window;
    QString m_path;
    ui::MainWindow::View m_view;
    QTimer m_poll;
    QTimer m_limit;
    qint64 m_busId = 0; // the bus whose meter is shown
    QSet<qint64> m_started, m_finished;
    qint64 m_firstOkMeter = 0;
};

} // namespace heatdesk::gui
