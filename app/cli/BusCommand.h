// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// heatdesk-cli read: reads meters on one bus and prints one JSON line per meter and a summary
// (shared/docs/cli.md). `arguments` starts with "read". Returns the exit status.
int runRead(const QStringList& arguments);

// heatdesk-cli scan: primary (--from/--to) or secondary (--secondary [--mask]) search.
int runScan(const QStringList& arguments);

} // namespace heatdesk::cli
