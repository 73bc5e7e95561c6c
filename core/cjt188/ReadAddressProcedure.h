// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Procedure.h"

namespace heatdesk::cjt188 {

// Reads the address of the single meter on a line (broadcast AA.., T = AA, C = 03, DI 810A).
// Several meters answering at once garble each other: that ends as Garbled after the retries.
class ReadAddressProcedure : public Procedure {
public:
    ReadAddressProcedure(const MeterProfile& profile, Timing timing);

    // The meter's address (from the body when it repeats it there, else from the header).
    [[nodiscard]] std::optional<Address> address() const { return m_address; }
    [[nodiscard]] std::uint8_t meterType() const { return m_meterType; }

protected:
    std::vector<std::uint8_t> request(std::uint8_t ser) override;
    Outcome onReply(const Message& message, std::span<const std::uint8_t> frame) override;

private:
    std::optional<Address> m_address;
    std::uint8_t m_meterType = 0;
};

} // namespace heatdesk::cjt188
