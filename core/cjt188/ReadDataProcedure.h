// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Procedure.h"

namespace heatdesk::cjt188 {

// Reads one DI (901F by default) from one meter: read-data request, wait, retry.
// Done: reply() is the decoded answer, replyFrame() its bytes (68 .. 16).
class ReadDataProcedure : public Procedure {
public:
    ReadDataProcedure(const MeterProfile& profile, RequestTarget target, Timing timing,
                      std::uint16_t di = di::CurrentData);

    [[nodiscard]] const Message* reply() const { return m_reply ? &*m_reply : nullptr; }
    [[nodiscard]] const std::vector<std::uint8_t>& replyFrame() const { return m_replyFrame; }

protected:
    std::vector<std::uint8_t> request(std::uint8_t ser) override;
    Outcome onReply(const Message& message, std::span<const std::uint8_t> frame) override;

private:
    RequestTarget m_target;
    std::uint16_t m_di;
    std::vector<std::uint8_t> m_replyFrame;
    std::optional<Message> m_reply; // spans point into m_replyFrame
};

} // namespace heatdesk::cjt188
