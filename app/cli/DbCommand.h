// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// `heatdesk-cli db init|check|backup FILE|restore FILE|export-readings --db FILE ...`
// (shared/docs/cli.md); returns the exit status.
int runDb(const QStringList& arguments);

} // namespace heatdesk::cli
