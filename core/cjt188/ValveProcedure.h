// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Procedure.h"

namespace heatdesk::cjt188 {

// Opens or closes a meter's valve (A017) and confirms it from the status word.
//
// The reply's ST normally shows the new position. A motor valve can take seconds to move, so a
// reply that still shows the old position is not a failure yet: after `confirmDelay` the meter is
// read (901F) and its ST checked, up to `confirmReads` times. ST "abnormal" (D1D0 = 11) ends at
// once with ValveAbnormal.
struct ValveConfirmation {
    int confirmReads = 2;
    std::chrono::milliseconds confirmDelay{5000};
};

class ValveProcedure : public Procedure {
public:
    using Confirmation = ValveConfirmation;

    ValveProcedure(const MeterProfile& profile, RequestTarget target, bool open, Timing timing,
                   Confirmation confirmation = {});

    // The position the meter last reported (Unknown before any reply).
    [[nodiscard]] reading::ValveState reportedState() const { return m_reported; }
    [[nodiscard]] int confirmReadsDone() const { return m_readsDone; }

protected:
    std::vector<std::uint8_t> request(std::uint8_t ser) override;
    Outcome onReply(const Message& message, std::span<const std::uint8_t> frame) override;

private:
    Outcome judge(const Status& status);

    RequestTarget m_target;
    bool m_open;
    Confirmation m_confirmation;
    bool m_writeDone = false;
    int m_readsDone = 0;
    reading::ValveState m_reported = reading::ValveState::Unknown;
};

} // namespace heatdesk::cjt188
