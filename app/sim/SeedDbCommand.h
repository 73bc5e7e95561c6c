// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::simapp {

// heatdesk-sim seed-db --db FILE [--buses 20] [--meters-per-bus 60] [--from 2025-11-15]
//                      [--to 2026-03-15] [--interval 1h] [--seed N]
// heatdesk-sim seed-db --scenario FILE --out FILE [--start T] [--from T] [--to T] [--interval 1h]
//   (the past of the scenario's meters: by default the 90 days before its start)
// Exit status: 0 done, 1 usage, 3 the database could not be written.
int runSeedDb(const QStringList& args);

} // namespace heatdesk::simapp
