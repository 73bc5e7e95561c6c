// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up of the simulator tests: civil times and a seeded climate.
#pragma once

#include "sim/CivilTime.h"
#include "sim/HeatingPhysics.h"

namespace simtest {

inline heatdesk::sim::SimSeconds at(const char* text) {
    return heatdesk::sim::parseCivil(text).value();
}

// A climate from 1 October 2025 (before the heating season), with its own weather per seed.
inline heatdesk::sim::HeatingPhysics physics(unsigned seed) {
    heatdesk::sim::ClimateParams c;
    c.seed = seed;
    c.origin = at("2025-10-01");
    return heatdesk::sim::HeatingPhysics(c);
}

} // namespace simtest
