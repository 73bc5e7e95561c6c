// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Message.h"
#include "reading/HeatReading.h"

#include <span>

namespace heatdesk::cjt188 {

// Fills `reading` (cleared first) from a decoded 901F reply, so that storage, charts and billing
// see the same HeatReading as from an M-Bus meter. Heat: energy (current heat), settlement
// energy, power, flow, volume, temperatures, operating time, meter time, valve, battery.
// Water/gas: volume (current), settlement volume, meter time, valve, battery. A field whose unit
// code does not measure what the slot holds (energy in L/h) is left out rather than guessed.
// Returns false when the message carries no 901F data. `raw` is kept as the reading's raw frame.
bool toHeatReading(const Message& message, std::span<const std::uint8_t> raw, reading::HeatReading& reading,
                   const MeterProfile& profile = defaultProfile());

} // namespace heatdesk::cjt188
