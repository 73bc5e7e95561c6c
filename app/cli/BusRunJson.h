// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"
#include "cli/BusRuns.h"
#include "cli/DtuFleet.h"
#include "mbus/DecodeError.h"
#include "mbus/Telegram.h"

#include <QString>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::cli {

// The JSON Lines read and scan print on stdout (shared/docs/cli.md); `dtu` is empty without
// --dtu-listen.

// One meter a read finished. `telegram` is its answer decoded from `raw`, null when the meter
// failed: the engine's error, or `decodeError` when its frames did not decode.
void printMeterRead(const bus::MeterResult& r, const QString& dtu, const mbus::Telegram* telegram,
                    std::span<const std::uint8_t> raw, const std::optional<mbus::DecodeError>& decodeError);

// One meter a scan found.
void printFoundMeter(const bus::FoundMeter& m, const QString& dtu);

// The summary line. Behind DTUs: the worst bus status with the evidence of the buses that are
// not idle, and which DTUs came.
void printSummary(const std::vector<BusRun>& buses, const DtuFleet* dtus, qint64 elapsedMs, int requested,
                  int ok, int failed);

} // namespace heatdesk::cli
