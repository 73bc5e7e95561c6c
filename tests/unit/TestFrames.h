// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers to write test telegrams the way the standard describes them: a header and records in
// hex, wrapped into a long frame whose L field and checksum are computed here.
#pragma once

#include "mbus/Frame.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace testframes {

inline std::vector<std::uint8_t> hex(const std::string& text) {
    auto parsed = heatdesk::text::parseHex(text);
    EXPECT_FALSE(parsed.error) << "bad hex in test: " << text;
    return parsed.bytes;
}

// Long header: id 12345678, manufacturer 0x0442 ("ABB"), version 1,
// medium 04 (heat), access 0x2A, status 0, signature 0.
inline const std::string kHeatHeader = "78 56 34 12 42 04 01 04 2A 00 00 00";

// A RSP_UD long frame from address 1 with CI 72, the given header and records.
inline std::vector<std::uint8_t> rspUd(const std::string& records, const std::string& header = kHeatHeader,
                                       std::uint8_t ci = 0x72) {
    const auto user = hex(header + " " + records);
    return *heatdesk::mbus::buildLongFrame(0x08, 0x01, ci, user);
}

} // namespace testframes
