// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/HistoryWriter.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>

namespace heatdesk::sim {

struct HistoryOptions {
    QString dbPath;
    int buses = 20;
    int metersPerBus = 60; // 1..250
    SimSeconds from = 0;   // civil time, China (UTC+8)
    SimSeconds to = 0;
    int intervalSeconds = 3600;
    std::uint64_t seed = 1;
    // Every n-th bus carries CJ/T 188 meters (0: none); the others M-Bus meters of four layouts.
    int cjt188EveryNthBus = 4;
};

// Writes a new workstation database with sites, channels, buses, meters, heat users, their
// assignments and readings every `intervalSeconds` from `from` to `to`. Each reading is what
// the workstation would have stored: the simulated meter's real telegram bytes, decoded by the
// project's own decoders into a HeatReading. Deterministic for a seed (except the hash chain's
// read session time). Refuses an existing file: readings are append-only, and meter numbers
// would collide. `progress` (optional) gets the fraction done now and then.
std::optional<HistoryResult> generateHistory(const HistoryOptions& options, QString* error,
                                             const std::function<void(double)>& progress = {});

// "1h", "15m", "30s", "1d" (or plain seconds); nothing for anything else or for zero.
std::optional<int> parseInterval(const QString& text);

} // namespace heatdesk::sim
