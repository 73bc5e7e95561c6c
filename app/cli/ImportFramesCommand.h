// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace heatdesk::cli {

// `heatdesk-cli db import-frames --db FILE [--bus NAME] [--commit-ms 1000] [FILE|-]`: stores
// captured telegrams (hex, one read-out per line) as readings, creating unknown meters on the
// named bus. Readings are committed at least every --commit-ms; after each commit a line
// {"committed": N} reports the total. Returns the exit status.
int runImportFrames(const QStringList& arguments);

} // namespace heatdesk::cli
