// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Arguments.h"

#include <QStringList>
#include <algorithm>

namespace heatdesk::cli {

bool parseInt(const QString& s, int min, int max, int& out) {
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}

std::vector<int> parseAddressList(const QString& list, bool broadcastOk, QString& error) {
    std::vector<int> out;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto dash = part.indexOf(QLatin1Char('-'));
        int from = 0;
        int to = 0;
        const bool ok = dash < 0 ? parseInt(part.trimmed(), 0, 255, from)
                                 : parseInt(part.left(dash).trimmed(), 0, 255, from) &&
                                       parseInt(part.mid(dash + 1).trimmed(), 0, 255, to);
        if (dash < 0)
            to = from;
        if (!ok || to < from) {
            error = QStringLiteral("bad address or range '%1' (addresses are 0..250)").arg(part);
            return {};
        }
        for (int a = from; a <= to; ++a) {
            if (a > 250 && !(broadcastOk && a >= 254)) {
                error =
                    a >= 254
                        ? QStringLiteral("address %1 is a broadcast; add --broadcast-ok to send it").arg(a)
                        : QStringLiteral("address %1 is reserved (meters take 0..250)").arg(a);
                return {};
            }
            if (std::find(out.begin(), out.end(), a) == out.end())
                out.push_back(a);
        }
    }
    if (out.empty())
        error = QStringLiteral("--address needs at least one address");
    return out;
}

} // namespace heatdesk::cli
