// SPDX-License-Identifier: GPL-3.0-or-later
// Options of the end-to-end benchmark programs: "--name N" with a default.
#pragma once

#include <QStringList>

namespace bench {

inline int intOption(const QStringList& args, const char* name, int fallback) {
    const int i = int(args.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace bench
