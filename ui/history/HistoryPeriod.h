// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace heatdesk::ui::history {

// The period picker's presets, as whole local days.
enum class PeriodPreset { Last7Days, Last30Days, HeatingSeason, OneYear, FiveYears, All, Custom };

struct DayRange {
    QDate first; // invalid: from the first reading on
    QDate last;  // inclusive; invalid: up to the last reading
};

// The heating season to show on `today`: the one running (15 Nov – 15 Mar, shared/docs/domain.md
// §1.4), or out of season the last one that ran (the next has no readings yet).
DayRange heatingSeasonFor(const QDate& today);

// Each preset ends today: "last 7 days" is today and the six days before it. All: open at both
// ends. Custom has no range of its own and gives the last 30 days.
DayRange presetRange(PeriodPreset preset, const QDate& today);

// A period as the database asks for it: [fromMs, toMs) in ms since the epoch, the days taken in
// local time. Unbounded ends become the smallest and largest values.
struct MsRange {
    qint64 fromMs = 0;
    qint64 toMs = 0;
};
MsRange toMsRange(const DayRange& days);
// The same for date-times; an invalid `from` or `to` leaves that end open.
MsRange toMsRange(const QDateTime& from, const QDateTime& to);

} // namespace heatdesk::ui::history
