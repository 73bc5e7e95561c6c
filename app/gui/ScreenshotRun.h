// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "main/MainWindow.h"

#include <QObject>
#include <QTimer>

namespace heatdesk::gui {

// `heatdesk --screenshot FILE`: waits until the first bus's link is up, reads the bus as a user
// would by pressing its Read bus button, selects its first meter that answered, shows the asked
// view, and writes the window as a PNG. Gives up (and says why) after a time limit so that a
// broken link cannot hang a build script.
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
    qint64 m_busId = 0;
    qint64 m_firstOkMeter = 0;
};

} // namespace heatdesk::gui
