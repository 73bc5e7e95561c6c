// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/ValveProcedure.h"

namespace heatdesk::cjt188 {

ValveProcedure::ValveProcedure(const MeterProfile& profile, RequestTarget target, bool open, Timing timing,
                               Confirmation confirmation)
    : Procedure(profile, timing)
    , m_target(target)
    , m_open(open)
    , m_confirmation(confirmation) {}

std::vector<std::uint8_t> ValveProcedure::request(std::uint8_t ser) {
    if (!m_writeDone)
        return valveControl(profile(), m_target, m_open, ser);
    return readCurrentData(profile(), m_target, ser);
}

Procedure::Outcome ValveProcedure::judge(const Status& status) {
    m_reported = status.valve();
    const auto wanted = m_open ? reading::ValveState::Open : reading::ValveState::Closed;
    if (m_reported == wanted)
        return {Outcome::Kind::Done};
    if (m_reported == reading::ValveState::Abnormal)
        return {Outcome::Kind::Fail, ProcedureError::ValveAbnormal};
    if (m_readsDone >= m_confirmation.confirmReads)
        return {Outcome::Kind::Fail, ProcedureError::NotConfirmed};
    ++m_readsDone;
    // A zero delay would read at once; keep at least a millisecond so the caller sees a pause.
    const auto pause = std::max(m_confirmation.confirmDelay, std::chrono::milliseconds(1));
    return {Outcome::Kind::Next, ProcedureError::None, pause};
}

Procedure::Outcome ValveProcedure::onReply(const Message& message, std::span<const std::uint8_t> frame) {
    (void)frame;
    if (!m_writeDone) {
        m_writeDone = true;
        if (const auto* st = std::get_if<StatusReply>(&message.payload))
            return judge(st->status);
        // A reply without ST (DI SER only) accepts the command but confirms nothing: read back.
        if (m_confirmation.confirmReads <= 0)
            return {Outcome::Kind::Fail, ProcedureError::NotConfirmed};
        ++m_readsDone;
        return {Outcome::Kind::Next, ProcedureError::None,
                std::max(m_confirmation.confirmDelay, std::chrono::milliseconds(1))};
    }
    if (const auto* h = std::get_if<HeatData>(&message.payload))
        return judge(h->status);
    if (const auto* w = std::get_if<WaterData>(&message.payload))
        return judge(w->status);
    return {Outcome::Kind::Ignore};
}

} // namespace heatdesk::cjt188
