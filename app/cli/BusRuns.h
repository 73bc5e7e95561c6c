// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bus/BusEngine.h"
#include "cli/DtuFleet.h"
#include "cli/LinkOptions.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace heatdesk::cli {

// One bus a command works on: the one behind --port or --tcp, or the one behind each DTU.
struct BusRun {
    QString dtu; // empty without --dtu-listen
    std::unique_ptr<bus::BusEngine> engine;
    bus::RunSummary summary;
};

// Opens the link, or listens and waits for the DTUs, and puts an engine on every bus (`trace`:
// every frame of it on stderr). Returns the exit status: Ok, or Resource after saying why.
int openBuses(const char* cmd, LinkChoice& choice, bool trace, std::vector<BusRun>& buses);

// Starts every bus at once (DTUs are read side by side, each bus one exchange at a time) and
// returns the wall time once the last has finished.
qint64 runAll(std::vector<BusRun>& buses, const std::function<bool(bus::BusEngine&)>& start);

// The exit status once the work ran (cli.md): 2 when an item failed or DTUs stayed away, 3 when
// not one DTU came (nothing could be read at all).
int finalStatus(const char* cmd, const DtuFleet* dtus, bool itemFailed);

} // namespace heatdesk::cli
