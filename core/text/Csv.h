// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace heatdesk::text {

// One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break.
inline QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace heatdesk::text
