// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::simapp {

// heatdesk-sim --scenario FILE (--tcp-listen HOST:PORT | --pty | --dtu-connect HOST:PORT [--dtus N]) [--bus
// N] [--baud N] [--seed N]
//              [--realtime-factor F] [--start YYYY-MM-DDTHH:MM]
// Serves one bus of the scenario like a serial-to-Ethernet converter, or on a pseudo terminal like
// an RS-232 master, or dials in as GPRS DTUs, until interrupted.
// Exit status: 1 usage or a bad scenario, 3 the port or file could not be opened.
int runServe(const QStringList& args);

} // namespace heatdesk::simapp
