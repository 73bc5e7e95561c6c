// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DataRecord.h"

#include <span>

namespace heatdesk::mbus {

// EN 13757-3 Annex A date/time types, little-endian as on the wire. A two-digit year is placed
// in 1981..2080 unless type F/I carry the hundred-year bits.
TimePoint decodeTypeG(std::span<const std::uint8_t, 2> b); // date
TimePoint decodeTypeJ(std::span<const std::uint8_t, 3> b); // time of day
TimePoint decodeTypeF(std::span<const std::uint8_t, 4> b); // date and time to the minute
TimePoint decodeTypeI(std::span<const std::uint8_t, 6> b); // date and time to the second

// Picks the type from the data length (2 G, 3 J, 4 F, 6 I); false for any other length.
bool decodeTimePoint(std::span<const std::uint8_t> data, TimePoint& out);

} // namespace heatdesk::mbus
