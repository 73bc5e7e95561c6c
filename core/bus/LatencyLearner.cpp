// SPDX-License-Identifier: GPL-3.0-or-later
#include "bus/LatencyLearner.h"

#include <algorithm>

namespace heatdesk::bus {

void LatencyLearner::observe(const std::vector<mbus::MasterEvent>& events, const mbus::MbusTiming& timing) {
    using Kind = mbus::MasterEvent::Kind;
    for (const auto& e : events) {
        switch (e.kind) {
        case Kind::Retry:
            m_retrying = true;
            break;
        case Kind::Sent:
            if (!m_retrying || !m_exchangeSentAt)
                m_exchangeSentAt = e.at;
            m_retrying = false;
            m_requestTime = timing.bitTime(static_cast<int>(11 * e.bytes.size()));
            m_waitingFirstByte = true;
            break;
        case Kind::Received:
            if (!m_waitingFirstByte || !m_exchangeSentAt)
                break;
            m_waitingFirstByte = false;
            learn(std::chrono::duration_cast<mbus::Micros>(e.at - *m_exchangeSentAt) - m_requestTime, timing);
            break;
        default:
            break;
        }
    }
}

void LatencyLearner::learn(mbus::Micros delay, const mbus::MbusTiming& timing) {
    ++m_samples;
    mbus::MbusTiming standard = timing;
    standard.latency = mbus::Micros(0);
    const auto excess = delay - standard.answerWindow();
    if (excess > mbus::Micros(0)) {
        // Half as much again as seen: link delays vary, and a retry costs more than the margin.
        const auto wanted = std::chrono::ceil<std::chrono::milliseconds>(excess * 3 / 2);
        m_latency = std::min(m_max, std::max(m_latency, wanted));
        return;
    }
    // Answers in time: let a latency learned on a bad day shrink slowly (5 % per answer).
    m_latency = std::chrono::milliseconds(m_latency.count() * 95 / 100);
}

} // namespace heatdesk::bus
