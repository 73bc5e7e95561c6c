// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/StartQueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace heatdesk::bus {

StartQueue::StartQueue(QObject* parent)
    : QObject(parent) {}

StartQueue* StartQueue::instance() {
    // Owned by the application object, so it goes with it (never outlives the event loop).
    static QPointer<StartQueue> queue;
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return nullptr;
    if (!queue)
        queue = new StartQueue(app);
    return queue;
}

void StartQueue::post(QObject* owner, std::function<void()> start) {
    m_starts.push_back({owner, std::move(start)});
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &StartQueue::runSlice, Qt::QueuedConnection);
    }
}

void StartQueue::runSlice() {
    QElapsedTimer slice;
    slice.start();
    // At least one start per slice, so a slow start cannot stop the queue.
    do {
        Start next = std::move(m_starts.front());
        m_starts.pop_front();
        if (next.owner)
            next.run();
    } while (!m_starts.empty() && slice.elapsed() < kSliceMs);
    // Posted while this pass of posted events runs, the next slice waits for the loop's next
    // pass: timers, sockets and paint events come first.
    m_scheduled = !m_starts.empty();
    if (m_scheduled)
        QMetaObject::invokeMethod(this, &StartQueue::runSlice, Qt::QueuedConnection);
}

void startSoon(QObject* owner, std::function<void()> start) {
    if (StartQueue* queue = StartQueue::instance())
        queue->post(owner, std::move(start));
    else
        QMetaObject::invokeMethod(owner, std::move(start), Qt::QueuedConnection);
}

} // namespace heatdesk::bus
