// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// heatdesk-cli report compare: kWh/m² of a month or season against the same dates a season
// earlier, per building and per user, with the top and bottom percentile users.
int runCompareReport(const QStringList& arguments);

} // namespace heatdesk::cli
