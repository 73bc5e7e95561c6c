// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DecodeError.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace heatdesk::mbus {

struct Telegram;

// Fixed data structure (CI 73, or 77 most significant byte first): identification, access
// number, status, two medium/unit bytes and two 32-bit counters. The counters become two records
// whose quantity and unit come from the unit fields. `base` is the offset of d[0] in the frame.
std::optional<DecodeError> decodeFixedData(std::span<const std::uint8_t> d, std::size_t base, bool msbFirst,
                                           Telegram& out);

} // namespace heatdesk::mbus
