// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// heatdesk-cli payments add|list: what heat users paid for a season, recorded at the office.
int runPayments(const QStringList& arguments);

} // namespace heatdesk::cli
