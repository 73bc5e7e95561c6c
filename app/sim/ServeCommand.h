// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::simapp {

// heatdesk-sim --scenario FILE [--tcp-listen HOST:PORT | --pty] [--dtu-connect HOST:PORT]
//              [--baud N] [--seed N] [--realtime-factor F] [--start YYYY-MM-DDTHH:MM]
//              [--verbose] [--summary] [--duration S]
// A scenario with channels or DTUs is served whole (ScenarioServer): each wired channel on a TCP
// port of its own (consecutive from PORT) or a pseudo terminal of its own, each DTU channel
// dialling in with its ID; one "channel NAME → ENDPOINT" line each on stdout. Any other scenario,
// or with --bus N (one bus) or --dtus N (N DTUs with generated IDs, for load tests), serves one
// bus per transport as before. Runs until interrupted or --duration; --summary then prints the
// requests served.
// Exit status: 1 usage or a bad scenario, 3 the port or file could not be opened.
int runServe(const QStringList& args);

} // namespace heatdesk::simapp
