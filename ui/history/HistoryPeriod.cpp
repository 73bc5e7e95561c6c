// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryPeriod.h"

#include <limits>

namespace heatdesk::ui::history {

DayRange heatingSeasonFor(const QDate& today) {
    // The season that started last 15 November at the latest.
    const int startYear = today >= QDate(today.year(), 11, 15) ? today.year() : today.year() - 1;
    return {QDate(startYear, 11, 15), QDate(startYear + 1, 3, 15)};
}

DayRange presetRange(PeriodPreset preset, const QDate& today) {
    switch (preset) {
    case PeriodPreset::Last7Days:
        return {today.addDays(-6), today};
    case PeriodPreset::Custom:
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::HeatingSeason:
        return heatingSeasonFor(today);
    case PeriodPreset::OneYear:
        return {today.addYears(-1).addDays(1), today};
    case PeriodPreset::FiveYears:
        return {today.addYears(-5).addDays(1), today};
    case PeriodPreset::All:
        return {QDate(), QDate()}; // a reading stamped by a clock set wrong counts too
    }
    return {today, today};
}

MsRange toMsRange(const DayRange& days) {
    return {days.first.isValid() ? days.first.startOfDay().toMSecsSinceEpoch()
                                 : std::numeric_limits<qint64>::min(),
            days.last.isValid() ? days.last.addDays(1).startOfDay().toMSecsSinceEpoch()
                                : std::numeric_limits<qint64>::max()};
}

MsRange toMsRange(const QDateTime& from, const QDateTime& to) {
    return {from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
            to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()};
}

} // namespace heatdesk::ui::history
