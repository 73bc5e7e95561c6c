// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/MbusMaster.h"

#include <vector>

namespace heatdesk::bus {

// Learns how much delay a link adds (a converter's packing, a GPRS round trip) from when answers
// actually arrive, so that the answer window grows to fit the link instead of being guessed.
// Pure: fed with the master's line events, it never looks at a clock itself.
//
// When an exchange timed out and was asked again, its answer cannot be told from a late answer to
// an earlier attempt (a repeated request gets the same answer). The delay is then measured from the
// exchange's first request: that may overestimate a link that merely lost one answer, which costs
// some time until the latency shrinks again, but never cuts off a slow link's answers.
class LatencyLearner {
public:
    explicit LatencyLearner(std::chrono::milliseconds max = std::chrono::milliseconds(10000))
        : m_max(max) {}

    // Feeds one job's events (oldest first); `timing` is the timing the job ran with.
    void observe(const std::vector<mbus::MasterEvent>& events, const mbus::MbusTiming& timing);

    // The link latency the answers so far call for: the answer window should use at least this
    // (0 until an answer came later than the standard window alone allows).
    [[nodiscard]] std::chrono::milliseconds latency() const { return m_latency; }
    [[nodiscard]] int samples() const { return m_samples; }

private:
    void learn(mbus::Micros delayAfterRequest, const mbus::MbusTiming& timing);

    std::chrono::milliseconds m_max;
    std::chrono::milliseconds m_latency{0};
    int m_samples = 0;
    std::optional<mbus::Instant> m_exchangeSentAt; // first request of the current exchange
    mbus::Micros m_requestTime{0};
    bool m_waitingFirstByte = false;
    bool m_retrying = false; // the next Sent repeats the exchange
};

} // namespace heatdesk::bus
