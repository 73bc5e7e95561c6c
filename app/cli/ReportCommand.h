// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// `heatdesk-cli report monthly|season --db FILE (--month YYYY-MM | --season YYYY) [--building B]
//  --format json|csv [--out FILE]` (shared/docs/cli.md); returns the exit status.
int runReport(const QStringList& arguments);

} // namespace heatdesk::cli
