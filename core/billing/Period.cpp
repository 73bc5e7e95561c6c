// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Period.h"

#include <QDateTime>
#include <QRegularExpression>

namespace heatdesk::billing {

std::optional<Period> monthPeriod(const QString& yyyyMm) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(yyyyMm.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return Period{first.startOfDay().toMSecsSinceEpoch(),
                  first.addMonths(1).startOfDay().toMSecsSinceEpoch()};
}

std::optional<Period> datePeriod(const QString& startDate, const QString& endDate) {
    const QDate start = QDate::fromString(startDate, Qt::ISODate);
    const QDate end = QDate::fromString(endDate, Qt::ISODate);
    if (!start.isValid() || !end.isValid() || end < start)
        return std::nullopt;
    return Period{start.startOfDay().toMSecsSinceEpoch(), end.addDays(1).startOfDay().toMSecsSinceEpoch()};
}

int seasonOf(qint64 ms) {
    // Seasons run over the new year; summer months belong to the season that starts that autumn.
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms).date();
    return d.month() >= 7 ? d.year() : d.year() - 1;
}

QString localIso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace heatdesk::billing
