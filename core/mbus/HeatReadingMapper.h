// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/Telegram.h"
#include "reading/HeatReading.h"

namespace heatdesk::mbus {

// True for the media a HeatReading summarises: heat and cooling, water of any temperature, gas.
bool isMeteringMedium(std::uint8_t medium);

// Fills `out` (cleared first) from a decoded telegram: for each quantity the first record with
// storage 0, tariff 0, subunit 0, function instantaneous and no combinable VIFE. Error flags come
// from the status byte and from error records. `rawFrames` is copied as the reading's raw data.
void toHeatReading(const Telegram& telegram, std::span<const std::uint8_t> rawFrames,
                   reading::HeatReading& out);

} // namespace heatdesk::mbus
