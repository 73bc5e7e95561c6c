// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRun.h"

#include <QApplication>
#include <QTextStream>

namespace heatdesk::gui {

namespace {
constexpr int kLimitMs = 180000;
constexpr int kSettleMs = 1500; // the history view's worker and the charts' first paint
} // namespace

ScreenshotRun::ScreenshotRun(ui::MainWindow& window, QString path, ui::MainWindow::View view, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_view(view) {
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRun::tryRead);
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("no bus was read within 180 s")); });
}

void ScreenshotRun::start() {
    auto* station = m_window.station();
    if (!station || station->busIds().isEmpty()) {
        fail(QStringLiteral("the database has no bus"));
        return;
    }
    m_busId = station->busIds().front();
    connect(station, &station::Station::meterDone, this, [this](const station::MeterOutcome& o) {
        if (o.ok && o.busId == m_busId && m_firstOkMeter == 0)
            m_firstOkMeter = o.meterId;
    });
    connect(station, &station::Station::busFinished, this, [this](qint64 busId) { busDone(busId); });
    m_window.selectBus(m_busId);
    m_limit.start(kLimitMs);
    m_poll.start();
}

void ScreenshotRun::tryRead() {
    for (const qint64 busId : m_window.station()->busIds())
        if (!m_started.contains(busId) && m_window.readBus(busId))
            m_started.insert(busId);
    // Buses whose channel cannot be set up (offline) never start; the rest are enough.
    if (m_started.size() == m_window.station()->busIds().size() || m_limit.remainingTime() < kLimitMs - 10000)
        m_poll.stop();
}

void ScreenshotRun::busDone(qint64 busId) {
    m_finished.insert(busId);
    if (m_poll.isActive() || m_finished.size() < m_started.size())
        return;
    if (m_firstOkMeter)
        m_window.selectMeter(m_firstOkMeter);
    m_window.showView(m_view);
    QTimer::singleShot(kSettleMs, this, &ScreenshotRun::capture);
}

void ScreenshotRun::capture() {
    m_limit.stop();
    const QPixmap shot = m_window.grab();
    if (!shot.save(m_path, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(m_path));
        return;
    }
    QTextStream(stdout) << "screenshot: " << m_path << '\n';
    emit done(0);
}

void ScreenshotRun::fail(const QString& why) {
    m_poll.stop();
    m_limit.stop();
    QTextStream(stderr) << "heatdesk: screenshot: " << why << '\n';
    emit done(1);
}

} // namespace heatdesk::gui
