// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace heatdesk::billing {

// A billing period [fromMs, toMs) in the workstation's local calendar (months and seasons begin
// at local midnight).
struct Period {
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// "2026-01" → 2026-01-01T00:00 .. 2026-02-01T00:00 local time.
std::optional<Period> monthPeriod(const QString& yyyyMm);
// From `startDate` (inclusive) to `endDate` (inclusive, so up to the next midnight), ISO dates.
std::optional<Period> datePeriod(const QString& startDate, const QString& endDate);
// The heating season a date belongs to, named by the year it starts in (Nov 2025–Mar 2026 → 2025).
int seasonOf(qint64 ms);

QString localIso(qint64 ms);

} // namespace heatdesk::billing
