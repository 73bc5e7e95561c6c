// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/ReadDataProcedure.h"

namespace heatdesk::cjt188 {

ReadDataProcedure::ReadDataProcedure(const MeterProfile& profile, RequestTarget target, Timing timing,
                                     std::uint16_t di)
    : Procedure(profile, timing)
    , m_target(target)
    , m_di(di) {}

std::vector<std::uint8_t> ReadDataProcedure::request(std::uint8_t ser) {
    return readData(profile(), m_target, m_di, ser);
}

Procedure::Outcome ReadDataProcedure::onReply(const Message& message, std::span<const std::uint8_t> frame) {
    (void)message;
    // Keep our own copy and decode it again, so the message's spans point at bytes we own.
    m_replyFrame.assign(frame.begin(), frame.end());
    auto decoded = decodeMessage(m_replyFrame, profile());
    if (!std::holds_alternative<Message>(decoded))
        return {Outcome::Kind::Ignore};
    m_reply = std::get<Message>(decoded);
    return {Outcome::Kind::Done};
}

} // namespace heatdesk::cjt188
