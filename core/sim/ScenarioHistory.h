// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/HistoryWriter.h"
#include "sim/Scenario.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace heatdesk::sim {

struct ScenarioHistoryOptions {
    QString dbPath;
    // When the live simulation of the scenario starts; absent: Scenario::epoch().
    std::optional<SimSeconds> epoch;
    // First and last round of readings, China time. Defaults: 90 days before the epoch, and the
    // last round one interval before it. The first may reach back Scenario::kHistorySeconds (where
    // the registers' history begins); the last round must end before the epoch.
    std::optional<SimSeconds> from;
    std::optional<SimSeconds> to;
    int intervalSeconds = 3600;
};

struct ScenarioHistoryResult {
    HistoryResult totals;
    SimSeconds epoch = 0; // the live simulation continues the history only if it starts here
    HistoryRounds rounds; // the readings written
    // Per scenario bus, in its order: the channel and the bus. Buses sharing a channel have the
    // same channel ID. A bus with a DTU has a channel of kind "dtu" (dtu_id, dtu_id_format, baud);
    // any other one of kind "tcp" with tcp_port 0 until the caller's server listens
    // (ConfigRepository::setChannelSettings).
    std::vector<qint64> channelIds;
    std::vector<qint64> busIds;
};

// Writes a new workstation database holding exactly the scenario's buses and meters, a heat user
// for each meter, and their past readings, produced by the very meters Scenario::buildBus builds
// for the live simulation, on Scenario::physics(epoch): a live bus started at the epoch answers
// with registers that continue the stored history. Meters that cannot answer at the epoch (a
// silent meter, an overloaded or dead bus) fell silent two days before it, so their last readings
// are stale as they would be in the field. Refuses an existing file; errors name the option.
std::optional<ScenarioHistoryResult>
generateScenarioHistory(const Scenario& scenario, const ScenarioHistoryOptions& options, QString* error,
                        const std::function<void(double)>& progress = {});

} // namespace heatdesk::sim
