// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Consumption.h"
#include "billing/Money.h"
#include "billing/Settlement.h"
#include "billing/Tariff.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace heatdesk::billing {

// A consumption sheet: what a clerk prints, exports and sends. Every figure is computed here
// once, so JSON, CSV, XLSX and PDF can never disagree.
struct SheetRow {
    UserConsumption consumption;
    std::optional<std::int64_t> kwhPerM2Hundredths;
    std::optional<Money> fee;
    // Season sheets under a tariff with a settlement mode: the user's settlement statement.
    std::optional<Settlement> settlement;
};

// The season's settlement over all users settled.
struct SettlementTotals {
    int users = 0;
    int usersWithPayments = 0; // whose prepaid amount is their recorded payments
    Money basicFee, meteredFee, heatFee, prepaid, billed, refund, charge;
};

struct Sheet {
    enum class Kind { Monthly, Season };
    Kind kind = Kind::Monthly;
    Period period;
    QString label;    // "2026-01" or "2025/2026"
    QString building; // empty: all buildings
    std::optional<Tariff> tariff;
    QList<SheetRow> rows;
    std::int64_t totalHundredths = 0; // sum of non-negative consumptions
    Money totalFee;
    int usersWithConsumption = 0;
    std::optional<SettlementTotals> settlement; // when the tariff settles (mode other than none)
};

// Builds the sheet: a monthly sheet charges the metered part only (basic fees are a season's);
// a season sheet charges basic price × area + metered price × heat × correction and, when the
// tariff has a settlement mode, settles it against the prepayment: the user's recorded payments
// of the season (`paidByUser`, by user id) where there are any. A user whose consumption or area
// is unknown gets no fee rather than a wrong one.
Sheet buildSheet(Sheet::Kind kind, const Period& period, const QString& label, const QString& building,
                 const std::optional<Tariff>& tariff, QList<UserConsumption> consumption,
                 const QHash<qint64, Money>& paidByUser = {});

// kWh per m² × 100 from kWh × 100 and m² × 100, rounded half away from zero; none for no area.
std::optional<std::int64_t> perSquareMetreHundredths(std::int64_t kwhHundredths, std::int64_t areaHundredths);

// Exact decimal text helpers shared by the exporters.
QString hundredthsText(std::int64_t hundredths);   // 8100.5 → "8100.5", 8100 → "8100"
QString gigajouleText(std::int64_t kwhHundredths); // kWh × 100 → GJ, exact

} // namespace heatdesk::billing
