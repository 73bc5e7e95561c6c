// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"
#include "store/ConfigRepository.h"

#include <QList>
#include <variant>

namespace heatdesk::station {

// How one configured meter is addressed on its bus. Primary addressing costs one exchange, so it
// is used when the address is unique on the bus; two meters left at the same primary address
// (factory default 0 is common) can only be told apart by their secondary address.
// Returns the target, or why the meter cannot be read ("no address").
std::variant<bus::MeterTarget, QString> targetFor(const store::MeterConfig& meter,
                                                  const QList<store::MeterConfig>& busMeters);

} // namespace heatdesk::station
