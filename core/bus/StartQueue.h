// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>

namespace heatdesk::bus {

// Starts of bus work, run on the event loop in slices of a few milliseconds. A thousand buses
// told to start at once (read all buses, a fleet of DTUs) would otherwise run every start in one
// pass of posted events — 80 ms with 1,000 DTUs — and keep the window from painting and the
// other buses' replies from being heard. Between slices the loop serves everything else.
class StartQueue : public QObject {
    Q_OBJECT
public:
    // The queue of the application's thread; nullptr elsewhere (callers then post directly).
    static StartQueue* instance();

    // Runs `start` soon, unless `owner` is gone by then.
    void post(QObject* owner, std::function<void()> start);

    static constexpr int kSliceMs = 4;

private:
    explicit StartQueue(QObject* parent);
    void runSlice();

    struct Start {
        QPointer<QObject> owner;
        std::function<void()> run;
    };
    std::deque<Start> m_starts;
    bool m_scheduled = false;
};

// Runs `start` on `owner`'s event loop soon: through the StartQueue on the application's thread,
// as a plain queued call elsewhere.
void startSoon(QObject* owner, std::function<void()> start);

} // namespace heatdesk::bus
