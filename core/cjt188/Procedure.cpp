// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/Procedure.h"

namespace heatdesk::cjt188 {

std::string_view procedureErrorName(ProcedureError e) {
    switch (e) {
    case ProcedureError::None:
        return "none";
    case ProcedureError::Timeout:
        return "timeout";
    case ProcedureError::Garbled:
        return "garbled";
    case ProcedureError::Abnormal:
        return "abnormal_reply";
    case ProcedureError::NotConfirmed:
        return "not_confirmed";
    case ProcedureError::ValveAbnormal:
        return "valve_abnormal";
    case ProcedureError::BadRequest:
        return "bad_request";
    }
    return "unknown";
}

Procedure::Procedure(const MeterProfile& profile, Timing timing)
    : m_profile(profile)
    , m_timing(timing) {
    if (m_timing.retries < 0)
        m_timing.retries = 0;
}

Action Procedure::start(TimePoint now) {
    if (m_state != ProcedureState::Idle)
        return {};
    return beginExchange(now);
}

Action Procedure::beginExchange(TimePoint now) {
    m_attempt = 0;
    m_garbled = false;
    m_pausing = false;
    return send(now);
}

Action Procedure::send(TimePoint now) {
    m_request = request(m_ser);
    auto parsed = parseFrame(m_request);
    if (m_request.empty() || !std::holds_alternative<Frame>(parsed))
        return fail(ProcedureError::BadRequest);
    m_requestFrame = std::get<Frame>(parsed);
    m_requestDi.reset();
    if (auto decoded = decodeMessage(m_requestFrame, m_profile); std::holds_alternative<Message>(decoded)) {
        const Message& m = std::get<Message>(decoded);
        if (m.hasDi)
            m_requestDi = m.di.di;
    }
    ++m_ser;
    ++m_attempt;
    ++m_requestsSent;
    m_garbageAtSend = m_extractor.stats().garbageBytes;
    m_checksumErrorsAtSend = m_extractor.stats().checksumErrors;
    m_state = ProcedureState::Waiting;
    m_deadline = now + m_timing.responseTimeout;
    return Action{m_request, m_deadline};
}

Action Procedure::fail(ProcedureError e) {
    m_state = ProcedureState::Failed;
    m_error = e;
    m_deadline.reset();
    m_request.clear();
    m_requestFrame = {};
    return {};
}

bool Procedure::matches(const Message& m) const {
    const Control c = m.frame.control;
    if (!c.isResponse())
        return false; // our echo, or a request of someone else
    if (!m_requestFrame.address.isBroadcast() && m.frame.address != m_requestFrame.address)
        return false;
    if (c.function() != m_requestFrame.control.function())
        return false;
    if (m.hasDi && m.di.known && m_requestDi && m.di.di != *m_requestDi)
        return false;
    return true;
}

Action Procedure::onBytes(std::span<const std::uint8_t> bytes, TimePoint now) {
    if (m_state != ProcedureState::Waiting || m_pausing)
        return {};
    m_extractor.feed(bytes);
    return drain(now);
}

Action Procedure::drain(TimePoint now) {
    while (auto extracted = m_extractor.next()) {
        auto decoded = decodeMessage(extracted->bytes, m_profile);
        if (const auto* e = std::get_if<DecodeError>(&decoded)) {
            (void)e;
            m_garbled = true; // a valid frame with a payload that cannot be read
            continue;
        }
        const Message& m = std::get<Message>(decoded);
        if (!matches(m))
            continue;
        if (m.abnormal) {
            const DecodeError e = abnormalError(m);
            if (e.detail >= 0)
                m_abnormalStatus = static_cast<std::uint16_t>(e.detail);
            m_extractor.reset();
            return fail(ProcedureError::Abnormal);
        }
        const Outcome outcome = onReply(m, extracted->bytes);
        switch (outcome.kind) {
        case Outcome::Kind::Ignore:
            continue;
        case Outcome::Kind::Done:
            m_state = ProcedureState::Done;
            m_deadline.reset();
            m_extractor.reset();
            return {};
        case Outcome::Kind::Fail:
            m_extractor.reset();
            return fail(outcome.error);
        case Outcome::Kind::Next:
            m_extractor.reset();
            if (outcome.pause.count() > 0) {
                m_pausing = true;
                m_deadline = now + outcome.pause;
                return Action{{}, m_deadline};
            }
            return beginExchange(now);
        }
    }
    return Action{{}, m_deadline};
}

Action Procedure::onTimeout(TimePoint now) {
    if (m_state != ProcedureState::Waiting)
        return {};
    if (m_deadline && now < *m_deadline)
        return Action{{}, m_deadline}; // early call: nothing is due yet
    if (m_pausing)
        return beginExchange(now);
    // The line is quiet: bytes held for a frame that never completed are judged now.
    m_extractor.flush();
    Action a = drain(now);
    if (m_state != ProcedureState::Waiting || m_pausing || !a.send.empty())
        return a;
    const ExtractorStats& stats = m_extractor.stats();
    if (stats.garbageBytes != m_garbageAtSend || stats.checksumErrors != m_checksumErrorsAtSend)
        m_garbled = true;
    // A retry starts clean: half a frame from this attempt would only delay the next answer.
    m_extractor.reset();
    if (m_attempt <= m_timing.retries)
        return send(now);
    return fail(m_garbled ? ProcedureError::Garbled : ProcedureError::Timeout);
}

} // namespace heatdesk::cjt188
