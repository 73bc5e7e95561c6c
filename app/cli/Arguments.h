// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace heatdesk::cli {

// A whole number from min to max; false (and `out` untouched) otherwise.
bool parseInt(const QString& s, int min, int max, int& out);

// Addresses as "1,5,10-20" (shared/docs/cli.md): 0..250, and 254/255 only when `broadcastOk`.
// Empty on error, with `error` saying why.
std::vector<int> parseAddressList(const QString& list, bool broadcastOk, QString& error);

} // namespace heatdesk::cli
