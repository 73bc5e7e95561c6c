// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/ReadAddressProcedure.h"

namespace heatdesk::cjt188 {

ReadAddressProcedure::ReadAddressProcedure(const MeterProfile& profile, Timing timing)
    : Procedure(profile, timing) {}

std::vector<std::uint8_t> ReadAddressProcedure::request(std::uint8_t ser) {
    return readAddress(profile(), ser);
}

Procedure::Outcome ReadAddressProcedure::onReply(const Message& message,
                                                 std::span<const std::uint8_t> frame) {
    (void)frame;
    if (const auto* body = std::get_if<AddressData>(&message.payload))
        m_address = body->address;
    else
        m_address = message.frame.address;
    if (m_address->isBroadcast()) { // a meter that echoes the wildcard tells us nothing
        m_address.reset();
        return {Outcome::Kind::Ignore};
    }
    m_meterType = message.frame.meterType;
    return {Outcome::Kind::Done};
}

} // namespace heatdesk::cjt188
