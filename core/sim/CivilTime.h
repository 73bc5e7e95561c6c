// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/HeatReading.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heatdesk::sim {

// Simulated time is whole seconds since 1970-01-01 00:00 in the meters' own civil time (China has
// one zone and no daylight saving, so no zone arithmetic is needed or wanted here).
using SimSeconds = std::int64_t;

std::int64_t daysFromCivil(int year, int month, int day);
reading::MeterTime civilFromSeconds(SimSeconds t);
SimSeconds secondsFromCivil(const reading::MeterTime& t);
// "2025-11-15" or "2025-11-15T06:00"; nothing for anything else.
std::optional<SimSeconds> parseCivil(std::string_view text);
// "2025-11-15T06:00" (seconds dropped): what parseCivil reads back.
std::string formatCivil(SimSeconds t);

// Deterministic pseudo-random numbers: every draw is a pure function of its inputs, so any instant
// of any meter can be recomputed without replaying what came before it.
std::uint64_t mix(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0);
double unit(std::uint64_t hash); // [0, 1)

} // namespace heatdesk::sim
